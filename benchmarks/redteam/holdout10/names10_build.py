"""Build the v10 names hold-out: ``python -m benchmarks.redteam.holdout10.names10_build``.

Writes benchmarks/data/redteam/holdout10/names.jsonl. Hand-written documents come from ``names10_hand_da.py`` and
``names10_hand_sv.py`` (``=== family lang`` starts a document; ``⟦...⟧`` marks a PERSON span, see
``cats10_markup.py``), generated ones from ``names10_gen.py``. Every document carries ``genre``: ``news``,
``business`` (mail, minutes, contracts, invoices, lists) or ``mixed`` (forms, tables, chat, CSV, OCR'd text).
Rerunning with the default seed reproduces the committed file byte for byte.

Labelling rule: the v4-v8 rule of benchmarks/data/redteam/README.md (every mention of a natural person by name
is one PERSON span; genitive -s inside, apostrophe genitive outside; titles and roles outside; handles,
initials alone, e-mail addresses, firms, streets, places, rooms, ships, products and institutions named after
people not PERSON) plus the v9 and v10 additions written there before the first and only scoring.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

from benchmarks.redteam.bank import split_bank, write_jsonl
from benchmarks.redteam.holdout10 import names10_gen, names10_hand_da, names10_hand_sv
from benchmarks.redteam.holdout10.cats10_markup import render

DEFAULT_SEED = 10919
OUT = Path(__file__).resolve().parents[2] / "data" / "redteam" / "holdout10" / "names.jsonl"
GENRE = {"hand-news": "news", "hand-biz": "business", "hand-mixed": "mixed"}


def hand_docs() -> list[dict[str, object]]:
    docs: list[dict[str, object]] = []
    for bank in (names10_hand_da.BANK, names10_hand_sv.BANK):
        for family, lang, markup in split_bank(bank):
            text, labels = render(markup)
            docs.append({"lang": lang, "text": text, "labels": labels, "family": family, "genre": GENRE[family]})
    return docs


def build(seed: int = DEFAULT_SEED) -> list[dict[str, object]]:
    rng = random.Random(seed)
    docs = hand_docs() + names10_gen.generate(rng)
    return [{"id": f"n10-{i:04d}", **doc} for i, doc in enumerate(docs, 1)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    n = write_jsonl(build(args.seed), args.out)
    print(f"{n} documents -> {args.out}")


if __name__ == "__main__":
    main()
