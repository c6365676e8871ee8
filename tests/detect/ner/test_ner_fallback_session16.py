"""Golden table: session 16's name rules - a name alone in quotes in running text names a pet, a horse or a
product; two full names joined by "&" are two people; a name in lower case stands where other rows hold a
name. Written with other names and texts than the evaluation sets; the rows after each "not" comment guard
against false hits."""

from __future__ import annotations

import pytest

from pii_scanner.detect.ner.fallback import FallbackNameFinder
from tests.detect.ner.golden_names import names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name alone in quotes in running text: an animal or a product
        ('Vinderen blev puddelen "Trille", ført af Hanne Krog.', ["Hanne Krog"]),
        ('1. "Molly", fører Jens Berg\n2. "Sixten", fører Ib Lund', ["Jens Berg", "Ib Lund"]),
        ('Tyren "Prins Holger" fik sløjfe. Kvigan "Greta 512" vann.', []),
        ("Köp två kuddar “Greta” och en stol ”Sven” hos Lisa Ek.", ["Lisa Ek"]),
        # ... not a name said to be someone's, a cell, a field's value or a mail display name
        ('Han sagde, han hed "Mikkel" og ringede fra banken.', ["Mikkel"]),
        ('Hon uppgav att hon heter "Astrid".', ["Astrid"]),
        ('"Fornavn","Efternavn"\n"Ole","Berg"', ["Ole", "Berg"]),
        ('user=kbo name="Karsten" ip=10.0.0.1', ["Karsten"]),
        ('Fra: "Karsten" <kb@firma.dk>', ["Karsten"]),
        # ... nor a nickname between a first name and a surname
        ('Med på holdet: Mogens "Bulldozer" Krogh.', ['Mogens "Bulldozer" Krogh']),
        # two full names joined by "&": two people
        ("Debat: Sol Vestergaard & Karin Holm", ["Sol Vestergaard", "Karin Holm"]),
        ("Samtal: Amal Yusuf & Per Lindqvist (moderator)", ["Amal Yusuf", "Per Lindqvist"]),
        # ... not a firm of partners, nor a run of three words before the "&"
        ("Møbler fra Carl Hansen & Søn og Bang & Olufsen.", []),
        ("Revision: Ole Kirk Holding & Karin Holm", ["Karin Holm"]),
        # a lower-case name in the slot where other lines hold names found
        (
            "git log\n9f1c2ab Karin Holm: ny rapport\n31aa07e Peter Lund: ret stavefejl\n0cc9d41 karin holm: merge",
            ["Karin Holm", "Peter Lund", "karin holm"],
        ),
        (
            "Namn; 3/5; 10/5\nBritt Ek; ja; nej\nSven Nord; ja; ja\nylva s; nej; ja\nsol lindqvist; ja; ja",
            ["Britt Ek", "Sven Nord", "ylva s", "sol lindqvist"],
        ),
        # ... not words in lower case in that slot, nor a word-name before no surname, nor a slot held once
        (
            "Navn; 3/5; 10/5\nBritt Ek; ja; nej\nSven Nord; ja; ja\nikke svaret; ja\nsol og regn; ja; nej",
            ["Britt Ek", "Sven Nord"],
        ),
        ("Navn; 3/5\nBritt Ek; ja\nkaren holm; nej", ["Britt Ek"]),
    ],
)
def test_session16_names(finder: FallbackNameFinder, text: str, expected: list[str]) -> None:
    assert names(finder, text) == expected
