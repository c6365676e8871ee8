"""Build the v13 identifier hold-out: benchmarks/data/redteam/holdout13/identifiers.jsonl.

    python -m benchmarks.redteam.holdout13.build_identifiers [--seed N] [--out FILE]

Written by a red-team engineer ("rt13a") who did not read the detection code, its recognizers, its tests or corpora,
nor the texts, hand-written banks or layouts of the earlier hold-outs, and did not run the scanner on this set.
Numbers come from ``benchmarks/redteam/ids.py``; slots in the hand-written banks (``ids13_hand_*.py``) and generated
layouts (``ids13_layouts.py``) are filled by ``ids13_slots.py`` (v12's kinds plus OCR'd forms and a few more
look-alikes), which records every label's offsets while it writes the text. The loop is v11's ``build_set`` with
v13's banks and prefix. The genres are new to the sets: hospital referrals and lab requisitions, pharmacy and
e-prescription logs, insurance claims, pension and tax statements, land registry, estates, courts, social services,
job centres and unemployment funds, unions, HR onboarding, helpdesk tickets, CRM exports, log files, OCR'd letters,
PDF text with broken columns, XML/EDI/HL7 messages, SMS gateways, voicemail transcripts, genealogy, research data,
data-protection requests.

RULES (fixed before any run; the set is scored by the lead only):
- Labelled: a DK CPR, SE personnummer/samordningsnummer, FI henkilötunnus (2023 century signs included) or NO
  fødselsnummer/D-number that belongs to a person and is presented as such by a label, a column header, a field,
  key, segment or element name, or the sentence; as written (dash, en dash, space, " - ", dots in the date, a line
  break after the dash, "+" for people 100 or older in 2026, 10 or 12 digits). In an OCR'd or PDF-extracted text
  the number is labelled as the scanner wrote it: with a space beside the dash, or with one or two of 0/1/5/8 shown
  as O/l/S/B (the span is the whole written number). CPRs of children born since October 2007, of 1 January births
  and of people given a number since 2007 (the text says so) may fail modulus 11 and are labelled.
- Labelled although arguable: a deceased person's number (estate, genealogy, death notices: still personal data
  under the Nordic practice the tool follows); a number in an HL7 PID or EDIFACT NAD segment whose field carries
  no human-readable label; a number the text says belongs to someone else but which passes its check ("that is
  her husband's"); a number in a log line after a key naming it (``cpr=``, ``pnr:``); a number read aloud in a
  voicemail transcript as digit groups written in digits; a number in a research data set the text calls
  pseudonymised but which is a valid number in its field (the key is a real number).
- Not labelled: masked numbers (XXXX, ****), numbers the text calls wrong and that fail their check (day 32+,
  30 February, wrong Luhn, HETU or fødselsnummer check digit, a CPR of a pre-2007 birth with one digit changed),
  published test numbers the text calls so, numbers spelt out in words, and every number the text calls
  something else (claim, policy, pension scheme, requisition, sample, prescription, order, ticket, case, journal,
  court case, land-registry dato/løbenummer, BFE, matrikel, customer, member, union member, a-kasse member,
  account, OCR/FIK, bankgiro, plusgiro, IBAN, CVR, SE-nr, P-nr, org.nr, Y-tunnus, phone, IMEI, message id,
  timestamp, HL7/EDIFACT date-time, Unix time, log-rotation stamp, EAN/GTIN, tracking), even when it is a valid CPR
  date with the right century digit and modulus 11, passes Luhn as a 10- or 12-digit personnummer, or is a valid
  fødselsnummer; a CPR embedded in a longer digit run (a barcode); an OCR'd account number that reads back as a
  valid CPR.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.redteam.bank import split_bank
from benchmarks.redteam.holdout11.build_identifiers import Draw, build_set
from benchmarks.redteam.holdout11.build_identifiers import main as v11_main
from benchmarks.redteam.holdout13 import (
    ids13_hand_da,
    ids13_hand_mixed,
    ids13_hand_neg,
    ids13_hand_sv,
    ids13_layouts,
)
from benchmarks.redteam.holdout13.ids13_slots import render

DEFAULT_SEED = 13013
OUT = Path(__file__).resolve().parents[2] / "data" / "redteam" / "holdout13" / "identifiers.jsonl"


def hand_bank() -> list[Draw]:
    """Every hand-written document as (family, lang, markup), in file order."""
    banks = (ids13_hand_da, ids13_hand_sv, ids13_hand_mixed, ids13_hand_neg)
    return [doc for mod in banks for doc in split_bank(mod.BANK)]


def build(seed: int = DEFAULT_SEED) -> list[dict[str, object]]:
    return build_set(seed, hand_bank(), ids13_layouts.draws, render, "h13")


def main() -> None:
    v11_main(build, DEFAULT_SEED, OUT)


if __name__ == "__main__":
    main()
