"""Golden table: session 14's name rules - a place before the word for its municipality or parish, a king's name
owning a place, a ship whose name holds a royal title, the value of a product, car or referral field, a form label
followed by a number, role nouns opening a sentence ("Geolog", "Husejer"), foreign titles ("Frau"), hospitals as
compounds. Written with other names and texts than the evaluation sets."""

from __future__ import annotations

import pytest

from pii_scanner.detect.ner.fallback import FallbackNameFinder
from tests.detect.ner.golden_names import names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place before the word for its municipality, city or parish is no person
        ("Deltagare: Ola Berg (Uppsala kommun), Eva Lund (arkitekt)", ["Ola Berg", "Eva Lund"]),
        ("Deltagere: Ole Bak (Frederiksberg Kommune), Eva Lund (arkitekt)", ["Ole Bak", "Eva Lund"]),
        ("Deltagare: Ola Berg (Göteborgs stad), Eva Lund (arkitekt)", ["Ola Berg", "Eva Lund"]),
        ("Velkommen til Jammerbugt Kommune! Din kontakt er Ole Bak.", ["Ole Bak"]),
        ("Hon blev präst i Engelbrekts församling. Kyrkvärd är Ulf Sand.", ["Ulf Sand"]),
        # a king's name with its numeral owning a place
        ("Turen slutter ved Kong Christian IV's Plads, siger Per Holt.", ["Per Holt"]),
        # ... but a king named in history stays a name
        ("Christian IV byggede Rundetårn.", ["Christian IV"]),
        # a ship's name with a royal title
        ("Færgen M/F Prins Joachim er forsinket, siger kaptajn Leif Brun.", ["Leif Brun"]),
        # the value of a product, car or referral field is a thing or an institution
        ("Følgeseddel\nVare: Victor sennep 6 x 500 g\nKvitteret af: Aksel Mørk", ["Aksel Mørk"]),
        ("Kunde: Ulla Holm\nVare: Viggo kaffemaskine, 1 stk.", ["Ulla Holm"]),
        ("Ansökan\nSökande: Gunnar Lid\nBilmärke: Ford Escort", ["Gunnar Lid"]),
        ("Remiss\nPatient: Ove Sjö\nRemiss till: Karolinska\nLäkare: Anna Wiik", ["Ove Sjö", "Anna Wiik"]),
        (
            "Henvisning\nPatient: Rikke Holm\nHenvist til: Aarhus Universitetshospital\nLæge: Bent Krog",
            ["Rikke Holm", "Bent Krog"],
        ),
        # "Artikel:" is an item on an order line (a quantity), a news article elsewhere
        ("Order 55\nArtikel: Pelle bordlampa, 3 st\nVår ref: Maja Ek", ["Maja Ek"]),
        ("Artikel: Snickaren Bengt Ros från Visby fick priset.", ["Bengt Ros"]),
        # a form label followed by a number after the name on the same line
        ("Namn: LARS ÅKE BERG   Anställningsår: 2011", ["LARS ÅKE BERG"]),
        # ... a chat speaker opening the line stays a name
        ("[10:01] Lea: 10 min forsinket\n[10:02] Jonas: ok", ["Lea", "Jonas"]),
        # a rental firm, an insurer or a road association signing or heading a text
        ("Venlig hilsen\nSommerhusudlejning Nordkysten", []),
        ("Med vänlig hälsning\nFörsäkringsbolaget Trygghet", []),
        ("PROTOKOLL – Vägsamfälligheten Lindström\nNärvarande: Per Ek", ["Per Ek"]),
        # a firm named after its founder as the customer of an invoice; a person there stays one
        ("FAKTURA 12\nKunde: Louis Poulsen\nAtt.: Mette Lund", ["Mette Lund"]),
        ("FAKTURA 12\nKund: Carl Malmsten\nErt ref: Eva Berg", ["Eva Berg"]),
        ("FAKTURA 12\nKunde: Mette Lund\nAtt.: Ole Berg", ["Mette Lund", "Ole Berg"]),
        # a name opening a table cell that lower-case words fill is a product with its description
        ("Varenr;Beskrivelse;Antal\n20111;Oskar lampe sort;2\n20112;Viggo bord eg;1", []),
        ("| Nr | Produkt | Antal |\n|---|---|---|\n| 7 | Agnes stol grå | 4 |", []),
        # ... a person's cell beside a lower-case department stays a name
        ("Nr;Navn;Afdeling\n1;Anna Berg;salg\n2;Jens Holm;lager", ["Anna Berg", "Jens Holm"]),
        # a column of rooms named after people; a column of managers holds people
        (
            "| Navn | Afdeling | Lokale |\n|---|---|---|\n| Eva Krog | Salg | Karen Blixen |\n"
            "| Ib Dam | IT | Niels Bohr |",
            ["Eva Krog", "Ib Dam"],
        ),
        ("Namn;Roll;Rum\nLena Holst;Chef;Linné\nOla Berg;Säljare;Anders Zorn", ["Lena Holst", "Ola Berg"]),
        ("| Navn | Leder |\n|---|---|\n| Eva Krog | Niels Holm |", ["Eva Krog", "Niels Holm"]),
        # role nouns opening a sentence and foreign titles stay outside the name
        ("Geolog Tove Brink fandt stenen i går.", ["Tove Brink"]),
        # ... and a first name found after one is no reason to take the pronoun "Hans" before a kin noun
        ("Ida fandt en mønt. Hans far ringede. Geolog Hans Brink er glad.", ["Ida", "Hans Brink"]),
        ("Vi mødte Frau Greta Hoffmann i går.", ["Greta Hoffmann"]),
        ("Tak for ansøgningen. Jeres sagsbehandler er Lone Bak.", ["Lone Bak"]),
    ],
)
def test_session14_rules(finder: FallbackNameFinder, text: str, expected: list[str]) -> None:
    assert names(finder, text) == expected
