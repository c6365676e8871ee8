"""Build the v18 identifier hold-out: benchmarks/data/redteam/holdout18/identifiers.jsonl.

    python -m benchmarks.redteam.holdout18.build_identifiers [--seed N] [--out FILE]

Written by a red-team engineer ("rt18a") who did not read the detection code, its recognizers, its tests or corpora,
nor the texts, hand-written banks, layouts or slot renderers of the earlier hold-outs, and did not run the scanner on
this set. Slots in the hand-written banks (``ids18_hand_*.py``) and generated layouts (``ids18_layouts.py``) are
filled by ``ids18_slots.render`` (new for v18), which records every label's offsets while it writes the text.
Emphasis: mail as it sits in a mailbox (threads with "> " quotes and Outlook From/Sent blocks, forwards, signatures,
disclaimers, auto-replies, .ics invitations, vCards, mail merges, newsletters); HR and payroll files with many persons
(staff lists, salary, pension and union-dues files, onboarding forms, contracts, sick pay, time sheets); citizen
services (school, day care, elderly care, housing, parking, library, clubs and associations, church records);
older and archival text about persons born 1890-1950 (genealogy, estate inventories, old pension registers);
English, German and Polish text written in Danish and Swedish workplaces.

RULES (fixed before any run; the set is scored by the lead only):
- Labelled: a DK CPR, SE personnummer/samordningsnummer, FI henkilötunnus or NO fødselsnummer/D-number that belongs
  to a person and is presented as such by a label, a column header, a field name (also vCard/iCalendar fields and
  mail-merge columns), or the sentence. True numbers follow the official rules: CPR = valid date DDMMYY + the
  century digit table (digits 4-9 decide 1800s/1900s/2000s); modulus 11 is not required for CPRs of children born
  since October 2007, of 1 January births, and of people given a number since 2007 (the text then says so and calls
  it a CPR); personnummer = valid date (day + 60 for samordningsnummer) + Luhn, written "+" in the short form for
  people aged 100 or more in 2026 (born 1926 or earlier); HETU = date + century sign (+ for the 1800s, -, A, and
  the 2023 signs B-F and U-Y) + individual number + check character; fødselsnummer = date (day + 40 for a D-number)
  + two modulus-11 check digits. The span is the number exactly as written: dash, en dash, space, " - ", "/", dots
  in the date (DD.MM.YY-SSSS), a line break after the dash or "+", 10 or 12 digits; quotes and brackets around it
  are not part of the span.
- A number repeated (a quoted reply, a forwarded mail, a time sheet listing one person each day, the same member
  twice in a register) is labelled at each occurrence.
- Labelled although arguable: a relative's (child's, spouse's, heir's, parent's, deceased's) number on a document
  about that relative; the numbers of people long dead in genealogy notes and archive registers (a scanner cannot
  know they died, and the text still ties the number to a named person); a number in a newsletter or minutes that
  quotes a leaked number; a number quoted inside an auto-reply or a support reply.
- Not labelled: masked numbers (XXXX, xxxx, ****), numbers that fail their check and that the text calls wrong or
  invalid (day 32, 30/31 February, 31 April/November, month 13, wrong Luhn, HETU or fødselsnummer check),
  and every number the text calls something else: CVR, SE-nr, P-nr, org.nr (SE/NO), Y-tunnus, bankgiro, plusgiro,
  OCR/FIK/KID references, reg.nr + account, clearing + account, IBAN, EAN, invoice, order, customer, case, claim,
  policy, member, employee, library-card, child-id, registration, job and payment ids, Unix timestamps (s and ms),
  run-together date-times (ddmmyyhhmm, yyyymmddhhmm, yyyymmdd-hhmm), phone numbers of all four countries in any
  form, amounts, postcodes and running numbers, even when such a number passes the CPR date, century and modulus-11
  rules, Luhn as a 10- or 12-digit personnummer or the fødselsnummer checks.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

from benchmarks.redteam.bank import split_bank, write_jsonl
from benchmarks.redteam.holdout18 import (
    ids18_hand_archive,
    ids18_hand_citizen,
    ids18_hand_foreign,
    ids18_hand_hr,
    ids18_hand_mail,
    ids18_hand_mail2,
    ids18_hand_more,
    ids18_hand_neg,
    ids18_layouts,
)
from benchmarks.redteam.holdout18.ids18_slots import render

DEFAULT_SEED = 18018
OUT = Path(__file__).resolve().parents[2] / "data" / "redteam" / "holdout18" / "identifiers.jsonl"
Draw = tuple[str, str, str]
BANKS = (
    ids18_hand_mail,
    ids18_hand_mail2,
    ids18_hand_hr,
    ids18_hand_citizen,
    ids18_hand_archive,
    ids18_hand_foreign,
    ids18_hand_neg,
    ids18_hand_more,
)


def hand_bank() -> list[Draw]:
    """Every hand-written document as (family, lang, markup), in file order."""
    return [doc for mod in BANKS for doc in split_bank(mod.BANK)]


def build(seed: int = DEFAULT_SEED) -> list[dict[str, object]]:
    rng = random.Random(seed)
    draws: list[tuple[str, Draw]] = [("hand", d) for d in hand_bank()]
    draws += [("generated", d) for d in ids18_layouts.draws(rng)]
    docs: list[dict[str, object]] = []
    for n, (origin, (family, lang, markup)) in enumerate(draws):
        doc = render(markup, rng)
        docs.append(
            {
                "id": f"h18-{'hand' if origin == 'hand' else 'gen'}-{n:03d}",
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
