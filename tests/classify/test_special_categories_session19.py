"""Session-19 rules (issue 13 part 2), from hold-out v16's error classes, each a mechanism probed both ways in Danish,
Swedish and English with sentences of our own (no sentence of any evaluation set).

An indirect question ("Hon frågade vad en genetisk utredning kostar", "spurgte, hvornår ...", "asks whether ...",
`suppressors.asked`) asks; its content is no statement about anybody, unless a pronoun or possessive of the person
stands inside the question ("spurgte, hvordan hun skal tage sin insulin") or the statement comes before it."""

from __future__ import annotations

import pytest

from pii_scanner.classify.special_categories import load_special_categories


@pytest.fixture(scope="module")
def sc():  # type: ignore[no-untyped-def]
    return load_special_categories()


ASKED = [
    # --- an indirect question about a thing in general: nothing (da, sv, nb, en)
    ("Kundenotat\nKunde: Bjarne Lauritsen\nHan spurgte, hvad en gentest koster.", []),
    ("Notat\nBorger: Hanne Kvist\nHun spørger, hvordan man melder sig ind i en fagforening.", []),
    ("Notat\nBorger: Hanne Kvist\nHun spurgte, hvornår moskeen holder åbent under ramadanen.", []),
    ("Anteckning\nKund: Ove Strand\nHan frågade vad ett DNA-test kostar hos er.", []),
    ("Anteckning\nKund: Britt Sjö\nHon undrar om försäkringen täcker en gentest.", []),
    ("Notat\nKunde: Arne Vik\nHan spurte hva en gentest koster.", []),
    ("Call note\nCustomer: Lisa Grant\nShe asked when the mosque opens during Ramadan.", []),
    ("Claim note\nInsured: Roger Banks\nHe asked whether the policy covers chemotherapy abroad.", []),
    # --- a pronoun or possessive of the person inside the question, or a statement before it: still told
    ("Kundenotat\nKunde: Bjarne Lauritsen\nHan spurgte, hvordan han skal tage sin insulin på rejsen.", ["health"]),
    ("Anteckning\nKund: Ove Strand\nHan frågade hur hans diabetes påverkar premien.", ["health"]),
    ("Claim note\nInsured: Roger Banks\nHe asked whether his chemotherapy abroad is covered.", ["health"]),
    ("Anteckning\nKund: Britt Sjö\nHon har diabetes och undrar om försäkringen täcker insulinpump.", ["health"]),
    ("Notat\nKunde: Bjarne Lauritsen\nHan er i kemoterapi og spørger, om rejsen er dækket.", ["health"]),
]


@pytest.mark.parametrize(("text", "expected"), ASKED)
def test_indirect_question_asks(sc, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert sc.classify(text) == expected
