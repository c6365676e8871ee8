"""Session-17 rules, from hold-out v14's error classes, written with other texts and names than any evaluation set: a
report (the document) silences what a sentence tells, reporting (the verb) does not ("Nils reported that ... his
husband")."""

from __future__ import annotations

import pytest

from pii_scanner.classify.special_categories import load_special_categories


@pytest.fixture(scope="module")
def sc():  # type: ignore[no-untyped-def]
    return load_special_categories()


ROWS = [
    # --- "reported" (the verb) is no report: the hits after it count
    (
        "Staff member Oscar Flynn reported that a client laughed when he spoke of his husband at reception.",
        ["sexual_orientation"],
    ),
    ("Per Dahl rapporterede, at han har været sygemeldt med en diskusprolaps siden marts.", ["health"]),
    ("Jonas Ek rapporterade att han är sjukskriven för utbrändhet sedan i våras.", ["health"]),
    # a report (the document) still is one
    ("The report shows that staff with diabetes need more breaks during long shifts.", []),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_session17_rules(sc, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert sc.classify(text) == expected
