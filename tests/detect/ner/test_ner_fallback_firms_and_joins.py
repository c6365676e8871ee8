"""Golden table: firms, rooms and towns in name tables, products after a quantity, two names written one after the
other, a club's genitive before a name, a person's age in commas in news, digits for letters in scanned names,
Vietnamese middle names, and trade roles before a name. Written with other names and texts than the evaluation
sets."""

from __future__ import annotations

import pytest

from pii_scanner.detect.ner.fallback import FallbackNameFinder
from tests.detect.ner.golden_names import names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a firm among the people of a name column, and a one-word town under "by"/"ort"
        (
            "navn;telefon;by\nLone Bech;+45 11 22 33 44;Vejle\nKim Ravn;+45 22 33 44 55;Holm\n"
            "Brødrene Olsen;+45 70 70 70 70;Odense",
            ["Lone Bech", "Kim Ravn"],
        ),
        (
            "namn;telefon;ort\nEva Lind;070-111;Berg\nOla Sand;070-222;Lund\nJohans Måleri AB;08-123;Solna",
            ["Eva Lind", "Ola Sand"],
        ),
        # a row naming a room in a first-name/surname table
        (
            "fornavn;efternavn;lokale\nJonna;Bak;1.02\nMehmet;Kaya;2.10\nKonferencelokale;H.C. Andersen;;3.01",
            ["Jonna", "Bak", "Mehmet", "Kaya"],
        ),
        # a product after a quantity
        ("Faktura\n2 stk. Ingolf stol   1.200,00\n1 st Ivar hylla 495,00\nAtt: Rut Holm", ["Rut Holm"]),
        # two names written one after the other
        ("Underskrifter: Lone Bech Mehmet Ali Kaya", ["Lone Bech", "Mehmet Ali Kaya"]),
        ("Hans Christian Andersen og Anders Fogh Rasmussen", ["Hans Christian Andersen", "Anders Fogh Rasmussen"]),
        # a club's genitive before a name, the club written alone too
        ("Frölunda vann mot Färjestad. Färjestads Anton Lindqvist fick matchstraff.", ["Anton Lindqvist"]),
        ("Hans Ulrik Bech er død. Han blev 80 år.", ["Hans Ulrik Bech"]),
        # a person's age in commas: a name even when no list holds its words
        ("Tingsrätten dömde i går Xhevat Berisaj, 34, till fängelse.", ["Xhevat Berisaj"]),
        ("Forsvarer Qirjako Vasilaq, 51, har anket dommen.", ["Qirjako Vasilaq"]),
        ("Vi bor på Nørregade 12, 3, th.", []),
        # scanned text: a "0" or "1" for a letter of a listed given name, before a surname
        ("Scannet brev\nSagsbehandler: B1rgit Hvass\nKontakt: J0nas Brink", ["B1rgit Hvass", "J0nas Brink"]),
        ("Model X10 Pro og version 2.01beta", []),
        # Vietnamese middle names ("Bich", "Thu") between the family name and the given name
        ("Firmaet har ansat Le Bich Hanh. Le Bich Hanh starter mandag.", ["Le Bich Hanh", "Le Bich Hanh"]),
        # a trade or candidacy before a name is no part of it
        ("Guldsmed Rut Holm har jubilæum.", ["Rut Holm"]),
        ("Spidskandidat Ole Bech vil være borgmester.", ["Ole Bech"]),
    ],
)
def test_firms_joins_ages_roles(finder: FallbackNameFinder, text: str, expected: list[str]) -> None:
    assert names(finder, text) == expected
