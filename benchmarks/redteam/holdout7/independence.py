"""Independence check for hold-out v7 (prints counts only, never text): how many of the v7 sets' distinct lines
and sentences (25 characters or more) occur verbatim in any other JSONL file under benchmarks/data/, and what
share of their distinct word 5-grams occurs there.

    python -m benchmarks.redteam.holdout7.independence
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from benchmarks.redteam.holdout7.build_common import DATA

ROOT_DATA = DATA.parent.parent
SENTENCE = re.compile(r"(?<=[.!?])\s+|\n")
WORD = re.compile(r"\w+")


def _texts(path: Path) -> list[str]:
    out = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line:
                continue
            try:
                doc = json.loads(line)
            except json.JSONDecodeError:
                continue
            if isinstance(doc, dict) and isinstance(doc.get("text"), str):
                out.append(doc["text"])
    return out


def pieces(texts: list[str]) -> set[str]:
    return {p.strip() for t in texts for p in SENTENCE.split(t) if len(p.strip()) >= 25}


def grams(texts: list[str]) -> set[tuple[str, ...]]:
    out: set[tuple[str, ...]] = set()
    for t in texts:
        words = [w.lower() for w in WORD.findall(t)]
        out.update(tuple(words[i : i + 5]) for i in range(len(words) - 4))
    return out


def main() -> int:
    others = [p for p in sorted(ROOT_DATA.rglob("*.jsonl")) if DATA not in p.parents]
    other_texts = [t for p in others for t in _texts(p)]
    other_pieces = pieces(other_texts)
    other_grams = grams(other_texts)
    print(f"compared with {len(others)} other JSONL files under benchmarks/data/ ({len(other_texts)} documents)")
    for kind in ("identifiers", "categories", "names"):
        path = DATA / f"{kind}.jsonl"
        if not path.exists():
            continue
        texts = _texts(path)
        mine = pieces(texts)
        g = grams(texts)
        shared = len(mine & other_pieces)
        share = len(g & other_grams) / len(g) if g else 0.0
        print(f"{kind:<12} lines/sentences shared verbatim: {shared} of {len(mine)}; word 5-grams shared: {share:.1%}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
