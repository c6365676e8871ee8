"""How much of the v19 categories text occurs elsewhere under benchmarks/data/ (counts only, no text is printed):
``python -m benchmarks.redteam.holdout19.cats19_independence``.

How many distinct lines and sentences of 25 characters or more of ``holdout19/categories.jsonl`` occur verbatim in
any other JSONL file under benchmarks/data/ (the other v19 files included, when built), and the share of its
distinct word 5-grams found there. v10's helpers, for this one file (the v19 names set is another writer's)."""

from __future__ import annotations

from benchmarks.redteam.holdout10 import cats10_independence as v10

OWN = v10.DATA / "redteam" / "holdout19" / "categories.jsonl"


def counts() -> tuple[int, int, float, int, int]:
    """(lines shared, lines, share of 5-grams shared, 5-grams, other files)."""
    others = [p for p in sorted(v10.DATA.rglob("*.jsonl")) if p != OWN]
    seen_pieces: set[str] = set()
    seen_grams: set[tuple[str, ...]] = set()
    for path in others:
        for text in v10.texts(path):
            seen_pieces |= v10.pieces(text)
            seen_grams |= v10.grams(text)
    own = v10.texts(OWN)
    mine: set[str] = set().union(*(v10.pieces(t) for t in own))
    grams: set[tuple[str, ...]] = set().union(*(v10.grams(t) for t in own))
    shared = len(grams & seen_grams) / max(1, len(grams))
    return len(mine & seen_pieces), len(mine), shared, len(grams), len(others)


def main() -> None:
    n, total, shared, grams, files = counts()
    print(
        f"categories: {n} of {total} lines/sentences occur in the {files} other files; "
        f"{shared:.1%} of {grams} word 5-grams"
    )


if __name__ == "__main__":
    main()
