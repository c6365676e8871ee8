"""Counts only: how much of the v9 category and name texts occurs verbatim in the other JSONL sets under
benchmarks/data/ (distinct lines and sentences of 25 characters or more; distinct word 5-grams). Nothing of the
other sets is printed, so the author never reads them.

    python -m benchmarks.redteam.holdout9.cats9_independence
"""

from __future__ import annotations

import json
import re
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "data"
OURS = DATA / "redteam" / "holdout9"
SPLIT = re.compile(r"\n|(?<=[.!?])\s+")
WORD = re.compile(r"\w+")


def _texts(path: Path) -> list[str]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            text = json.loads(line).get("text")
            if isinstance(text, str):
                out.append(text)
    return out


def _pieces(texts: list[str]) -> set[str]:
    return {p.strip() for t in texts for p in SPLIT.split(t) if len(p.strip()) >= 25}


def _grams(texts: list[str]) -> set[tuple[str, ...]]:
    grams: set[tuple[str, ...]] = set()
    for t in texts:
        words = WORD.findall(t.lower())
        grams.update(tuple(words[i : i + 5]) for i in range(len(words) - 4))
    return grams


def main() -> int:
    others = [p for p in sorted(DATA.rglob("*.jsonl")) if p.parent != OURS]
    other_texts = [t for p in others for t in _texts(p)]
    other_pieces, other_grams = _pieces(other_texts), _grams(other_texts)
    for name in ("categories", "names"):
        texts = _texts(OURS / f"{name}.jsonl")
        pieces, grams = _pieces(texts), _grams(texts)
        shared = len(pieces & other_pieces)
        share = len(grams & other_grams) / len(grams) if grams else 0.0
        print(
            f"{name}: {shared} of {len(pieces)} distinct lines/sentences occur verbatim in the {len(others)} other "
            f"files; {share:.1%} of {len(grams)} distinct word 5-grams occur there"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
