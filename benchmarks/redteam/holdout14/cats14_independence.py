"""How much of the v14 categories and names texts occurs elsewhere under benchmarks/data/ (counts only, no text
is printed): ``python -m benchmarks.redteam.holdout14.cats14_independence``.

For each file: how many distinct lines and sentences of 25 characters or more occur verbatim in any other JSONL
file under benchmarks/data/ (the v14 identifiers file included), and the share of its distinct word 5-grams found
there."""

from __future__ import annotations

from benchmarks.redteam.holdout10 import cats10_independence as v10

OWN = v10.DATA / "redteam" / "holdout14"


def main() -> None:
    v10.main(OWN, frozenset({OWN / "categories.jsonl", OWN / "names.jsonl"}))


if __name__ == "__main__":
    main()
