"""Whole-word / stem term matching for the classifiers' lexicons (data in top-level recognizers/).

All terms of one lexicon are compiled into ONE regular expression with a group per term, so a text
is scanned once whatever the number of terms. ``"sygemeld*"`` matches any word starting so.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from pii_scanner.core.resources import data_dir

Tag = tuple[str, str]  # e.g. (category, strength) or (doc type, weight)
MAX_CHARS = 4_000_000  # classification looks at the first 4M characters of an item


_WORD = re.compile(r"[\w]+(?:-[\w]+)*")


@dataclass(frozen=True)
class _Phrase:
    words: tuple[str, ...]  # all words of the term; the last may be a stem
    stem: bool
    key: tuple[Tag, str]


@dataclass(frozen=True)
class TermSet:
    """Terms, each tagged with a key (e.g. (category, weight)); ``hits`` finds the distinct ones.

    The text is split into words once (one regex pass); each word is looked up in hash tables of
    whole words, stems (``"sygemeld*"``: any word starting so) and first words of phrases. The cost
    is linear in text size and does not grow with the number of terms.
    """

    exact: dict[str, tuple[tuple[Tag, str], ...]]
    stems: dict[str, tuple[tuple[Tag, str], ...]]
    phrases: dict[str, tuple[_Phrase, ...]]
    stem_lengths: tuple[int, ...]

    @classmethod
    def build(cls, tagged: Iterable[tuple[Tag, str]]) -> TermSet:
        exact: dict[str, list[tuple[Tag, str]]] = {}
        stems: dict[str, list[tuple[Tag, str]]] = {}
        phrases: dict[str, list[_Phrase]] = {}
        for tag, raw in tagged:
            term = str(raw).casefold().strip()
            if not term:
                continue
            stem = term.endswith("*")
            words = tuple(term.rstrip("*").split())
            key = (tag, term)
            if len(words) > 1:
                phrases.setdefault(words[0], []).append(_Phrase(words, stem, key))
            elif stem:
                stems.setdefault(words[0], []).append(key)
            else:
                exact.setdefault(words[0], []).append(key)
        return cls(
            {k: tuple(dict.fromkeys(v)) for k, v in exact.items()},
            {k: tuple(dict.fromkeys(v)) for k, v in stems.items()},
            {k: tuple(v) for k, v in phrases.items()},
            tuple(sorted({len(k) for k in stems})),
        )

    def hits(self, text: str) -> set[tuple[Tag, str]]:
        """Distinct (tag, term) pairs found in ``text`` (casefolded here)."""
        found: set[tuple[Tag, str]] = set()
        words = _WORD.findall(text[:MAX_CHARS].casefold())
        for i, word in enumerate(words):
            found.update(self.exact.get(word, ()))
            for length in self.stem_lengths:
                if length > len(word):
                    break
                found.update(self.stems.get(word[:length], ()))
            for phrase in self.phrases.get(word, ()):
                n = len(phrase.words)
                tail = words[i + 1 : i + n]
                if len(tail) != n - 1:
                    continue
                *middle, last = phrase.words[1:]
                if tail[:-1] == middle and (tail[-1] == last or (phrase.stem and tail[-1].startswith(last))):
                    found.add(phrase.key)
        return found


@cache
def load_yaml(name: str, folder: str | None = None) -> dict[str, Any]:
    base = Path(folder) if folder else data_dir("recognizers")
    with open(base / name, encoding="utf-8") as fh:
        data: dict[str, Any] = yaml.safe_load(fh)
    return data
