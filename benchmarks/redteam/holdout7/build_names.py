"""Build benchmarks/data/redteam/holdout7/names.jsonl (seeded; rerunning reproduces the file).

python -m benchmarks.redteam.holdout7.build_names [--seed N] [--out FILE]
"""

from __future__ import annotations

from benchmarks.redteam.holdout7 import families_names
from benchmarks.redteam.holdout7.build_common import DATA, build_set, cli

DEFAULT_SEED = 7047
BANKS = ("hand_names_da", "hand_names_sv", "hand_names_mixed", "hand_names_more", "hand_names_news")


def build(seed: int = DEFAULT_SEED) -> list[dict[str, object]]:
    return build_set("h7n", seed, BANKS, families_names.LAYOUTS, label_numbers=False)


def main(argv: list[str] | None = None) -> int:
    return cli(__doc__, build, DEFAULT_SEED, DATA / "names.jsonl", argv)


if __name__ == "__main__":
    raise SystemExit(main())
