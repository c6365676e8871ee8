"""Build the v9 identifier hold-out: hand-written documents (most) and a few generated layouts.

    python -m benchmarks.redteam.holdout9.build_identifiers            # writes the committed file
    python -m benchmarks.redteam.holdout9.build_identifiers --seed 7 --out /tmp/v9.jsonl   # a fresh draw

Labelling rules (fixed before any run; the set is scored once by the coordinator):

1. DK_CPR, SE_PERSONNUMMER (samordningsnummer included), FI_PERSONAL_IDENTITY_CODE, NO_FODSELSNUMMER; the span
   is the number exactly as written, with its dash, space, en dash, dots or line break, and nothing around it.
2. A number is labelled when a careful human reading the text would call it that person's identifier: a valid
   date and century (CPR office table), Luhn for personnummer (samordningsnummer: day + 60), the check
   character for HETU, both check digits for fødselsnummer. A CPR without modulus 11 is labelled (issued
   since 2007; mostly births since October 2007 and 1 January dates).
3. Not labelled: masked or partial numbers, numbers the text says are wrong and which fail their check,
   impossible dates, and every other registry or business number (CVR, P-nr, SE-nr, org.nr, bankgiro,
   plusgiro, OCR references, account numbers, EAN, tracking, phone numbers, case, order, member, customer
   and employee numbers) even when it reads as a valid date with a valid check digit - its own label or
   column header tells it apart.
4. A number glued to a letter after it ("kr", "pnr") is still labelled; nothing is glued before a label.
"""

from __future__ import annotations

import argparse
import importlib
import random
from pathlib import Path

from benchmarks.redteam.bank import split_bank, write_jsonl
from benchmarks.redteam.holdout9 import layouts
from benchmarks.redteam.holdout9.slots import render

DEFAULT_SEED = 9009
OUT = Path(__file__).resolve().parents[2] / "data" / "redteam" / "holdout9" / "identifiers.jsonl"
HAND_MODULES = (
    "hand_mail",
    "hand_case",
    "hand_school",
    "hand_sheet",
    "hand_ocr",
    "hand_english",
    "hand_nofi",
    "hand_chat",
    "hand_tech",
    "hand_invoice",
    "hand_edge",
    "hand_more",
    "hand_misc",
)


def hand_bank() -> list[tuple[str, str, str]]:
    """Every hand-written document as ``(family, lang, source)``, module by module."""
    docs: list[tuple[str, str, str]] = []
    for name in HAND_MODULES:
        try:
            module = importlib.import_module(f"benchmarks.redteam.holdout9.{name}")
        except ModuleNotFoundError:
            continue
        docs.extend(split_bank(module.BANK))
    return docs


def build(seed: int = DEFAULT_SEED) -> list[dict[str, object]]:
    records: list[dict[str, object]] = []
    for i, (family, lang, source) in enumerate(hand_bank(), 1):
        doc = render(lang, source, random.Random(f"{seed}:hand:{i}"))
        assert "[[" not in doc.text and "{{" not in doc.text, (family, i)
        records.append(doc.record(f"v9h-{i:04d}", family=family, origin="hand"))
    for name, layout in layouts.LAYOUTS.items():
        for k in range(layouts.DRAWS):
            doc = layout(random.Random(f"{seed}:{name}:{k}"))
            records.append(doc.record(f"v9g-{name}-{k + 1}", family=f"gen-{name}", origin="generated"))
    return records


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    n = write_jsonl(build(args.seed), args.out)
    print(f"{n} documents -> {args.out}")


if __name__ == "__main__":
    main()
