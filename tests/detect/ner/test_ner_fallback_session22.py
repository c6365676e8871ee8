"""Golden table: session 22's name rules for news and business text - a ship or a room named after someone (a
compound or a room number before it), two founders naming a foundation, a firm named by a first name's genitive,
a household named by its surname ("Fam."), a postal district's letter after a town, a room named after a king,
a listed first name ending like a street, a role before a first name alone, a designer before a verb of
designing, a first name that is a surname too after "til"/"till", a quoted sign-off, a shop after its owner's
name in lower case, a results line "name, club". Written with other names and texts than the evaluation sets;
the rows after each "not" comment guard against false hits."""

from __future__ import annotations

import pytest

from pii_scanner.detect.ner.fallback import FallbackNameFinder
from tests.detect.ner.golden_names import names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a ship or a room named after someone: a compound ending in the ship's or room's word, a room's number
        ("Redningsskibet Jens Vejmand sejlede ud ved midnat.", []),
        ("Passagerfartyget Birger Jarl ligger vid kaj.", []),
        ('Fra i dag hedder lokale 12 "Inge Lehmann", og lokale 14 "Niels Finsen".', []),
        ('Grupprum 2 "Sonja Kovalevsky" är bokat hela dagen.', []),
        # ... not a person after a number, unquoted (a list of rooms and who sits there)
        ("Kontor 3 Mette Holm, kontor 4 Ali Nur", ["Mette Holm", "Ali Nur"]),
        # two founders naming a foundation
        ("Ansøg hos Grethe og Poul Kragelunds Legat inden 1. marts.", []),
        ("Stipendiet delas ut av Signe och Olof Bergmans Stiftelse.", []),
        # ... not two people, the second in the genitive before a lower-case noun
        ("Jeg mødte Grethe og Poul Kragelunds datter i går.", ["Grethe", "Poul Kragelunds"]),
        # a firm named by a first name's genitive
        ("Ring til Bennys Auto i morgen.", []),
        ("Mvh Kjells Måleri", []),
        # ... not a name in the genitive before a surname or a lower-case word
        ("Vi fik Bennys bil tilbage i går.", ["Bennys"]),
        # a household named by its surname
        ("Kunde: Fam. Østergaard, Lærkevej 4", ["Østergaard"]),
        ("Julkort till fam. Lindqvist och fam. Yilmaz.", ["Lindqvist", "Yilmaz"]),
        # a postal district's letter after a postcode and a town
        ("Adresse: Østergade 4, 8000 Aarhus C. Nyistandsat lejlighed.", []),
        # ... not an initial before a surname elsewhere
        ("Østergade 4, 8000 Aarhus\nK. Østergaard", ["K. Østergaard"]),
        # a room named after a king
        ("Mødet er flyttet til Frederik VII-salen.", []),
        ("Middagen serveras i Gustav III-salongen.", []),
        # ... not the king
        ("Frederik VII underskrev grundloven.", ["Frederik VII"]),
        # a listed first name that ends like a street ("-gata")
        ("Vi pratade med Agata igår.", ["Agata"]),
        # ... not a street
        ("Vi bor på Storgata 4.", []),
        # a role before a first name alone, opening the sentence
        ("Elektrikeren Anders kommer tirsdag.", ["Anders"]),
        ("Städaren Fatima har nyckeln.", ["Fatima"]),
        # ... not a definite noun naming a place or a work ("the bistro Louise")
        ("Bistroen Louise har fået ny kok.", []),
        # a designer's name that a brand carries, before a verb of designing
        ("Poul Henningsen tegnede lampen i 1958.", ["Poul Henningsen"]),
        # ... not the firm
        ("Lampen er købt hos Louis Poulsen.", []),
        # a first name that is a surname too, after "til"/"till"
        ("Send en hilsen til Hassan, der har fødselsdag.", ["Hassan"]),
        # a quoted sign-off
        ("> Kan du tage fredag?\n> /Magdalena", ["Magdalena"]),
        # a shop in the definite form after its owner's name
        ("Nu tar Karin Sundqvist över konditoriet.", ["Karin Sundqvist"]),
        # a results line: a full name, then a club or a town
        (
            "Resultat:\n1. Hassan Yılmaz, Vestbyen – 12 p\n2. Lise Krogh, Vestbyen – 10 p",
            ["Hassan Yılmaz", "Lise Krogh"],
        ),
        # "Nat" (night) opening a sentence is a word
        ("Nat til søndag brød nogen ind i klubhuset.", []),
        # a fire service named after its region
        ("Sydvestjyllands Brandvæsen rykkede ud kl. 03.", []),
        # a chain's name before a shop's ("Ica" is a listed first name too)
        ("Vi handlade på Ica Kvantum i går.", []),
        # ... not a first name that is a word before a surname
        ("Hon sa att Liv Gran kommer.", ["Liv Gran"]),
        # a name found, written again wholly in capitals in a headline
        (
            "NY REKTOR PÅ SKOLAN: KARIN SUNDQVIST\n\nKarin Sundqvist, 51, börjar i augusti.",
            ["KARIN SUNDQVIST", "Karin Sundqvist"],
        ),
        # ... not a firm written in capitals
        ("Jens Holm har ringet.\nJENS HOLM A/S, Vestergade 2", ["Jens Holm"]),
        # a brand's founder in the genitive before "navn"/"namn"
        ("Prisen bærer Arne Jacobsens navn.", ["Arne Jacobsens"]),
        # two listed surnames joined by "/": referees, a doubles pair
        ("Domare: Bengtsson/Mohamud. Publik: 340.", ["Bengtsson", "Mohamud"]),
        # ... not a path or an address
        ("Se filen /srv/Bengtsson/Mohamud.txt", []),
        # a first name that is a word after "spørg"/"fråga" (ask), one that is a surname too after "efter"
        ("Nøglen ligger hos naboen – spørg Bo i nr. 12.", ["Bo"]),
        ("Nyckeln finns hos grannen, fråga Stig på nummer 4.", ["Stig"]),
        ("Ring och fråga efter Hassan i kassan.", ["Hassan"]),
        # ... not an authority asked
        ("Spørg Skat om fradraget.", []),
        # a firm's form or "Firma" right before a name
        ("Hyresvärd: Fastighets AB Karl Lindqvist, genom Eva Berg", ["Eva Berg"]),
        ("Leveret af Firma Jens Bach, Ribe.", []),
        # a genitive opening a quoted dish's or product's name
        ('Dagens ret: "Karls koldskål" med kammerjunkere.', []),
        ('Nytt på menyn: "Saras äppelkaka".', []),
        # ... not quoted speech, nor a relative
        ('Hun sagde "Lars kommer senere".', ["Lars"]),
        ('"Evas mamma" ringde i går.', ["Evas"]),
        ('Eksempler: ("Bennys cykel", "Ullas mor").', ["Bennys", "Ullas"]),
        # the mourners in a death notice, a first name that is a word too
        ("Han efterlades af Bent, børnene Tove og Lars.", ["Bent", "Tove", "Lars"]),
        ("Hon sörjes av Sten, barnen Eva och Anders.", ["Sten", "Eva", "Anders"]),
        # a chat post naming someone found capitalised, after "ok"/"tack"
        ("Karolina (chef): kom ihåg mötet\nsamir: ok karolina", ["Karolina", "karolina"]),
        # ... not a heading's label before a word that is a name too ("Lone Dam" found)
        ("Lone Dam skrev afsnittet.\nNoter: lone ord i teksten", ["Lone Dam"]),
    ],
)
def test_session22_news_and_business_names(finder: FallbackNameFinder, text: str, expected: list[str]) -> None:
    assert names(finder, text) == expected
