"""Independence check for the v5 hold-out: counts only, never the shared text.

    python benchmarks/redteam/holdout5/independence.py

For each v5 file: how many of its distinct lines and sentences (25 characters or more) occur verbatim in any other
JSONL file under benchmarks/data/, and what share of its distinct word 5-grams occur there.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "data"
OWN = DATA / "redteam" / "holdout5"
WORD = re.compile(r"\w+")


def texts(path: Path) -> list[str]:
    out = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                try:
                    doc = json.loads(line)
                except json.JSONDecodeError:
                    continue
                if isinstance(doc, dict) and isinstance(doc.get("text"), str):
                    out.append(doc["text"])
    return out


def pieces(text: str) -> set[str]:
    out = set()
    for line in text.splitlines():
        for part in [line, *re.split(r"(?<=[.!?])\s+", line)]:
            part = part.strip()
            if len(part) >= 25:
                out.add(part)
    return out


def grams(text: str) -> set[tuple[str, ...]]:
    words = [w.lower() for w in WORD.findall(text)]
    return {tuple(words[i : i + 5]) for i in range(len(words) - 4)}


def main() -> None:
    others = [p for p in sorted(DATA.rglob("*.jsonl")) if OWN not in p.parents]
    other_pieces: set[str] = set()
    other_grams: set[tuple[str, ...]] = set()
    for path in others:
        for t in texts(path):
            other_pieces |= pieces(t)
            other_grams |= grams(t)
    print(f"compared with {len(others)} other JSONL files under benchmarks/data/")
    for kind in ("identifiers", "categories", "names"):
        path = OWN / f"{kind}.jsonl"
        if not path.exists():
            continue
        own_pieces: set[str] = set()
        own_grams: set[tuple[str, ...]] = set()
        for t in texts(path):
            own_pieces |= pieces(t)
            own_grams |= grams(t)
        shared = len(own_pieces & other_pieces)
        share = len(own_grams & other_grams) / len(own_grams) if own_grams else 0.0
        print(
            f"{kind}: {shared} of {len(own_pieces)} lines/sentences verbatim elsewhere; {share:.1%} of {len(own_grams)} word 5-grams"
        )


if __name__ == "__main__":
    main()
