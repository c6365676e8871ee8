"""Build benchmarks/data/redteam/holdout2/identifiers.jsonl (v2 identifier hold-out), seeded and reproducible.

python benchmarks/redteam/holdout2/build_identifiers.py            # seed 4242, the committed file
python benchmarks/redteam/holdout2/build_identifiers.py --seed 7 --out /tmp/ids-v2-7.jsonl
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from benchmarks.redteam import ids  # noqa: E402
from benchmarks.redteam.holdout2.families_ids import FAMILIES  # noqa: E402
from benchmarks.redteam.holdout2.handwritten_ids import CASES  # noqa: E402
from benchmarks.redteam.holdout2.render import Filler, ocr_noise  # noqa: E402

OUT = ROOT / "benchmarks" / "data" / "redteam" / "holdout2" / "identifiers.jsonl"
DRAWS = 13
DEFAULT_SEED = 4242


def check(doc: dict[str, Any]) -> None:
    """Every label is a valid number by the public rule and stands alone (no digit glued to it)."""
    text = str(doc["text"])
    last = -1
    for lab in sorted(doc["labels"], key=lambda x: x["start"]):
        s, e, ent = lab["start"], lab["end"], lab["entity"]
        assert s >= last, doc["id"]
        last = e
        span = text[s:e]
        assert span == span.strip() and span, (doc["id"], span)
        digits = re.sub(r"[^0-9A-Z]", "", span)
        if ent == "DK_CPR":
            ok = ids.cpr_birth_date(digits) is not None
        elif ent == "SE_PERSONNUMMER":
            ok = any(
                ids.personnummer_ok(c) for c in ([digits] if len(digits) == 12 else ["19" + digits, "20" + digits])
            )
        elif ent == "FI_PERSONAL_IDENTITY_CODE":
            ok = ids.hetu_ok(span)
        else:
            ok = ids.fodselsnummer_ok(digits)
        assert ok, (doc["id"], span)
        assert not text[s - 1 : s].isdigit() and not text[e : e + 1].isdigit(), (doc["id"], span)


def build(seed: int) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    docs: list[dict[str, Any]] = []
    for name, family in FAMILIES.items():
        for n in range(DRAWS):
            lang, template = family(rng)
            if name == "ocr_scan":
                template = ocr_noise(rng, template, 0.06)
            text, labels = Filler(rng, lang).render(template)
            docs.append({"id": f"h2i-{name}-{n:02d}", "lang": lang, "family": name, "text": text, "labels": labels})
    for n, (lang, template) in enumerate(CASES):
        text, labels = Filler(rng, lang).render(template)
        docs.append({"id": f"h2i-hand-{n:03d}", "lang": lang, "family": "hand", "text": text, "labels": labels})
    for doc in docs:
        check(doc)
    return docs


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    docs = build(args.seed)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as fh:
        for doc in docs:
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
    labels = [lab for d in docs for lab in d["labels"]]
    by = {e: sum(1 for lab in labels if lab["entity"] == e) for e in sorted({str(x["entity"]) for x in labels})}
    empty = sum(1 for d in docs if not d["labels"])
    print(f"{len(docs)} documents, {len(labels)} labels {by}, {empty} without a true identifier -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
