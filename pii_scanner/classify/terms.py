"""Term matching for the classifiers' lexicons (data in top-level recognizers/), one pass per text.

Term syntax (case-insensitive, whole words):

- ``sygemeldt``: that word; ``sygemeld*``: any word starting so (inflections, compounds);
- ``dna-prov*`` / ``er med i facket``: a phrase; words may be separated by spaces or hyphens, any
  word may end in ``*``; ``~`` inside a phrase stands for up to three other words
  (``medlem* ~ fagforening*`` matches "medlem af den lokale fagforening");
- ``=Venstre``: case-sensitive (party and union names that are ordinary words in lower case).

All first words of all terms go into ONE compiled regular expression (a trie of alternatives), so
the text is scanned once, in C, whatever the number of terms; Python runs only per candidate word,
where the rest of a phrase is checked with a small compiled pattern anchored at the word's end.
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
    first: str  # casefolded first word (without "*")
    stem: bool  # first word is a stem
    rest: re.Pattern[str] | None  # the rest of a phrase, matched at the end of the first word
    case: str | None  # exact spelling of the first word for case-sensitive terms


def _word_pattern(word: str) -> str:
    if word == "~":
        return _GAP
    stem = word.endswith("*")
    body = re.escape(word.rstrip("*"))
    return body + (r"\w*" if stem else _WORD_END)


def _entry(tag: Tag, raw: str) -> _Entry | None:
    term = str(raw).strip()
    case_sensitive = term.startswith("=")
    term = term.lstrip("=")
    words = [w for w in re.split(r"[\s\-]+", term) if w]
    if not words or words[0] == "~":
        return None
    first = words[0]
    rest: re.Pattern[str] | None = None
    if len(words) > 1:
        parts: list[str] = []
        for w in words[1:]:
            parts.append(_GAP if w == "~" else _SEP + _word_pattern(w))
        flags = 0 if case_sensitive else re.IGNORECASE
        rest = re.compile("".join(parts), flags)
    return _Entry(
        tag,
        str(raw).strip(),
        first.rstrip("*").lower(),
        first.endswith("*"),
        rest,
        first.rstrip("*") if case_sensitive else None,
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
                if entry.case is not None and not word.startswith(entry.case):
                    continue
                stop = end
                if entry.rest is not None:
                    tail = entry.rest.match(text, end)
                    if tail is None:
                        continue
                    stop = tail.end()
                out.append(Hit(entry.tag, entry.term, start, stop))
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
