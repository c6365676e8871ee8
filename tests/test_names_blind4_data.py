"""The own blind name batch 4 is exactly what its marked source builds, and its spans are names."""

from __future__ import annotations

import json
from pathlib import Path

from benchmarks.build_names_blind4 import HERE, documents


def test_committed_file_is_built_from_the_source() -> None:
    built = documents((HERE / "source.txt").read_text(encoding="utf-8"))
    committed = [json.loads(line) for line in (HERE / "names.jsonl").read_text(encoding="utf-8").splitlines()]
    assert built == committed
    assert len(committed) == 38 and sum(len(d["labels"]) for d in committed) == 144


def test_spans_hold_no_marks_and_no_blanks_at_their_ends() -> None:
    for doc in documents((HERE / "source.txt").read_text(encoding="utf-8")):
        text = str(doc["text"])
        assert "{{" not in text and "}}" not in text
        for label in doc["labels"]:  # type: ignore[attr-defined]
            value = text[label["start"] : label["end"]]
            assert value and value == value.strip() and label["entity"] == "PERSON"
    assert Path(HERE / "source.txt").is_file()
