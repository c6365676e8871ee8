"""Counts only: how much of the v8 set occurs verbatim in the project's other JSONL data files.

    python -m benchmarks.redteam.holdout8.independence [--data-root benchmarks/data]

Prints the number of distinct lines (25 characters or more) found verbatim in any other file and the share of
distinct word 5-grams found there; no text of either side is printed.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from benchmarks.redteam.holdout8.build_identifiers import OUT

WORD = re.compile(r"\w+")


def _texts(path: Path) -> list[str]:
    out = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                try:
                    rec = json.loads(line)
                except json.JSONDecodeError:
                    continue
                if isinstance(rec, dict) and isinstance(rec.get("text"), str):
                    out.append(rec["text"])
    return out


def _grams(text: str) -> set[tuple[str, ...]]:
    words = WORD.findall(text.lower())
    return {tuple(words[i : i + 5]) for i in range(len(words) - 4)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data-root", type=Path, default=OUT.parents[2])
    ap.add_argument("--mine", type=Path, default=OUT)
    args = ap.parse_args()
    mine = _texts(args.mine)
    lines = {ln.strip() for t in mine for ln in t.splitlines() if len(ln.strip()) >= 25}
    grams = set().union(*(_grams(t) for t in mine))
    other_lines: set[str] = set()
    other_grams: set[tuple[str, ...]] = set()
    files = [p for p in sorted(args.data_root.rglob("*.jsonl")) if p.resolve() != args.mine.resolve()]
    for path in files:
        for t in _texts(path):
            other_lines.update(ln.strip() for ln in t.splitlines())
            other_grams |= _grams(t)
    shared = len(lines & other_lines)
    print(f"{len(files)} other files; lines >= 25 chars: {shared} of {len(lines)} found verbatim")
    print(f"word 5-grams: {len(grams & other_grams)} of {len(grams)} ({len(grams & other_grams) / len(grams):.1%})")


if __name__ == "__main__":
    main()
