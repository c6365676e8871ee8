"""Counts only: how much of the v10 set occurs verbatim in the project's other JSONL data files and in tests/.

    python -m benchmarks.redteam.holdout10.independence

Prints the number of distinct lines (25 characters or more) found verbatim elsewhere and the share of distinct
word 5-grams found in the other data files; no text of either side is printed.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from benchmarks.redteam.holdout10.build_identifiers import OUT

WORD = re.compile(r"\w+")
ROOT = Path(__file__).resolve().parents[3]


def _texts(path: Path) -> list[str]:
    out = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            try:
                rec = json.loads(line)
            except json.JSONDecodeError:
                continue
            if isinstance(rec, dict) and isinstance(rec.get("text"), str):
                out.append(rec["text"])
    return out


def _lines(texts: list[str]) -> set[str]:
    return {ln.strip() for t in texts for ln in t.splitlines() if len(ln.strip()) >= 25}


def _grams(text: str) -> set[tuple[str, ...]]:
    words = WORD.findall(text.lower())
    return {tuple(words[i : i + 5]) for i in range(len(words) - 4)}


def shared_lines(mine: Path, data_root: Path, tests_root: Path) -> tuple[int, int]:
    """(lines of the set found verbatim in other data files or test sources, distinct lines of the set)."""
    lines = _lines(_texts(mine))
    other: set[str] = set()
    for path in sorted(data_root.rglob("*.jsonl")):
        if path.resolve() != mine.resolve():
            other |= {ln.strip() for t in _texts(path) for ln in t.splitlines()}
    for path in sorted(tests_root.rglob("*.py")):
        other |= {ln.strip() for ln in path.read_text(encoding="utf-8", errors="replace").splitlines()}
    return len(lines & other), len(lines)


def main(out: Path = OUT) -> None:
    """Print the counts for the identifiers file ``out`` (by default v10's)."""
    mine = _texts(out)
    shared, total = shared_lines(out, ROOT / "benchmarks" / "data", ROOT / "tests")
    print(f"lines >= 25 chars found verbatim in other data files or tests/: {shared} of {total}")
    grams = set().union(*(_grams(t) for t in mine))
    other: set[tuple[str, ...]] = set()
    for path in sorted((ROOT / "benchmarks" / "data").rglob("*.jsonl")):
        if path.resolve() != out.resolve():
            for t in _texts(path):
                other |= _grams(t)
    print(f"word 5-grams: {len(grams & other)} of {len(grams)} ({len(grams & other) / len(grams):.1%})")


if __name__ == "__main__":
    main()
