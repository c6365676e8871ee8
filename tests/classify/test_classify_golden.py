"""Classification gives exactly what the frozen record says (tests/classify/classify_golden.py).

The record was made before the classifiers were made faster; any difference is a behaviour change.
After an INTENDED change, re-record: ``python -m tests.classify.classify_golden --record``.
"""

from __future__ import annotations

from typing import Any

import pytest

from pii_scanner.classify import term_kernel
from tests.classify.classify_golden import compare, load

ROWS = load()


def test_the_record_covers_every_output() -> None:
    expected = [r["expected"] for r in ROWS]
    assert len(ROWS) > 800
    assert sum(bool(e["categories"]) for e in expected) > 200
    assert sum(e["doc_type"] is not None for e in expected) > 50
    assert sum(bool(e["events"]) for e in expected) > 30
    assert sum(len(e["hits"]) for e in expected) > 10_000
    assert any(len(r["text"]) != len(r["text"].lower()) for r in ROWS)  # the length-changing lower() path


# Pure Python, and the compiled word pass of the term scan where it is installed (native/).
PATHS = ["off"] + (["auto"] if term_kernel.compiled() is not None else [])


@pytest.mark.parametrize("fast_path", PATHS)
@pytest.mark.parametrize("chunk", range(8))
def test_classification_matches_the_record(chunk: int, fast_path: str) -> None:
    diffs: list[tuple[int, str, Any, Any]] = []
    for n in range(chunk, len(ROWS), 8):
        got = compare(ROWS[n], fast_path)
        diffs += [(n, key, got[key], value) for key, value in ROWS[n]["expected"].items() if got[key] != value]
    assert not diffs, diffs[:3]
