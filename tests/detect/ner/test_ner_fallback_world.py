"""Golden table: names of people of foreign origin living in Denmark and Sweden, Nordic names that are
everyday words next to a surname, and the particles and orders these names come in
(``recognizers/names/world_names.tsv`` and the rules around it)."""

from __future__ import annotations

import pytest

from pii_scanner.detect.ner.fallback import FallbackNameFinder


@pytest.fixture(scope="module")
def finder() -> FallbackNameFinder:
    return FallbackNameFinder()


def names(finder: FallbackNameFinder, text: str) -> list[str]:
    found = finder.find(text)
    assert all(text[f.start : f.end] == f.value and f.entity_type == "PERSON" for f in found)
    return [f.value for f in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # given names and surnames of the main countries of origin, with no cue
        ("Retten frifandt i går Ahmet Demir for bedrageri.", ["Ahmet Demir"]),
        ("Tingsrätten dömde Ömer Yıldız till fängelse.", ["Ömer Yıldız"]),
        ("I dag driver Yonas Tesfaye et vognmandsfirma i Arvika.", ["Yonas Tesfaye"]),
        ("Cellisten er Agata Zielińska fra Kraków.", ["Agata Zielińska"]),
        ("Vi har ansat Chinedu Okafor og Siobhán O'Neill.", ["Chinedu Okafor", "Siobhán O'Neill"]),
        ("Ejendommen er solgt til Vikram Iyer for 1,5 mio. kr.", ["Vikram Iyer"]),
        ("Instruktør Tiago Mendes har skabt en stram forestilling.", ["Tiago Mendes"]),
        # Nordic first names that are words, before a surname that is a word too
        ("Forsvarer er advokat Bo Due.", ["Bo Due"]),
        ("Dommer: Pil Sand. Forsvarer: Otto Fisker.", ["Pil Sand", "Otto Fisker"]),
        ("Paneldebat med Lykke Kamp og Tinne Vind kl. 10.30.", ["Lykke Kamp", "Tinne Vind"]),
        # ... and alone they stay words
        ("Der var sand på vejen og en pil på skiltet. Kamp om pladserne.", []),
        ("Sand og grus leveres fredag.", []),
        # a Vietnamese middle name between family and given name; "son of" before the father's name
        ("Mandag: Nguyen Van Minh", ["Nguyen Van Minh"]),
        ("Kursusbeviset sendes til Mohammed bin Salim.", ["Mohammed bin Salim"]),
        # the surnames of a name found before, written again without the first name
        (
            "Anne-Sofie Brøndum Holm er valgt. Brøndum Holm har været tillidsrepræsentant i ti år.",
            ["Anne-Sofie Brøndum Holm", "Brøndum Holm"],
        ),
        # an organisation after a name in a list is no person; a pronoun refers within its own text block
        ("Instruktør: Bjarke Due, Dansk Førstehjælpsråd", ["Bjarke Due"]),
        ("Ny formand for Dansk Sygeplejeråd\nAnne Holm er valgt. Hun fik 61 procent.", ["Anne Holm"]),
    ],
)
def test_world_names_and_word_names(finder: FallbackNameFinder, text: str, expected: list[str]) -> None:
    assert names(finder, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # first and last names in separate cells of a contact export: two names, read by the column header
        (
            "Fornavn;Efternavn;E-mail;Firma\nÅse;Bonde;a@x.dk;Holm & Krog ApS\nPil;Sand;p@x.dk;Kamp Logistik\n"
            "Elisabeth;von Holstein;e@x.dk;Kamp Logistik",
            ["Åse", "Bonde", "Pil", "Sand", "Elisabeth", "von Holstein"],
        ),
        (
            '"Efternamn","Förnamn","Avdelning"\n"Öberg","Stig","Lager"\n"Falk","Love","IT"',
            ["Öberg", "Stig", "Falk", "Love"],
        ),
        ("| Navn | Rolle |\n|---|---|\n| Mette Hansen | formand |\n| Bo Due | kasserer |", ["Mette Hansen", "Bo Due"]),
        # a space-aligned report: the cell under "Navn" is one name, "Surname, First" included
        (
            "Nr. Navn                        Firma\n1   Abdullahi, Hodan          Novo Nordisk\n"
            "2   Bach-Sørensen, Mikkel     Carlsberg\n",
            ["Abdullahi, Hodan", "Bach-Sørensen, Mikkel"],
        ),
        ("BEGIN:VCARD\nN:Hansen;Mette;;;\nFN:Mette Hansen\nEND:VCARD", ["Hansen", "Mette", "Mette Hansen"]),
        # a "Name" column of products is not a list of people
        ("Produkt;Name;Pris\nA;Widget Pro;10\nB;Gadget Max;20", []),
        # names after "@" in chat exports and the name heading a post with its time; a handle is no name
        (
            "Stig Åkerlund 10:14\nTack till @Nora Falk och @Ömer Demir för hjälpen!\n  Nora Falk 10:20\n"
            "  Varsågod – det var mest Ömer",
            ["Stig Åkerlund", "Nora Falk", "Ömer Demir", "Nora Falk", "Ömer"],
        ),
        ("[10:05] Love Nyberg: tack! @johanna_s kolla gärna @Dag Hedlund", ["Love Nyberg", "Dag Hedlund"]),
        ("Skriv til info@Firma.dk eller @Salg", []),
        # "Surname, First" quoted, as a mail display name, before a role dash or a column gap: one name
        ('From: "Lauridsen, Pil" <pil@tandhjul.dk>', ["Lauridsen, Pil"]),
        ('Deltagare: "Berg, Vilja", "Said, Omar", "Ek, Bo"', ["Berg, Vilja", "Said, Omar", "Ek, Bo"]),
        (
            "Kontaktlista\nBergman, Love – ordförande\nZielińska, Agata – sekreterare\nde la Cruz, Sofia – ledamot",
            ["Bergman, Love", "Zielińska, Agata", "de la Cruz, Sofia"],
        ),
        (
            "Telefonliste\nAbildgaard, Tina      lokal 212\nNguyen, Thi Hoa       lokal 219",
            ["Abildgaard, Tina", "Nguyen, Thi Hoa"],
        ),
    ],
)
def test_columns_mentions_and_surname_first(finder: FallbackNameFinder, text: str, expected: list[str]) -> None:
    assert names(finder, text) == expected


def test_surname_first_normalises_to_first_surname(finder: FallbackNameFinder) -> None:
    found = finder.find('Cc: "de la Cruz, Sofia" <s@x.se>')
    assert [(f.value, f.normalized) for f in found] == [("de la Cruz, Sofia", "Sofia de la Cruz")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a duty roster: first names after a weekday label, never "Surname, First", never the label itself
        ("Vagtplan\nMan: Jonas, Mia\nTir: Ahmed, Kim\nTor: Kim, Bo", ["Jonas", "Mia", "Ahmed", "Kim", "Kim", "Bo"]),
        ("Schema\nMån: Alva, Sten\nTis: Omar, Liv", ["Alva", "Sten", "Omar", "Liv"]),
        # a listed first name in the genitive before what it owns, when the name also stands alone in the
        # text; "Hans" (his) stays a word, and a firm named like a first name is no genitive ("Vestas")
        ("Kan du sende den til Torben? Torbens assistent er på ferie.", ["Torben", "Torbens"]),
        ("Hej Åsa och Leif! Kan du läsa det före Åsas möte?", ["Åsa", "Leif", "Åsas"]),
        ("Ifølge Nils Jepsen vil Vestas skære 200 stillinger.", ["Nils Jepsen"]),
        ("Hans bil er rød.", []),
        # a participle and "af"/"av", a participle role, a club's genitive and "Familien" stay outside the name
        ('Anbefalet af Storm Bruun: "Hun er god."', ["Storm Bruun"]),
        ("Vagthavende Storm Nielsen fra politiet fortæller.", ["Storm Nielsen"]),
        ("Familien Lind flytter til Løkken.", ["Lind"]),
        # a first name that is a word, alone after the full name, before a verb in the past tense; not "Storm over"
        ("Kim Sørensen ryddede sne. Kim fik en flaske rødvin.", ["Kim Sørensen", "Kim"]),
        ("Storm over Vesterhavet\nVagthavende Storm Nielsen fortæller.", ["Storm Nielsen"]),
        # a lower-case mention of a chat speaker written with capitals elsewhere
        (
            "[09:02] mette: er jakob her i dag?\n[09:03] Jakob Holm: jeg er her",
            ["mette", "jakob", "Jakob Holm"],
        ),
        # shops, colleges and clinics named after people or places are no persons
        ("Med venlig hilsen\nHR, Bilka Holstebro", []),
        ("Du kan tage kurset hos Niels Brock i foråret.", []),
        ("Møller & Søn, Kirsten Holm Tandklinik og Hanne", ["Hanne"]),
        ("Fra: Signe Klitgaard\nTil: Salg\nEmne: Ferie", ["Signe Klitgaard"]),
        # a lower-case definite noun after a name does not make it a shop
        ("Fra 1. januar overtager Mikkel Damsgaard butikken.", ["Mikkel Damsgaard"]),
    ],
)
def test_rosters_genitives_roles_and_firms(finder: FallbackNameFinder, text: str, expected: list[str]) -> None:
    assert names(finder, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a kinship word before a first name is a cue and stays outside the name; alone it is no name
        ("Närmast sörjande är maken Bo och dottern Elin.", ["Bo", "Elin"]),
        ("Sol Pedersen ejer hotellet med sin kone Pil.", ["Sol Pedersen", "Pil"]),
        ("Bror Nylander avled i fredags.", ["Bror Nylander"]),  # "Bror" is a first name: no kinship cue
        ('Vem inspirerar dig? "Min farfar Hassan."', ["Hassan"]),
        ("Far har ringet. Mormor kommer i morgen.", []),
        # the genitive of a first name that is a word, after the full name; a passive past after a lone one
        ("Vita Brøndum er død. Æret være Vitas minde.", ["Vita Brøndum", "Vitas"]),
        ("Storm Eriksson och Bo Lind. Storm tackades för sina år.", ["Storm Eriksson", "Bo Lind", "Storm"]),
        ("Bo Lind var där. Bo kvar i föreningen eller flytta?", ["Bo Lind"]),
        # a lone surname keeps the whole particle chain of its full name
        (
            "Johan van der Berg installerades. van der Berg kommer från Västerås.",
            ["Johan van der Berg", "van der Berg"],
        ),
        ("Till: Personalen\nFrån: Henrik Mattsson", ["Henrik Mattsson"]),
    ],
)
def test_kinship_genitives_and_particle_chains(finder: FallbackNameFinder, text: str, expected: list[str]) -> None:
    assert names(finder, text) == expected
