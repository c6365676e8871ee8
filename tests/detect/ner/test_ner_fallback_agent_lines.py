"""Golden table: a first name in lower case on an app's line of who made a poll, post or file, written without a
colon ("Oprettet af frode", "Skapad av siri", "Created by anna"). Written with other names and texts than the
evaluation sets; the rows after each "not" comment guard against false hits."""

from __future__ import annotations

import pytest

from pii_scanner.detect.ner.fallback import FallbackNameFinder
from tests.detect.ner.golden_names import names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Indkøbsliste\n- mælk\n- brød\nOprettet af mette", ["mette"]),
        ("Delt album (14 billeder)\nDelt af torben · 2. dec", ["torben"]),
        ("Senest ændret af jonas holm\nVersion 4", ["jonas holm"]),
        ("Omröstning: Var äter vi?\nSkapad av linnea", ["linnea"]),
        ("Dokument\nSenast redigerad av åsa (vikarie)", ["åsa"]),
        ("Shared folder\nCreated by anna", ["anna"]),
        # ... not a thing a line is made of, a word-name, a second word that is no name, nor a clause
        ("Bordet er lavet af eg\nSkabt af kærlighed", []),
        ("Huset är byggt av sten", []),
        ("Oprettet af bo", []),
        ("Skrevet af anna og co", []),
        ("Brevet blev skrevet af anna i går", []),
    ],
)
def test_agent_lines(finder: FallbackNameFinder, text: str, expected: list[str]) -> None:
    assert names(finder, text) == expected
