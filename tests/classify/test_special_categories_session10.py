"""Session-10 rules, general and tested with other words and names than the set that showed the class (hold-out v8):
a named person's spouse or partner of the same gender, the holder's gender from their given name and the partner's
from the spouse word or the given name after it; a woman's husband or a man's wife reveals nothing."""

from __future__ import annotations

import pytest

from pii_scanner.classify.special_categories import load_special_categories


@pytest.fixture(scope="module")
def classify():  # type: ignore[no-untyped-def]
    sc = load_special_categories()
    return lambda text: sc.classify(text)


@pytest.mark.parametrize(
    "text",
    [
        # a spouse of the other gender, by the spouse word or the partner's name
        "Husk tilmelding til julefrokosten. Karen Westergaards mand, Poul, kommer også.",
        "Jens Kjærs kone, Birthe, hjælper med boden på loppemarkedet.",
        "Påminnelse: Eva Lindgrens man, Stefan, hämtar nycklarna på fredag.",
        "Ärende: Olof Svenssons sambo Maria har ringt om fakturan.",
        "Villy Holsts kæreste Grethe er med på busturen.",
        # no gender for the holder (a firm, a word): nothing to compare
        "Novo Nordisks partner, Anders, står for leverancen.",
    ],
)
def test_other_gender_spouse_reveals_nothing(classify, text: str) -> None:  # type: ignore[no-untyped-def]
    assert classify(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Husk tilmelding til julefrokosten. Henrik Westergaards mand, Poul, kommer også.",
        "Birthe Kjærs kone, Lone, hjælper med boden på loppemarkedet.",
        "Påminnelse: Stefan Lindgrens man, Olof, hämtar nycklarna på fredag.",
        "Ärende: Maria Svenssons sambo Karin har ringt om fakturan.",
        "Villy Holsts kæreste Preben er med på busturen.",
        "Anders' kæreste, Jakob, kommer til sommerfesten.",
    ],
)
def test_same_gender_spouse_of_a_named_person(classify, text: str) -> None:  # type: ignore[no-untyped-def]
    assert classify(text) == ["sexual_orientation"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a partner's gender given by an adjective
        ("Blodbanken: Donoren Poul Dahl oplyser, at han har en mandlig partner og må vente med at give blod.", 1),
        ("Journal: Patienten Karin Ek uppger att hon har en kvinnlig partner sedan i våras.", 1),
        ("Blodbanken: Donoren Poul Dahl oplyser, at han har en kvindelig partner og må vente med at give blod.", 0),
        ("Journal: Patienten Karin Ek uppger att hon har en manlig partner sedan i våras.", 0),
        # two parents of one gender named after the definite "the parents"
        ("Sundhedsplejerske: Forældrene Mikkel og Rasmus Holt kom med sønnen Otto til 5-måneders besøg.", 1),
        ("Skolsköterskan: Föräldrarna Sara och Emma Berg hämtade Nils efter vaccinationen.", 1),
        ("Sundhedsplejerske: Forældrene Mikkel og Sofie Holt kom med sønnen Otto til 5-måneders besøg.", 0),
        ("Skolsköterskan: Föräldrarna Sara och Erik Berg hämtade Nils efter vaccinationen.", 0),
    ],
)
def test_partner_adjective_and_parents(classify, text: str, expected: int) -> None:  # type: ignore[no-untyped-def]
    assert classify(text) == ["sexual_orientation"] * expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Ash Wednesday kept by the writer or a named person is a religious observance
        ("[09:10] Lise M: kommer senere, det er askeonsdag og jeg skal i kirke først", ["religion"]),
        ("Ingrid Sjöberg tar ledigt på förmiddagen, det är askonsdag.", ["religion"]),
        # the day in a calendar or a canteen notice is nobody's faith
        ("Kantinen: på askeonsdag serverer vi fastelavnsboller.", []),
        ("Påminnelse: askonsdag den 5 mars, kontoret stänger kl 16.", []),
    ],
)
def test_ash_wednesday(classify, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert classify(text) == expected
