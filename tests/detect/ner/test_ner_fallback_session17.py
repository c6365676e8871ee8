"""Golden table: session 17's name rules - a first name that is also a pronoun or a preposition ("Hans",
"Per", "Dag") before a middle initial; a town after a postcode; a sports club's letters after a word; a
genitive name before a capitalised firm, club or place word; pre-schools, terraces, friends' associations and
rescue services; a first name that is a word too in a row's slot where other lines hold names; a surname
before a role in parentheses; imperatives and roles before a first name; a chat speaker's name in lower
case; a story's character. Written with other names and texts
than the evaluation sets; the rows after each "not" comment guard against false hits."""

from __future__ import annotations

import pytest

from pii_scanner.detect.ner.fallback import FallbackNameFinder
from tests.detect.ner.golden_names import names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a first name that is a word, before a middle initial and a surname
        ("Lampen blev tegnet af Hans K. Bruun i 1962.", ["Hans K. Bruun"]),
        ("Hans K. Bruun tegnede lampen.", ["Hans K. Bruun"]),
        ("Mötet leddes av Per O. Sandell och Dag T. Ek.", ["Per O. Sandell", "Dag T. Ek"]),
        ("Tack till Hans E. Ringblom för hjälpen.", ["Hans E. Ringblom"]),
        # ... not the pronoun or the preposition before no initial
        ("Han tog hans bil. Per kvadratmeter koster det 40 kr.", []),
        # a town after a postcode in an address
        ("Kunde: Ole Brink, Nørregade 7, 4000 Roskilde", ["Ole Brink"]),
        ("Køber: Nina Holt, Skovvej 2B, 2800 Kgs. Lyngby", ["Nina Holt"]),
        ("Mottagare: Åsa Ring, Björkgatan 14, 722 15 Västerås.", ["Åsa Ring"]),
        ("Adresse: Havnegade 9, DK-6700 Esbjerg. Kontakt: Lone Dam", ["Lone Dam"]),
        # ... not a name after a year and a comma
        ("Vinderne i 2018, 2019 Gitte Holm og Bent Ry.", ["Gitte Holm", "Bent Ry"]),
        ("Karriär: Saab 2015, 2019 Lena Ahl blev chef.", ["Lena Ahl"]),
        # a sports club's letters after a word
        ("Hun løber for Brink IF og træner med Holm BK. Træner: Lone Dam", ["Lone Dam"]),
        ("3. Eva Berg, Ek IK, 39:10\n4. Siv Ahl, Ås SK, 40:02", ["Eva Berg", "Siv Ahl"]),
        # ... not a name before a hyphenated word
        ("Målet scorede Mikkel Holm, IF-spilleren Ole Ravn jublede.", ["Mikkel Holm", "Ole Ravn"]),
        # a genitive name before a capitalised firm, club or place word
        ("Lørdag løb Karen Holm for Ib Brinks Venner og blev nummer to.", ["Karen Holm"]),
        ("2. Siv Ahl, Eva Bergs Vänner, 37:10", ["Siv Ahl"]),
        ("Vi ses ved Karl Bechs terrasse kl. 12. Hilsen Mona Lind", ["Mona Lind"]),
        ("Vägen till Selma Lagerlöfs förskola asfalteras. Ansvarig: Ulla Bro", ["Ulla Bro"]),
        ("Vagtchef Ole Brink fra Nordjyllands Beredskab rykkede ud.", ["Ole Brink"]),
        # ... not a person's friends in lower case
        ("I går kom Karen Holms venner på besøg.", ["Karen Holms"]),
        ("Eva Bergs vänner firade henne.", ["Eva Bergs"]),
        # a first name that is a word too, or a full name, in the slot where other lines hold names
        ("Frugt-ordning\nUge 3: Hanne\nUge 7: Sol\nUge 9: Lykke\nUge 12: Malte", ["Hanne", "Sol", "Lykke", "Malte"]),
        ("Städlista\nVecka 2: Ingrid\nVecka 5: Dag\nVecka 8: Tove\nVecka 9: Bo", ["Ingrid", "Dag", "Tove", "Bo"]),
        (
            "1. Ib Lund, Holte, 36:13\n2. Eva Krog, Ry, 37:56\n3. Liv Storm, Ry, 39:41",
            ["Ib Lund", "Eva Krog", "Liv Storm"],
        ),
        (
            "Bilar:\nUlla Berg: åker med\nsiv: jag kör, 3\nOve Lund: åker med\ngreta: jag kör, 2\nEva Ahl: åker med\n"
            "dag: jag kör, 2",
            ["Ulla Berg", "siv", "Ove Lund", "greta", "Eva Ahl", "dag"],
        ),
        # ... not a word that is no first name, a firm, a slot held once, nor a word in lower case where no name is
        ("Frugt-ordning\nUge 3: Hanne\nUge 7: Malte\nUge 30: Ferie\nUge 31: Sol Energi", ["Hanne", "Malte"]),
        ("1. Ib Lund, Holte, 36:13\n2. Sol Energi, Ry, 37:56\n3. Eva Krog, Ry, 39:41", ["Ib Lund", "Eva Krog"]),
        ("Uge 3: Hanne\nUge 7: Sol", ["Hanne"]),
        ("Navn: Jens Hansen\nNavn: Ole Berg\ndag: tirsdag", ["Jens Hansen", "Ole Berg"]),
        # a surname alone before a role in parentheses, also a compound role
        ("Godkendt af Brink (økonomichef) og Holm (formand).", ["Brink", "Holm"]),
        ("Attesterad av Berg (driftchef). Frågor: Ulla Ek", ["Berg", "Ulla Ek"]),
        # ... not a body before a role
        ("Vi har mødt Bestyrelsen (formand) og Kommunen (direktør). Hilsen Ole Berg", ["Ole Berg"]),
        # an imperative opening a message is no part of the name after it; a guide or an agent is a role
        ("Mor: Hent Viggo kl 15, jeg er til møde", ["Viggo"]),
        ("Mamma: Hämta Vide kl 15, jag sitter i möte", ["Vide"]),
        ("Dag 2: Guiden Mona viste os rundt.", ["Mona"]),
        ("Dag 2: Guiden Mona visade oss runt.", ["Mona"]),
        ("Agent Tove: Hej, hvad kan jeg hjælpe med?", ["Tove"]),
        # ... not the thing fetched
        ("Hent pakken i morgen. Hämta Posten kl 12.", []),
        # a chat speaker's first name in lower case elsewhere in the chat
        (
            "Gruppechat\nMette: Løber vi i morgen?\nJonas: ja kl 7\nmette: fint, jonas tager kaffe med",
            ["Mette", "Jonas", "mette", "jonas"],
        ),
        (
            "Chatt\nAnders: Ses vi?\nLinnea: japp\nanders: bra, linnea tar fika",
            ["Anders", "Linnea", "anders", "linnea"],
        ),
        # ... not inside a word, an address or a compound, nor a word-name
        (
            "Chatt\nAnders: Ses vi?\nLinnea: japp\nbeställ en anders-tårta på anders.se",
            ["Anders", "Linnea"],
        ),
        ("Chat\nMette: Sol i dag?\nJonas: ja\nsol hele dagen", ["Mette", "Jonas"]),
        # two unlisted words in a slot where three full names stand
        (
            "Födelsedagar\n90 år: Ulf Ek, Storgatan 3\n75 år: Eva Berg, Ågatan 1\n85 år: Tove Lind, Ågatan 7\n"
            "60 år: Bravo Quendt, Ågatan 9",
            ["Ulf Ek", "Eva Berg", "Tove Lind", "Bravo Quendt"],
        ),
        # ... not a firm or a town, nor where fewer full names stand
        (
            "1. Ib Lund, Holte, 36:13\n2. Vejle Boldklub, Ry, 37:56\n3. Eva Krog, Ry, 39:41\n4. Ole Berg, Ry, 40:10\n"
            "5. Herning Fremad, Ry, 41:00",
            ["Ib Lund", "Eva Krog", "Ole Berg"],
        ),
        ("1. Ib Lund, Holte\n2. Bravo Quendt, Ry\n3. Eva Krog, Ry", ["Ib Lund", "Eva Krog"]),
        # a story's main character or figure right before a name is a character
        (
            "Lotte Holm skriver om en kvinde. Hovedpersonen Birthe minder om hende. Oplæser: Ida Krog",
            ["Lotte Holm", "Ida Krog"],
        ),
        ("I boken möter vi huvudpersonen Greta och romanfiguren Olle Brink. Uppläsare: Eva Ek.", ["Eva Ek"]),
        # ... not a contact person, nor a person named later in the sentence
        ("Kontaktpersonen Birthe Holm ringer. Hovedpersonen i sagen er Ole Berg.", ["Birthe Holm", "Ole Berg"]),
    ],
)
def test_session17_names(finder: FallbackNameFinder, text: str, expected: list[str]) -> None:
    assert names(finder, text) == expected
