"""Build benchmarks/data/redteam/holdout7/identifiers.jsonl (seeded; rerunning reproduces the file).

python -m benchmarks.redteam.holdout7.build_identifiers [--seed N] [--out FILE]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from benchmarks.redteam.holdout7 import families_ids
from benchmarks.redteam.holdout7.build_common import DATA, build_set, write

DEFAULT_SEED = 7013
BANKS = ("hand_ids_dk", "hand_ids_se", "hand_ids_nordic", "hand_ids_more")


def build(seed: int = DEFAULT_SEED) -> list[dict[str, object]]:
    return build_set("h7i", seed, BANKS, families_ids.LAYOUTS, label_numbers=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--out", type=Path, default=DATA / "identifiers.jsonl")
    args = ap.parse_args(argv)
    docs = build(args.seed)
    write(docs, args.out)
    print(f"{len(docs)} documents -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
