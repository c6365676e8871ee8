"""Build the v8 hold-out set of national identifiers (seeded; rerunning reproduces the file byte for byte).

    python benchmarks/redteam/holdout8/build_identifiers.py [--seed 8008] [--out FILE]

Written by an independent red-team engineer who did not read the detection code, its rule data, its tests or
the texts of the earlier sets; numbers follow the official rules only (see numbers.py). Hand-written documents
live in hand_*.py (one document each), generated ones come from layouts.py (at most DRAWS per layout).

RULES (labelling, fixed before scoring; the README's general rules apply, these add to them)
1. Every DK CPR, SE personnummer/samordningsnummer, FI henkilötunnus and NO fødselsnummer/D-nummer of a
   natural person is labelled, with or without a label word, in any layout (tables, CSV/TSV, JSON, XML, SQL,
   YAML, HL7, EDIFACT, URLs, logs, code), whoever the person is (child, deceased, employee in a fixture).
2. The span is the number exactly as written: dash, en dash, " - ", space, dots in the date ("DD.MM.YY-SSSS"),
   none; SE 10 or 12 digits, '-' or '+' (the '+' for people who turn 100 in 2026 or earlier); a 12-digit
   personnummer is labelled whole.
3. A CPR needs a valid date and a century digit allowed for its year; modulus 11 is not required (post-2007
   numbers, 1 January dates). A personnummer needs a valid date (day + 60 for samordningsnummer) and Luhn.
4. Not labelled: masked numbers (DDMMYY-XXXX), a personnummer the text says fails its check digit (and which
   does), birth dates alone, and every other registry or business number even when it passes a CPR or Luhn
   check: P-nummer, CVR/SE-nr, organisationsnummer, customer/order/case/running/policy/invoice numbers, OCR and
   KID references, accounts, phone numbers, chip/UELN/EAN/GLN numbers, session and request ids.
5. A number appearing twice is labelled at each occurrence; in a git diff the removed line's number is labelled.
6. The entity is the number's country as the document shows it (a Danish CPR in a Swedish e-mail is DK_CPR).
7. A Nordea personkonto (clearing 3300 + the personnummer) is labelled: its account number is the personnummer.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

from benchmarks.redteam.holdout8 import hand_dk, hand_extra, hand_hard, hand_last, hand_more, hand_se, hand_tech
from benchmarks.redteam.holdout8.layouts import LAYOUTS
from benchmarks.redteam.holdout8.render import render

SEED = 8008
DRAWS = 7
OUT = Path(__file__).resolve().parents[2] / "data" / "redteam" / "holdout8" / "identifiers.jsonl"
HAND = [
    *hand_dk.DOCS,
    *hand_se.DOCS,
    *hand_tech.DOCS,
    *hand_more.DOCS,
    *hand_extra.DOCS,
    *hand_hard.DOCS,
    *hand_last.DOCS,
]


def build(seed: int = SEED) -> list[dict[str, object]]:
    records: list[dict[str, object]] = []
    for i, (lang, family, source) in enumerate(HAND):
        did = f"h8i-{i:04d}"
        text, labels = render(source, random.Random(f"{seed}:{did}"))
        records.append({"id": did, "lang": lang, "text": text, "labels": labels, "family": family, "origin": "hand"})
    for layout in LAYOUTS:
        name = layout.__name__.removeprefix("g_")
        for k in range(DRAWS):
            did = f"g8i-{name}-{k}"
            rng = random.Random(f"{seed}:{did}")
            lang, source = layout(rng)
            text, labels = render(source, rng)
            records.append(
                {
                    "id": did,
                    "lang": lang,
                    "text": text,
                    "labels": labels,
                    "family": f"gen-{name}",
                    "origin": "generated",
                }
            )
    return records


def dump(records: list[dict[str, object]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(dump(build(args.seed)), encoding="utf-8")


if __name__ == "__main__":
    main()
