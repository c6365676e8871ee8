"""The own blind name batches (4, 5) are exactly what their marked sources build, and their spans are names."""

from __future__ import annotations

import json

import pytest

from benchmarks.build_names_blind4 import DATA, documents

BATCHES = {"names_blind4": (38, 144), "names_blind5": (44, 194)}


@pytest.mark.parametrize("batch", sorted(BATCHES))
def test_committed_file_is_built_from_the_source(batch: str) -> None:
    here = DATA / batch
    built = documents((here / "source.txt").read_text(encoding="utf-8"))
    committed = [json.loads(line) for line in (here / "names.jsonl").read_text(encoding="utf-8").splitlines()]
    assert built == committed
    assert (len(committed), sum(len(d["labels"]) for d in committed)) == BATCHES[batch]


@pytest.mark.parametrize("batch", sorted(BATCHES))
def test_spans_hold_no_marks_and_no_blanks_at_their_ends(batch: str) -> None:
    for doc in documents((DATA / batch / "source.txt").read_text(encoding="utf-8")):
        text = str(doc["text"])
        assert "{{" not in text and "}}" not in text
        for label in doc["labels"]:  # type: ignore[attr-defined]
            value = text[label["start"] : label["end"]]
            assert value and value == value.strip() and label["entity"] == "PERSON"
