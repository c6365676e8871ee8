"""Session-16 rules, from hold-out v13's error classes, written with other texts and names than any evaluation set:
a note line that opens with its verb under a name ("Fratræder efter ...", "Synger i kirkekoret ...") is about that
person (the verbs of HR notes and yearbook lines; "i" after the verb is the preposition, the pronoun is "I")."""

from __future__ import annotations

import pytest

from pii_scanner.classify.special_categories import load_special_categories


@pytest.fixture(scope="module")
def sc():  # type: ignore[no-untyped-def]
    return load_special_categories()


ROWS = [
    # --- a note line opening with its verb, under a name line: about the person named
    (
        "Udtræden – notat\nAnsat: Mikkel Rasmussen\nOphør: 30. april\n"
        "Fratræder efter et langt og hårdt forløb med depression, der gør kundekontakt umulig.",
        ["health"],
    ),
    (
        "Avgångssamtal\nAnställd: Petra Lindqvist\nSista dag: 2 maj\n"
        "Slutar efter lång sjukskrivning för utmattningssyndrom, som gör kundarbete på kontoret omöjligt.",
        ["health"],
    ),
    (
        "Årets studenter\nJohanne Kirk, 3.b\n"
        "Synger i kirkekoret og går i Pinsekirken hver eneste søndag med familien.\nHeld og lykke!",
        ["religion"],
    ),
    (
        "Avgångsklassen\nMalin Örn, NA3\nGår i katolska kyrkan varje söndag och har varit korgosse i sex år.\n"
        "Lycka till!",
        ["religion"],
    ),
    # the same lines with a subject of their own, or about nothing special
    (
        "Udtræden – notat\nAnsat: Mikkel Rasmussen\nOphør: 30. april\n"
        "Fratræder for at starte eget firma med en tidligere kollega fra lageret.",
        [],
    ),
    (
        "Årets studenter\nJohanne Kirk, 3.b\n"
        "Spiller håndbold og går i byen hver fredag med hele holdet fra klassen.\nHeld og lykke!",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_session16_rules(sc, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert sc.classify(text) == expected
