"""The shared hold-out checks reject the faults they exist for (a check that cannot fail checks nothing)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.redteam import holdout_checks as checks


def _doc(text: str, start: int, end: int, entity: str, family: str = "hand-a") -> checks.Doc:
    return {
        "id": text,
        "lang": "da",
        "family": family,
        "text": text,
        "labels": [{"start": start, "end": end, "entity": entity}],
    }


def test_a_number_failing_its_check_or_glued_to_a_word_is_refused() -> None:
    assert checks.identifier_is_valid("DK_CPR", "070761-4285")
    assert not checks.identifier_is_valid("DK_CPR", "320761-4285")
    assert checks.identifier_is_valid("SE_PERSONNUMMER", "811218-9876")
    assert not checks.identifier_is_valid("SE_PERSONNUMMER", "811218-9875")
    with pytest.raises(AssertionError):
        checks.check_identifier_labels([_doc("nr. X070761-4285", 5, 16, "DK_CPR")], least_unlabelled=0)
    with pytest.raises(AssertionError):
        checks.check_identifier_labels([_doc("nr. 070761-4285", 3, 15, "DK_CPR")], least_unlabelled=0)


def test_generated_layouts_drawn_too_often_and_leftover_markup_are_refused() -> None:
    docs = [_doc(f"tekst {i}", 0, 1, "PERSON", family="gen-table") for i in range(8)]
    with pytest.raises(AssertionError):
        checks.check_hand_written(docs, 1, hand_share=0.0, max_draws=7)
    checks.check_hand_written(docs[:7], 1, hand_share=0.0, max_draws=7)
    with pytest.raises(AssertionError):
        checks.check_hand_written([_doc("Fra: Bo ⟦x⟧", 0, 1, "PERSON")], 1)


def test_name_spans_with_a_title_or_cut_words_are_refused() -> None:
    ok = {
        "id": "a",
        "lang": "sv",
        "family": "hand-a",
        "text": "Hej Bo Ek.",
        "labels": [{"start": 4, "end": 9, "entity": "PERSON"}],
    }
    checks.check_name_spans([ok, _doc("Dr. Bo Ek", 4, 9, "PERSON")])
    with pytest.raises(AssertionError):
        checks.check_name_spans([ok, _doc("hr. Bo Ek", 0, 9, "PERSON")])
    with pytest.raises(AssertionError):
        checks.check_name_spans([ok, _doc("Bo Ekström", 0, 5, "PERSON")])
