"""Build the v15 identifier hold-out: benchmarks/data/redteam/holdout15/identifiers.jsonl.

    python -m benchmarks.redteam.holdout15.build_identifiers [--seed N] [--out FILE]

Written by a red-team engineer ("rt15a") who did not read the detection code, its recognizers, its tests or corpora,
nor the texts, hand-written banks, layouts or slot renderers of the earlier hold-outs, and did not run the scanner on
this set. Numbers come from ``benchmarks/redteam/ids.py``; slots in the hand-written banks (``ids15_hand_*.py``) and
generated layouts (``ids15_layouts.py``) are filled by ``ids15_slots.py`` (new for v15), which records every label's
offsets while it writes the text. Emphasis: text of Danish and Swedish public-sector and regulated organisations
(kommuner/regioner, schools, job centres, social services, elder care, hospitals and GP letters, insurers, pension
funds, unions, housing associations, law firms, auditors) beside ordinary business text.

RULES (fixed before any run; the set is scored by the lead only):
- Labelled: a DK CPR, SE personnummer/samordningsnummer, FI henkilötunnus (2023 century signs included) or NO
  fødselsnummer/D-number that belongs to a person and is presented as such by a label, a column header, a field name
  or the sentence. True numbers follow the official rules: CPR = valid date DDMMYY + the century digit table; modulus
  11 is not required for CPRs of children born since October 2007, of 1 January births, and of people given a number
  since 2007 (the text says so and names it a CPR); personnummer = valid date (day + 60 for samordningsnummer) + Luhn,
  written "+" in the short form for people aged 100 or more in 2026; HETU = date + century sign (+, -, A, and the 2023
  signs B-F and U-Y) + individual number + check character; fødselsnummer = date (day + 40 for a D-number) + two
  modulus-11 check digits. The span is the number exactly as written: dash, en dash, space, " - ", "/", dots in the
  date (DD.MM.YY-SSSS), a line break after the dash, 10 or 12 digits; in a scanned or PDF-extracted text one or two
  of 0/1/5/8 may be shown as O/l/S/B and the number is labelled as written. A number repeated in a quoted reply is
  labelled again. A number in a pasted table column whose header names it (CPR, cpr-nr, personnr, pnr, fødselsnr,
  HETU, hetu) is labelled, also without a header when the text around says what the column holds.
- Labelled although arguable: a number in a chat line with no label whose sentence says whose it is; a relative's
  (child's, spouse's) CPR or personnummer on a form about that relative.
- Not labelled: masked numbers (XXXX, ****), numbers that fail their check and that the text calls wrong (day 32+,
  30/31 February, wrong Luhn, HETU or fødselsnummer check), and every number the text calls something else: CVR,
  SE-nr, P-nr, org.nr (SE/NO), Y-tunnus, bankgiro, plusgiro, OCR/FIK/KID, reg.nr + account, clearing + account, IBAN,
  EAN, invoice, order, customer, case (sagsnr/diarienr/j.nr), policy, claim, voucher, member, tenancy, employee and
  journal numbers, phone numbers of all four countries in any form, run-together date-times (ddmmyyhhmm, yymmddhhmm,
  yyyymmddhhmm), amounts, postcodes and running numbers, even when such a number passes the CPR date, century and
  modulus-11 rules, Luhn as a 10- or 12-digit personnummer or the fødselsnummer checks.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

from benchmarks.redteam.bank import split_bank, write_jsonl
from benchmarks.redteam.holdout15 import (
    ids15_hand_biz,
    ids15_hand_da,
    ids15_hand_more,
    ids15_hand_neg,
    ids15_hand_sv,
    ids15_layouts,
)
from benchmarks.redteam.holdout15.ids15_slots import render

DEFAULT_SEED = 15015
OUT = Path(__file__).resolve().parents[2] / "data" / "redteam" / "holdout15" / "identifiers.jsonl"
Draw = tuple[str, str, str]


def hand_bank() -> list[Draw]:
    """Every hand-written document as (family, lang, markup), in file order."""
    banks = (ids15_hand_da, ids15_hand_sv, ids15_hand_biz, ids15_hand_more, ids15_hand_neg)
    return [doc for mod in banks for doc in split_bank(mod.BANK)]


def build(seed: int = DEFAULT_SEED) -> list[dict[str, object]]:
    rng = random.Random(seed)
    draws: list[tuple[str, Draw]] = [("hand", d) for d in hand_bank()]
    draws += [("generated", d) for d in ids15_layouts.draws(rng)]
    docs: list[dict[str, object]] = []
    for n, (origin, (family, lang, markup)) in enumerate(draws):
        doc = render(markup, rng)
        docs.append(
            {
                "id": f"h15-{'hand' if origin == 'hand' else 'gen'}-{n:03d}",
                "lang": lang,
                "text": doc.text,
                "labels": doc.labels,
                "family": family,
                "origin": origin,
            }
        )
    return docs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    n = write_jsonl(build(args.seed), args.out)
    print(f"wrote {n} documents to {args.out}")


if __name__ == "__main__":
    main()
