"""Build the v17 identifier hold-out: benchmarks/data/redteam/holdout17/identifiers.jsonl.

    python -m benchmarks.redteam.holdout17.build_identifiers [--seed N] [--out FILE]

Written by a red-team engineer ("rt17a") who did not read the detection code, its recognizers, its tests or corpora,
nor the texts, hand-written banks, layouts or slot renderers of the earlier hold-outs, and did not run the scanner on
this set. Numbers come from ``benchmarks/redteam/ids.py`` and ``ids17_slots.py`` (new for v17: HETUs with the 2023
century signs, look-alikes such as Unix timestamps that pass the CPR rules); slots in the hand-written banks
(``ids17_hand_*.py``) and generated layouts (``ids17_layouts.py``) are filled by ``ids17_slots.render``, which
records every label's offsets while it writes the text. Emphasis: developers' and IT artefacts (SQL dumps and
INSERTs, JSON/XML payloads and webhooks, URLs, stack traces, source code and test fixtures, YAML/INI config, git
diffs and commit messages, quoted CSV with embedded newlines, spreadsheets pasted as text, Markdown/wiki pages);
cross-border Nordic documents (DK, SE, NO and FI persons side by side); health and social care, legal and finance
records; text as PDF/Word extraction leaves it (columns run together, hyphenation and line breaks, repeated page
headers and footers, table cells without separators).

RULES (fixed before any run; the set is scored by the lead only):
- Labelled: a DK CPR, SE personnummer/samordningsnummer, FI henkilötunnus or NO fødselsnummer/D-number that belongs
  to a person and is presented as such by a label, a column header, a field or key name (cpr, cpr_nr, personnummer,
  pnr, ssn, national_id, hetu, fnr, henkilotunnus), a URL path or query parameter that names it, or the sentence.
  True numbers follow the official rules: CPR = valid date DDMMYY + the century digit table; modulus 11 is not
  required for CPRs of children born since October 2007, of 1 January births, and of people given a number since
  2007 (the text then says so and calls it a CPR); personnummer = valid date (day + 60 for samordningsnummer) + Luhn,
  written "+" in the short form for people aged 100 or more in 2026; HETU = date + century sign (+, -, A, and the
  2023 signs B-F and U-Y) + individual number + check character; fødselsnummer = date (day + 40 for a D-number) + two
  modulus-11 check digits. The span is the number exactly as written: dash, en dash, space, " - ", "/", dots in the
  date (DD.MM.YY-SSSS), a line break after the dash or "+" (a PDF line end), 10 or 12 digits; quotes, brackets and
  URL delimiters around it are not part of the span.
- A number repeated (a diff's - and + lines, a quoted reply, a repeated page header, a test fixture and its
  assertion) is labelled at each occurrence. A number in a test fixture or seed file is labelled: it is written as a
  person's number and a scanner cannot know that the person is made up.
- Labelled although arguable: a number in a code comment or commit message that says whose it is; a relative's
  (child's, spouse's, heir's, co-applicant's) number on a document about that relative; a number glued to the next
  column's letters by a PDF extraction (letters after the number, never digits).
- Not labelled: masked numbers (XXXX, ****), numbers that fail their check and that the text calls wrong or invalid
  (day 32+, 30/31 February, month 13, wrong Luhn, HETU or fødselsnummer check), incomplete numbers, and every
  number the text calls something else: CVR, SE-nr, P-nr, org.nr (SE/NO), Y-tunnus, bankgiro, plusgiro,
  OCR/FIK/KID references, reg.nr + account, IBAN, EAN, invoice, order, customer, case, claim, policy, loan, journal,
  requisition, prescription, row ids, primary keys, commit hashes, build and trace ids, Unix timestamps (s and ms),
  run-together date-times (ddmmyyhhmm, yyyymmddhhmm, yyyymmdd-hhmm), phone numbers of all four countries in any
  form, amounts, postcodes and running numbers, even when such a number passes the CPR date, century and modulus-11
  rules, Luhn as a 10- or 12-digit personnummer or the fødselsnummer checks.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

from benchmarks.redteam.bank import split_bank, write_jsonl
from benchmarks.redteam.holdout17 import (
    ids17_hand_care,
    ids17_hand_dev,
    ids17_hand_dev2,
    ids17_hand_dev3,
    ids17_hand_law,
    ids17_hand_more,
    ids17_hand_neg,
    ids17_hand_nordic,
    ids17_hand_pdf,
    ids17_layouts,
)
from benchmarks.redteam.holdout17.ids17_slots import render

DEFAULT_SEED = 17017
OUT = Path(__file__).resolve().parents[2] / "data" / "redteam" / "holdout17" / "identifiers.jsonl"
Draw = tuple[str, str, str]
BANKS = (
    ids17_hand_dev,
    ids17_hand_dev2,
    ids17_hand_dev3,
    ids17_hand_nordic,
    ids17_hand_care,
    ids17_hand_law,
    ids17_hand_pdf,
    ids17_hand_neg,
    ids17_hand_more,
)


def hand_bank() -> list[Draw]:
    """Every hand-written document as (family, lang, markup), in file order."""
    return [doc for mod in BANKS for doc in split_bank(mod.BANK)]


def build(seed: int = DEFAULT_SEED) -> list[dict[str, object]]:
    rng = random.Random(seed)
    draws: list[tuple[str, Draw]] = [("hand", d) for d in hand_bank()]
    draws += [("generated", d) for d in ids17_layouts.draws(rng)]
    docs: list[dict[str, object]] = []
    for n, (origin, (family, lang, markup)) in enumerate(draws):
        doc = render(markup, rng)
        docs.append(
            {
                "id": f"h17-{'hand' if origin == 'hand' else 'gen'}-{n:03d}",
                "lang": lang,
                "text": doc.text,
                "labels": doc.labels,
                "family": family,
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
