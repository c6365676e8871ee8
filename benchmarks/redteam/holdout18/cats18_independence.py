"""How much of the v18 categories and names texts occurs elsewhere under benchmarks/data/ (counts only, no text
is printed): ``python -m benchmarks.redteam.holdout18.cats18_independence``.

For each file: how many distinct lines and sentences of 25 characters or more occur verbatim in any other JSONL
file under benchmarks/data/ (the v18 identifiers file included, when built), and the share of its distinct word
5-grams found there."""

from __future__ import annotations

from benchmarks.redteam.holdout10 import cats10_independence as v10

OWN = v10.DATA / "redteam" / "holdout18"


def main() -> None:
    v10.main(OWN, frozenset({OWN / "categories.jsonl", OWN / "names.jsonl"}))


if __name__ == "__main__":
    main()
