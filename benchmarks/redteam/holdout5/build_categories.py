"""Build benchmarks/data/redteam/holdout5/categories.jsonl (v5 hold-out; seeded, reproducible).

python benchmarks/redteam/holdout5/build_categories.py [--seed N] [--out FILE]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from benchmarks.redteam.holdout5 import families_cats, hand_cats_da, hand_cats_sv  # noqa: E402
from benchmarks.redteam.holdout5.render import Doc, parse_bank, render  # noqa: E402

DEFAULT_SEED = 5506
DRAWS = 7
OUT = ROOT / "benchmarks" / "data" / "redteam" / "holdout5" / "categories.jsonl"


def build(seed: int = DEFAULT_SEED) -> list[dict[str, object]]:
    rng = random.Random(seed)
    docs: list[dict[str, object]] = []
    hand = [*parse_bank(hand_cats_da.BANK), *parse_bank(hand_cats_sv.BANK)]
    for n, (family, lang, source) in enumerate(hand, 1):
        docs.append(render(Doc(f"h5c-hand-{n:03d}", lang, family), source, rng).as_json())
    n = 0
    for k, (family, container) in enumerate(families_cats.CONTAINERS.items()):
        for i in range(DRAWS):
            n += 1
            lang, source = families_cats.draw(rng, container, positive=(i + k) % 2 == 0)
            docs.append(render(Doc(f"h5c-gen-{n:03d}", lang, family), source, rng).as_json())
    return docs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    docs = build(args.seed)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as fh:
        for doc in docs:
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
    print(f"{len(docs)} documents -> {args.out}")


if __name__ == "__main__":
    main()
