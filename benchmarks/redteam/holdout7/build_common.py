"""Shared by the v7 builders: reading the hand-written banks, rendering, writing JSONL."""

from __future__ import annotations

import argparse
import importlib
import json
import random
from collections.abc import Callable, Iterable
from pathlib import Path

from benchmarks.redteam.bank import split_bank
from benchmarks.redteam.holdout7.render import Doc, render

ROOT = Path(__file__).resolve().parents[3]
DATA = ROOT / "benchmarks" / "data" / "redteam" / "holdout7"

# a generated layout: rng -> (lang, markup)
Layout = Callable[[random.Random], tuple[str, str]]


def bank(module: str) -> list[tuple[str, str, str]]:
    """Hand-written documents of one bank module: ``(family, lang, markup)``; a line ``=== family lang`` starts
    each document (written once), trailing blank lines are dropped."""
    return split_bank(importlib.import_module(f"benchmarks.redteam.holdout7.{module}").TEXT)


def build_set(
    prefix: str,
    seed: int,
    banks: Iterable[str],
    layouts: Iterable[tuple[str, Layout, int]],
    label_numbers: bool,
) -> list[dict[str, object]]:
    rng = random.Random(seed)
    out: list[dict[str, object]] = []
    n = 0
    for module in banks:
        for family, lang, markup in bank(module):
            n += 1
            doc = render(Doc(f"{prefix}-{n:04d}", lang, f"hand-{family}"), markup, rng, label_numbers)
            out.append(doc.as_json())
    for name, layout, draws in layouts:
        for _ in range(draws):
            n += 1
            lang, markup = layout(rng)
            doc = render(Doc(f"{prefix}-{n:04d}", lang, f"gen-{name}"), markup, rng, label_numbers)
            out.append(doc.as_json())
    return out


def write(docs: list[dict[str, object]], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        for doc in docs:
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")


def cli(
    doc: str | None, build: Callable[[int], list[dict[str, object]]], seed: int, out: Path, argv: list[str] | None
) -> int:
    """The command line every builder shares: ``[--seed N] [--out FILE]``."""
    ap = argparse.ArgumentParser(description=doc)
    ap.add_argument("--seed", type=int, default=seed)
    ap.add_argument("--out", type=Path, default=out)
    args = ap.parse_args(argv)
    docs = build(args.seed)
    write(docs, args.out)
    print(f"{len(docs)} documents -> {args.out}")
    return 0
