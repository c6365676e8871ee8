"""Golden table: session 10's name rules for news text - given names from everywhere, roles glued to a name at a
sentence start, a monarch's number, a nickname after "kaldet"/"kallad". Written with other names and words than
the evaluation sets."""

from __future__ import annotations

import pytest

from pii_scanner.detect.ner.fallback import FallbackNameFinder
from tests.detect.ner.golden_names import names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # given names of Spanish, Dutch, Polish, Portuguese, Yoruba... origin before a surname no list holds
        ("Målet blev scoret af Rodrigo Etxeberria i anden halvleg.", ["Rodrigo Etxeberria"]),
        ("I finalen tabte Joep Hoogendijk til en tysker.", ["Joep Hoogendijk"]),
        ("Sedan kom Agnieszka Wróblewska in i rummet.", ["Agnieszka Wróblewska"]),
        ("Bogen er oversat af Adebayo Ogunleye.", ["Adebayo Ogunleye"]),
        ("Det er dyrt. Økonomen Inés Quintero tror ikke på det.", ["Inés Quintero"]),
        # a role glued to the name at a sentence start stays outside it, also in its plural definite form
        ("Det er dyrt. Analytikeren Ilse Brodersen tror ikke på det.", ["Ilse Brodersen"]),
        ("Det er dyrt. Fællestillidsmand Ove Skaarup er vred.", ["Ove Skaarup"]),
        ("Det var en god dag. Iværksætterne Signe Holt og Emil Brask fik prisen.", ["Signe Holt", "Emil Brask"]),
        ("Det er sent. Regionrådet Lena Fors (S) säger nej.", ["Lena Fors"]),
        # a monarch's number is part of the name; a lone English "I" after a given name is not
        ("Kung Gustaf VI Adolf dog 1973.", ["Gustaf VI Adolf"]),
        ("Dronning Margrethe II holdt nytårstale, og kong Frederik X lyttede.", ["Margrethe II", "Frederik X"]),
        ("Kære Lotte\nI morgen kommer vi.", ["Lotte"]),
        # a nickname introduced after the name
        ("Fiskeren Bent Thorup, kaldet Tulle, har solgt båden.", ["Bent Thorup", "Tulle"]),
        ("Vår kollega Eva Sund, kallad Sussi, slutar i vår.", ["Eva Sund", "Sussi"]),
        # words that are also names in other languages stay words; a court named "Svea" is no person
        ("Mødet var kort. Antal deltagere var 40.", []),
        ("Mötet var kort. Valda blev tre nya ledamöter.", []),
        ("Domen från Svea hovrätt kom i går.", []),
        # a college named after a town, a party named like a person
        ("Hun blev uddannet fra Jelling Statsseminarium i 1961. Hun var lærer i 30 år.", []),
        ("Han sad i byrådet for Det Radikale Venstre fra 1990. Han var glad.", []),
        ("Hun var formand for Den Blå Kredsløbsforening. Hun fik prisen.", []),
        ("Vi har ansat Zoltana Rimsztova. Hun starter i morgen.", ["Zoltana Rimsztova"]),
    ],
)
def test_session10_rules(finder: FallbackNameFinder, text: str, expected: list[str]) -> None:
    assert names(finder, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a staff list "SURNAME, FIRST - TOWN": the dash and the town after the item end it
        (
            "MEDARBEJDERE\nHOUGAARD, METTE - VIBORG\nLAURIDSEN, PREBEN - VIBORG\n",
            ["HOUGAARD, METTE", "LAURIDSEN, PREBEN"],
        ),
        # in such a roster a first name that is also a word ("RAVN", "DAG", "LYKKE") or an unlisted surname is taken
        (
            "ANSATTE\nHOUGAARD, METTE - VIBORG\nRØNNOW, LYKKE - VIBORG\nLAURIDSEN, PREBEN - VIBORG\n",
            ["HOUGAARD, METTE", "RØNNOW, LYKKE", "LAURIDSEN, PREBEN"],
        ),
        (
            "ANSATTE\n1. MUNK, RAVN\n2. LAURIDSEN, PREBEN\n3. HOUGAARD, METTE\n",
            ["MUNK, RAVN", "LAURIDSEN, PREBEN", "HOUGAARD, METTE"],
        ),
        (
            "PERSONAL\nLUNDQVIST, ANNIKA - MORA\nHOLM, DAG - MORA\nWESTIN, GÖRAN - MORA\n",
            ["LUNDQVIST, ANNIKA", "HOLM, DAG", "WESTIN, GÖRAN"],
        ),
    ],
)
def test_caps_roster(finder: FallbackNameFinder, text: str, expected: list[str]) -> None:
    assert names(finder, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # alone, a word after a comma is no first name, nor in a sentence
        "RØNNOW, LYKKE - VIBORG\n",
        "OBS, DAG - VIBORG\nHOUGAARD, METTE - VIBORG\nLAURIDSEN, PREBEN - VIBORG\n",
        "Vi siger HOLM, DAG og nat.\nHOUGAARD, METTE\nLAURIDSEN, PREBEN\n",
    ],
)
def test_caps_roster_not_names(finder: FallbackNameFinder, text: str) -> None:
    got = names(finder, text)
    assert "RØNNOW, LYKKE" not in got and "OBS, DAG" not in got and "HOLM, DAG" not in got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Per" before a channel, a date or a unit is the preposition, even where a Per was greeted
        (
            "Kære Per. Per e-mail sender jeg kontrakten. Per 3. maj stiger lejen. Hilsen Tove Lykke",
            ["Per", "Tove Lykke"],
        ),
        ("Hej Per! Per sms fick jag beskedet. Per den 2 juni flyttar vi. /Nora Berg", ["Per", "Nora Berg"]),
        # before a verb it stays the name
        ("Kære Per. Per kommer i morgen, siger Tove Lykke.", ["Per", "Per", "Tove Lykke"]),
    ],
)
def test_per_preposition(finder: FallbackNameFinder, text: str, expected: list[str]) -> None:
    assert names(finder, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a park, a grant, a beach named after a person: a genitive inside the span, a word after it
        ("Koncerten holdes i Viggo Hørups Have i år. Arrangør er Lise Brink.", ["Lise Brink"]),
        ("Hun fik Anna Ancher Krøyers Rejselegat i fjor.", []),
        ("Vi badade vid Sven Hedins Udde. Sedan kom Nora Berg.", ["Nora Berg"]),
        # a first name or surname in -s inside a name is no genitive
        ("Mødet ledes af Jens Mogens Bruus og Anne Mads Hansen.", ["Jens Mogens Bruus", "Anne Mads Hansen"]),
    ],
)
def test_named_after_a_person(finder: FallbackNameFinder, text: str, expected: list[str]) -> None:
    assert names(finder, text) == expected
