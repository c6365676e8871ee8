"""Build benchmarks/data/redteam/holdout6/names.jsonl (seeded; rerunning reproduces the file).

python -m benchmarks.redteam.holdout6.build_names [--seed N] [--out FILE]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from benchmarks.redteam.holdout6 import hand_names_da, hand_names_more, hand_names_news, hand_names_sv
from benchmarks.redteam.holdout6.build_common import build_rows, write
from benchmarks.redteam.holdout6.families_names import FAMILIES

DEFAULT_SEED = 6063
DRAWS = 7


def build(seed: int = DEFAULT_SEED) -> list[dict[str, object]]:
    return build_rows(
        "h6n",
        seed,
        [hand_names_da.TEXT, hand_names_sv.TEXT, hand_names_more.TEXT, hand_names_news.TEXT],
        FAMILIES,
        DRAWS,
    )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--out", type=Path)
    args = ap.parse_args()
    rows = build(args.seed)
    print(write(rows, "names.jsonl", args.out), len(rows))


if __name__ == "__main__":
    main()
