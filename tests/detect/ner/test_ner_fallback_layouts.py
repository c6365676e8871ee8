"""Golden table: layouts and positions of session 8 - "SURNAME, FIRST" items in capitals (registers, crew
lists, leader boards), speaker labels in capitals (transcripts, subtitles), column gaps that end a name, words
before a full name that are no part of it (trades, roles, party genitives, imperatives) and towns in the
place column of a list row. Written with other names and words than the evaluation sets."""

from __future__ import annotations

import pytest

from pii_scanner.detect.ner.fallback import FallbackNameFinder
from tests.detect.ner.golden_names import names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "SURNAME, FIRST" in capitals after a field label, in a column, in a list of two, on a leader board
        ("LØNSEDDEL OKTOBER\nANSAT: KROGSGAARD, BIRTHE\nAFDELING: PAKKERI", ["KROGSGAARD, BIRTHE"]),
        (
            "VAGTPLAN DEPOT SYD\nLINJE  FØRER              START\n4A     NYGAARD, PALLE      06:10\n"
            "4A     OSMAN, LEYLA        14:00\nReserve: DAHLGREN, ERIK",
            ["NYGAARD, PALLE", "OSMAN, LEYLA", "DAHLGREN, ERIK"],
        ),
        ("Kabinbesättning VIKSTRÖM, HELENA, KORHONEN, MIKKO", ["VIKSTRÖM, HELENA", "KORHONEN, MIKKO"]),
        ("Resultat: 1. BÅGENHOLM, Filippa -7, 2. LUNDIN, Alva -5", ["BÅGENHOLM, Filippa", "LUNDIN, Alva"]),
        ("ANSTÄLLD: ÅKERMAN, ANNA-LENA\nTIMMAR: 160", ["ÅKERMAN, ANNA-LENA"]),
        # speaker labels in capitals: two lines, or one beside a role label
        (
            "INTERVIEWER: Hvornår startede du?\nVIBEKE: I 2011, på lageret.\n"
            "INTERVIEWER: Og nu?\nVIBEKE: Nu kører jeg.",
            ["VIBEKE", "VIBEKE"],
        ),
        ("VÄRD: Välkommen hit.\nJOSEFIN: Tack, kul att vara här.", ["JOSEFIN"]),
        # a column gap ends a name
        ("13:30  Henrik Sommerlund       Tandrens\n14:00  Bodil Kjærsgaard   Kontrol", None),
        # a trade, a role compound, a party genitive or an imperative before a full name is not part of it
        ("Smedjen lukker. Smed Torben Vestergaard går på pension.", ["Torben Vestergaard"]),
        ("Landskabsarkitekt Karina Hvidberg har tegnet parken.", ["Karina Hvidberg"]),
        ("Konservatives Jesper Nørgaard fik flest stemmer.", ["Jesper Nørgaard"]),
        ("Träffa Gunilla Strömqvist på mässan.", ["Gunilla Strömqvist"]),
        ("Vedr. dødsbo. Arvingen Lisbeth Munk har underskrevet.", ["Lisbeth Munk"]),
        ("Liberalernas Karin Holmgren blev tvåa.", ["Karin Holmgren"]),
        # an unknown first name before a known middle name stays in the name, also one ending in "-s" or a long one
        ("Jovanka Sonja Kaya kommer i morgen.", ["Jovanka Sonja Kaya"]),
        ("I går døde Zeferinus Karen Lund.", ["Zeferinus Karen Lund"]),
        ("Resultat: 1. Ermengilda Anna Holm", ["Ermengilda Anna Holm"]),
        # a town in the place column of a list row is no person
        ("Kandidater\n1. Tove Lauridsen, sygeplejerske, Holstebro\n2. Egon Friis, murer, Viborg", None),
    ],
)
def test_layouts(finder: FallbackNameFinder, text: str, expected: list[str] | None) -> None:
    if expected is None:
        expected = {
            "13:30": ["Henrik Sommerlund", "Bodil Kjærsgaard"],
            "Kandi": ["Tove Lauridsen", "Egon Friis"],
        }[text[:5]]
    assert names(finder, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "ODENSE, MAJ 2026\nReferat",  # a town and a month, no person
        "VEJLE, JENS",  # a town is no surname
        "MORTEN: Vi ses i morgen.",  # one speaker line alone, no transcript around it
        "LØNSEDDEL HOLM, METTE",  # a heading word before the surname: not taken whole
        "Navn                    Nat  Betalt",  # a header row
    ],
)
def test_not_names(finder: FallbackNameFinder, text: str) -> None:
    got = names(finder, text)
    assert "MORTEN" not in got and "VEJLE, JENS" not in got and "ODENSE, MAJ" not in got
    assert not any("  " in v for v in got)
    assert "LØNSEDDEL HOLM, METTE" not in got and "Nat" not in got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # lone surnames of players in a match report (a score in the text)
        (
            "Viby - Hammel 3-2\nMål: Jonas Kirkegaard (12.), Bruun (67.), Nygaard (80.)",
            ["Jonas Kirkegaard", "Bruun", "Nygaard"],
        ),
        ("Odder vandt 2-1. Efter pausen udlignede Bjerre, men Thygesen headede sejren ind.", ["Bjerre", "Thygesen"]),
        ("Mjällby vann 1-0. Segermålet gjorde Åkesson, och Hedman räddade en straff.", ["Åkesson", "Hedman"]),
        ("Holstebro tabte 1-2. Silkeborg reducerede ved Dalsgaard i 70. minut.", ["Dalsgaard"]),
        ("Det blev 1-1 i Ystad, men mens von Essen scorede, stod Ystad stille.", ["von Essen"]),
        # a team verb or a town is no player
        ("Ishockey: Frederikshavn slog Esbjerg 5-2.", []),
        # lone first names that are also surnames or words, taken in a list next to a found name
        ("Pakning fredag: Grethe, Omar, Lise Brix", ["Grethe", "Omar", "Lise Brix"]),
        ("Hilsen Ulla, Hassan og Tove", ["Ulla", "Hassan", "Tove"]),
        ("Kjell og Agneta, Bent og Marianne", ["Kjell", "Agneta", "Bent", "Marianne"]),
        # a first name that is a word, before a relative in brackets
        ("Billederne er taget af Storm (min søn), så han skal krediteres.", ["Storm"]),
        # a town after a place preposition, after a name in a list, in a court's address line
        ("Jeg boede først i Brande, nu i Ikast.", []),
        ("Gunnel Sjöberg, Mora, fyller 90 år.", ["Gunnel Sjöberg"]),
        ("FRA: Hanne Kirk, Skifteretten i Hillerød", ["Hanne Kirk"]),
        # a pet named before its breed or kind in brackets, and its other mentions
        ("Dyr: Molly (golden retriever, 4 år)\nEjer: Tina Bundgaard\nMolly halter.", ["Tina Bundgaard"]),
        # a bracket that only begins like an animal word is no pet ("kat.nr." is a catalogue number)
        ("Et maleri af Anna Ancher (kat.nr. 12) er solgt.", ["Anna Ancher"]),
        # the player's verb before the surname, its object on the next line
        ("Det blev 2-2. I slutminuttet udlignede Kjærgaard\nkampen.", ["Kjærgaard"]),
        # a doctor's title, a nationality in its definite form
        ("Recept fra doktor Engberg er klar.", ["Engberg"]),
        ("Han mødte nordmanden Eirik Bjørnstad i finalen.", ["Eirik Bjørnstad"]),
    ],
)
def test_positions(finder: FallbackNameFinder, text: str, expected: list[str]) -> None:
    assert names(finder, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # roster items with their task in brackets; a weather word capitalised mid-sentence next to a name
        ("Vagtplan\nMan: Storm (åbner), Gitte, Rasmus\nTir: Nanna, Sol (lukker)", None),
        ("Bytte: Gitte og Sol bytter fredag.", ["Gitte", "Sol"]),
        # an initial for the surname after a first name in a list
        ("Forsvar: Magnus, Mikkel R., Frej", ["Magnus", "Mikkel R.", "Frej"]),
        # "Ring" is a surname after a first name
        ("Deltagere: Trine Holt, Vera Ring, Ole Berg", ["Trine Holt", "Vera Ring", "Ole Berg"]),
        # a "/" sign-off after a sentence on the same line
        ("Hej Kasper, kan vi flytte mødet? Birgit er syg. /Lotte", ["Kasper", "Birgit", "Lotte"]),
        # a patronymic surname
        ("Ministern Karin Jonsdotter talade. Jonsdotter lovade svar.", ["Karin Jonsdotter", "Jonsdotter"]),
    ],
)
def test_lists_and_sign_offs(finder: FallbackNameFinder, text: str, expected: list[str] | None) -> None:
    if expected is None:
        expected = ["Storm", "Gitte", "Rasmus", "Nanna", "Sol"]
    assert names(finder, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pham Thi Lan har bestilt tid. Pham kommer kl. 9.", ["Pham Thi Lan", "Pham"]),
        ("Telefonliste\nHolm, Karen - formand\nTruong, Van Hieu - kasserer", ["Holm, Karen", "Truong, Van Hieu"]),
        ("Trần Văn Đức og Jens Bak deltog.", ["Trần Văn Đức", "Jens Bak"]),
    ],
)
def test_vietnamese_family_name_first(finder: FallbackNameFinder, text: str, expected: list[str]) -> None:
    assert names(finder, text) == expected
