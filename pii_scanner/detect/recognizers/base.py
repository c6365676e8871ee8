"""What a recognizer is: named candidate patterns plus a verifier that turns a candidate into findings.

The engine merges every recognizer's patterns into ONE regular expression and makes one pass over
the text; a recognizer only sees the candidates its own patterns matched. Validation, context and
scoring happen per candidate in bounded windows, so the total cost stays linear in text size.
"""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any, NamedTuple

from pii_scanner.core.model import Explanation, Finding
from pii_scanner.detect import fastpath
from pii_scanner.detect.rules import Rules

# A candidate must not continue a longer run: no word character (letters, digits, "_") or
# digit+separator right before it, and none right after it. Pattern bodies start AFTER their lead
# character (see Pattern), so BEFORE looks one character further back.
BEFORE = r"(?<![\w+].)(?<!\d[-./].)"
AFTER = r"(?![\w])(?![-./+]\d)"


@dataclass(frozen=True, slots=True)
class Pattern:
    """A candidate pattern: ``lead`` is the character class of its first character (without the
    brackets) and ``body`` the regex for the rest, matched after the lead character.

    The engine compiles ``[all leads](?:(?<=[lead])body|...)``: a pattern that starts with one
    shared character class lets the regex engine skip ahead quickly between candidates.
    """

    name: str
    lead: str
    body: str


@dataclass(frozen=True, slots=True)
class Env:
    """What a verifier may look at: the whole text (read-only) and shared settings."""

    text: str
    rules: Rules
    today: date
    window: int
    entities: frozenset[str]
    ocr: bool = False
    lang: str | None = None  # language of the text part, when known
    # Per-scan memo of layout lookups (candidates come in text order): keeps them linear.
    memo: dict[str, Any] = field(default_factory=dict)
    # The per-candidate steps, compiled or pure Python (same answers): see detect/fastpath.py.
    kernel: fastpath.Kernel = fastpath.PURE
    # The kernel's context-word finders per entity ("" for any entity); empty: the rules' regexes.
    finders: Mapping[str, fastpath.WordFinder] = field(default_factory=dict)
    # The kernel's reader of ten-digit candidates under these rules and today; None: built when asked.
    ten_reader: fastpath.TenReaderLike | None = None

    def reader(self) -> fastpath.TenReaderLike:
        """The reader of ten-digit candidates (built once per scan when the engine gave none)."""
        if self.ten_reader is not None:
            return self.ten_reader
        built: fastpath.TenReaderLike | None = self.memo.get("ten_reader")
        if built is None:
            built = self.memo["ten_reader"] = fastpath.ten_reader(self.rules, self.today, self.kernel)
        return built


class ContextHit(NamedTuple):  # a tuple: made for most readings, and cheaper than a frozen dataclass
    positive: tuple[str, ...]
    negative: tuple[str, ...]
    suppressed: bool  # a negative word stands nearer than any positive word


def context_windows(env: Env, start: int, end: int) -> tuple[str, str]:
    """The text before and after a span in which context words count (matched case-insensitively).

    Context belongs to the same sentence: a new sentence (or, after the match, a new line) starts
    other numbers' context. "cpr-nr. 0101..." keeps its abbreviation dot.
    """
    # Several recognizers (and a verifier's readings) ask for the same span: the same strings back
    # also let the lower-cased windows be reused (see _lowered).
    last = env.memo.get("windows")
    if last is not None and last[0] == start and last[1] == end:
        return last[2]  # type: ignore[no-any-return]
    windows = env.kernel.windows(env.text, start, end, env.window)
    env.memo["windows"] = (start, end, windows)
    return windows


_GAP_WORD = re.compile(r"[^\W\d_]+")
# A word followed by its own value: "tlf. +45 12 34 56 78", "Policenr. 0203021523", "mobil 070-123".
_LABELS_A_VALUE = fastpath.LABELS_A_VALUE
_GAP_MAX_WORDS = 3
# A label followed by a list of numbers of the candidate's shape: "nr. 0707614285, 1403851237 og ".
# "Konto 1234 0707614285", "Kontonr.: reg. 1234 - 0707614285": the account number after its bank's
# four-digit registration number.
_BANK_GAP = re.compile(r"[^\w\n]*(?:[^\W\d_]{1,6}\.?[ \t]*)?\d{4}[ \t:-]*", re.IGNORECASE)
_LIST_GAP = re.compile(
    r"[^\w\n]*(?:[^\W\d_]{1,3}\.?[ \t]*)?(?:\d{6}[-+ ]?\d{4}[ \t]*(?:[,;/&]|og|och|and|samt)[ \t]*)+",
    re.IGNORECASE,
)


# A list of identifier-shaped numbers (ten digits, or twelve with the century) ending a gap, each joined to the next.
_LIST_TAIL = re.compile(
    r"(?<=\s)(?:(?:\d{6}[-+ ]?\d{4}|(?:19|20)\d{6}[-+]?\d{4})[ \t]*(?:[,;/&]|og|och|and|samt)[ \t]*)+$",
    re.IGNORECASE,
)


def attached(gap: str) -> bool:
    """True when a label word and a number separated by ``gap`` belong together.

    Only punctuation and a few small words may stand between ("Ordre nr. 0707614285", "CVR-nr:"
    on the line above a lone number), or a list of numbers of the same shape ("Ordrer: 0707614285,
    1403851237") or a bank's four-digit registration number ("Konto 1234 0707614285"); another
    number, a name (a capitalised word of four letters or more) or more than
    three words means the word labels something else.
    """
    if _LIST_GAP.fullmatch(gap) or _BANK_GAP.fullmatch(gap):
        return True  # the label heads a list of numbers, or a bank registration number stands between
    listed = _LIST_TAIL.search(gap) if any(ch.isdigit() for ch in gap) else None
    if listed is not None and listed.start() > 0:
        # "order numbers such as 1408049667 and 196509065139": the label and its few words head the list, whose
        # numbers may be written with or without the century
        gap = gap[: listed.start()]
    if any(ch.isdigit() for ch in gap) or gap.count("\n") > 1:
        return False
    if "\n" in gap and gap[gap.index("\n") :].strip():
        return False  # label on the line above only when the number starts its own line
    words = _GAP_WORD.findall(gap)
    if len(words) > _GAP_MAX_WORDS:
        return False
    return not any(len(w) >= 4 and w[0].isupper() for w in words)


def context_around(
    env: Env,
    entity: str,
    start: int,
    end: int,
    windows: tuple[str, str] | None = None,
    *,
    label: str | None = None,
    hint: Callable[[], str | None] | None = None,
    other_senses: bool = True,
) -> ContextHit:
    """Context words of ``entity`` within the window before AND after the span.

    Positive words count anywhere in the window; a negative word only when it is attached to
    the span (see :func:`attached`). ``label`` is the span's table column header, which labels it
    as if written right before it. ``hint()`` gives the row's language (asked only when needed): a word positive
    here in some languages and negative in others takes the sense of that language.
    ``windows`` lets a caller weighing several readings of one candidate cut the windows once.
    ``other_senses=False``: the number cannot be what such a word names elsewhere (a P-number is
    ten plain digits: "pnr=841223-3838" is no P-number), so in those languages the word says nothing.
    """
    words = env.rules.context.get(entity)
    if words is None or words.both is None:
        return _NO_CONTEXT
    before, after = windows or context_windows(env, start, end)
    pattern = words.both
    low_before, low_after = _lowered(env, before, after)
    if len(low_before) != len(before) or len(low_after) != len(after):
        # Rare letters whose lower case is longer ("İ"): match the original text, any case.
        pattern = words.both_any_case or pattern
        low_before, low_after = before, after
    if not label and pattern is words.both and not _any_context_word(env, low_before, low_after):
        return _NO_CONTEXT  # most numbers stand without any context word: one search says so
    finder = env.finders.get(entity) if pattern is words.both else None

    def matches(text: str) -> list[tuple[int, int, bool]]:
        """(start, end, positive) of the context words in ``text``: compiled trie or regex, same answer."""
        if finder is not None:
            return finder.find_all(text)
        return [(m.start(), m.end(), m.lastgroup == "p") for m in pattern.finditer(text)]

    languages = words.languages
    negative_in = env.rules.negative_in
    if not label:
        # The common case, in one call when compiled: the words found and weighed.
        if finder is not None:
            found = finder.context(before, after, low_before, low_after, languages, negative_in, hint, attached)
        else:
            found = fastpath.context_of(
                matches, before, after, low_before, low_after, languages, negative_in, hint, attached
            )
        if found is None:
            return _NO_CONTEXT
        hit = ContextHit(*found)
        if other_senses or not any(w in languages or w in negative_in for w in hit.negative):
            return hit
        # A word taken in its other language's sense ("pnr": a P-number) that cannot name this
        # number: weighed again below, where it says nothing (rare: such words are few).
    in_before = matches(low_before)
    in_after = matches(low_after)
    pos: list[tuple[int, str]] = []
    neg: list[tuple[int, str]] = []

    def sense(is_p: bool, word: str) -> bool | None:
        """True: positive; False: negative; None: says nothing about this number."""
        if not is_p:
            return False
        if languages:
            langs = languages.get(word)
            if langs is not None and (hint is None or hint() not in langs):
                # e.g. "p-nr" in Danish text: a production unit, not a personnummer
                return False if other_senses else None
        if word in negative_in and hint is not None and hint() in negative_in[word]:
            return False if other_senses else None  # "Pnr." in a Danish list: a P-number
        return True

    if label:
        # A column header labels the cell as if written at the start of its line: a word on the
        # line itself ("Personnr 8806146935" under an "Org.nr" heading) stands nearer.
        line_start = before.rfind("\n")
        header_distance = len(before) - line_start - 1 if line_start >= 0 else len(before)
        id_words = env.rules.id_words
        low_label = label.lower()
        names_ids = id_words is not None and id_words.search(low_label) is not None
        for s, e, is_p in matches(low_label):
            if is_p or not names_ids:  # "pnr" heading a column of identifiers is no P-number
                word = low_label[s:e].lower()
                said = sense(is_p, word)
                if said:
                    pos.append((header_distance, word))
                elif said is not None and attached(""):
                    neg.append((header_distance, word))
    for s, e, is_p in in_before:
        word = low_before[s:e].lower()
        said = sense(is_p, word)
        if said:
            pos.append((len(before) - e, word))
        elif said is not None and attached(before[e:]):
            neg.append((len(before) - e, word))
    # A word after the number that labels a value of its own ("2602019783, tlf. +45 63487740"), or
    # heads a phrase that does ("0709636969 och uppge elevens personnummer 198608270156"), is that
    # value's context, not the number's.
    owned: set[int] = set()
    following = -1  # where the next context word starts, when it labels a value of its own
    for s, e, _ in reversed(in_after):
        if _LABELS_A_VALUE.match(after, e) or (following >= 0 and not after[e:following].strip()):
            owned.add(s)
            following = s
        else:
            following = -1
    for s, e, is_p in in_after:
        if s in owned:
            continue
        word = low_after[s:e].lower()
        said = sense(is_p, word)
        if said:
            pos.append((s, word))
        elif said is not None and attached(after[:s]):
            neg.append((s, word))
    if not pos and not neg:
        return _NO_CONTEXT
    nearest_pos = min((d for d, _ in pos), default=None)
    nearest_neg = min((d for d, _ in neg), default=None)
    suppressed = nearest_neg is not None and (nearest_pos is None or nearest_neg < nearest_pos)
    return ContextHit(tuple(sorted({w for _, w in pos})), tuple(sorted({w for _, w in neg})), suppressed)


_NO_CONTEXT = ContextHit((), (), False)


def _any_context_word(env: Env, low_before: str, low_after: str) -> bool:
    """True unless no context word of any entity stands in the windows (asked once per candidate)."""
    anything = env.rules.any_context
    if anything is None:
        return True
    last = env.memo.get("any_context")
    if last is not None and last[0] is low_before and last[1] is low_after:
        return bool(last[2])
    finder = env.finders.get("")
    if finder is not None:
        found = finder.search(low_before) or finder.search(low_after)
    else:
        found = anything.search(low_before) is not None or anything.search(low_after) is not None
    env.memo["any_context"] = (low_before, low_after, found)
    return found


def _lowered(env: Env, before: str, after: str) -> tuple[str, str]:
    """The windows in lower case; every reading of a candidate asks for the same windows."""
    last = env.memo.get("lowered")
    if last is not None and last[0] is before and last[1] is after:
        return last[2], last[3]
    low = before.lower(), after.lower()
    env.memo["lowered"] = (before, after, *low)
    return low


def inside_url_or_path(text: str, start: int, end: int) -> bool:
    """True when the span is part of a URL, query string or file path-like token."""
    return fastpath.url_or_path(text, start)


# "+" and any country code, or "00" and a country code people actually dial from here; the "00"
# must not be the tail of another number ("060680-0002 070680-0018", "CPR: 0012 070761-4285").
_INTL_PREFIX = re.compile(
    r"(?:\+\d{1,3}|(?<![\w\-+/.])00(?:45|46|47|298|299|354|358|1|3[0-469]|4[0-4689]|351|352|353|372|370|371))"
    r"[ -]?(?:\(0\)[ -]?)?$"
)


def after_phone_prefix(text: str, start: int) -> bool:
    """True when a +45/+46/... (or 0045) country prefix stands right before ``start``."""
    head = text[max(0, start - 10) : start]
    if "+" not in head and "00" not in head:
        return False  # the common case: the pattern needs one of them
    return _INTL_PREFIX.search(head) is not None


_EXPLANATIONS_KEPT = 4096


class Recognizer(ABC):
    """A family of candidate patterns for one or more entities, and their verifier."""

    name: str = ""
    entities: tuple[str, ...] = ()
    # Explanations made so far (per instance, set on first use; a declared attribute, not a __dict__
    # entry, so that the class also compiles with mypyc: benchmarks/bench_mypyc_rules.py).
    _kept_explanations: dict[tuple[object, ...], Explanation] | None = None

    @property
    def _explanations(self) -> dict[tuple[object, ...], Explanation]:
        kept = self._kept_explanations
        if kept is None:
            kept = self._kept_explanations = {}
        return kept

    @abstractmethod
    def patterns(self, ocr: bool) -> list[Pattern]:
        """Candidate patterns; regexes use only non-capturing groups."""

    def candidates(
        self, text: str, start: int, end: int, kernel: fastpath.Kernel = fastpath.PURE
    ) -> Iterator[tuple[str, int, int]]:
        """Candidates found without the shared regex (pattern name, start, end), starting in
        [start, end). For shapes with no cheap first character, such as e-mail addresses. ``kernel``
        may find them faster (same candidates)."""
        return iter(())

    @abstractmethod
    def verify(self, pattern: str, start: int, end: int, env: Env) -> Iterable[Finding]:
        """Findings for the candidate ``env.text[start:end]`` matched by ``pattern``."""

    def finding(
        self,
        entity: str,
        start: int,
        end: int,
        score: float,
        env: Env,
        normalized: str,
        pattern: str,
        *,
        checksum: str | None = None,
        subtype: str | None = None,
        ctx: ContextHit | None = None,
        notes: tuple[str, ...] = (),
    ) -> Finding:
        hit = ctx or _NO_CONTEXT
        # Explanations are immutable and few differ (most findings have the same words or none):
        # one object per distinct explanation, kept per recognizer.
        key = (pattern, checksum, hit.positive, hit.negative, notes)
        explanation = self._explanations.get(key)
        if explanation is None:
            if len(self._explanations) >= _EXPLANATIONS_KEPT:
                self._explanations.clear()
            explanation = self._explanations[key] = Explanation(
                recognizer=self.name,
                pattern=pattern,
                checksum=checksum,
                context=hit.positive,
                negative_context=hit.negative,
                notes=notes,
            )
        return env.kernel.finding(
            Finding,
            entity,
            start,
            end,
            round(min(1.0, max(0.0, score)), 3),
            env.text[start:end],
            normalized,
            explanation,
            subtype,
            None,
        )
