"""Build benchmarks/data/redteam/holdout7/identifiers.jsonl (seeded; rerunning reproduces the file).

python -m benchmarks.redteam.holdout7.build_identifiers [--seed N] [--out FILE]
"""

from __future__ import annotations

from benchmarks.redteam.holdout7 import families_ids
from benchmarks.redteam.holdout7.build_common import DATA, build_set, cli

DEFAULT_SEED = 7013
BANKS = ("hand_ids_dk", "hand_ids_se", "hand_ids_nordic", "hand_ids_more")


def build(seed: int = DEFAULT_SEED) -> list[dict[str, object]]:
    return build_set("h7i", seed, BANKS, families_ids.LAYOUTS, label_numbers=True)


def main(argv: list[str] | None = None) -> int:
    return cli(__doc__, build, DEFAULT_SEED, DATA / "identifiers.jsonl", argv)


if __name__ == "__main__":
    raise SystemExit(main())
