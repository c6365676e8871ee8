"""How much of the v19 names texts occurs elsewhere under benchmarks/data/ (counts only, no text is printed):
``python -m benchmarks.redteam.holdout19.names19_independence``.

v10's counting (distinct lines and sentences of 25 characters or more found verbatim in any other JSONL file
under benchmarks/data/, and the share of distinct word 5-grams found there), for the v19 names file alone."""

from __future__ import annotations

from pathlib import Path

from benchmarks.redteam.holdout10 import cats10_independence as v10
from benchmarks.redteam.holdout19.names19_build import OUT


def counts(own: Path = OUT) -> tuple[int, int, int, float]:
    """(shared pieces, own pieces, other files, share of own 5-grams found elsewhere)."""
    others = [p for p in sorted(v10.DATA.rglob("*.jsonl")) if p != own]
    seen_pieces: set[str] = set()
    seen_grams: set[tuple[str, ...]] = set()
    for path in others:
        for text in v10.texts(path):
            seen_pieces |= v10.pieces(text)
            seen_grams |= v10.grams(text)
    mine_texts = v10.texts(own)
    mine: set[str] = set().union(*(v10.pieces(t) for t in mine_texts))
    my_grams: set[tuple[str, ...]] = set().union(*(v10.grams(t) for t in mine_texts))
    return len(mine & seen_pieces), len(mine), len(others), len(my_grams & seen_grams) / max(1, len(my_grams))


def main() -> None:
    shared, total, files, share = counts()
    print(f"names: {shared} of {total} lines/sentences occur in the {files} other files; {share:.1%} of 5-grams")


if __name__ == "__main__":
    main()
