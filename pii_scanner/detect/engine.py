"""The detection engine: one regex pass for candidates, validation only on candidates.

Cost is linear in text size: the merged pattern is scanned once; each candidate is verified in a
bounded window around it. Long texts are processed in chunks whose boundaries overlap by more
than the longest candidate plus the context window, so a match that straddles a boundary is found
exactly once. :meth:`Engine.detect_stream` takes text in pieces and keeps only a bounded tail in
memory.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING, Any, Protocol

from pii_scanner.core.config import DetectConfig
from pii_scanner.core.entities import NATIONAL_IDS, NER_ENTITIES
from pii_scanner.core.model import PART_SEPARATOR, Finding, TextPart
from pii_scanner.core.regex_cache import configured, regex
from pii_scanner.detect import fastpath, rule_sets
from pii_scanner.detect.leads import branch_table
from pii_scanner.detect.rules import Rules, load_rules

if TYPE_CHECKING:
    from pii_scanner.detect.recognizers.base import Recognizer

# Longest candidate any pattern can match, plus slack; chunk overlap is built from it.
_MAX_CANDIDATE = 128
_OCR_CONFUSABLE = regex(r"(?<=\d)[OoIl|SB](?=[\d\s-])|(?<=[\d\s-])[OoIl|SB](?=\d)")
# A lone carriage return (old Mac line endings) ends a line like "\n" does; CR LF is left alone.
_LONE_CR = regex(r"\r(?!\n)")
_OCR_MAP = str.maketrans({"O": "0", "o": "0", "I": "1", "l": "1", "|": "1", "S": "5", "B": "8"})


_NOT_AFTER_WORD = r"(?<![\w].)"
# A branch "(?P<g>(?<=[lead])(?<![\w...].)...": its first check after the lead refuses a word
# character (among others, never negated) right before the lead.
_WORD_GUARD = regex(r"\(\?P<\w+>\(\?<=\[[^\]]*\]\)\(\?<!\[\\w[^\]^]*\]\.\)")


def _refuses_word_before(alternative: str) -> bool:
    return _WORD_GUARD.match(alternative) is not None


#: The ``part`` of a finding in the item's own file or member name (its offsets index the name).
NAME_PART = "name"
# Payment numbers in a name are masked there like the national identifiers, and findings like them too.
_PAYMENT_IDS = frozenset({"CREDIT_CARD", "IBAN_CODE"})
_FILE_NAME = regex(r"\.[A-Za-z][A-Za-z0-9]{1,4}$")


class NameFinder(Protocol):
    """Hook for NER (names, places): finds PERSON/LOCATION spans in the texts given."""

    def find_many(self, texts: Sequence[str], langs: Sequence[str | None]) -> list[list[Finding]]: ...


@dataclass(frozen=True, slots=True)
class _Compiled:
    regex: re.Pattern[str]
    groups: dict[str, tuple[Recognizer, str]]
    guard: bool = False  # the regex refuses, up front, a place right after a word character
    # The regex is ``head(?:alternative|...)``: a regex of some alternatives is made from these.
    head: str = ""
    alternatives: tuple[str, ...] = ()

    def of(self, branches: frozenset[int]) -> re.Pattern[str]:
        """The regex of only ``branches`` (alternatives by number, in their order)."""
        chosen = "|".join(a for k, a in enumerate(self.alternatives) if k in branches)
        return configured(f"{self.head}(?:{chosen})", self.regex.flags)


@dataclass(slots=True)
class _Dispatch:
    """A compiled kernel's scanner of candidate starts for one compiled regex, and the regexes of
    the alternatives each of its accept codes leaves (made when first needed)."""

    scanner: fastpath.LeadScannerLike
    branches: tuple[frozenset[int], ...]
    regexes: dict[int, re.Pattern[str]]


class Engine:
    """Runs the registered recognizers over text. Build once, reuse (compiles one regex)."""

    def __init__(
        self,
        config: DetectConfig | None = None,
        *,
        recognizers: list[Recognizer] | None = None,
        names: NameFinder | None = None,
        today: date | None = None,
        rule_set: rule_sets.RuleSet | None = None,
    ) -> None:
        self.config = config or DetectConfig()
        self.entities = frozenset(self.config.entities)
        # The rule modules, compiled when built from these sources (same findings): detect/rule_sets.py.
        # Given recognizers run with the set they belong to.
        if rule_set is None:
            rule_set = rule_sets.select(self.config.fast_path) if recognizers is None else rule_sets.of(recognizers)
        self.rule_set = rule_set
        self.recognizers = recognizers if recognizers is not None else rule_set.build_recognizers(self.entities)
        self.rules: Rules = load_rules(self.config.recognizers_dir, self.config.languages)
        self.names = names
        self.today = today or date.today()
        self._plain = self._compile(ocr=False)
        self._ocr = self._compile(ocr=True)
        self._overlap = self.overlap_for(self.config)
        # Compiled per-candidate steps when installed (same findings either way): detect/fastpath.py.
        self.kernel = fastpath.select(self.config.fast_path)

    @property
    def kernel(self) -> fastpath.Kernel:
        """The per-candidate steps this engine runs: compiled or pure Python (same findings)."""
        return self._kernel

    @kernel.setter
    def kernel(self, kernel: fastpath.Kernel) -> None:
        self._kernel = kernel
        self._finders = fastpath.word_finders(self.rules, kernel)
        self._reader: tuple[date, fastpath.TenReaderLike] | None = None
        # Scanners of candidate starts per compiled regex (by "is it the OCR one"), made when first used.
        self._scanners: dict[bool, _Dispatch | None] = {}

    def _ten_reader(self) -> fastpath.TenReaderLike:
        """The kernel's reader of ten-digit candidates for the rules and ``today`` (built once)."""
        if self._reader is None or self._reader[0] != self.today:
            self._reader = (self.today, fastpath.ten_reader(self.rules, self.today, self._kernel))
        return self._reader[1]

    def __getstate__(self) -> dict[str, object]:
        # The compiled word tries and reader are rebuilt where the engine lands (an engine may be
        # pickled to a worker or deep-copied); everything else pickles as it is.
        state = dict(self.__dict__)
        state.pop("_finders", None)
        state.pop("_scanners", None)
        state["_reader"] = None
        return state

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__dict__.update(state)
        self._finders = fastpath.word_finders(self.rules, self._kernel)
        self._scanners = {}

    @staticmethod
    def overlap_for(config: DetectConfig) -> int:
        """The overlap of long-text windows under ``config`` (known without building an engine)."""
        return _MAX_CANDIDATE + 2 * config.context_window + 512

    def _compile(self, ocr: bool) -> _Compiled:
        """One regex: the union of all lead characters, then one branch per pattern.

        Starting with a single character class lets the regex engine skip quickly over text where
        no candidate can start (most of it); each branch re-checks its own lead with a lookbehind.
        """
        alternatives: list[str] = []
        leads: list[str] = []
        groups: dict[str, tuple[Recognizer, str]] = {}
        for recognizer in self.recognizers:
            for pattern in recognizer.patterns(ocr):
                group = f"g{len(groups)}"
                groups[group] = (recognizer, pattern.name)
                leads.append(pattern.lead)
                alternatives.append(f"(?P<{group}>(?<=[{pattern.lead}]){pattern.body})")
        if not alternatives:
            return _Compiled(re.compile(r"(?!)"), groups)
        lead_class = "".join(dict.fromkeys(leads))
        # Most lead characters stand inside a word or a longer number. When every body refuses a
        # word character before its lead, saying so once, before the branches, rejects those
        # positions without trying each branch (same matches: each branch still checks its own).
        shared = _NOT_AFTER_WORD if all(_refuses_word_before(a) for a in alternatives) else ""
        head = f"[{lead_class}]{shared}"
        merged = configured(f"{head}(?:{'|'.join(alternatives)})", re.DOTALL)
        return _Compiled(merged, groups, bool(shared), head, tuple(alternatives))

    # --- public API -----------------------------------------------------------------------
    def detect(self, text: str, *, ocr: bool = False, lang: str | None = None) -> list[Finding]:
        """Findings in ``text`` at or above the configured minimum score, sorted by offset."""
        findings = list(self._scan_all(text, ocr, lang))
        if self.names is not None and NER_ENTITIES & self.entities:
            findings = _merge(findings, self.names.find_many([text], [lang])[0], self.entities)
        return self._threshold(findings)

    def detect_name(self, name: str) -> list[Finding]:
        """National identifiers, card numbers and IBANs in an item's file or member name
        ("lønseddel_1203880762.pdf"): the name is personal data too. Part ``NAME_PART``; offsets index the
        name. Only a name with a file extension (a mail message's subject is a text part of its own)."""
        if not _FILE_NAME.search(name) or not any(ch.isdigit() for ch in name):
            return []
        found = [f for f in self._threshold(self._scan_all(name, False)) if f.entity_type in NATIONAL_IDS]
        # "_" joins words in names ("kort_4111111111111111.pdf") where the payment recognizers want a word
        # boundary: they read the name with spaces there (same length, same offsets).
        if sum(ch.isdigit() for ch in name) < 12:  # no card number (12-19 digits) or IBAN (13 or more)
            return [replace(f, part=NAME_PART) for f in found]
        spaced = name.replace("_", " ")
        found += [f for f in self._threshold(self._scan_all(spaced, False)) if f.entity_type in _PAYMENT_IDS]
        return [replace(f, part=NAME_PART) for f in sorted(found, key=lambda f: (f.start, f.end))]

    def detect_folders(self, folders: str) -> list[Finding]:
        """National identifiers in the folders an item lies in (``Sag 070761-4285 Søren/``): a folder named
        by a person is their data as a file name is. Part ``NAME_PART``; offsets index ``folders``."""
        if not any(ch.isdigit() for ch in folders):
            return []
        found = [f for f in self._threshold(self._scan_all(folders, False)) if f.entity_type in NATIONAL_IDS]
        return [replace(f, part=NAME_PART) for f in found]

    def detect_parts(self, parts: Sequence[TextPart]) -> list[Finding]:
        """Findings over an item's text parts; offsets index the parts joined by PART_SEPARATOR."""
        results: list[Finding] = []
        offset = 0
        per_part: list[list[Finding]] = []
        for part in parts:
            per_part.append(list(self._scan_all(part.text, part.label == "ocr", part.lang)))
        if self.names is not None and NER_ENTITIES & self.entities and parts:
            named = self.names.find_many([p.text for p in parts], [p.lang for p in parts])
            per_part = [_merge(ids, ner, self.entities) for ids, ner in zip(per_part, named, strict=True)]
        make = self._kernel.finding
        for part, found in zip(parts, per_part, strict=True):
            for f in self._threshold(found):
                results.append(_in_part(f, offset, part.label, make))
            offset += len(part.text) + len(PART_SEPARATOR)
        return results

    def detect_stream(self, pieces: Iterable[str], *, ocr: bool = False) -> Iterator[Finding]:
        """Findings over text given in pieces, in order; memory bounded by chunk size + overlap."""
        buffer = ""
        base = 0  # offset of buffer[0] in the whole text
        done_until = 0  # absolute offset up to which candidates have been handled
        for piece in pieces:
            buffer += piece
            if len(buffer) - (done_until - base) < self.config.chunk_size:
                continue
            safe_end = len(buffer) - self._overlap
            for f in self._threshold(self._scan(buffer, done_until - base, safe_end, ocr, final=False)):
                yield replace(f, start=f.start + base, end=f.end + base)
            done_until = base + max(safe_end, done_until - base)
            keep_from = max(0, (done_until - base) - self._overlap)
            buffer = buffer[keep_from:]
            base += keep_from
        for f in self._threshold(self._scan(buffer, done_until - base, len(buffer), ocr, final=True)):
            yield replace(f, start=f.start + base, end=f.end + base)

    def windows(
        self, pieces: Iterable[str], *, base: int = 0, first: int = 0, stop: int | None = None
    ) -> Iterator[Window]:
        """Cut text given in pieces into overlapping windows; memory bounded by chunk size + overlap.

        Every position of the whole text is OWNED by exactly one window; a window also holds up to
        the overlap of text on each side, so a finding owned by it (one that starts in the owned
        range) is seen whole and with its context. ``detect(window.text)`` then keeping the
        findings that start in the owned range, shifted by ``window.base``, finds what detecting
        the whole text at once finds, names included.

        Window k owns ``[k*chunk_size, (k+1)*chunk_size)``, the last one the rest. A part of the
        windows (a segment processed apart) is asked for with ``first``/``stop`` (window numbers),
        the pieces then starting at character ``base`` of the whole text, at most ``overlap``
        before the first window's owned start: the windows are those of one pass over the whole.
        """
        size, overlap = self.config.chunk_size, self._overlap
        owned_from = first * size
        if base > max(0, owned_from - overlap):
            raise ValueError("a segment's text must start at least the overlap before its first window")
        end = None if stop is None else stop * size
        buffer = ""  # buffer[0] is at absolute offset base
        for piece in pieces:
            buffer += piece
            # Text no window of ours needs; never more than was received (a segment may start pieces before).
            keep = min(len(buffer), max(0, owned_from - overlap - base))
            buffer, base = buffer[keep:], base + keep
            while len(buffer) - (owned_from - base) >= size + overlap:
                yield _window(buffer, base, owned_from - base, owned_from - base + size, overlap)
                owned_from += size
                if end is not None and owned_from >= end:
                    return
                keep = max(0, owned_from - overlap - base)
                buffer, base = buffer[keep:], base + keep
        if end is not None and owned_from >= end:
            return
        if buffer or owned_from == 0:
            yield _window(buffer, base, owned_from - base, len(buffer), overlap)

    def moved(self, finding: Finding, offset: int, part: str | None) -> Finding:
        """``replace(finding, start=finding.start + offset, end=finding.end + offset, part=part)``, built
        by the kernel: a long text's windows move every finding twice, and ``replace`` costs several
        times the kernel's constructor."""
        return _in_part(finding, offset, part, self._kernel.finding)

    @property
    def overlap(self) -> int:
        """Characters of context a window holds on each side of what it owns."""
        return self._overlap

    # --- internals ------------------------------------------------------------------------
    def _threshold(self, findings: Iterable[Finding]) -> list[Finding]:
        return sorted(
            (f for f in findings if f.score >= self.config.min_score and f.entity_type in self.entities),
            key=lambda f: (f.start, f.end),
        )

    def _scan_all(self, text: str, ocr: bool, lang: str | None = None) -> Iterator[Finding]:
        view = _reader_view(text)
        if view is None:
            yield from self._scan_text(text, ocr, lang)
            return
        # Invisible characters inside a number: read what a reader sees, report the span as written.
        seen, cuts = view
        for f in self._scan_text(seen, ocr, lang):
            start, end = cuts.original(f.start), cuts.original(f.end - 1) + 1
            yield replace(f, start=start, end=end, value=text[start:end])

    def _scan_text(self, text: str, ocr: bool, lang: str | None) -> Iterator[Finding]:
        size = self.config.chunk_size
        hay = self._hay(_with_lf_line_ends(text, final=True), ocr)
        if len(text) <= size:
            yield from self._scan(text, 0, len(text), ocr, final=True, lang=lang, hay=hay)
            return
        # What holds for the whole text (a SQL COPY block or SPSS data anywhere in it) is looked for by
        # the first chunk and handed to the next: found per chunk, each chunk would read the whole text.
        facts: dict[str, Any] = {}
        pos = 0
        while pos < len(text):
            end = min(len(text), pos + size)
            yield from self._scan(text, pos, end, ocr, final=end == len(text), lang=lang, hay=hay, facts=facts)
            pos = end

    def _hay(self, lines: str, ocr: bool) -> str:
        """The text the recognizers read: ``lines`` (line ends as "\n") with the spaces typesetting puts inside a
        number read as " " and full-width digits as digits, and in OCR text with the letters a scanner puts for
        digits read as digits when the configuration says so. Each step reads one character for one."""
        lines = _word_hyphens(_fullwidth_as_ascii(_number_spaces(lines)))
        if ocr and self.config.ocr_tolerant:
            # Same length, so offsets stay true: "O1O190-l234" reads as "010190-1234".
            return _OCR_CONFUSABLE.sub(lambda m: m.group().translate(_OCR_MAP), lines)
        return lines

    def _scan(
        self,
        text: str,
        start: int,
        end: int,
        ocr: bool,
        *,
        final: bool,
        lang: str | None = None,
        hay: str | None = None,
        facts: dict[str, Any] | None = None,
    ) -> Iterator[Finding]:
        """Candidates that START in [start, end); the regex may look past ``end`` by the overlap.
        ``hay`` is ``self._hay`` of ``text``, when already made; ``facts`` carries the memo's facts of the
        whole text (``fields.TEXT_FACTS`` of the rule set) from one chunk of it to the next."""
        compiled = self._ocr if ocr and self.config.ocr_tolerant else self._plain
        if hay is None:
            hay = self._hay(_with_lf_line_ends(text, final=final), ocr)
        text_facts = self.rule_set.text_facts
        memo: dict[str, Any] = {} if facts is None else {k: facts[k] for k in text_facts if k in facts}
        env = self.rule_set.env(
            hay,
            self.rules,
            self.today,
            self.config.context_window,
            self.entities,
            ocr,
            lang,
            kernel=self.kernel,
            finders=self._finders,
            ten_reader=self._ten_reader(),
            memo=memo,
        )
        limit = len(text) if final else min(len(text), end + _MAX_CANDIDATE)
        for recognizer, pattern, m_start, m_end in self._candidates(compiled, hay, start, end, limit):
            for finding in recognizer.verify(pattern, m_start, m_end, env):
                if hay is not text:
                    finding = replace(finding, value=text[finding.start : finding.end])
                yield finding
        if facts is not None:
            facts.update((k, memo[k]) for k in text_facts if k in memo)

    def _candidates(
        self, compiled: _Compiled, text: str, start: int, end: int, limit: int
    ) -> Iterator[tuple[Recognizer, str, int, int]]:
        """Candidates starting in [start, end), in text order; the shared regex's matches that
        overlap a hook candidate (digits inside an e-mail address) are dropped."""
        extra = sorted(
            ((s, e, r, name) for r in self.recognizers for name, s, e in r.candidates(text, start, end, self._kernel)),
            key=lambda c: c[0],
        )
        i = 0
        key = compiled is self._ocr
        if key not in self._scanners:
            self._scanners[key] = _lead_scanner(self._kernel, compiled)
        dispatch = self._scanners[key]
        if dispatch is not None:
            found: Iterable[re.Match[str]] = _dispatched(compiled, dispatch, text, start, end, limit)
        else:
            found = compiled.regex.finditer(text, start, limit)
        for m in found:
            m_start, m_end = m.start(), m.end()
            if m_start >= end:
                break
            while i < len(extra) and extra[i][0] < m_end:
                s, e, r, name = extra[i]
                i += 1
                yield r, name, s, e
                if s < m_end and m_start < e:
                    m_start = -1  # swallowed by the address
            if m_start < 0 or (i and extra[i - 1][1] > m_start):
                continue
            group = m.lastgroup
            if group is not None:
                recognizer, pattern = compiled.groups[group]
                yield recognizer, pattern, m_start, m_end
        for s, e, r, name in extra[i:]:
            yield r, name, s, e


def _lead_scanner(kernel: fastpath.Kernel, compiled: _Compiled) -> _Dispatch | None:
    """The kernel's scanner of where ``compiled`` can match and which alternatives may match there
    (see detect/leads.py); None: the regex searches alone (the pure kernel, or a pattern no table
    can be read off)."""
    if kernel.lead_scanner is None or not compiled.alternatives:
        return None
    table = branch_table(compiled.head, compiled.alternatives, compiled.regex.flags, guard=compiled.guard)
    if table is None:
        return None
    return _Dispatch(kernel.lead_scanner(table.moves, table.guard), table.branches, {})


def _dispatched(
    compiled: _Compiled, dispatch: _Dispatch, text: str, start: int, end: int, limit: int
) -> Iterator[re.Match[str]]:
    """``compiled.regex.finditer(text, start, limit)`` (matches starting before ``end``), tried only
    where a match can start and with only the alternatives that can match there: the same matches,
    since the first alternative in order that matches is the one the whole regex takes."""
    places = dispatch.scanner.places(text, start, end, limit)
    regexes = dispatch.regexes
    after = -1
    for k in range(0, len(places), 2):
        place = places[k]
        if place >= after:
            code = places[k + 1]
            pattern = regexes.get(code)
            if pattern is None:
                pattern = regexes[code] = compiled.of(dispatch.branches[code])
            m = pattern.match(text, place, limit)
            if m is not None:
                after = m.end()
                yield m


def _with_lf_line_ends(text: str, *, final: bool) -> str:
    """``text`` with each lone CR read as "\n": same length, so offsets stay true. Every step that
    looks for a line (its bounds, country votes, layout, fields) then sees rows as rows; without it
    a CR-only file is ONE line and each candidate's line work reads the whole text. A CR ending a
    piece of a stream that is not the last stays: its LF may come with the next piece."""
    hay = text
    if "\r" in text:
        hay = _LONE_CR.sub("\n", text)
        if not final and text.endswith("\r"):
            hay = hay[:-1] + "\r"
    if any(ch in hay for ch in _OTHER_LINE_BREAKS):  # a few fast scans; rare, so translated only when there
        hay = hay.translate(_AS_LF)
    return hay


# Format characters with no glyph: soft hyphen, zero-width space, non-joiner and joiner, word joiner, zero-width
# no-break space (BOM). One inside a number ("0707\u00ad61-4285", "070761-42\u200b85": a web page's or word
# processor's hyphenation or line-break hint, pasted into plain text) is not there for a reader.
# PDFium puts U+FFFE (a noncharacter) for a hyphen it took out at a line end after a letter, the lines joined
# ("Personnum\ufffemer"): in a word it is left out like a soft hyphen.
_INVISIBLE = ("\u00ad", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\ufffe")
# A run of them next to a digit and not next to a letter is left out: the number reads as shown. Next to a letter
# one stays ("CPR\u200b0707614285" is read as before, not glued into one word). Inside a word a soft hyphen, zero-width
# space, word joiner or BOM is left out too: "Person\u00adnummer" is the word "Personnummer" a context word is
# (the joiners stay: in Arabic, Persian and Indic scripts and emoji they change what is shown).
# (Whole runs only: possessive, and the second branch starts no run in the middle of one after a letter.)
_INVISIBLE_RUN = regex(
    r"(?<=[0-9])[\u00ad\u200b-\u200d\u2060\ufeff]++(?![^\W\d_])"
    r"|(?<![^\W\d_]|[\u00ad\u200b-\u200d\u2060\ufeff])[\u00ad\u200b-\u200d\u2060\ufeff]++(?=[0-9])"
    r"|(?<=[^\W\d_])[\u00ad\u200b\u2060\ufeff\ufffe]++(?=[^\W\d_])"
)
# A lone soft hyphen where the separator of a national identifier belongs (after six or eight digits, before four
# or five, or a HETU's serial and check character) stays: it is read as the dash it was typed for
# (docs/detection.md, "Separators as word processors write them").
_DATE_BEFORE = regex(r"(?<![0-9])(?:[0-9]{6}|[0-9]{8})$")
_SERIAL_AFTER = regex(r"[0-9]{4,5}(?![0-9])|[0-9]{3}[A-Za-z](?![0-9A-Za-z])")  # a HETU's "308T" too
_INVISIBLE_AS = str.maketrans(dict.fromkeys(_INVISIBLE))


@dataclass(frozen=True, slots=True)
class _Cuts:
    """Where a reader's view of a text left characters out: ``at[k]`` is a position in the view and
    ``dropped[k]`` the characters left out before it, counted from the text's start."""

    at: tuple[int, ...]
    dropped: tuple[int, ...]

    def original(self, pos: int) -> int:
        """The position in the text of the view's character at ``pos``."""
        k = bisect_right(self.at, pos)
        return pos + (self.dropped[k - 1] if k else 0)


def _reader_view(text: str) -> tuple[str, _Cuts] | None:
    """``text`` without the invisible characters inside its numbers and words, and where they were; None when it has
    none (the common case, told by a few C-level scans; a text of Latin-1 characters is read only for the
    soft hyphen)."""
    if not any(ch in text for ch in _INVISIBLE):
        return None
    pieces: list[str] = []
    at: list[int] = []
    dropped: list[int] = []
    last = 0
    for m in _INVISIBLE_RUN.finditer(text):
        s, e = m.span()
        if m.group() == "\u00ad" and _kept_soft_hyphen(text, s, e):
            continue
        pieces.append(text[last:s])
        last = e
        at.append(s - (dropped[-1] if dropped else 0))
        dropped.append((dropped[-1] if dropped else 0) + e - s)
    if not at:
        return None
    pieces.append(text[last:])
    return "".join(pieces), _Cuts(tuple(at), tuple(dropped))


def _kept_soft_hyphen(text: str, s: int, e: int) -> bool:
    """Whether the soft hyphen at ``text[s:e]`` stands between the date and the serial of an identifier."""
    before = text[max(0, s - 24) : s].translate(_INVISIBLE_AS)
    after = text[e : e + 24].translate(_INVISIBLE_AS)
    return _DATE_BEFORE.search(before) is not None and _SERIAL_AFTER.match(after) is not None


# Spaces a word processor or typesetter puts between a number's groups: no-break space (Word's Ctrl+Shift+Space), figure
# space, thin space, narrow no-break space. Unicode calls each a space and NFKC reads each as " "; between a digit
# and a digit or a dash one is read as " " (one for one: offsets stay true), so "151086\u00a095088",
# "12\u00a034\u00a056\u00a078" and "070761\u00a0-\u00a04285" read as their spaced forms do.
_NUMBER_SPACES = ("\u00a0", "\u2007", "\u2009", "\u202f")
_NUMBER_SPACE = regex(
    r"(?<=[0-9])[\u00a0\u2007\u2009\u202f](?=[0-9\-\u2013])|(?<=[\-\u2013])[\u00a0\u2007\u2009\u202f](?=[0-9])"
)


def _number_spaces(text: str) -> str:
    """``text`` with each typeset space inside a number as " " (``text`` itself when it has none: a few C-level
    scans)."""
    if not any(ch in text for ch in _NUMBER_SPACES):
        return text
    return _NUMBER_SPACE.sub(" ", text)


# Full-width digits and hyphen-minus, as an East-Asian input method left in full-width mode types them
# ("０７０７６１－４２８５"): Unicode's compatibility forms of "0"-"9" and "-" (NFKC reads them so), read as those
# one for one. Other scripts' digits (Arabic-Indic "٠٧٠٧٦١") are other characters, which no register writes: unread.
_FULLWIDTH = "０１２３４５６７８９"
_AS_ASCII = str.maketrans(dict(zip(_FULLWIDTH + "－", "0123456789-", strict=True)))


def _fullwidth_as_ascii(text: str) -> str:
    """``text`` with full-width digits and hyphen-minus as ASCII (``text`` itself when it has no full-width digit:
    ten C-level scans, none reading a text of Latin-1 characters)."""
    if not any(ch in text for ch in _FULLWIDTH):
        return text
    return text.translate(_AS_ASCII)


# Hyphens Unicode keeps apart from "-": HYPHEN and NON-BREAKING HYPHEN (Word's Ctrl+Shift+-, w:noBreakHyphen). Between
# letters one is read as "-" (one for one), so "Kunde\u2011nummer" denies a CPR as "Kunde-nummer" does. Between digits
# the identifier shapes already read them as dashes.
_WORD_HYPHEN = regex(r"(?<=[^\W\d_])[\u2010\u2011](?=[^\W\d_])")


def _word_hyphens(text: str) -> str:
    """``text`` with each hyphen U+2010/U+2011 between letters as "-" (``text`` itself when it has none)."""
    if "\u2011" not in text and "\u2010" not in text:
        return text
    return _WORD_HYPHEN.sub("-", text)


# Line separators a reader or editor breaks lines at besides CR and LF: VT and FF (Word's manual line and
# page breaks), NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR. Read as "\n" (one character for one: offsets
# stay true), so an identifier or a label split by one is read as when split by a line end.
_OTHER_LINE_BREAKS = ("\x0b", "\x0c", "\x85", "\u2028", "\u2029")
_AS_LF = str.maketrans(dict.fromkeys(_OTHER_LINE_BREAKS, "\n"))


@dataclass(frozen=True, slots=True)
class Window:
    """A piece of a long text: ``text[owned_start:owned_end]`` is the part this window answers for;
    ``base`` is the offset of ``text[0]`` in the whole text."""

    base: int
    text: str
    owned_start: int
    owned_end: int

    def owns(self, finding: Finding) -> bool:
        return self.owned_start <= finding.start < self.owned_end

    def owned_text(self) -> str:
        return self.text[self.owned_start : self.owned_end]


def _window(buffer: str, base: int, own_start: int, own_end: int, overlap: int) -> Window:
    lo = max(0, own_start - overlap)
    return Window(base + lo, buffer[lo : own_end + overlap], own_start - lo, own_end - lo)


#: The fields of a Finding, in order, that :func:`_in_part` copies (a test checks it is all of them).
FINDING_FIELDS = fastpath.FINDING_FIELDS


def _in_part(f: Finding, offset: int, part: str | None, make: fastpath.MakeFinding = fastpath.finding) -> Finding:
    """``replace(f, start=f.start + offset, end=f.end + offset, part=part)``, built directly by the
    kernel's ``make``: it runs for every finding, and ``dataclasses.replace`` costs twice the constructor."""
    return make(
        Finding,
        f.entity_type,
        f.start + offset,
        f.end + offset,
        f.score,
        f.value,
        f.normalized,
        f.explanation,
        f.subtype,
        part,
    )


def _merge(ids: list[Finding], names: list[Finding], entities: frozenset[str]) -> list[Finding]:
    """Add NER spans that do not overlap an identifier finding (identifiers are more certain).

    Linear after sorting: identifier spans sorted by start with a running maximum of their ends;
    a name overlaps some identifier iff the largest end among identifiers starting before the
    name's end lies past the name's start.
    """
    spans = sorted((f.start, f.end) for f in ids)
    starts = [s for s, _ in spans]
    reach: list[int] = []  # reach[i] = max end of spans[0..i]
    furthest = -1
    for _, e in spans:
        furthest = max(furthest, e)
        reach.append(furthest)
    out = list(ids)
    for f in names:
        if f.entity_type not in entities:
            continue
        k = bisect_left(starts, f.end)  # spans[:k] start before the name ends
        if k and reach[k - 1] > f.start:
            continue
        out.append(f)
    return out
