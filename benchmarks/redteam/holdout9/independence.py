"""Counts only: how much of the v9 set occurs verbatim in the project's other JSONL data files and in tests/.

    python -m benchmarks.redteam.holdout9.independence

Prints the number of distinct lines (25 characters or more) of the v9 texts found verbatim in any other JSONL
file under benchmarks/data/ or in any file under tests/, and the share of distinct word 5-grams found in the
other JSONL files; no text of either side is printed (the author does not read the other sets).
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from benchmarks.redteam.holdout9.build_identifiers import OUT

WORD = re.compile(r"\w+")
ROOT = OUT.parents[4]


def texts_of(path: Path) -> list[str]:
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


def grams(text: str) -> set[tuple[str, ...]]:
    words = WORD.findall(text.lower())
    return {tuple(words[i : i + 5]) for i in range(len(words) - 4)}


def long_lines(texts: list[str]) -> set[str]:
    return {ln.strip() for t in texts for ln in t.splitlines() if len(ln.strip()) >= 25}


def overlap(mine: Path, data_root: Path, tests_root: Path) -> dict[str, int]:
    """Counts of my distinct long lines and 5-grams found in the other data files and in tests/."""
    own = texts_of(mine)
    lines = long_lines(own)
    my_grams = set().union(*(grams(t) for t in own))
    other_lines: set[str] = set()
    other_grams: set[tuple[str, ...]] = set()
    files = [p for p in sorted(data_root.rglob("*.jsonl")) if p.resolve() != mine.resolve()]
    for path in files:
        for t in texts_of(path):
            other_lines.update(ln.strip() for ln in t.splitlines())
            other_grams |= grams(t)
    test_lines: set[str] = set()
    for path in sorted(tests_root.rglob("*")):
        if path.is_file() and path.suffix in (".py", ".txt", ".json", ".jsonl", ".csv", ".eml", ".md"):
            if path.name == "test_redteam_holdout9.py":
                continue
            body = path.read_text(encoding="utf-8", errors="replace")
            test_lines.update(ln.strip().strip("\"'") for ln in body.splitlines())
    return {
        "files": len(files),
        "lines": len(lines),
        "lines_in_data": len(lines & other_lines),
        "lines_in_tests": len(lines & test_lines),
        "grams": len(my_grams),
        "grams_in_data": len(my_grams & other_grams),
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data-root", type=Path, default=OUT.parents[2])
    ap.add_argument("--tests-root", type=Path, default=ROOT / "tests")
    ap.add_argument("--mine", type=Path, default=OUT)
    args = ap.parse_args()
    c = overlap(args.mine, args.data_root, args.tests_root)
    print(f"{c['files']} other files; lines >= 25 chars: {c['lines_in_data']} of {c['lines']} found verbatim")
    print(f"in tests/: {c['lines_in_tests']} of {c['lines']} lines found verbatim")
    share = c["grams_in_data"] / c["grams"]
    print(f"word 5-grams: {c['grams_in_data']} of {c['grams']} ({share:.1%})")


if __name__ == "__main__":
    main()
