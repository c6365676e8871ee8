"""Build benchmarks/data/redteam/holdout6/identifiers.jsonl (seeded; rerunning reproduces the file).

python -m benchmarks.redteam.holdout6.build_identifiers [--seed N] [--out FILE]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from benchmarks.redteam.holdout6 import hand_ids_da, hand_ids_more, hand_ids_other, hand_ids_sv
from benchmarks.redteam.holdout6.build_common import build_rows, write
from benchmarks.redteam.holdout6.families_ids import FAMILIES

DEFAULT_SEED = 6061
DRAWS = 5


def build(seed: int = DEFAULT_SEED) -> list[dict[str, object]]:
    return build_rows(
        "h6i", seed, [hand_ids_da.TEXT, hand_ids_sv.TEXT, hand_ids_other.TEXT, hand_ids_more.TEXT], FAMILIES, DRAWS
    )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--out", type=Path)
    args = ap.parse_args()
    rows = build(args.seed)
    print(write(rows, "identifiers.jsonl", args.out), len(rows))


if __name__ == "__main__":
    main()
