"""Build the v10 categories hold-out: ``python -m benchmarks.redteam.holdout10.cats10_build``.

Writes benchmarks/data/redteam/holdout10/categories.jsonl. Hand-written documents come from the banks
``cats10_hand_da.py`` and ``cats10_hand_sv.py`` (``=== family lang`` starts a document, markup in
``cats10_markup.py``; a ``{{A||B}}`` minimal pair gives two documents); generated ones from ``cats10_gen.py``.
Rerunning with the default seed reproduces the committed file byte for byte.

Labelling rules: those of the earlier sets (benchmarks/data/redteam/README.md, v4-v8 rules 1-40), the v9
additions and the v10 additions written in that README before the first and only scoring.
"""

from __future__ import annotations

import argparse
import random
from collections.abc import Callable, Sequence
from pathlib import Path

from benchmarks.redteam.bank import split_bank, write_jsonl
from benchmarks.redteam.holdout10 import cats10_gen, cats10_hand_da, cats10_hand_sv
from benchmarks.redteam.holdout10.cats10_markup import render, variants

DEFAULT_SEED = 10909
OUT = Path(__file__).resolve().parents[2] / "data" / "redteam" / "holdout10" / "categories.jsonl"


Generate = Callable[[random.Random], list[dict[str, object]]]
BANKS = (cats10_hand_da.BANK, cats10_hand_sv.BANK)


def hand_docs(banks: Sequence[str] = BANKS) -> list[dict[str, object]]:
    docs: list[dict[str, object]] = []
    pair = 0
    for bank in banks:
        for family, lang, markup in split_bank(bank):
            versions = variants(markup)
            if len(versions) > 1:
                pair += 1
            for v, version in enumerate(versions):
                text, labels = render(version)
                doc: dict[str, object] = {"lang": lang, "text": text, "labels": labels, "family": family}
                if len(versions) > 1:
                    doc["pair"] = f"p{pair:03d}{'ab'[v]}"
                docs.append(doc)
    return docs


def build(
    seed: int = DEFAULT_SEED,
    *,
    banks: Sequence[str] = BANKS,
    generate: Generate = cats10_gen.generate,
    prefix: str = "c10",
) -> list[dict[str, object]]:
    rng = random.Random(seed)
    docs = hand_docs(banks) + generate(rng)
    return [{"id": f"{prefix}-{i:04d}", **doc} for i, doc in enumerate(docs, 1)]


def main(
    description: str | None = __doc__,
    seed: int = DEFAULT_SEED,
    out: Path = OUT,
    build: Callable[[int], list[dict[str, object]]] = build,
) -> None:
    """The command line of a set's builder (``--seed``, ``--out``)."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--seed", type=int, default=seed)
    ap.add_argument("--out", type=Path, default=out)
    args = ap.parse_args()
    n = write_jsonl(build(args.seed), args.out)
    print(f"{n} documents -> {args.out}")


if __name__ == "__main__":
    main()
