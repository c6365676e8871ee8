"""Golden table: layouts and positions of session 8 - "SURNAME, FIRST" items in capitals (registers, crew
lists, leader boards), speaker labels in capitals (transcripts, subtitles), column gaps that end a name, words
before a full name that are no part of it (trades, roles, party genitives, imperatives) and towns in the
place column of a list row. Written with other names and words than the evaluation sets."""

from __future__ import annotations

import pytest

from pii_scanner.detect.ner.fallback import FallbackNameFinder


@pytest.fixture(scope="module", params=["auto", "off"])
def finder(request: pytest.FixtureRequest) -> FallbackNameFinder:
    return FallbackNameFinder(fast_path=request.param)


def names(finder: FallbackNameFinder, text: str) -> list[str]:
    found = finder.find(text)
    assert all(text[f.start : f.end] == f.value and f.entity_type == "PERSON" for f in found)
    return [f.value for f in found]


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
        # an unknown first name before a known middle name stays in the name
        ("Jovanka Sonja Kaya kommer i morgen.", ["Jovanka Sonja Kaya"]),
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
