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


def term_regex(term: str) -> str:
    term = term.casefold().strip()
    stem = term.endswith("*")
    body = r"\s+".join(re.escape(part) for part in term.rstrip("*").split())
    tail = r"[\w-]*" if stem else ""
    return rf"(?<![\w-]){body}{tail}(?![\w-])"


@dataclass(frozen=True)
class TermSet:
    """Terms, each tagged with a key (e.g. (category, weight)); ``hits`` finds the distinct ones."""

    regex: re.Pattern[str]
    tags: tuple[tuple[Tag, str], ...]  # group index -> (tag, term)

    @classmethod
    def build(cls, tagged: Iterable[tuple[Tag, str]]) -> TermSet:
        seen: dict[tuple[Tag, str], None] = {}
        for tag, term in tagged:
            if str(term).strip():
                seen[(tag, str(term).casefold().strip())] = None
        tags = tuple(seen)
        alternatives = [f"(?P<t{i}>{term_regex(term)})" for i, (_tag, term) in enumerate(tags)]
        return cls(re.compile("|".join(alternatives) or r"(?!)"), tags)

    def hits(self, text: str) -> set[tuple[Tag, str]]:
        """Distinct (tag, term) pairs found in ``text`` (casefolded here)."""
        found: set[tuple[Tag, str]] = set()
        for m in self.regex.finditer(text[:MAX_CHARS].casefold()):
            if m.lastgroup is not None:
                found.add(self.tags[int(m.lastgroup[1:])])
        return found


@cache
def load_yaml(name: str, folder: str | None = None) -> dict[str, Any]:
    base = Path(folder) if folder else data_dir("recognizers")
    with open(base / name, encoding="utf-8") as fh:
        data: dict[str, Any] = yaml.safe_load(fh)
    return data
