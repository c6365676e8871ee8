"""Build the v14 identifier hold-out: benchmarks/data/redteam/holdout14/identifiers.jsonl.

    python -m benchmarks.redteam.holdout14.build_identifiers [--seed N] [--out FILE]

Written by a red-team engineer ("rt14a") who did not read the detection code, its recognizers, its tests or corpora,
nor the texts, hand-written banks, layouts or slot renderers of the earlier hold-outs, and did not run the scanner on
this set. Numbers come from ``benchmarks/redteam/ids.py``; slots in the hand-written banks (``ids14_hand_*.py``) and
generated layouts (``ids14_layouts.py``) are filled by ``ids14_slots.py``, which records every label's offsets while
it writes the text. Emphasis: ordinary Danish and Swedish business text (mail threads with quotes and signatures, HR
and payroll, supplier and customer mail, pasted CSV/TSV, minutes, contracts, invoices, reminders, vouchers, board
papers, chat pastes, filled-in forms, PDF extraction artefacts, cross-border staff).

RULES (fixed before any run; the set is scored by the lead only):
- Labelled: a DK CPR, SE personnummer/samordningsnummer, FI henkilötunnus (2023 century signs included) or NO
  fødselsnummer/D-number that belongs to a person and is presented as such by a label, a column header, a field
  name or the sentence; the span is the number exactly as written: dash, en dash, space, " - ", "/", dots in the
  date (DD.MM.YY-SSSS), a line break after the dash, "+" for people 100 or older in 2026, 10 or 12 digits. In an
  OCR'd or PDF-extracted text the number is labelled as written, with one or two of 0/1/5/8 shown as O/l/S/B.
  CPRs of children born since October 2007, of 1 January births and of people given a number since 2007 (the text
  says so) may fail modulus 11 and are labelled. A number the text quotes again in a reply (mail quote "> ") is
  labelled again. A number in a pasted table column whose header names it (CPR, personnr, pnr, fødselsnr, HETU,
  henkilötunnus) is labelled, with or without the header when the text around says what the column is.
- Labelled although arguable: a number sent in a chat line with no label but the sentence says whose it is ("her
  number is ..."); a CPR that a mail says belongs to a relative (spouse, child) on a payroll or pension form.
- Not labelled: masked numbers (XXXX, ****), numbers the text calls wrong and that fail their check (day 32+,
  30/31 February, wrong Luhn, HETU or fødselsnummer check digit), and every number the text calls something else:
  CVR, SE-nr, P-nr, org.nr (SE/NO), Y-tunnus, VAT numbers, bankgiro, plusgiro, OCR/FIK/KID references, reg.nr and
  account, clearing and account, IBAN, invoice, order, customer, supplier, case, policy, voucher (bilag), ticket,
  employee and payroll numbers, phone numbers of all four countries in any form, EAN, run-together date-times
  (yyyymmddhhmm, ddmmyyhhmm, yymmddhhmm), amounts, postcodes, running numbers, even when such a number is a valid
  CPR date with the right century digit and modulus 11, passes Luhn as a 10- or 12-digit personnummer or is a
  valid fødselsnummer.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

from benchmarks.redteam.bank import split_bank, write_jsonl
from benchmarks.redteam.holdout14 import ids14_hand_da, ids14_hand_mixed, ids14_hand_neg, ids14_hand_sv, ids14_layouts
from benchmarks.redteam.holdout14.ids14_slots import render

DEFAULT_SEED = 14014
OUT = Path(__file__).resolve().parents[2] / "data" / "redteam" / "holdout14" / "identifiers.jsonl"
Draw = tuple[str, str, str]


def hand_bank() -> list[Draw]:
    """Every hand-written document as (family, lang, markup), in file order."""
    banks = (ids14_hand_da, ids14_hand_sv, ids14_hand_mixed, ids14_hand_neg)
    return [doc for mod in banks for doc in split_bank(mod.BANK)]


def build(seed: int = DEFAULT_SEED) -> list[dict[str, object]]:
    rng = random.Random(seed)
    docs: list[dict[str, object]] = []
    draws: list[tuple[str, Draw]] = [("hand", d) for d in hand_bank()]
    draws += [("generated", d) for d in ids14_layouts.draws(rng)]
    for n, (origin, (family, lang, markup)) in enumerate(draws):
        doc = render(markup, rng)
        docs.append(
            {
                "id": f"h14-{origin[:4] if origin == 'hand' else 'gen'}-{n:03d}",
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
