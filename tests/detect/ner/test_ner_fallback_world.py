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
