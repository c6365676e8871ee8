"""Build the v19 identifier hold-out: benchmarks/data/redteam/holdout19/identifiers.jsonl.

    python -m benchmarks.redteam.holdout19.build_identifiers [--seed N] [--out FILE]

Written by a red-team engineer ("rt19a") who did not read the detection code, its recognizers, its tests or corpora,
nor the texts or hand-written banks of the earlier hold-outs, and did not run the scanner on this set. Slots in the
hand-written banks (``ids19_hand_*.py``) and generated layouts (``ids19_layouts.py``) are filled by
``ids19_slots.render`` (v18's slot mechanics, imported, with new OCR forms and new look-alikes), which records every
label's offsets while it writes the text.
Emphasis: text as extraction leaves it (PDF columns read in the wrong order, cells glued together, hyphenation
across lines, page headers and footers between a label and its number, XLSX rows as tab/semicolon lines, DOCX
tables flattened one cell a line); OCR'd scans (a space inside the number, O for 0 or rn for m in the label's
words); ticketing/CRM/helpdesk exports (Zendesk, Jira, ServiceNow, Freshdesk), logs, JSON/XML/YAML/SQL dumps and
stack traces; health and social case journals, insurance claims, bank statements and payment files, police, court
and lawyer documents; SMS/Teams/Slack/WhatsApp chat; German, Polish, Ukrainian and English text in Danish and
Swedish workplaces.

RULES (fixed before any run; the set is scored by the lead only):
- Labelled: a DK CPR, SE personnummer/samordningsnummer, FI henkilötunnus or NO fødselsnummer/D-number that belongs
  to a person and is presented as such by a label (before or after it, on an earlier line or page), a column header
  (also far above the row, or named in a note after the table), a key (also an English key such as ``ssn``,
  ``national_id`` or a URL query parameter), or the sentence; a number a chat message gives in reply to a request
  for it, alone on its line, is labelled too. True numbers follow the official rules as in v18: CPR = valid date
  DDMMYY + the century digit table; modulus 11 is not required for CPRs of children born since October 2007 and of
  1 January births; personnummer = valid date (day + 60 for samordningsnummer) + Luhn, "+" in the short form for
  people aged 100 or more in 2026; HETU = date + century sign + individual number + check character; fødselsnummer
  = date (day + 40 for a D-number) + two modulus-11 check digits.
- The span is the number exactly as written: dash, en dash, space, " - ", "/", dots in the date, a line break
  after the dash or "+", 10 or 12 digits, and (new for v19) the space an OCR pass put inside the number
  ("DDMM YY-SSSS", "DDMMYY-SS SS", "DDMMYY -SSSS", "YYMM DD-NNNN", "YYYYMMDD- NNNN"): the reader still sees one
  number. Quotes, brackets, guillemets and braces around it are not part of the span.
- Labelled although arguable: a number glued to letters by extraction (a name, the number and "Ja" run together
  from a PDF whose columns lost their spaces) - a human reads the columns, a scanner that wants a word boundary does not; a number
  posted alone in a chat after "har du hans cpr?"; a number in an access-log URL or a Python/Java exception
  message; a number a text says "does not match the name" (it is still a person's valid number); a relative's,
  co-applicant's, witness's, suspect's or deceased person's number; numbers in a test fixture a developer says holds
  real data.
- A number repeated is labelled at each occurrence.
- Not labelled: masked numbers (XXXX, xxxx, ****), numbers that fail their check and that the text calls wrong or
  test data (day 32, 30/31 February, month 13, wrong Luhn, HETU or fødselsnummer check), and every number the text
  calls something else, even when it passes the CPR date, century and modulus-11 rules, Luhn as a 10- or 12-digit
  personnummer or the fødselsnummer checks: CVR, SE-nr, P-nr, org.nr (SE/NO), Y-tunnus, bankgiro, plusgiro,
  OCR/FIK/KID references, reg.nr + account, clearing + account, IBAN, EAN, SSCC, PBS numbers, invoice, order,
  customer, policy, claim, case, journal, member, employee, transaction, ticket (Zendesk, ServiceNow INC), job,
  key and session ids, log sequence numbers, Unix timestamps (s and ms), run-together date-times (ddmmyyhhmm,
  yyyymmddhhmm, yyyymmddhhmmss, yyyymmddThhmmss), GUIDs whose last group is a valid 12-digit personnummer, hex
  digests holding a 10-digit run with a CPR date and modulus 11, lottery and coupon numbers, parcel tracking
  numbers, meter and metering-point numbers, German tax ids and social-insurance numbers, Polish PESEL numbers,
  phone numbers of all four countries in any form, amounts and running numbers.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

from benchmarks.redteam.bank import split_bank, write_jsonl
from benchmarks.redteam.holdout19 import (
    ids19_hand_case,
    ids19_hand_chat,
    ids19_hand_extract,
    ids19_hand_neg,
    ids19_hand_nordic,
    ids19_hand_ocr,
    ids19_hand_probe,
    ids19_hand_ticket,
    ids19_layouts,
)
from benchmarks.redteam.holdout19.ids19_slots import render

DEFAULT_SEED = 19019
OUT = Path(__file__).resolve().parents[2] / "data" / "redteam" / "holdout19" / "identifiers.jsonl"
Draw = tuple[str, str, str]
BANKS = (
    ids19_hand_extract,
    ids19_hand_ocr,
    ids19_hand_ticket,
    ids19_hand_case,
    ids19_hand_chat,
    ids19_hand_probe,
    ids19_hand_nordic,
    ids19_hand_neg,
)


def hand_bank() -> list[Draw]:
    """Every hand-written document as (family, lang, markup), in file order."""
    return [doc for mod in BANKS for doc in split_bank(mod.BANK)]


def build(seed: int = DEFAULT_SEED) -> list[dict[str, object]]:
    rng = random.Random(seed)
    draws: list[tuple[str, Draw]] = [("hand", d) for d in hand_bank()]
    draws += [("generated", d) for d in ids19_layouts.draws(rng)]
    docs: list[dict[str, object]] = []
    for n, (origin, (family, lang, markup)) in enumerate(draws):
        doc = render(markup, rng)
        docs.append(
            {
                "id": f"h19-{'hand' if origin == 'hand' else 'gen'}-{n:03d}",
                "lang": lang,
                "text": doc.text,
                "labels": doc.labels,
                "family": f"hand-{family}" if origin == "hand" else family,
                "origin": origin,
            }
        )
    return docs


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    n = write_jsonl(build(args.seed), args.out)
    print(f"wrote {n} documents to {args.out}")


if __name__ == "__main__":
    main()
