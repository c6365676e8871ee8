"""Build the v12 identifier hold-out: benchmarks/data/redteam/holdout12/identifiers.jsonl.

    python -m benchmarks.redteam.holdout12.build_identifiers [--seed N] [--out FILE]

Written by a red-team engineer ("rt12a") who did not read the detection code, its recognizers, its tests or corpora,
nor the texts or hand-written banks of the earlier hold-outs, and did not run the scanner on this set. Numbers come
from ``benchmarks/redteam/ids.py``; slots in the hand-written banks (``ids12_hand_*.py``) and generated layouts
(``ids12_layouts.py``) are filled by ``ids12_slots.py`` (v11's renderer with a few more look-alikes), which records
every label's offsets while it writes the text. The loop is v11's ``build_set`` with v12's banks and prefix.

RULES (fixed before any run; the set is scored by the lead only):
- Labelled: a DK CPR, SE personnummer/samordningsnummer, FI henkilötunnus (2023 century signs included) or NO
  fødselsnummer/D-number that belongs to a person and is presented as such by a label, a column header, a field,
  key or element name, a URL query key or path segment naming it, a file name at the end of a path, or the
  sentence; as written (dash, en dash, space, " - ", dots in the date, a line break after the dash, "+" for people
  100 or older in 2026, 10 or 12 digits). CPRs of children born since October 2007, of 1 January births and of
  people given a number since 2007 (the text says so) may fail modulus 11 and are labelled.
- Labelled although arguable: a number the text says is wrong but which passes its country's check (it may be
  someone's: "the first one is his brother's"); a real number pasted into a test fixture, config, curl line or
  SQL query; a number merged into a cell with the person's name; a number in a calendar invite's title or an
  e-mail subject; the digits of a Nordea personkonto (clearing 3300 + personnummer); a sole trader's
  organisationsnummer that the text says is the owner's personnummer; a number in a quoted reply (each quote
  level's occurrence labelled).
- Not labelled: masked numbers (XXXX, ****), numbers the text calls wrong that fail their check (day 32+,
  30 February, wrong Luhn, HETU or fødselsnummer check digit, a CPR of a pre-2007 birth with one digit changed),
  a number the text calls a published test number, and every number the text calls something else (order,
  customer, member, queue, policy, claim, case, ticket, decision, permit, receipt, invoice, agreement, membership,
  start, chip, KID, viitenumero, Y-tunnus, CVR, SE-nr, P-nr, org.nr, momsreg.nr, bankgiro, plusgiro, OCR/FIK,
  account, IBAN, phone in any national form, IMEI, VIN, HIN, plate, UUID, Unix time, timestamp, EAN/GTIN/SSCC,
  tracking), even when it is a valid CPR date with the right century digit and modulus 11, passes Luhn as a 10- or
  12-digit personnummer, or is a valid fødselsnummer; a CPR embedded in a longer digit run (a barcode).
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.redteam.bank import split_bank
from benchmarks.redteam.holdout11.build_identifiers import Draw, build_set
from benchmarks.redteam.holdout11.build_identifiers import main as v11_main
from benchmarks.redteam.holdout12 import (
    ids12_hand_da,
    ids12_hand_extra,
    ids12_hand_mixed,
    ids12_hand_neg,
    ids12_hand_sv,
    ids12_layouts,
)
from benchmarks.redteam.holdout12.ids12_slots import render

DEFAULT_SEED = 12012
OUT = Path(__file__).resolve().parents[2] / "data" / "redteam" / "holdout12" / "identifiers.jsonl"


def hand_bank() -> list[Draw]:
    """Every hand-written document as (family, lang, markup), in file order."""
    banks = (ids12_hand_da, ids12_hand_sv, ids12_hand_mixed, ids12_hand_extra, ids12_hand_neg)
    return [doc for mod in banks for doc in split_bank(mod.BANK)]


def build(seed: int = DEFAULT_SEED) -> list[dict[str, object]]:
    return build_set(seed, hand_bank(), ids12_layouts.draws, render, "h12")


def main() -> None:
    v11_main(build, DEFAULT_SEED, OUT)


if __name__ == "__main__":
    main()
