"""Build the v16 identifier hold-out: benchmarks/data/redteam/holdout16/identifiers.jsonl.

    python -m benchmarks.redteam.holdout16.build_identifiers [--seed N] [--out FILE]

Written by a red-team engineer ("rt16a") who did not read the detection code, its recognizers, its tests or corpora,
nor the texts, hand-written banks, layouts or slot renderers of the earlier hold-outs, and did not run the scanner on
this set. Numbers come from ``benchmarks/redteam/ids.py`` (HETUs with the 2023 century signs from ``ids16_slots``);
slots in the hand-written banks (``ids16_hand_*.py``) and generated layouts (``ids16_layouts.py``) are filled by
``ids16_slots.py`` (new for v16), which records every label's offsets while it writes the text. Emphasis: text that
comes out of systems and from people outside the office: ERP/HR/payroll/CRM/booking/ticketing exports (fixed width,
CSV/TSV/semicolon/pipe, with and without headers), logs and audit trails, helpdesk tickets, SMS and chat, transcribed
phone calls, web forms, OCR'd scans, school/daycare portals, clubs, churches, landlords and estate agents, car
leasing and workshops, travel, pharmacies, dentists, vets, banks' and insurers' letters, mail threads, cross-border
DK/SE/NO/FI people.

RULES (fixed before any run; the set is scored by the lead only):
- Labelled: a DK CPR, SE personnummer/samordningsnummer, FI henkilötunnus or NO fødselsnummer/D-number that belongs
  to a person and is presented as such by a label, a column header, a field name, a key in a log line (cpr=,
  pnr=, personnummer) or the sentence. True numbers follow the official rules: CPR = valid date DDMMYY + the century
  digit table; modulus 11 is not required for CPRs of children born since October 2007, of 1 January births, and of
  people given a number since 2007 (the text then says so and calls it a CPR); personnummer = valid date (day + 60
  for samordningsnummer) + Luhn, written "+" in the short form for people aged 100 or more in 2026; HETU = date +
  century sign (+, -, A, and the 2023 signs B-F and U-Y) + individual number + check character; fødselsnummer = date
  (day + 40 for a D-number) + two modulus-11 check digits. The span is the number exactly as written: dash, en dash,
  space, " - ", "/", dots in the date (DD.MM.YY-SSSS), a line break after the dash, 10 or 12 digits.
- OCR artefacts: in a scanned text (families hand-scan and gen-ocr-letter-dk) one or two of the digits 0/1/5/8 of a
  CPR or personnummer may be shown as the letters O/l/S/B; the number is still labelled, as written (letters
  included), because a careful human reads it as that person's number. A scanned number with a digit misread as
  ANOTHER digit would be a different number and is not written into the set.
- A number repeated in a quoted reply, a forwarded mail or a subject line is labelled again. A number in an export
  column whose header names it (CPR, cpr-nr, personnr, pnr, personnummer, national_id, fødselsnummer,
  henkilötunnus) is labelled, also without a header when the text says what the column holds.
- Labelled although arguable: a number with no label in a chat or SMS whose sentence or question says whose it is;
  a relative's (child's, spouse's, co-applicant's) number on a form about that relative; a CPR/personnummer in a
  log line that masks it afterwards (the log line itself holds it).
- Not labelled: masked numbers (XXXX, ****), numbers that fail their check and that the text calls wrong (day 32+,
  30/31 February, wrong Luhn, HETU or fødselsnummer check), incomplete numbers (fewer digits), and every number the
  text calls something else: CVR, SE-nr, P-nr, org.nr (SE/NO), Y-tunnus, bankgiro, plusgiro, OCR/FIK/KID/viitenumero,
  reg.nr + account, clearing + account, IBAN, EAN, invoice, order, customer, booking, case/ticket/ärende, policy,
  loan, lease, tenancy/objekt, member, grave-site, device/serial, card and journal numbers, phone numbers of all four
  countries in any form, run-together date-times (ddmmyyhhmm, yyyymmddhhmm, yyyymmdd-hhmm), amounts, postcodes and
  running numbers, even when such a number passes the CPR date, century and modulus-11 rules, Luhn as a 10- or
  12-digit personnummer or the fødselsnummer checks.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

from benchmarks.redteam.bank import split_bank, write_jsonl
from benchmarks.redteam.holdout16 import (
    ids16_hand_extra,
    ids16_hand_last,
    ids16_hand_life,
    ids16_hand_mail,
    ids16_hand_more,
    ids16_hand_neg,
    ids16_hand_people,
    ids16_hand_sys,
    ids16_layouts,
)
from benchmarks.redteam.holdout16.ids16_slots import render

DEFAULT_SEED = 16016
OUT = Path(__file__).resolve().parents[2] / "data" / "redteam" / "holdout16" / "identifiers.jsonl"
Draw = tuple[str, str, str]


def hand_bank() -> list[Draw]:
    """Every hand-written document as (family, lang, markup), in file order."""
    banks = (
        ids16_hand_sys,
        ids16_hand_people,
        ids16_hand_last,
        ids16_hand_life,
        ids16_hand_mail,
        ids16_hand_more,
        ids16_hand_extra,
        ids16_hand_neg,
    )
    return [doc for mod in banks for doc in split_bank(mod.BANK)]


def build(seed: int = DEFAULT_SEED) -> list[dict[str, object]]:
    rng = random.Random(seed)
    draws: list[tuple[str, Draw]] = [("hand", d) for d in hand_bank()]
    draws += [("generated", d) for d in ids16_layouts.draws(rng)]
    docs: list[dict[str, object]] = []
    for n, (origin, (family, lang, markup)) in enumerate(draws):
        doc = render(markup, rng)
        docs.append(
            {
                "id": f"h16-{'hand' if origin == 'hand' else 'gen'}-{n:03d}",
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
