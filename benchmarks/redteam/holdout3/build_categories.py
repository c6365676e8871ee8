"""Build benchmarks/data/redteam/holdout3/categories.jsonl (v3 hold-out; labelling rules in the README).

    python benchmarks/redteam/holdout3/build_categories.py                 # the committed file
    python benchmarks/redteam/holdout3/build_categories.py --seed 7 --out /tmp/cats7.jsonl

Hand-written documents (hand_cats_*.py, mostly minimal pairs) are rendered as written; generated ones put
sentences of bank_cats.py into the containers of families_cats.py.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from benchmarks.redteam.holdout3 import (  # noqa: E402
    families_cats,
    hand_cats_da,
    hand_cats_extra,
    hand_cats_more,
    hand_cats_sv,
)
from benchmarks.redteam.holdout3.render import Doc, render  # noqa: E402

DEFAULT_SEED = 3114
OUT = ROOT / "benchmarks" / "data" / "redteam" / "holdout3" / "categories.jsonl"
GENERATED = 120
CATEGORIES = [
    "health",
    "genetic",
    "biometric",
    "trade_union",
    "religion",
    "ethnic_origin",
    "sexual_orientation",
    "political_opinion",
    "criminal_records",
]


def build(seed: int = DEFAULT_SEED) -> list[dict[str, object]]:
    hand: list[tuple[str, str, str]] = [("da", f, t) for f, t in hand_cats_da.DOCS]
    hand += [("sv", f, t) for f, t in hand_cats_sv.DOCS]
    hand += list(hand_cats_more.DOCS)
    hand += list(hand_cats_extra.DOCS)
    docs: list[dict[str, object]] = []
    for i, (lang, family, text) in enumerate(hand):
        doc = render(Doc(f"h3c-hand-{i:03d}", lang, f"hand-{family}"), text, random.Random(f"{seed}-hand-{i}"))
        docs.append(doc.record())
    hand_negatives = sum(1 for d in docs if not d["labels"])
    rng = random.Random(f"{seed}-gen")
    names = sorted(families_cats.CONTAINERS)
    # about half of the whole file reveals nothing about anybody
    negatives_wanted = max(0, (len(docs) + GENERATED) // 2 - hand_negatives)
    kinds = [False] * negatives_wanted + [True] * (GENERATED - negatives_wanted)
    rng.shuffle(kinds)
    for i, positive in enumerate(kinds):
        lang = "da" if i % 2 == 0 else "sv"
        cats: list[str] = []
        if positive:
            cats = [CATEGORIES[(i // 2) % len(CATEGORIES)]]
            if rng.random() < 0.15:
                cats.append(rng.choice([c for c in CATEGORIES if c != cats[0]]))
        family = names[i % len(names)]
        text = families_cats.CONTAINERS[family](rng, lang, cats)
        doc = render(Doc(f"h3c-gen-{i:03d}", lang, family), text, random.Random(f"{seed}-gen-{i}"))
        docs.append(doc.record())
    return docs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as fh:
        for doc in build(args.seed):
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
