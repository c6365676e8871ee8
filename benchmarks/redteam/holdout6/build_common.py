"""Shared by the v6 builders: render the hand-written banks and the generated families into JSONL rows."""

from __future__ import annotations

import json
import random
from collections.abc import Callable, Iterable
from pathlib import Path

from benchmarks.redteam.holdout6.render import Doc, banks, render

OUT = Path(__file__).resolve().parents[2] / "data" / "redteam" / "holdout6"


def build_rows(
    prefix: str,
    seed: int,
    bank_texts: Iterable[str],
    families: dict[str, Callable[[random.Random], tuple[str, str]]],
    draws: int,
) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    n = 0
    for text in bank_texts:
        for family, lang, source in banks(text):
            n += 1
            doc_id = f"{prefix}-{n:03d}"
            rows.append(render(Doc(doc_id, lang, family), source, random.Random(f"{seed}:{doc_id}")).as_json())
    for family, fn in families.items():
        for k in range(draws):
            n += 1
            doc_id = f"{prefix}-{n:03d}"
            rng = random.Random(f"{seed}:{family}:{k}")
            lang, source = fn(rng)
            rows.append(render(Doc(doc_id, lang, family), source, rng).as_json())
    return rows


def write(rows: list[dict[str, object]], name: str, out: Path | None = None) -> Path:
    path = out or OUT / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path
