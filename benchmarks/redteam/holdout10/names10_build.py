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

import random
from collections.abc import Callable, Sequence
from pathlib import Path

from benchmarks.redteam.bank import split_bank
from benchmarks.redteam.holdout10 import cats10_build, names10_gen, names10_hand_da, names10_hand_sv
from benchmarks.redteam.holdout10.cats10_markup import render

DEFAULT_SEED = 10919
OUT = Path(__file__).resolve().parents[2] / "data" / "redteam" / "holdout10" / "names.jsonl"
GENRE = {"hand-news": "news", "hand-biz": "business", "hand-mixed": "mixed"}


BANKS = (names10_hand_da.BANK, names10_hand_sv.BANK)


def hand_docs(banks: Sequence[str] = BANKS) -> list[dict[str, object]]:
    docs: list[dict[str, object]] = []
    for bank in banks:
        for family, lang, markup in split_bank(bank):
            text, labels = render(markup)
            docs.append({"lang": lang, "text": text, "labels": labels, "family": family, "genre": GENRE[family]})
    return docs


def build(
    seed: int = DEFAULT_SEED,
    *,
    banks: Sequence[str] = BANKS,
    generate: Callable[[random.Random], list[dict[str, object]]] = names10_gen.generate,
    prefix: str = "n10",
) -> list[dict[str, object]]:
    rng = random.Random(seed)
    docs = hand_docs(banks) + generate(rng)
    return [{"id": f"{prefix}-{i:04d}", **doc} for i, doc in enumerate(docs, 1)]


def main() -> None:
    cats10_build.main(__doc__, DEFAULT_SEED, OUT, build)


if __name__ == "__main__":
    main()
