"""Build benchmarks/data/redteam/holdout7/categories.jsonl (seeded; rerunning reproduces the file).

python -m benchmarks.redteam.holdout7.build_categories [--seed N] [--out FILE]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from benchmarks.redteam.holdout7 import families_cats
from benchmarks.redteam.holdout7.build_common import DATA, build_set, write

DEFAULT_SEED = 7029
BANKS = ("hand_cats_da", "hand_cats_sv", "hand_cats_more")


def build(seed: int = DEFAULT_SEED) -> list[dict[str, object]]:
    return build_set("h7c", seed, BANKS, families_cats.LAYOUTS, label_numbers=False)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--out", type=Path, default=DATA / "categories.jsonl")
    args = ap.parse_args(argv)
    docs = build(args.seed)
    write(docs, args.out)
    print(f"{len(docs)} documents -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
