"""Golden table: session 13's name rules - Sami names in their own letters, a name opening a headline in
capitals, a first name that is also a word placed where a person stands ("hos Bo", "Bo og Per"), a middle
initial without its dot, the cells of a room column. Written with other names and texts than the evaluation
sets; the rows after each "not" comment guard against false hits."""

from __future__ import annotations

import pytest

from pii_scanner.detect.ner.fallback import FallbackNameFinder
from tests.detect.ner.golden_names import names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Sami given names and surnames, written with Á, Č, Š, Ŋ
        ("Ánde Gaup og Máret Sara var med.", ["Ánde Gaup", "Máret Sara"]),
        ("Bestyrelsen består af Niillas Somby og Ristin Hætta.", ["Niillas Somby", "Ristin Hætta"]),
        ("Styrelsen: Ovllá Utsi, Biret Labba.", ["Ovllá Utsi", "Biret Labba"]),
        # Polish, Turkish and Vietnamese initials keep working
        ("Łukasz Żurawski og Ścibor Nowak kom i går.", ["Łukasz Żurawski", "Ścibor Nowak"]),
        ("Şule Çelik og İbrahim Öztürk har åbnet en butik.", ["Şule Çelik", "İbrahim Öztürk"]),
        ("Nguyễn Văn Đức arbejder her.", ["Nguyễn Văn Đức"]),
        # a name opening a headline in capitals, the headline's verb after it
        ("ANNA-KAROLINE BRUUS VANDT GULD", ["ANNA-KAROLINE BRUUS"]),
        ("ELSE MARIE BUNDGAARD FYLDER 80", ["ELSE MARIE BUNDGAARD"]),
        ("Sporten\n\nTOVE LINDQVIST TOG SILVER I VM\n\nHon var nöjd.", ["TOVE LINDQVIST"]),
        # ... not a word-name alone, a firm or a street
        ("PER HANSEN VEJ 4", []),
        ("BO GODT I VINTER", []),
        ("GEORG JENSEN ÅBNER BUTIK", []),
        # a first name that is also a word, where a person stands
        ("Jeg var hos Bo i går.", ["Bo"]),
        ("Han bor hos Per og Else.", ["Per", "Else"]),
        ("Tusind tak til Else for hjælpen.", ["Else"]),
        ("Bo og Per kommer i morgen.", ["Bo", "Per"]),
        ("Sol och Dag har flyttat.", ["Sol", "Dag"]),
        # ... not weather, a month, a numbered day, a word-name alone at a sentence's start
        ("Vi tog til Maj i fjor. Solen skinnede.", []),
        ("Vi rejste med Sol hele vejen.", []),
        ("Storm og Sol i morgen.", []),
        ("Vi går til Dag 2 af kurset.", []),
        ("Bo godt og sov godt.", []),
        # a middle initial without its dot
        ("Per E Samuelson kommer i morgen.", ["Per E Samuelson"]),
        ("Vi talte med Anna K Lindqvist i går.", ["Anna K Lindqvist"]),
        ("Mødet med Karen B Holm blev udsat.", ["Karen B Holm"]),
        # ... not a capital word after a name ("I Lund" is the preposition)
        ("Hej Mira K og Jonas T. Vi ses.", ["Mira K", "Jonas T."]),
        ("Vi ses hos Per I Aarhus.", ["Per"]),
        # the cells of a room column name rooms after people, everywhere in the text
        (
            "Lokale;Tid;Underviser\nH.C. Ørsted;10:00;Mette Lund\nNiels Bohr;12:00;Jens Kvist",
            ["Mette Lund", "Jens Kvist"],
        ),
        ("Rum\tAnsvarig\nTycho Brahe\tKarin Holm\n\nVi ses i Tycho Brahe.", ["Karin Holm"]),
        ("Lokale | Underviser\n--- | ---\nH.C. Ørsted | Mette Lund\n", ["Mette Lund"]),
        # ... a person column beside it is still read
        ("Navn;Lokale\nNiels Bohr;A12\nKaren Blixen;B4", ["Niels Bohr", "Karen Blixen"]),
    ],
)
def test_session13_names(finder: FallbackNameFinder, text: str, expected: list[str]) -> None:
    assert names(finder, text) == expected
