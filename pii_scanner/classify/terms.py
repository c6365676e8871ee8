"""Term matching for the classifiers' lexicons (data in top-level recognizers/), one pass per text.

Term syntax (case-insensitive, whole words):

- ``sygemeldt``: that word; ``sygemeld*``: any word starting so (inflections, compounds);
- ``dna-prov*`` / ``er med i facket``: a phrase; words may be separated by spaces or hyphens, any
  word may end in ``*``; ``~`` inside a phrase stands for up to three other words
  (``medlem* ~ fagforening*`` matches "medlem af den lokale fagforening");
- ``=Venstre``: case-sensitive (party and union names that are ordinary words in lower case); in a
  phrase, ``=`` before one word makes that word case-sensitive ("født i ~ =Tyrkiet");
- ``halsfluss+``: that word or it with a Danish/Swedish/Norwegian article or plural ending (``ENDINGS``:
  "halsflussen", "febern", "tinnitussen", "vattkopporna"); the hit names the word without "+". The word
  is looked up like a stem (the trie does not grow) and the rest of the text's word must be an ending.

Each term is looked up by one word: the word itself, or for a phrase its most telling word
("facket" in "er med i facket", never a function word such as "er" or "i"). A scan takes the
text's distinct words (one split, a set), looks them up in two dicts (whole words, stems by
prefix length), and only then finds the occurrences of the few first words present with
``str.find``: the cost per item is a pass over the text in C plus work per distinct word, whatever
the number of terms. Python runs only per occurrence of a first word; a phrase is then checked with
its own pattern (compiled on first use) in a small window around that word. The matches are those
of one trie regex over all first words (``TermSet.scan_regex``, the reference and the fallback).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from itertools import compress, groupby
from operator import itemgetter
from pathlib import Path
from types import ModuleType
from typing import Any

from pii_scanner.core.data_cache import code_key, remembered
from pii_scanner.core.resources import data_dir, kept_yaml

Tag = tuple[str, ...]  # e.g. ("cat", category, strength) or ("doc", type, weight)
MAX_CHARS = 4_000_000  # classification looks at the first 4M characters of an item

_GAP = r"(?:[\s\-]+[\w.'’/]+){0,3}"
_SEP = r"[\s\-]+"
_WORD_END = r"(?!\w)"


@dataclass(frozen=True, slots=True)
class Hit:
    tag: Tag
    term: str  # the lexicon entry as written (never text from the item)
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class _Entry:
    tag: Tag
    term: str
    first: str  # the lower-cased word the scan looks for (without "*"): a phrase's most telling word
    stem: bool  # that word is a stem
    phrase: str | None  # a phrase's pattern (compiled on first use), checked around the word found
    case: str | None  # exact spelling of a one-word case-sensitive term
    needs: tuple[str, ...] = ()  # a phrase's literal words (lower case): all occur wherever it matches
    whole: frozenset[str] = frozenset()  # those of them that match only as a whole word (no "*")
    endings: frozenset[str] | None = None  # an inflecting word ("+"): what may follow ``first`` in the word

    @property
    def full(self) -> re.Pattern[str] | None:
        return _compiled(self.phrase, re.IGNORECASE) if self.phrase is not None else None


@cache
def _compiled(source: str, flags: int = 0) -> re.Pattern[str]:
    """Patterns are compiled when first needed: most phrases never meet their word in a given run."""
    return re.compile(source, flags)


# Per word of a text: its entries, each with its phrase pattern and the words to pre-check (``_other_needs``).
_Memo = dict[str, list[tuple[_Entry, "re.Pattern[str] | None", tuple[str, ...]]]]


_TRIES_USED: set[str] = set()  # trie regexes (their source) this process compiled (a cache)


# Words a phrase is never looked up by ("er" in "er same", "i" in "i facket"): too frequent.
_FUNCTION_WORDS = frozenset(
    [
        "er",
        "i",
        "på",
        "med",
        "til",
        "af",
        "av",
        "en",
        "et",
        "ett",
        "har",
        "den",
        "det",
        "de",
        "som",
        "og",
        "och",
        "for",
        "för",
        "fra",
        "från",
        "min",
        "sin",
        "mit",
        "mitt",
        "sit",
        "hans",
        "hendes",
        "hennes",
        "is",
        "the",
        "of",
        "a",
        "an",
        "to",
        "in",
        "on",
        "at",
        "my",
        "his",
        "her",
        "was",
        "blev",
        "var",
        "är",
        "jeg",
        "jag",
        "om",
        "att",
        "der",
        "ikke",
        "inte",
        "not",
        "with",
        "by",
        "mor",
        "far",
    ]
)
_PHRASE_WINDOW = 160  # a phrase is looked for this far around its word
_MAX_KNOWN = 50_000  # words remembered per term set (a few MB), then forgotten all at once
_SHORT = 200  # characters below which the one regex pass is cheaper than the word-set scan
# First words up to which compiling the trie regex for a short text costs little (the person cues);
# a big lexicon's trie (tens of ms to compile) is not compiled just for a process's first short text.
_SMALL_TRIE = 1400
_MAX_FINDS = 40  # first words looked for one by one with str.find; beyond, the trie regex in one pass


def _word_pattern(word: str, case: bool) -> str:
    if word == "~":
        return _GAP
    if word.startswith("="):
        word, case = word[1:], True
    stem = word.endswith("*")
    body = re.escape(word.rstrip("*"))
    if case:
        body = f"(?-i:{body})"
    return body + (r"\w*" if stem else _WORD_END)


@cache  # the same terms are built into the combined set and their lexicon's own set: parsed once
def _entry(tag: Tag, raw: str) -> _Entry | None:
    term = str(raw).strip()
    case_sensitive = term.startswith("=")
    words = [w for w in re.split(r"[\s\-]+", term.lstrip("=")) if w]
    if not words or all(w == "~" for w in words):
        return None
    if len(words) == 1:
        word = words[0].lstrip("=")
        case = case_sensitive or words[0].startswith("=")
        if word.endswith("+") and len(word) > 1:  # "halsfluss+": the word and its inflected forms
            base = word[:-1]
            return _Entry(
                tag, term[:-1], base.lower(), True, None, base if case else None, endings=endings(base.lower())
            )
        return _Entry(tag, term, word.rstrip("*").lower(), word.endswith("*"), None, word.rstrip("*") if case else None)

    def weight(w: str) -> int:
        literal = w.lstrip("=").rstrip("*").lower()
        return 0 if w == "~" else len(literal) if literal not in _FUNCTION_WORDS else 1

    anchor = max(words, key=weight)  # the first of the most telling words
    parts = [r"(?<!\w)" + _word_pattern(words[0], case_sensitive)]
    for w in words[1:]:
        parts.append(_GAP if w == "~" else _SEP + _word_pattern(w, case_sensitive))
    literals = [w.lstrip("=").rstrip("*") for w in words if w != "~"]
    plain = all(map(_plain_case, literals))
    whole = [w.lstrip("=").lower() for w in words if w != "~" and _WORD.fullmatch(w.lstrip("="))]
    return _Entry(
        tag,
        term,
        anchor.lstrip("=").rstrip("*").lower(),
        anchor.endswith("*"),
        "".join(parts),
        None,
        tuple(dict.fromkeys(w.lower() for w in literals if w)) if plain else (),
        frozenset(whole) if plain else frozenset(),
    )


def _heads(stems: dict[str, Any]) -> frozenset[str]:
    """Each stem's beginning, as long as the shortest stem."""
    shortest = min(map(len, stems), default=0)
    return frozenset(k[:shortest] for k in stems)


def _entries(tagged: list[tuple[Tag, str]]) -> list[_Entry | None]:
    """The parsed terms, from the data cache when an earlier process parsed the same terms with this code."""
    rows = remembered(
        "terms",
        (code_key(__file__), repr(tagged).encode("utf-8", "backslashreplace")),
        lambda: [_row(_entry(tag, raw)) for tag, raw in tagged],
    )
    return [None if row is None else _from_row(*row) for row in rows]


_Row = tuple[
    Tag, str, str, bool, "str | None", "str | None", tuple[str, ...], tuple[str, ...], "tuple[str, ...] | None"
]


def _row(entry: _Entry | None) -> _Row | None:
    if entry is None:
        return None
    return (
        entry.tag,
        entry.term,
        entry.first,
        entry.stem,
        entry.phrase,
        entry.case,
        entry.needs,
        tuple(sorted(entry.whole)),
        None if entry.endings is None else tuple(sorted(entry.endings)),
    )


@cache  # one object per distinct term, shared by the term sets that hold it
def _from_row(
    tag: Tag,
    term: str,
    first: str,
    stem: bool,
    phrase: str | None,
    case: str | None,
    needs: tuple[str, ...],
    whole: tuple[str, ...],
    ends: tuple[str, ...] | None = None,
) -> _Entry:
    return _Entry(
        tuple(tag),
        term,
        first,
        stem,
        phrase,
        case,
        tuple(needs),
        frozenset(whole),
        None if ends is None else frozenset(ends),
    )


# The article and plural endings an inflecting word ("halsfluss+") may take: Danish, Swedish and Norwegian nouns
# take their definite article as an ending ("-en", "-et", "-n"), plurals "-er"/"-ar" and their definite forms.
ENDINGS = ("", "en", "n", "et", "ens", "er", "erne", "ar", "arna", "ne", "na")
_DOUBLED = ("en", "et")  # after a short vowel and one consonant the consonant doubles: "tinnitussen", "lupussen"
_VOWELS = frozenset("aeiouyæøåäöéü")


def endings(word: str) -> frozenset[str]:
    """What may follow ``word`` (lower case) in an inflected form of it."""
    out = set(ENDINGS)
    if len(word) >= 3 and word[-1] not in _VOWELS and word[-2] in _VOWELS and word[-3] not in _VOWELS:
        out.update(word[-1] + ending for ending in _DOUBLED)
    return frozenset(out)


def _plain_case(word: str) -> bool:
    """Case-insensitive matching of ``word`` is the same as comparing lower-cased strings (no "İ",
    no characters regular expressions fold specially: "ı", "ſ", "µ", Greek and beyond)."""
    if len(word.lower()) != len(word) or _SPECIAL_FOLDS.intersection(word):
        return False
    return max(word, default="") < _FOLD_LIMIT


# Characters that case-insensitive regular expressions match beyond lower(): from "\u0345" on, and these.
_FOLD_LIMIT = "\u0345"
_SPECIAL_FOLDS = frozenset("\u0131\u017f\u00b5")  # dotless i, long s, micro sign


def trie_regex(words: Iterable[str]) -> str:
    """A regex alternation shaped as a trie: the engine tests one branch per character."""
    trie: dict[str, Any] = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        end = "" in node
        branches = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if end else body

    return emit(trie)


_WORD = re.compile(r"\w+")
_WORD_TAIL = re.compile(r"\w*")


class ItemText:
    """An item's text as the lexicons read it, prepared once per item and shared by every scan of it:
    the first MAX_CHARS characters, their lower-cased form and their distinct words (each computed when
    first asked for). ``kernel``: the compiled word pass (``classify.term_kernel``), or None for pure
    Python; both give the same answers."""

    __slots__ = ("_lower", "_probed", "_tail_found", "_words", "kernel", "plain", "probes", "tails", "text")

    def __init__(
        self,
        text: str,
        kernel: ModuleType | None = None,
        tails: tuple[str, ...] = (),
        probes: tuple[str, ...] = (),
    ) -> None:
        self.text = text[:MAX_CHARS]
        self.kernel = kernel
        self.tails = tails  # word ends asked about later (``ends_with_any``): the word pass answers in passing
        # words asked about later (``has_word``): "parti" a whole word, "bryllup*" a word's beginning
        self.probes = probes
        self._lower: str | None = None
        self._words: set[str] | None = None
        self._tail_found: bool | None = None
        self._probed: dict[str, bool] | None = None
        # True: the compiled word pass found no character that case-insensitive patterns fold beyond lower()
        # (dotless i, long s, micro sign, U+0345 and beyond: all letters, so inside words); None: not known
        self.plain: bool | None = None

    def __len__(self) -> int:
        return len(self.text)

    @property
    def lower(self) -> str:
        if self._lower is None:
            low = self.kernel.lower(self.text) if self.kernel is not None else None
            self._lower = low if low is not None else self.text.lower()
        return self._lower

    @property
    def words(self) -> set[str]:
        """The distinct words (runs of word characters) of ``lower``."""
        if self._words is None:
            self._words = TermSet._words(self.lower)
        return self._words

    def has_word(self, probe: str) -> bool | None:
        """Whether the lower-cased text holds ``probe`` (one of ``probes``) as a whole word ("parti") or as
        a word's beginning ("bryllup*"), as the term scan's compiled word pass found it; None when not
        known (no compiled pass ran, or a character folds beyond lower(), where case-insensitive
        patterns could match what lower-cased words do not hold): the caller looks itself."""
        return None if self._probed is None else self._probed.get(probe)

    def ends_with_any(self, tails: tuple[str, ...]) -> bool:
        """Some word of ``lower`` ends with one of ``tails`` (runs of lower-case word characters)."""
        if self.kernel is not None and self._words is None:
            if self._tail_found is not None and tails == self.tails:
                return self._tail_found  # found by the term scan's word pass
            return bool(self.kernel.ends_with(self.lower, _tail_index(self.kernel, tails)))
        return any(w.endswith(tails) for w in self.words)

    def word_spans(self, words: frozenset[str]) -> list[tuple[int, int]] | None:
        """The spans of the words of ``lower`` equal to one of ``words`` (runs of lower-case word
        characters), in text order, by the compiled word pass, or by ``str.find`` when the distinct words
        are known (``[]`` when they hold none of them); None when neither is at hand (the caller looks
        itself)."""
        if self.kernel is not None and all(map(_WORD_ONLY.fullmatch, words)):
            found = self.kernel.scan(self.lower, _word_index(self.kernel, words))[0]
            return [(found[k], found[k] + found[k + 1]) for k in range(0, len(found), 3)]
        if self._words is not None:
            present = self._words & words
            if not present:
                return []
            if all(map(_WORD_ONLY.fullmatch, words)):  # found with ``str.find``, whole words only
                return _whole_word_spans(self.lower, present)
        return None


_WORD_ONLY = re.compile(r"\w+")


def _whole_word_spans(lower: str, words: set[str]) -> list[tuple[int, int]]:
    """The spans of the maximal runs of word characters of ``lower`` equal to one of ``words``, in
    text order (each of ``words`` a run of word characters): one ``str.find`` loop per word present
    instead of a regex tried over the whole text."""
    size = len(lower)
    spans: list[tuple[int, int]] = []
    for word in words:
        n = len(word)
        for at in _places(lower, word):
            end = at + n
            if (at == 0 or not _is_word(lower[at - 1])) and (end == size or not _is_word(lower[end])):
                spans.append((at, end))
    spans.sort()
    return spans


@cache
def _word_index(kernel: ModuleType, words: frozenset[str]) -> Any:
    ordered = sorted(words)
    return kernel.build(ordered, [kernel.EXACT] * len(ordered))


@cache
def _tail_index(kernel: ModuleType, tails: tuple[str, ...]) -> Any:
    return kernel.build(list(tails), [kernel.TAIL] * len(tails), reverse=True)


def item_text(text: str | ItemText) -> ItemText:
    return text if isinstance(text, ItemText) else ItemText(text)


@dataclass(frozen=True)
class TermSet:
    """Tagged terms; ``scan`` returns every occurrence with its offsets, ``hits`` the distinct ones."""

    exact: dict[str, tuple[_Entry, ...]]
    stems: dict[str, tuple[_Entry, ...]]
    stem_lengths: tuple[int, ...]
    firsts: tuple[str, ...] = ()  # every word a term is looked up by
    odd: tuple[str, ...] = ()  # first words holding a non-word character ("inkl.", "org.nr", "df'er")
    word_led: bool = True  # every first word starts with a word character (the word-set scan needs it)
    # The stems' beginnings, as long as the shortest stem: a word starting otherwise starts no stem.
    stem_heads: frozenset[str] = frozenset()
    # Words already looked up -> the first words they give (most give none): per process, bounded.
    known: dict[str, tuple[str, ...]] = field(default_factory=dict, compare=False, repr=False)
    derived: dict[Any, Any] = field(default_factory=dict, compare=False, repr=False)  # look-ups built on first use

    @classmethod
    def build(cls, tagged: Iterable[tuple[Tag, str]]) -> TermSet:
        exact: dict[str, list[_Entry]] = {}
        stems: dict[str, list[_Entry]] = {}
        for entry in _entries([(tuple(tag), str(raw)) for tag, raw in tagged]):
            if entry is None:
                continue
            (stems if entry.stem else exact).setdefault(entry.first, []).append(entry)
        firsts = set(exact) | set(stems)
        return cls(
            {k: tuple(v) for k, v in exact.items()},
            {k: tuple(v) for k, v in stems.items()},
            tuple(sorted({len(k) for k in stems})),
            tuple(sorted(firsts)),
            tuple(sorted(f for f in firsts if not _WORD.fullmatch(f))),
            all(_WORD.match(f) for f in firsts),
            _heads(stems),
        )

    @property
    def source(self) -> str | None:
        """The trie regex over every first word, on lower-cased text (built when first needed)."""
        # kept on the set: looking it up by ``firsts`` hashes a tuple of thousands of words (per short text)
        cached = self.derived.get("source")
        if cached is None and self.firsts:
            cached = self.derived["source"] = _trie_source(self.firsts)
        source: str | None = cached
        return source

    @property
    def pattern(self) -> re.Pattern[str] | None:
        return _compiled(self.source) if self.source is not None else None

    def scan(self, text: str | ItemText, *, once: frozenset[str] = frozenset()) -> list[Hit]:
        """Every occurrence of every term in ``text`` (the first MAX_CHARS characters), in text order.

        The text's distinct words decide which first words can occur at all (a set lookup per
        distinct word, not per occurrence); only those are then looked for, with ``str.find``.
        This gives exactly the matches of the trie regex ``source`` (kept as ``scan_regex``): at
        each word start the longest first word that fits, extended to the end of the word.

        ``once``: tags (by their first element) of terms the caller only asks the presence of
        (document types count distinct terms): a first word whose terms all have such tags is
        looked for only until each of its terms was found, so that its hits are a subset of the
        full scan's with the same distinct (tag, term) pairs; every other hit is the same.
        """
        if not self.firsts:
            return []
        prepared = item_text(text)
        text = prepared.text
        if len(text) < _SHORT and self._regex_ready():  # a sentence: the regex costs less than the word sets
            return self.scan_regex(text)
        lower = prepared.lower
        if len(lower) != len(text) or not self.word_led:
            return self.scan_regex(text)
        longest: dict[int, int] = {}  # word start -> length of the longest first word there
        presence_only = self._presence_only(once) if once else frozenset()
        deferred: list[str] = []
        places: dict[str, list[int]] | None = None  # the compiled pass's occurrences of deferred words
        if prepared.kernel is not None and prepared._words is None:
            # One pass in C gives every word-only first word's occurrences; first words with
            # punctuation ("org.nr") are few and still looked for below.
            words, folds, places = self._compiled_pass(prepared, presence_only, longest, deferred)
            present = {first for first, lead in self.odd_leads.items() if lead in words}
        else:
            words = prepared.words
            present = self._present(words)
            folds = lower if _plain_case("".join(words)) else None
            if len(present) > _MAX_FINDS:  # a rich vocabulary: one regex pass costs less than many finds
                return self.scan_regex(text, folds, words)
        size_of = len(lower)
        for first in present:
            if folds is not None and first not in self.odd and not self._live(first, words):
                continue  # only phrases lacking a word of this text: its occurrences give nothing
            if first in presence_only:
                deferred.append(first)
                continue
            size = len(first)
            whole = first not in self.stems and first not in self.odd  # must end where the word ends
            at = lower.find(first)
            while at >= 0:
                if (
                    (at == 0 or not _is_word(lower[at - 1]))
                    and longest.get(at, 0) < size
                    and not (whole and at + size < size_of and _is_word(lower[at + size]))
                ):
                    longest[at] = size
                at = lower.find(first, at + 1)
        out: list[Hit] = []
        done = 0
        memo: _Memo = {}
        spans: list[tuple[int, int]] = []  # the matches taken, in text order
        for start in sorted(longest):
            if start < done:
                continue  # inside the previous match ("nr" of "org.nr")
            m = _WORD_TAIL.match(lower, start + longest[start])
            done = m.end() if m is not None else start + longest[start]
            spans.append((start, done))
            self._hits_at(text, start, done, out, memo, folds, words)
        if deferred:
            self._first_hits(text, lower, sorted(deferred), longest, spans, out, memo, folds, words, places)
        out.sort(key=lambda h: h.start)
        return out

    def _compiled_pass(
        self,
        prepared: ItemText,
        presence_only: frozenset[str],
        longest: dict[int, int],
        deferred: list[str],
    ) -> tuple[set[str], str | None, dict[str, list[int]]]:
        """The word-only first words' part of ``scan`` by the compiled word pass: fills ``longest``
        (empty when called) and ``deferred`` as the pure path does; returns the words the scan asks about
        that occur (a subset of the text's distinct words holding every word a phrase needs and every
        leading word of a first word with punctuation: all that ``_live``, ``_hits_at`` and ``odd_leads``
        look up), the lower-cased text when phrases may be pre-checked on it (``folds``), and the
        occurrences of the deferred first words in text order. Whether a word ends with one of
        ``prepared.tails`` and the answers to ``prepared.probes`` are found in the same pass."""
        kernel, lower = prepared.kernel, prepared.lower
        assert kernel is not None
        index, names, probe_ids, probe_only = self._compiled_index(kernel, prepared.probes)
        if prepared.tails:  # the item's word ends are checked in the same pass
            occ, vocab, plain, prepared._tail_found = kernel.scan(lower, index, _tail_index(kernel, prepared.tails))
        else:
            occ, vocab, plain = kernel.scan(lower, index)
        words = {names[i] for i in vocab}
        folds = lower if plain else None
        prepared.plain = bool(plain)
        fids, starts = occ[2::3], occ[0::3]
        occurring = set(fids)
        if prepared.probes and plain:
            prepared._probed = {
                probe: (probe_ids[probe] in occurring if probe.endswith("*") else names[probe_ids[probe]] in words)
                for probe in prepared.probes
                if probe in probe_ids
            }
        # What each first word present asks for, decided once per word; the occurrences are then sorted out
        # by C loops (map, compress, sorted), not one Python step each.
        find = bytearray(len(names))
        defer = bytearray(len(names))
        for fid in occurring:
            first = names[fid]
            if fid in probe_only or (folds is not None and not self._live(first, words)):
                continue  # only phrases lacking a word of this text (or a probe): its occurrences give nothing
            if first in presence_only:
                defer[fid] = 1
                deferred.append(first)
            else:
                find[fid] = 1
        if any(find):
            chosen = list(map(find.__getitem__, fids))
            # at each word start the longest first word there: sorted pairs, the last (longest) of each start wins
            longest.update(sorted(zip(compress(starts, chosen), compress(occ[1::3], chosen), strict=True)))
        places: dict[str, list[int]] = {}
        if deferred:
            chosen = list(map(defer.__getitem__, fids))
            for fid, group in groupby(sorted(compress(zip(fids, starts, strict=True), chosen)), key=itemgetter(0)):
                places[names[fid]] = list(map(itemgetter(1), group))
        return words, folds, places

    def _compiled_index(
        self, kernel: ModuleType, probes: tuple[str, ...] = ()
    ) -> tuple[Any, list[str], dict[str, int], frozenset[int]]:
        """The compiled pass's index of this set: its word-only first words (exact and stems), and
        the words whose presence the scan asks about (a phrase's whole words, the leading words of
        first words with punctuation); ids are positions in the returned list. ``probes``: words the
        caller asks about (``ItemText.probes``: "parti" a whole word, "bryllup*" a word's beginning),
        each answered by an entry where one can (probe -> id; a whole word is reported when present,
        which the scan may know; a beginning is a stem, its own or a first word's); the ids of the stems
        added only for probes come last: the scan skips their occurrences."""
        key = ("compiled", kernel, probes)
        cached = self.derived.get(key)
        if cached is None:
            flags: dict[str, int] = {}
            for first in self.firsts:
                if first not in self.odd:
                    exact = kernel.EXACT if first in self.exact else 0
                    flags[first] = exact | (kernel.STEM if first in self.stems else 0)
            asked = {w for group in (*self.exact.values(), *self.stems.values()) for e in group for w in e.whole}
            for word in sorted(asked | set(self.odd_leads.values())):
                flags[word] = flags.get(word, 0) | kernel.VOCAB
            answered: list[str] = []
            own: list[str] = []
            for probe in probes:
                word = probe.rstrip("*")
                if not _WORD_ONLY.fullmatch(word) or word != word.lower():
                    continue
                if not probe.endswith("*"):
                    flags[word] = flags.get(word, 0) | kernel.VOCAB
                elif word not in flags:
                    own.append(word)
                elif not flags[word] & kernel.STEM:
                    continue  # a whole first word already: its occurrences cannot tell
                answered.append(probe)
            for word in own:
                flags[word] = kernel.STEM
            names = list(flags)
            ids = {n: i for i, n in enumerate(names)}
            cached = self.derived[key] = (
                kernel.build(names, [flags[n] for n in names]),
                names,
                {probe: ids[probe.rstrip("*")] for probe in answered},
                frozenset(ids[w] for w in own),
            )
        result: tuple[Any, list[str], dict[str, int], frozenset[int]] = cached
        return result

    def _first_hits(
        self,
        text: str,
        lower: str,
        deferred: list[str],
        taken: dict[int, int],
        spans: list[tuple[int, int]],
        out: list[Hit],
        memo: _Memo,
        folds: str | None,
        words: set[str],
        places: dict[str, list[int]] | None = None,
    ) -> None:
        """Hits of presence-only first words (one word each, no punctuation): their occurrences in text
        order until each of their terms was found. An occurrence counts where the full scan would
        match there: at a word start, not where another first word's match was taken (``taken``:
        those hits are in ``out`` already) or reaches over it (``spans``: "nr" in "org.nr"). There
        the full scan's match is the same whole word (any first word there is one word too), so the
        hits are the same."""
        found = {(h.tag, h.term) for h in out}
        starts = [a for a, _ in spans]
        seen: set[int] = set()
        size_of = len(lower)
        for first in deferred:
            pairs = self._pairs(first)
            if pairs <= found:
                continue
            size = len(first)
            whole = first not in self.stems
            for at in _places(lower, first) if places is None else places[first]:
                if (
                    (at == 0 or not _is_word(lower[at - 1]))
                    and not (whole and at + size < size_of and _is_word(lower[at + size]))
                    and at not in taken
                    and at not in seen
                    and not _within_span(spans, starts, at)
                ):
                    seen.add(at)
                    m = _WORD_TAIL.match(lower, at + size)
                    before = len(out)
                    # only the terms not found yet: the distinct (tag, term) pairs are all the caller asks for
                    self._hits_at(text, at, m.end() if m is not None else at + size, out, memo, folds, words, found)
                    found.update((h.tag, h.term) for h in out[before:])
                    if pairs <= found:
                        break

    def _presence_only(self, once: frozenset[str]) -> frozenset[str]:
        """First words without punctuation all of whose terms have a tag in ``once``."""
        key = ("once", once)
        cached = self.derived.get(key)
        if cached is None:
            cached = self.derived[key] = frozenset(
                first
                for first in self.firsts
                if first not in self.odd
                and all(e.tag[0] in once for e in self.exact.get(first, ()) + self.stems.get(first, ()))
            )
        result: frozenset[str] = cached
        return result

    def _pairs(self, first: str) -> frozenset[tuple[Tag, str]]:
        """The distinct (tag, term) of the terms looked up by ``first``."""
        key = ("pairs", first)
        cached = self.derived.get(key)
        if cached is None:
            cached = self.derived[key] = frozenset(
                (e.tag, e.term) for e in self.exact.get(first, ()) + self.stems.get(first, ())
            )
        result: frozenset[tuple[Tag, str]] = cached
        return result

    def _regex_ready(self) -> bool:
        """The trie regex is compiled already, or cheap to compile. A big set's regex source is not
        built to find out (~35 ms for the categories' 3,300 first words, once per process): a set
        whose regex was compiled holds its source."""
        return len(self.firsts) <= _SMALL_TRIE or self.derived.get("source") in _TRIES_USED

    def _live(self, first: str, words: set[str]) -> bool:
        """Some term looked up by ``first`` can match in a text of these distinct words: a single
        word, or a phrase whose whole words all occur (the same test ``_hits_at`` applies)."""
        entries = self.exact.get(first, ()) + self.stems.get(first, ())
        return any(e.phrase is None or e.whole <= words for e in entries)

    @staticmethod
    def _words(lower: str) -> set[str]:
        """The distinct words (runs of word characters) of ``lower``."""
        words: set[str] = set()
        mixed: list[str] = []  # tokens with punctuation ("010190-1234", "org.nr"): split in one C call
        for token in set(lower.split()):
            if token.isalnum():
                words.add(token)
            else:
                mixed.append(token)
        words.update(_WORD.findall(" ".join(mixed)))
        return words

    def _present(self, words: set[str]) -> set[str]:
        """First words that can match in a text of these distinct words: whole words (exact),
        prefixes of words (stems), and first words with punctuation whose leading word is one."""
        found = {first for first, lead in self.odd_leads.items() if lead in words}
        known = self.known
        if len(known) >= _MAX_KNOWN:
            known.clear()
        for word in words:
            firsts = known.get(word)
            if firsts is None:
                firsts = self._firsts_of(word)
                if len(known) < _MAX_KNOWN:
                    known[word] = firsts
            if firsts:
                found.update(firsts)
        return found

    def _firsts_of(self, word: str) -> tuple[str, ...]:
        """The first words a whole word of a text starts (stems) or is (exact)."""
        out = [word] if word in self.exact else []
        if not self.stem_lengths or word[: self.stem_lengths[0]] not in self.stem_heads:
            return tuple(out)  # most words start no stem: one look-up says so
        for length in self.stem_lengths:
            if length > len(word):
                break
            if word[:length] in self.stems:
                out.append(word[:length])
        return tuple(out)

    @property
    def odd_leads(self) -> dict[str, str]:
        """Each first word with punctuation -> its leading word ("org.nr" -> "org"): the whole word it
        starts with in any text it occurs in (a non-word character follows)."""
        return _odd_leads(self.odd)

    def scan_regex(self, text: str, folds: str | None = None, words: set[str] | None = None) -> list[Hit]:
        """``scan`` by the trie regex alone: the reference, and the path for text whose lower-cased form
        has another length ("İ"), where offsets would shift (then case-insensitive on the text).
        ``folds``, ``words``: the lower-cased text and its distinct words, when phrases may be pre-checked
        on them (see ``_hits_at``)."""
        source = self.source
        if source is None:
            return []
        out: list[Hit] = []
        text = text[:MAX_CHARS]
        # one C pass; matching lower-case text without IGNORECASE is much faster
        lower = folds if folds is not None else text.lower()
        same = len(lower) == len(text)
        pattern = _compiled(source, 0 if same else re.IGNORECASE)
        _TRIES_USED.add(source)
        memo: _Memo = {}
        for m in pattern.finditer(lower if same else text):
            self._hits_at(text, m.start(), m.end(), out, memo, folds if same else None, words if same else None)
        out.sort(key=lambda h: h.start)
        return out

    def _hits_at(
        self,
        text: str,
        start: int,
        end: int,
        out: list[Hit],
        memo: _Memo,
        lower: str | None = None,
        words: set[str] | None = None,
        found: set[tuple[Tag, str]] | None = None,
    ) -> None:
        """The hits of the word matched at [start, end): its entries, phrases checked around it.
        ``memo``: the entries per word already looked up in this text. ``lower``: the lower-cased
        text, given when lower-casing folds like the phrase patterns do (then a phrase is tried only
        where all its words occur, and only when its whole words are among ``words``, the distinct
        words of the text). ``found``: (tag, term) pairs not to look for again (a presence-only scan)."""
        word = text[start:end]
        # Under the fold check (``lower`` given) no character lower-cases by its context (Greek sigma).
        folded = lower[start:end] if lower is not None else word.lower()
        candidates = memo.get(folded)
        if candidates is None:
            entries: list[_Entry] = list(self.exact.get(folded, ()))
            for length in self.stem_lengths:
                if length > len(folded):
                    break
                entries.extend(self.stems.get(folded[:length], ()))
            if lower is not None and words is not None:  # phrases with a word the text lacks cannot match
                entries = [e for e in entries if e.phrase is None or e.whole <= words]
            candidates = memo[folded] = [(e, e.full, _other_needs(e)) for e in entries]
        lo = hi = -1  # the phrase window, computed once per word and only when a phrase is tried
        for entry, full, needs in candidates:
            if found is not None and (entry.tag, entry.term) in found:
                continue
            if full is None:
                if entry.endings is not None and folded[len(entry.first) :] not in entry.endings:
                    continue  # "halsfluss+" in "halsflussbakterier": a compound, no inflected form
                if entry.case is None or word.startswith(entry.case):
                    out.append(Hit(entry.tag, entry.term, start, end))
                continue
            if lo < 0:
                lo = start - _PHRASE_WINDOW if start > _PHRASE_WINDOW else 0
                hi = end + _PHRASE_WINDOW
                if hi > len(text):
                    hi = len(text)
            if lower is not None:
                find = lower.find
                missing = False
                for w in needs:  # a plain loop: a generator under any() costs more than the finds
                    if find(w, lo, hi) < 0:
                        missing = True  # a word of the phrase is nowhere near: its pattern cannot match here
                        break
                if missing:
                    continue
            for pm in full.finditer(text, lo, hi):
                if pm.start() <= start < pm.end():
                    out.append(Hit(entry.tag, entry.term, pm.start(), pm.end()))
                    break
                if pm.start() > start:
                    break

    def hits(self, text: str | ItemText) -> set[tuple[Tag, str]]:
        """Distinct (tag, term) pairs found in ``text``."""
        return {(h.tag, h.term) for h in self.scan(text)}


@cache
def _other_needs(entry: _Entry) -> tuple[str, ...]:
    """The words of a phrase to look for around a hit of its word: its ``needs`` without the word
    itself (found where the hit is, so always inside the window), longest first (rarer: a miss
    ends the check sooner). Any order gives the same answer: all must occur."""
    return tuple(sorted((w for w in entry.needs if w != entry.first), key=len, reverse=True))


@cache
def _trie_source(firsts: tuple[str, ...]) -> str:
    return r"\b(?:" + trie_regex(firsts) + r")\w*"


@cache
def _odd_leads(odd: tuple[str, ...]) -> dict[str, str]:
    leads = {first: _WORD.match(first) for first in odd}
    return {first: m.group() for first, m in leads.items() if m is not None}


def _places(lower: str, word: str) -> Iterator[int]:
    """Where ``word`` occurs in ``lower``, in text order."""
    at = lower.find(word)
    while at >= 0:
        yield at
        at = lower.find(word, at + 1)


def _within_span(spans: list[tuple[int, int]], starts: list[int], at: int) -> bool:
    """``at`` lies inside one of the (non-overlapping, ordered) spans, after its start."""
    i = bisect.bisect_left(starts, at) - 1
    return i >= 0 and at < spans[i][1]


def _is_word(char: str) -> bool:
    """A word character as regular expressions on str see it (Unicode alphanumerics, the underscore)."""
    return char.isalnum() or char == "_"


@cache
def load_yaml(name: str, folder: str | None = None) -> dict[str, Any]:
    """A lexicon file, parsed (or its parsed form from the data cache, keyed by its bytes)."""
    base = Path(folder) if folder else data_dir("recognizers")
    data: dict[str, Any] = kept_yaml(base / name)
    return data
