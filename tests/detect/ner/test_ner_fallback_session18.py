"""Golden table: session 18's name rules - a chat speaker's name on the line that goes on with a message; a
listed first name that is a day's short form too speaking in a thread of first names; a weekday's short form
labelling a diary's day; a lower-case first name in a field of who did something ("Oprettet af:"), also before a
remark in parentheses; a first name and a surname's initial closing a line after "/"; the hyphenated initials of a
double first name before a surname; vets as a role; a lone surname after "i"/"på" in a field's sentence is a town.
Written with other names and texts than the evaluation sets; the rows after each "not" comment guard against
false hits."""

from __future__ import annotations

import pytest

from pii_scanner.detect.ner.fallback import FallbackNameFinder
from tests.detect.ner.golden_names import names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a speaker's name on the line after the thread, which has no speaker of its own
        (
            "ditte: hvem køber gave?\nnoah: jeg gør\nsigrid: super\ntusind tak noah",
            ["ditte", "noah", "sigrid", "noah"],
        ),
        (
            "alva: vem fixar blommor?\nmelker: jag kan\nstina: toppen\ntack melker!",
            ["alva", "melker", "stina", "melker"],
        ),
        # ... not a speaker's name that is a word too, nor a name that does not speak
        (
            "ditte: hvem køber gave?\nbo: jeg gør\nsigrid: super\nvi skal bo hos mormor",
            ["ditte", "bo", "sigrid"],
        ),
        ("ditte: hvem køber gave?\nnoah: jeg gør\nsigrid: super\nhusk kortet til jonas", ["ditte", "noah", "sigrid"]),
        # the first name of a full name heading a post, in lower case in another post
        (
            "Kommentarer\nMorten Vad: flot tur!\nSigne Dal: sikke en fart\nMorten Vad: signe du skal med",
            ["Morten Vad", "Signe Dal", "Morten Vad", "signe"],
        ),
        (
            "Kommentarer\nJonas Berg: bra jobbat\nVera Lind: tack!\nJonas Berg: vera du är snabb",
            ["Jonas Berg", "Vera Lind", "Jonas Berg", "vera"],
        ),
        # ... not a word-name ("bo" is to live), nor a name no post is headed by
        ("Bo Holm: hej\nIda Lund: hej\nBo Holm: vi skal bo i telt med karen", ["Bo Holm", "Ida Lund", "Bo Holm"]),
        # a listed first name that is a day's short form too speaks in a thread of first names
        ("frida: hvem kører?\ntor: jeg kan\nlinnea: fint", ["frida", "tor", "linnea"]),
        # ... not in a roster of days, nor a day labelling a diary's entry among other days
        ("man: Ida\ntor: Ole\nfre: Eva", ["Ida", "Ole", "Eva"]),
        ("Man: frisør. Tir: møde med Kirsten. Tor: fri. Fre: bowling.", ["Kirsten"]),
        ("Mån: gym. Ons: middag hos Britt. Tor: ledig.", ["Britt"]),
        # a lower-case first name in a field of who did something, also before a remark in parentheses
        ("Sag 4411\nOprettet af: mette (vikar)\nStatus: åben", ["mette"]),
        ("Ärende 88\nRegistrerad av: jonas\nStatus: öppen", ["jonas"]),
        ("Skapad av: åsa (praktikant)", ["åsa"]),
        ("Godkendt af: Lene Brink (leder)", ["Lene Brink"]),
        # ... not a word, a firm or a word-name after such a label, nor a note's sentence
        ("Sendt af: posten (pakke)\nBetalt af: firmaet", []),
        ("Oprettet af: bo", []),
        ("Note: ring til hende (snart)", []),
        # a first name and a surname's initial closing a line after "/"
        ("Fin service og hurtig levering. /Bente K.", ["Bente K."]),
        ("Snabb leverans, rekommenderas. /Ingrid S.", ["Ingrid S."]),
        ("Hent den i morgen. /Mikala", ["Mikala"]),
        # ... not a slash in a date or a path
        ("Levering 3/4. Hilsen Ole Berg", ["Ole Berg"]),
        # the hyphenated initials of a double first name before a surname found
        ("Underskrevet af Lars-Erik Vinther. Spørgsmål til L-E Vinther.", ["Lars-Erik Vinther", "L-E Vinther"]),
        ("Anna-Karin Sjöberg leder mötet; A-K Sjöberg skriver protokoll.", ["Anna-Karin Sjöberg", "A-K Sjöberg"]),
        # ... not a code or a road before a word
        ("Vi testar A-B versionen. Vägen E-4 Nord.", []),
        # vets as a role, also in the plural definite form
        ("Dyrlægerne Mette Kold og Ib Rask åbner klinik i Ry.", ["Mette Kold", "Ib Rask"]),
        ("Veterinären Lova Grip undersökte hästen.", ["Lova Grip"]),
        # a lone surname after "i"/"på" in a field's sentence is a town
        ("Mor: husk vi lander i Kastrup kl 10\nIda: ok", ["Ida"]),
        # ... not a name at the field value's start
        ("Kunde: Kastrup\nKontakt: Ole Berg", ["Kastrup", "Ole Berg"]),
        # a frequent Danish first name missing from Faker's lists
        ("Ea Holm og Ea Lund vandt. Tillykke til Ea!", ["Ea Holm", "Ea Lund", "Ea"]),
    ],
)
def test_session18_names(finder: FallbackNameFinder, text: str, expected: list[str]) -> None:
    assert names(finder, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name in capitals alone on the line under a CV's heading
        ("CURRICULUM VITAE\nMALIN TOVESDOTTER GRÄNNE\nUtbildning: civilingenjör", ["MALIN TOVESDOTTER GRÄNNE"]),
        ("CV\nIDA KJÆRSKOV\nUddannelse: cand.merc.", ["IDA KJÆRSKOV"]),
        # ... not a heading in capitals under it, nor a line that goes on
        ("CURRICULUM VITAE\nPERSONLIGE OPLYSNINGER\nNavn: Ida Kjærskov", ["Ida Kjærskov"]),
        # after a role and a comma an unlisted word is the employer, not a person
        ("Erfaring: 2018-2022 konsulent, Netcompany. 2015-2018 udvikler, Systematic.", []),
        ("Erfarenhet: 2017 controller, Skanska. 2012 ekonom, Vattenfall.", []),
        # ... not a listed name after a role and a comma
        ("Formand, Birthe Holm. Kasserer, Dorit", ["Birthe Holm", "Dorit"]),
        ("Klubbens træner, Zdravko, roste holdet. Hans hustru, Oyelaran, var med.", ["Zdravko", "Oyelaran"]),
        # a firm named after its founder: international, furniture
        ("Kunder: Aksel Brandt International og Vibeke Hald. Kontakt Vibeke Hald.", ["Vibeke Hald", "Vibeke Hald"]),
        ("Leverantör: Sven Ekdahl Möbler. Referens: Stina Ek", ["Stina Ek"]),
        # ... not a person before a lower-case noun
        ("Han købte møbler hos Ole Berg.", ["Ole Berg"]),
    ],
)
def test_session18_headings_and_firms(finder: FallbackNameFinder, text: str, expected: list[str]) -> None:
    assert names(finder, text) == expected
