"""How much of the v10 categories and names texts occurs elsewhere under benchmarks/data/ (counts only, no text
is printed): ``python -m benchmarks.redteam.holdout10.cats10_independence``.

For each file: how many distinct lines and sentences of 25 characters or more occur verbatim in any other JSONL
file under benchmarks/data/ (the v10 folder excluded), and the share of its distinct word 5-grams found there."""

from __future__ import annotations

import json
import re
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "data"
OWN = DATA / "redteam" / "holdout10"
SPLIT = re.compile(r"(?<=[.!?])\s+|\n")


def pieces(text: str) -> set[str]:
    return {p.strip() for p in SPLIT.split(text) if len(p.strip()) >= 25}


def grams(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i : i + 5]) for i in range(len(words) - 4)}


def texts(path: Path) -> list[str]:
    out: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            doc = json.loads(line)
        except json.JSONDecodeError:
            continue
        if isinstance(doc, dict) and isinstance(doc.get("text"), str):
            out.append(doc["text"])
    return out


def main(own_dir: Path = OWN, own_files: frozenset[Path] | None = None) -> None:
    """Print the counts for ``own_dir``'s categories and names files; every other JSONL file under benchmarks/data
    counts as other text, except ``own_files`` (by default the whole folder)."""
    if own_files is None:
        others = [p for p in sorted(DATA.rglob("*.jsonl")) if own_dir not in p.parents]
    else:
        others = [p for p in sorted(DATA.rglob("*.jsonl")) if p not in own_files]
    seen_pieces: set[str] = set()
    seen_grams: set[tuple[str, ...]] = set()
    for path in others:
        for text in texts(path):
            seen_pieces |= pieces(text)
            seen_grams |= grams(text)
    for name in ("categories", "names"):
        own = texts(own_dir / f"{name}.jsonl")
        mine = set().union(*(pieces(t) for t in own))
        my_grams = set().union(*(grams(t) for t in own))
        shared = len(my_grams & seen_grams) / max(1, len(my_grams))
        print(
            f"{name}: {len(mine & seen_pieces)} of {len(mine)} lines/sentences occur in the {len(others)} other files; "
            f"{shared:.1%} of {len(my_grams)} word 5-grams"
        )


if __name__ == "__main__":
    main()
