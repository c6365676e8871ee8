"""Build benchmarks/data/redteam/holdout3/names.jsonl (v3 hold-out; labelling rule in the README).

    python benchmarks/redteam/holdout3/build_names.py                      # the committed file
    python benchmarks/redteam/holdout3/build_names.py --seed 7 --out /tmp/names7.jsonl

Hand-written texts mark names as ``[[...]]``; generated ones come from the layouts in families_names.py.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from benchmarks.redteam.holdout3 import (  # noqa: E402
    families_names,
    hand_names_da,
    hand_names_extra,
    hand_names_more,
    hand_names_sv,
)
from benchmarks.redteam.holdout3.render import Doc, render  # noqa: E402

DEFAULT_SEED = 3115
OUT = ROOT / "benchmarks" / "data" / "redteam" / "holdout3" / "names.jsonl"
GENERATED = 104
MARK = re.compile(r"\[\[(.+?)\]\]")


def build(seed: int = DEFAULT_SEED) -> list[dict[str, object]]:
    hand: list[tuple[str, str, str]] = [("da", f, t) for f, t in hand_names_da.DOCS]
    hand += [("sv", f, t) for f, t in hand_names_sv.DOCS]
    hand += list(hand_names_more.DOCS)
    hand += list(hand_names_extra.DOCS)
    docs: list[dict[str, object]] = []
    for i, (lang, family, text) in enumerate(hand):
        source = MARK.sub(lambda m: f"⟦PERSON|{m.group(1)}⟧", text)
        doc = render(Doc(f"h3n-hand-{i:03d}", lang, f"hand-{family}"), source, random.Random(f"{seed}-hand-{i}"))
        docs.append(doc.record())
    rng = random.Random(f"{seed}-gen")
    names = sorted(families_names.LAYOUTS)
    for i in range(GENERATED):
        lang = "da" if i % 2 == 0 else "sv"
        family = names[(i // 2) % len(names)]
        text = families_names.LAYOUTS[family](rng, lang)
        doc = render(Doc(f"h3n-gen-{i:03d}", lang, family), text, random.Random(f"{seed}-gen-{i}"))
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
