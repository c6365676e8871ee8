"""Hold-out v8 categories and names sets: reproducible, mostly hand-written, few draws per layout, sane labels."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from benchmarks.redteam.holdout8 import build_categories, build_names

DATA = Path(__file__).resolve().parent.parent / "benchmarks" / "data" / "redteam" / "holdout8"
CATEGORIES = {
    "health",
    "genetic",
    "biometric",
    "trade_union",
    "religion",
    "ethnic_origin",
    "sexual_orientation",
    "political_opinion",
    "criminal_records",
}


def _lines(records: list[dict[str, object]]) -> list[str]:
    return [json.dumps(r, ensure_ascii=False) + "\n" for r in records]


@pytest.mark.parametrize(("module", "name"), [(build_categories, "categories"), (build_names, "names")])
def test_committed_file_is_reproduced_byte_for_byte(module: object, name: str) -> None:
    committed = (DATA / f"{name}.jsonl").read_text(encoding="utf-8")
    assert "".join(_lines(module.build())) == committed  # type: ignore[attr-defined]


@pytest.mark.parametrize(("module", "minimum"), [(build_categories, 380), (build_names, 280)])
def test_size_hand_share_and_draws(module: object, minimum: int) -> None:
    records = module.build()  # type: ignore[attr-defined]
    assert len(records) >= minimum
    hand = sum(r["origin"] == "hand" for r in records)
    assert hand / len(records) >= 0.60
    draws = Counter(r["family"] for r in records if r["origin"] == "generated")
    assert draws and max(draws.values()) <= 7
    assert len({r["id"] for r in records}) == len(records)
    assert {r["lang"] for r in records} >= {"da", "sv"}


def test_category_labels_are_sane() -> None:
    records = build_categories.build()
    negatives = 0
    for r in records:
        text = str(r["text"])
        labels = r["labels"]
        negatives += not labels
        for lab in labels:  # type: ignore[attr-defined]
            assert lab["entity"] in CATEGORIES, r["id"]
            span = text[lab["start"] : lab["end"]]
            assert span.strip() == span and len(span) >= 4, r["id"]
    # about half the documents reveal nothing about any person
    assert 0.45 <= negatives / len(records) <= 0.6
    per_cat = Counter(lab["entity"] for r in records for lab in r["labels"])  # type: ignore[attr-defined]
    assert set(per_cat) == CATEGORIES


def test_name_labels_are_sane() -> None:
    records = build_names.build()
    genres = Counter(r["genre"] for r in records)
    assert 0.3 <= genres["news"] / len(records) <= 0.5
    for r in records:
        text = str(r["text"])
        spans = sorted((lab["start"], lab["end"]) for lab in r["labels"])  # type: ignore[attr-defined]
        for k, (s, e) in enumerate(spans):
            assert k + 1 == len(spans) or e <= spans[k + 1][0], r["id"]  # no overlapping spans
            span = text[s:e]
            assert span.strip() == span and span, r["id"]
            assert "@" not in span and "<" not in span, r["id"]
            # a span never starts or ends inside a word
            assert s == 0 or not text[s - 1].isalnum(), (r["id"], span)
            assert e == len(text) or not text[e].isalnum(), (r["id"], span)
        assert all(lab["entity"] == "PERSON" for lab in r["labels"])  # type: ignore[attr-defined]


def test_a_changed_label_is_caught() -> None:
    records = build_names.build()
    first = next(r for r in records if r["labels"])
    first["labels"][0]["end"] += 1  # type: ignore[index]
    committed = (DATA / "names.jsonl").read_text(encoding="utf-8")
    assert "".join(_lines(records)) != committed
