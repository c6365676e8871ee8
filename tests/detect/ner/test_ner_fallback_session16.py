"""Golden table: session 16's name rules - a name alone in quotes in running text names a pet, a horse or a
product; two full names joined by "&" are two people; a name in lower case stands where other rows hold a
name; "El" and "Al" inside a name, and a surname after a particle that is also a street word; firms, unions
and wine houses; plural roles; lists of lone first names; chat speakers' names as nouns; "Per" as a
preposition and weather words. Written with other names and texts than the evaluation sets; the rows after
each "not" comment guard against false hits."""

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
        # an Arabic particle inside a name, and a street word as a surname after a particle
        ("Oplæg ved Karim El Mansour og Yasmin Al Haddad.", ["Karim El Mansour", "Yasmin Al Haddad"]),
        ("Bordet vandt Mogens de Place og Rita Holm.", ["Mogens de Place", "Rita Holm"]),
        (
            "Navn; 3/5; 10/5\nMogens de Place; ja; nej\nKarim El Mansour; nej; ja\nBritt Ek; ja; ja",
            ["Mogens de Place", "Karim El Mansour", "Britt Ek"],
        ),
        # ... not a firm ending in "El", nor a street that opens with the street word
        ("Ring til Hansen El ApS eller mød os på Place de la Concorde.", []),
        # firms, unions, kennels, wine houses, homes and airports named after a person or a place
        (
            "Velkomst ved Lone Dam, direktør, Aalborg Energi. Oplæg af Rikke Holm (Dansk Metal) og Per Bang (Unionen).",
            ["Lone Dam", "Rikke Holm", "Per Bang"],
        ),
        ("Vinen kommer fra Domaine Louis Michel, og Château Pierre Bise leverer resten. Kennel Karlsborg vandt.", []),
        ("Julemærkehjemmet Liselund og Ålderdomshemmet Anna Lisa søger frivillige. Kontakt Mads Krog.", ["Mads Krog"]),
        ("Hun landede i Billund Airport og tog til Magasin Aarhus. Vi skal se Jens Holm.", ["Jens Holm"]),
        ("Närvarande: Eva Lund (IF Metall), Per Ek (Unionen). Punkt 3: lokaler.", ["Eva Lund", "Per Ek"]),
        ("Leverandører: Axel Johnson, Atlas Copco og Arvid Nordquist.", []),
        # ... but a person of that name after a field label or a salutation
        ("Navn: Axel Johnson", ["Axel Johnson"]),
        # a plural role in its definite form before the names
        ("Journalisterne Lise Bro og Ib Holt har fulgt sagen.", ["Lise Bro", "Ib Holt"]),
        ("Journalisterna Eva Lund och Siv Ek granskar.", ["Eva Lund", "Siv Ek"]),
        # lone first names listed after one another, also those that are surnames or words too, and a draw's pairs
        ('Hold "Hurtig": Jette, Bo, Lykke, Ibrahim', ["Jette", "Bo", "Lykke", "Ibrahim"]),
        ("Karin → Ali\nAli → Gunhild\nGunhild → Karin", ["Karin", "Ali", "Ali", "Gunhild", "Gunhild", "Karin"]),
        # ... not words in a list of words
        ("Sol og regn, Storm og blæst.", []),
        # a feast day
        ("Lukket torsdag – Kristi himmelfart. Hilsen Kristian Holm", ["Kristian Holm"]),
        # a chat speaker's name that is a word, as a noun after a possessive or an article
        (
            "[19:02] ravn: hvem er med\n[19:03] mark: ja, men min mark er våd\n[19:04] ravn: ok, mark tager top",
            ["ravn", "mark", "ravn", "mark"],
        ),
        # ... but after "er" asking for someone
        (
            "mette: er ask med i aften?\njonas: ja og frida tager kage med\nmette: fedt. sig til ask at vi mødes",
            ["mette", "ask", "jonas", "frida", "mette", "ask"],
        ),
        # "Per" before a unit, a weather word that is a name too before more weather
        ("Vurderet af Per Holt. Per kvadratmeter: 31.000 kr.", ["Per Holt"]),
        ("Dommer: Karin Storm. Storm og regn prægede dagen.", ["Karin Storm"]),
        ("Domare: Sol Ek. Sol och värme hela dagen.", ["Sol Ek"]),
        # ... but the name before a pronoun or a verb
        ("Vurderet af Per Holt. Per kender huset.", ["Per Holt", "Per"]),
        ("Dommer: Karin Storm. Storm og hans hund vandt.", ["Karin Storm", "Storm"]),
    ],
)
def test_session16_names(finder: FallbackNameFinder, text: str, expected: list[str]) -> None:
    assert names(finder, text) == expected
