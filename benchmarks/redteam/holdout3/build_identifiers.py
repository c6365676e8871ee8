"""Build benchmarks/data/redteam/holdout3/identifiers.jsonl (v3 hold-out; see the README section).

    python benchmarks/redteam/holdout3/build_identifiers.py                # the committed file
    python benchmarks/redteam/holdout3/build_identifiers.py --seed 7 --out /tmp/ids7.jsonl

Hand-written documents (hand_ids_*.py) are rendered once each; generated documents cycle through the
layouts in families_ids.py. Values come from benchmarks/redteam/ids.py via render.py.
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
    families_ids,
    hand_ids_da,
    hand_ids_more,
    hand_ids_other,
    hand_ids_sv,
)
from benchmarks.redteam.holdout3.render import Doc, render  # noqa: E402

DEFAULT_SEED = 3113
OUT = ROOT / "benchmarks" / "data" / "redteam" / "holdout3" / "identifiers.jsonl"
GENERATED = 150
NORDIC_ONLY = {
    "gen-field-block",
    "gen-json",
    "gen-sql",
    "gen-fixed-width",
    "gen-numbers-only",
    "gen-prose",
    "gen-pipe",
    "gen-xml",
    "gen-inline-kv",
    "gen-window",
    "gen-phones",
    "gen-sms-thread",
}


def build(seed: int = DEFAULT_SEED) -> list[dict[str, object]]:
    hand: list[tuple[str, str, str]] = [("da", f, t) for f, t in hand_ids_da.DOCS]
    hand += [("sv", f, t) for f, t in hand_ids_sv.DOCS]
    hand += list(hand_ids_other.DOCS)
    hand += list(hand_ids_more.DOCS)
    docs: list[dict[str, object]] = []
    for i, (lang, family, text) in enumerate(hand):
        rng = random.Random(f"{seed}-hand-{i}")
        doc = render(Doc(f"h3i-hand-{i:03d}", lang, f"hand-{family}"), text, rng)
        docs.append(doc.record())
    rng = random.Random(f"{seed}-gen")
    names = sorted(families_ids.FAMILIES)
    for i in range(GENERATED):
        lang = rng.choices(["da", "sv", "no", "fi"], weights=[45, 45, 5, 5])[0]
        family = names[i % len(names)]
        if lang in ("no", "fi") and family not in NORDIC_ONLY:
            lang = rng.choice(["da", "sv"])
        text = families_ids.FAMILIES[family](rng, lang)
        doc = render(Doc(f"h3i-gen-{i:03d}", lang, family), text, random.Random(f"{seed}-gen-{i}"))
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
