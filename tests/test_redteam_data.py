"""The red-team evaluation sets are well-formed: spans inside the text, every labelled identifier valid."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.redteam import ids  # noqa: E402

DATA = ROOT / "benchmarks" / "data" / "redteam"


def _load(name: str) -> list[dict[str, object]]:
    path = DATA / f"{name}.jsonl"
    if not path.exists():
        pytest.skip(f"{name}.jsonl not built")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_identifier_labels_are_valid_numbers() -> None:
    docs = _load("identifiers")
    assert len(docs) >= 500
    assert len({d["id"] for d in docs}) == len(docs)
    seen: set[str] = set()
    for doc in docs:
        text = str(doc["text"])
        for lab in doc["labels"]:  # type: ignore[attr-defined]
            span = text[lab["start"] : lab["end"]]
            digits = re.sub(r"[^0-9A-Z]", "", span)
            entity = lab["entity"]
            seen.add(entity)
            assert span == span.strip() and span, (doc["id"], span)
            if entity == "DK_CPR":
                assert ids.cpr_birth_date(digits) is not None, (doc["id"], span)
            elif entity == "SE_PERSONNUMMER":
                candidates = [digits] if len(digits) == 12 else [c + digits for c in ("18", "19", "20")]
                assert any(ids.personnummer_ok(c) for c in candidates), (doc["id"], span)
            elif entity == "FI_PERSONAL_IDENTITY_CODE":
                assert ids.hetu_ok(span), (doc["id"], span)
            elif entity == "NO_FODSELSNUMMER":
                assert ids.fodselsnummer_ok(digits), (doc["id"], span)
            else:
                raise AssertionError(entity)
            # a labelled number stands alone: no digit glued to either side
            assert (
                not text[lab["start"] - 1 : lab["start"]].isdigit() and not text[lab["end"] : lab["end"] + 1].isdigit()
            )
    assert seen == {"DK_CPR", "SE_PERSONNUMMER", "FI_PERSONAL_IDENTITY_CODE", "NO_FODSELSNUMMER"}


def test_generators_follow_the_official_rules() -> None:
    import random

    rng = random.Random(1)
    for _ in range(200):
        cpr = ids.make_cpr(rng)
        assert ids.cpr_birth_date(cpr) is not None and ids.cpr_is_mod11(cpr)
        assert ids.personnummer_ok(ids.make_personnummer(rng, coordination=rng.random() < 0.3))
        assert ids.hetu_ok(ids.make_hetu(rng))
        assert ids.fodselsnummer_ok(ids.make_fodselsnummer(rng))
    # known public examples
    assert ids.hetu_ok("131052-308T")
    assert ids.luhn_ok("8112189876")
    assert ids.cpr_birth_date("0101004000") is not None  # seventh digit 4, year 00 -> 2000
    assert ids.cpr_birth_date("3102901234") is None  # no 31 February


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


def test_category_set_is_balanced_and_labelled_with_known_categories() -> None:
    docs = _load("categories")
    assert len(docs) >= 300
    negatives = [d for d in docs if not d["labels"]]
    assert 0.4 <= len(negatives) / len(docs) <= 0.6
    assert {d["lang"] for d in docs} == {"da", "sv"}
    seen: set[str] = set()
    for doc in docs:
        text = str(doc["text"])
        for lab in doc["labels"]:  # type: ignore[attr-defined]
            assert lab["entity"] in CATEGORIES
            seen.add(lab["entity"])
            sentence = text[lab["start"] : lab["end"]]
            assert sentence.strip() == sentence and len(sentence) > 10, (doc["id"], sentence)
    assert seen == CATEGORIES
