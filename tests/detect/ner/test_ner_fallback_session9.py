"""Golden table: session 9's name rules - honours, public bodies, foreign sign-offs, role compounds and
imperatives before a name, animals and storms named like people, a surname's initial after a first name.
Written with other names and words than the evaluation sets."""

from __future__ import annotations

import pytest

from pii_scanner.detect.ner.fallback import FallbackNameFinder
from tests.detect.ner.golden_names import names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # orders and honours are no persons; the person honoured is
        ("Lærer Grete Holm blev i går Kommandør af Dannebrog.", ["Grete Holm"]),
        ("Hun er udnævnt til Ridder af Dannebrog, oplyser Lis Bangsgaard.", ["Lis Bangsgaard"]),
        # an English month is a date
        ("We move the workshop to January, writes Mikkel Brun.", ["Mikkel Brun"]),
        # a sign-off in German: the writer's name follows it
        ("Hallo Jonas,\ndanke für die Zeichnungen.\nViele Grüße, Heike", ["Jonas", "Heike"]),
        ("Hallo Tove,\nbis bald.\nHerzliche Grüße\nHeike Kranz", ["Tove", "Heike Kranz"]),
        # a public body signing a letter or opening a headline
        ("Kære Ejnar Lund\nVi har modtaget dit brev.\nVenlig hilsen\nArbejdstilsynet", ["Ejnar Lund"]),
        # clergy, representatives and "-ansvarig" roles before a name stay outside it
        ("Søndag prædiker provst Henning Lau. Provst Henning Lau er ny i sognet.", ["Henning Lau", "Henning Lau"]),
        ("Medarbejderrepræsentant Tyge Brøns var glad for beslutningen.", ["Tyge Brøns"]),
        ("Skolansvarig Tyra Ek svarar.", ["Tyra Ek"]),
        ("Kursansvarig Tove Ekdahl svarar på frågor.", ["Tove Ekdahl"]),
        # an imperative in slide notes, a tracked-change label
        ("Noter: Nævn Ulla Brink og Kaj Holt.", ["Ulla Brink", "Kaj Holt"]),
        ("Arbetstagare: [Borttaget: Theo] [Infogat: Teo Lindahl]", ["Theo", "Teo Lindahl"]),
        # an animal or a storm named like a person, in every mention
        ("Katten Rosa er væk. Rosa er sort og hvid, skriver ejeren Jonna Lund.", ["Jonna Lund"]),
        ("Orkanen Ingrid nåede kysten i nat. Da Ingrid kom, gik strømmen, siger Ove Bruun.", ["Ove Bruun"]),
        ("Gäst: Bella (schnauzer), ägare: Tim Holtz", ["Tim Holtz"]),
        # a surname's initial after a first name: in a note, heading a chat post, at a line's end
        ("Nästa besök gör Vera K. kl 14.", ["Vera K."]),
        ("[10:02] Rikke S.: kommer lidt senere\n[10:03] Bo Lind: ok", ["Rikke S.", "Bo Lind"]),
        ("Faktura 77\nVores reference: Benny T", ["Benny T"]),
    ],
)
def test_session9_rules(finder: FallbackNameFinder, text: str, expected: list[str]) -> None:
    assert names(finder, text) == expected
