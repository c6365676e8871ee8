"""Build benchmarks/data/redteam/holdout7/categories.jsonl (seeded; rerunning reproduces the file).

python -m benchmarks.redteam.holdout7.build_categories [--seed N] [--out FILE]
"""

from __future__ import annotations

from benchmarks.redteam.holdout7 import families_cats
from benchmarks.redteam.holdout7.build_common import DATA, build_set, cli

DEFAULT_SEED = 7029
BANKS = ("hand_cats_da", "hand_cats_sv", "hand_cats_more")


def build(seed: int = DEFAULT_SEED) -> list[dict[str, object]]:
    return build_set("h7c", seed, BANKS, families_cats.LAYOUTS, label_numbers=False)


def main(argv: list[str] | None = None) -> int:
    return cli(__doc__, build, DEFAULT_SEED, DATA / "categories.jsonl", argv)


if __name__ == "__main__":
    raise SystemExit(main())
