"""Term matching for the classifiers' lexicons (data in top-level recognizers/), one pass per text.

Term syntax (case-insensitive, whole words):

- ``sygemeldt``: that word; ``sygemeld*``: any word starting so (inflections, compounds);
- ``dna-prov*`` / ``er med i facket``: a phrase; words may be separated by spaces or hyphens, any
  word may end in ``*``; ``~`` inside a phrase stands for up to three other words
  (``medlem* ~ fagforening*`` matches "medlem af den lokale fagforening");
- ``=Venstre``: case-sensitive (party and union names that are ordinary words in lower case); in a
  phrase, ``=`` before one word makes that word case-sensitive ("født i ~ =Tyrkiet").

One word per term goes into ONE compiled regular expression (a trie of alternatives) matched over
the lower-cased text, so the text is scanned once, in C, whatever the number of terms: the word
itself, or for a phrase its most telling word ("facket" in "er med i facket", never a function word
such as "er" or "i"). Python runs only per candidate word; a phrase is then checked with its own
compiled pattern in a small window around that word.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from pii_scanner.core.resources import data_dir

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
    full: re.Pattern[str] | None  # a phrase, checked around the word found
    case: str | None  # exact spelling of a one-word case-sensitive term


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


def _entry(tag: Tag, raw: str) -> _Entry | None:
    term = str(raw).strip()
    case_sensitive = term.startswith("=")
    words = [w for w in re.split(r"[\s\-]+", term.lstrip("=")) if w]
    if not words or all(w == "~" for w in words):
        return None
    if len(words) == 1:
        word = words[0].lstrip("=")
        case = case_sensitive or words[0].startswith("=")
        return _Entry(tag, term, word.rstrip("*").lower(), word.endswith("*"), None, word.rstrip("*") if case else None)

    def weight(w: str) -> int:
        literal = w.lstrip("=").rstrip("*").lower()
        return 0 if w == "~" else len(literal) if literal not in _FUNCTION_WORDS else 1

    anchor = max(words, key=weight)  # the first of the most telling words
    parts = [r"(?<!\w)" + _word_pattern(words[0], case_sensitive)]
    for w in words[1:]:
        parts.append(_GAP if w == "~" else _SEP + _word_pattern(w, case_sensitive))
    return _Entry(
        tag,
        term,
        anchor.lstrip("=").rstrip("*").lower(),
        anchor.endswith("*"),
        re.compile("".join(parts), re.IGNORECASE),
        None,
    )


def _trie_regex(words: Iterable[str]) -> str:
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


@dataclass(frozen=True)
class TermSet:
    """Tagged terms; ``scan`` returns every occurrence with its offsets, ``hits`` the distinct ones."""

    exact: dict[str, tuple[_Entry, ...]]
    stems: dict[str, tuple[_Entry, ...]]
    stem_lengths: tuple[int, ...]
    pattern: re.Pattern[str] | None = field(default=None)  # on lower-cased text
    pattern_i: re.Pattern[str] | None = field(default=None)  # case-insensitive, for the rare text whose
    # lower-cased form has another length ("İ"), where offsets would shift

    @classmethod
    def build(cls, tagged: Iterable[tuple[Tag, str]]) -> TermSet:
        exact: dict[str, list[_Entry]] = {}
        stems: dict[str, list[_Entry]] = {}
        for tag, raw in tagged:
            entry = _entry(tag, raw)
            if entry is None:
                continue
            (stems if entry.stem else exact).setdefault(entry.first, []).append(entry)
        firsts = set(exact) | set(stems)
        source = r"\b(?:" + _trie_regex(firsts) + r")\w*"
        return cls(
            {k: tuple(v) for k, v in exact.items()},
            {k: tuple(v) for k, v in stems.items()},
            tuple(sorted({len(k) for k in stems})),
            re.compile(source) if firsts else None,
            re.compile(source, re.IGNORECASE) if firsts else None,
        )

    def scan(self, text: str) -> list[Hit]:
        """Every occurrence of every term in ``text`` (the first MAX_CHARS characters), in text order."""
        if self.pattern is None or self.pattern_i is None:
            return []
        out: list[Hit] = []
        text = text[:MAX_CHARS]
        lower = text.lower()  # one C pass; matching lower-case text without IGNORECASE is much faster
        matches = self.pattern.finditer(lower) if len(lower) == len(text) else self.pattern_i.finditer(text)
        for m in matches:
            start, end = m.span()
            word = text[start:end]
            folded = word.lower()
            candidates: list[_Entry] = list(self.exact.get(folded, ()))
            for length in self.stem_lengths:
                if length > len(folded):
                    break
                candidates.extend(self.stems.get(folded[:length], ()))
            for entry in candidates:
                if entry.full is None:
                    if entry.case is None or word.startswith(entry.case):
                        out.append(Hit(entry.tag, entry.term, start, end))
                    continue
                lo, hi = max(0, start - _PHRASE_WINDOW), min(len(text), end + _PHRASE_WINDOW)
                for pm in entry.full.finditer(text, lo, hi):
                    if pm.start() <= start < pm.end():
                        out.append(Hit(entry.tag, entry.term, pm.start(), pm.end()))
                        break
                    if pm.start() > start:
                        break
        out.sort(key=lambda h: h.start)
        return out

    def hits(self, text: str) -> set[tuple[Tag, str]]:
        """Distinct (tag, term) pairs found in ``text``."""
        return {(h.tag, h.term) for h in self.scan(text)}


@cache
def load_yaml(name: str, folder: str | None = None) -> dict[str, Any]:
    base = Path(folder) if folder else data_dir("recognizers")
    with open(base / name, encoding="utf-8") as fh:
        data: dict[str, Any] = yaml.safe_load(fh)
    return data
