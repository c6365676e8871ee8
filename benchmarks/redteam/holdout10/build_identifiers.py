"""Build the v10 identifier hold-out: benchmarks/data/redteam/holdout10/identifiers.jsonl.

    python -m benchmarks.redteam.holdout10.build_identifiers [--seed N] [--out FILE]

Written by a red-team engineer who did not read the detection code, its recognizers, its tests or corpora, nor the
texts or hand-written banks of the earlier hold-outs. Numbers come from ``benchmarks/redteam/ids.py``.

RULES (fixed before any run):
- Labelled: a DK CPR, SE personnummer/samordningsnummer, FI henkilötunnus or NO fødselsnummer/D-number that the
  text presents as a person's identifier (by a label, a column header, however far above, or the sentence), as
  written (dash, en dash, space, " - ", dots in the date, a line break after the dash, none). CPRs of children born
  since October 2007, of 1 January births and of people who got their number since 2007 may fail modulus 11.
  A sole trader's organisationsnummer that is the owner's personnummer is labelled.
- Not labelled: masked numbers, numbers the text calls wrong (and that fail their check), published test numbers,
  and every number the text calls something else (customer, order, policy, running, member, account, case,
  reference, phone, OCR, EAN, SSCC, CVR, P-nr, org.nr, bankgiro, plusgiro), even when it reads as a valid date
  or passes Luhn or modulus 11.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

from benchmarks.redteam.bank import split_bank, write_jsonl
from benchmarks.redteam.holdout10 import hand_da, hand_extra, hand_late, hand_mixed, hand_nordic, hand_sv, layouts
from benchmarks.redteam.holdout10.slots import render

DEFAULT_SEED = 10010
OUT = Path(__file__).resolve().parents[2] / "data" / "redteam" / "holdout10" / "identifiers.jsonl"


def hand_bank() -> list[tuple[str, str, str]]:
    """Every hand-written document as (family, lang, markup), in file order."""
    return [
        doc
        for mod in (hand_da, hand_sv, hand_mixed, hand_extra, hand_late, hand_nordic)
        for doc in split_bank(mod.BANK)
    ]


def build(seed: int = DEFAULT_SEED) -> list[dict[str, object]]:
    rng = random.Random(seed)
    docs: list[dict[str, object]] = []
    for i, (family, lang, src) in enumerate(hand_bank()):
        r = render(src, rng)
        docs.append(
            {
                "id": f"h10-hand-{i:03d}",
                "lang": lang,
                "text": r.text,
                "labels": r.labels,
                "family": family,
                "origin": "hand",
            }
        )
    for name, lang, draw in layouts.draws(rng):
        r = render(draw, rng)
        n = sum(1 for d in docs if d["family"] == f"gen-{name}")
        docs.append(
            {
                "id": f"h10-gen-{name}-{n}",
                "lang": lang,
                "text": r.text,
                "labels": r.labels,
                "family": f"gen-{name}",
                "origin": "generated",
            }
        )
    return docs


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    n = write_jsonl(build(args.seed), args.out)
    print(f"{n} documents -> {args.out}")


if __name__ == "__main__":
    main()
