"""The offline name recognizer: cues, name lists, and negatives built from names."""

from __future__ import annotations

import pytest

from pii_scanner.detect.ner.fallback import FallbackNameFinder
from pii_scanner.detect.ner.langid import detect_language


@pytest.fixture(scope="module")
def finder() -> FallbackNameFinder:
    return FallbackNameFinder()


def names(finder: FallbackNameFinder, text: str) -> list[str]:
    found = finder.find(text)
    assert all(text[f.start : f.end] == f.value and f.entity_type == "PERSON" for f in found)
    assert all(0.5 <= f.score < 0.85 for f in found)  # below a model's score
    return [f.value for f in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kære Mette,\nTak for sidst.", ["Mette"]),
        ("Hej Ahmad,\nkan du sende filen?", ["Ahmad"]),  # unknown first name, salutation cue
        ("Bästa Karin,\nhär kommer underlaget.", ["Karin"]),
        ("Med venlig hilsen\nZeynep Yıldız\nØkonomi", ["Zeynep Yıldız"]),
        ("Med vänliga hälsningar\n\nNguyen Thi Lan", ["Nguyen Thi Lan"]),
        ("Fra: Jens Hansen <jens.hansen@firma.dk>", ["Jens Hansen"]),
        ("Cc: Ali Rahimi <ar@x.se>, Eva Ström <es@x.se>", ["Ali Rahimi", "Eva Ström"]),
        ("Navn: Oskar Lindqvist\nCPR: ...", ["Oskar Lindqvist"]),
        ("Namn: Fatima Al-Hassan", ["Fatima Al-Hassan"]),
        ("Mødet med Anne-Marie von Essen er flyttet.", ["Anne-Marie von Essen"]),
        ("Ebba af Klint och Gustaf de Geer kommer.", ["Ebba af Klint", "Gustaf de Geer"]),
        ("Kontakt direktør Brian Kowalski for detaljer.", ["Brian Kowalski"]),
        ("Mette Frederiksen talte. Senere sagde Frederiksen nej.", ["Mette Frederiksen", "Frederiksen"]),
        ("Per Hansen kommer også.", ["Per Hansen"]),
        # An initial before a surname the lists do not know, with or without a particle.
        ("Jeg har talt med J. Tjäder om tilbuddet.", ["J. Tjäder"]),
        ("Fakturan är godkänd av M. de Wrangel och skickad vidare.", ["M. de Wrangel"]),
        # A particle between two name-like words the lists do not know; "af" mid-sentence only.
        ("Vi har tagit emot din ansökan och Dusan af Tjäder kommer att ringa.", ["Dusan af Tjäder"]),
        ("Dusan von Tjäder holder oplæg kl. 10.", ["Dusan von Tjäder"]),
        # A stop word that is a first name opens a signature before another first name.
        ("Med vänliga hälsningar\n\nInga Cristina Lindquist\nAvdelningschef", ["Inga Cristina Lindquist"]),
        # A brand named after its founder is a person only with a strong cue.
        ("Til: Georg Jensen <gj@firma.dk>", ["Georg Jensen"]),
        # "Kopi:" labels the next field; a field's value ends after a mail address.
        ("Til: Anna <a@x.dk> Kopi: Bo <b@x.dk>", ["Anna", "Bo"]),
        ("Til: Anna Holm <a@x.dk> Fakturaen er betalt.", ["Anna Holm"]),
        # A role noun opening the sentence is not part of the name; "Välkommen" greets.
        ("Ny udstilling.\n\nMaleren Tina Kjærsgaard viser 30 værker.", ["Tina Kjærsgaard"]),
        ("Målvakten Folke Bergqvist räddade 41 skott.", ["Folke Bergqvist"]),
        ("Välkommen Stig Virtanen!", ["Stig Virtanen"]),
        # A predicate only a person has, after an unknown name; an unknown first name before a known one.
        ("Dusan Tjäder dömdes i går.", ["Dusan Tjäder"]),
        ("Ejvind Overby døde fredag, 87 år gammel.", ["Ejvind Overby"]),
        ("Jovana Sonny Kaya håller en dragning kl. 10.", ["Jovana Sonny Kaya"]),
        # A role in parentheses after a name, also in capitals.
        ("Mellem Bakkehus Ejendomme A/S (arbejdsgiver) og GITTE KROG (medarbejder) er aftalt:", ["GITTE KROG"]),
        ("Bestyrelsen: Frej Lund (formand) og Ib Krog (kasserer).", ["Frej Lund", "Ib Krog"]),
        # A capitalised particle inside a name.
        ("Till: Stina De Geer\nÄmne: Faktura", ["Stina De Geer"]),
        ("Torsdag: Bengt De Geer och L. De Geer", ["Bengt De Geer", "L. De Geer"]),
        # "Tak!" alone on its line signs off; a first name that is a word, alone after the full name.
        ("Send den til Mikkel.\n\nTak!\nSteen", ["Mikkel", "Steen"]),
        ("Velkommen til Sten Bech-Nielsen!\n\nPå mandag starter Sten i økonomi.", ["Sten Bech-Nielsen", "Sten"]),
    ],
)
def test_finds_names(finder: FallbackNameFinder, text: str, expected: list[str]) -> None:
    assert names(finder, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Vi holder til på H.C. Andersens Boulevard 12.",
        "Kontrakten med Lars Larsen Group er underskrevet.",
        "Vi ses på Gustav Adolfs torg kl. 12.",
        "Frokost på Jensens Bøfhus i morgen.",
        "Fakturaen fra Nielsen & Søn ApS er betalt.",
        "Per capita er udgifterne steget.",
        "Dag for dag bliver det bedre.",
        "Mark er en gammel møntenhed.",
        "Adressen er Jens Baggesens Vej 4.",
        "Leverandøren er Hansen A/S.",
        "Kære kunde,\ntak for din ordre.",
        "Stockholm och Göteborg ligger i Sverige.",
        "Ifølge direktionen i Georg Jensen er priserne steget.",
        "Lampen er fra Louis Poulsen.",
        "Rapporten af Tjäder er klar.",  # "af" opening a sentence: "by", not a particle
        "Venlig hilsen\nNordlys Advokater",  # a firm signs
        "Pressmeddelande från Astrid Lindgrens Värld.",
        "Vi bor på Mette Hansens Mølle.",  # a place named with a genitive surname
        "Novo Nordisk fylder 100 år.",  # firms have birthdays too
        "FAKTURA NR 12 (kopi)",
    ],
)
def test_negatives(finder: FallbackNameFinder, text: str) -> None:
    assert names(finder, text) == []


def test_explanation_has_recognizer_and_cues_not_names(finder: FallbackNameFinder) -> None:
    [f] = finder.find("Kære Mette,\nTak.")
    assert f.explanation.recognizer == "ner_fallback"
    assert f.explanation.context == ("salutation",)
    assert "Mette" not in repr(f.explanation)


def test_linear_on_big_text(finder: FallbackNameFinder) -> None:
    # No line breaks at all: every look-back must stay bounded (this was quadratic once).
    text = "Jens Hansen mødte Karin Svensson i Aarhus. " * 4000
    found = finder.find(text)
    assert len(found) == 8000


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Vi har modtaget din ansøgning og vender tilbage hurtigst muligt med svar.", "da"),
        ("Vi har tagit emot din ansökan och återkommer så snart som möjligt.", "sv"),
        ("We have received your application and will get back to you shortly.", "en"),
        ("Hei", None),
    ],
)
def test_language_id(text: str, lang: str | None) -> None:
    assert detect_language(text) == lang
