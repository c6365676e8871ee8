"""Build the v11 identifier hold-out: benchmarks/data/redteam/holdout11/identifiers.jsonl.

    python -m benchmarks.redteam.holdout11.build_identifiers [--seed N] [--out FILE]

Written by a red-team engineer who did not read the detection code, its recognizers, its tests or corpora, nor the
texts or hand-written banks of the earlier hold-outs. Numbers come from ``benchmarks/redteam/ids.py``; slots in the
hand-written banks (``ids11_hand_*.py``) and generated layouts (``ids11_layouts.py``) are filled by
``ids11_slots.py``, which records every label's offsets while it writes the text.

RULES (fixed before any run; the set is scored by the lead only):
- Labelled: a DK CPR, SE personnummer/samordningsnummer, FI henkilötunnus (the century signs added in 2023
  included) or NO fødselsnummer/D-number that belongs to a person and is presented as such by a label, a column
  header, a field or element name, a URL or path segment the text explains, or the sentence; as written (dash,
  en dash, space, " - ", dots in the date, a line break after the dash or hyphen, "+" for people 100 or older in
  2026, 10 or 12 digits). CPRs of children born since October 2007, of 1 January births and of people given a
  number since 2007 (the text says so) may fail modulus 11 and are labelled.
- Labelled although arguable: a sole trader's organisationsnummer that the text says is the owner's personnummer;
  a Nordea personkonto account number the text says is the personnummer; a CPR written by a payer into a bank
  transfer text; a real number the text says was pasted by mistake into a wiki, test page or log; a number in a
  file path or URL segment whose folder or parameter names it; the same person's number repeated on every page
  header of a PDF text (each occurrence labelled).
- Not labelled: masked numbers (XXXX, ****), numbers the text calls wrong and that fail their check (impossible
  dates, 30 February, wrong Luhn, HETU or fødselsnummer check digit), a number the text calls a published test
  number, and every number the text calls something else (policy, pension scheme, order, customer, member, case,
  journal, request, receipt, terminal, booking, ticket, loan, prescription, referral, article, GTIN/EAN, SSCC,
  tracking, phone, account, CVR, SE, P-nr, org.nr, momsreg.nr, bankgiro, plusgiro, OCR/FIK reference, Y-tunnus),
  even when it reads as a valid CPR date with the right century digit and modulus 11, or passes Luhn as a
  10- or 12-digit personnummer; digits of a barcode or a longer run in which a date-like run is embedded.
"""

from __future__ import annotations

import argparse
import random
from collections.abc import Callable, Iterator
from pathlib import Path

from benchmarks.redteam.bank import split_bank, write_jsonl
from benchmarks.redteam.holdout11 import ids11_hand_da, ids11_hand_extra, ids11_hand_mixed, ids11_hand_sv, ids11_layouts
from benchmarks.redteam.holdout11.ids11_slots import Rendered, render

DEFAULT_SEED = 11011
OUT = Path(__file__).resolve().parents[2] / "data" / "redteam" / "holdout11" / "identifiers.jsonl"


def hand_bank() -> list[tuple[str, str, str]]:
    """Every hand-written document as (family, lang, markup), in file order."""
    return [
        doc
        for mod in (ids11_hand_da, ids11_hand_sv, ids11_hand_mixed, ids11_hand_extra)
        for doc in split_bank(mod.BANK)
    ]


Draw = tuple[str, str, str]


def build_set(
    seed: int,
    hand: list[Draw],
    draws: Callable[[random.Random], Iterator[Draw]],
    render_: Callable[[str, random.Random], Rendered],
    prefix: str,
) -> list[dict[str, object]]:
    """Hand-written documents first, then the layout draws, all rendered with one seeded generator (a later
    set passes its own banks, layouts, renderer and id prefix)."""
    rng = random.Random(seed)
    docs: list[dict[str, object]] = []
    for i, (family, lang, src) in enumerate(hand):
        r = render_(src, rng)
        docs.append(
            {
                "id": f"{prefix}-hand-{i:03d}",
                "lang": lang,
                "text": r.text,
                "labels": r.labels,
                "family": family,
                "origin": "hand",
            }
        )
    counts: dict[str, int] = {}
    for name, lang, draw in draws(rng):
        r = render_(draw, rng)
        n = counts.get(name, 0)
        counts[name] = n + 1
        docs.append(
            {
                "id": f"{prefix}-gen-{name}-{n}",
                "lang": lang,
                "text": r.text,
                "labels": r.labels,
                "family": f"gen-{name}",
                "origin": "generated",
            }
        )
    return docs


def build(seed: int = DEFAULT_SEED) -> list[dict[str, object]]:
    return build_set(seed, hand_bank(), ids11_layouts.draws, render, "h11")


def main(build_: Callable[[int], list[dict[str, object]]] = build, seed: int = DEFAULT_SEED, out: Path = OUT) -> None:
    """The command line of this set's builder (a later set passes its own build, seed and output)."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=seed)
    ap.add_argument("--out", type=Path, default=out)
    args = ap.parse_args()
    n = write_jsonl(build_(args.seed), args.out)
    print(f"{n} documents -> {args.out}")


if __name__ == "__main__":
    main()
