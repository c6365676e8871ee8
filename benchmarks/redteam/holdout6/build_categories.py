"""Build benchmarks/data/redteam/holdout6/categories.jsonl (seeded; rerunning reproduces the file).

python -m benchmarks.redteam.holdout6.build_categories [--seed N] [--out FILE]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from benchmarks.redteam.holdout6 import hand_cats_da, hand_cats_more, hand_cats_sv
from benchmarks.redteam.holdout6.build_common import build_rows, write
from benchmarks.redteam.holdout6.families_cats import FAMILIES

DEFAULT_SEED = 6062
DRAWS = 7


def build(seed: int = DEFAULT_SEED) -> list[dict[str, object]]:
    return build_rows("h6c", seed, [hand_cats_da.TEXT, hand_cats_sv.TEXT, hand_cats_more.TEXT], FAMILIES, DRAWS)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--out", type=Path)
    args = ap.parse_args()
    rows = build(args.seed)
    print(write(rows, "categories.jsonl", args.out), len(rows))


if __name__ == "__main__":
    main()
