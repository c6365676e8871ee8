"""Build benchmarks/data/redteam/holdout4/identifiers.jsonl (seeded; rerunning reproduces the file).

python benchmarks/redteam/holdout4/build_identifiers.py [--seed N] [--out FILE]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from benchmarks.redteam.holdout4 import (
    families_ids,
    hand_ids_da,
    hand_ids_long,
    hand_ids_more,
    hand_ids_other,
    hand_ids_sv,
)
from benchmarks.redteam.holdout4.render import Doc, render
from benchmarks.redteam.holdout4.text import parse_docs

DEFAULT_SEED = 4404
DRAWS = 7
OUT = Path(__file__).resolve().parents[2] / "data" / "redteam" / "holdout4" / "identifiers.jsonl"


def build(seed: int) -> list[dict[str, object]]:
    docs: list[dict[str, object]] = []
    hand = [
        d for m in (hand_ids_da, hand_ids_sv, hand_ids_other, hand_ids_more, hand_ids_long) for d in parse_docs(m.DOCS)
    ]
    for i, (family, lang, source) in enumerate(hand):
        rng = random.Random(f"{seed}-hand-{i}")
        docs.append(render(Doc(f"h4i-hand-{i:03d}", lang, family), source, rng).as_json())
    n = 0
    for family, make in families_ids.FAMILIES.items():
        for draw in range(DRAWS):
            rng = random.Random(f"{seed}-{family}-{draw}")
            lang, source = make(rng)
            docs.append(render(Doc(f"h4i-gen-{n:03d}", lang, family), source, rng).as_json())
            n += 1
    return docs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    docs = build(args.seed)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as fh:
        for doc in docs:
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
    print(f"{len(docs)} documents -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
