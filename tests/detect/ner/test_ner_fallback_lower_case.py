"""Golden table: names written in lower case where a person's name must stand - the whole value of a name field
filled in by hand, the words after a verb of naming, the speakers of a lower-case chat thread (also those no list
holds), their genitives and listed first names after a preposition of persons in such a thread; and what stays no
name there. Written with other names and texts than the evaluation sets."""

from __future__ import annotations

import pytest

from pii_scanner.detect.ner.fallback import FallbackNameFinder
from tests.detect.ner.golden_names import names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the whole value of a name field, in lower case
        ("Klage over skrald\nNavn: sanne al-rashid\nAdresse: Bygaden 4", ["sanne al-rashid"]),
        ("Ansökan\nNamn: oskar lindqvist\nTelefon: 070-1234567", ["oskar lindqvist"]),
        ("Kunde: birgitte holm\nOrdre: 4411", ["birgitte holm"]),
        # a verb of naming before the name
        ("hej jeg hedder rasmus holm og vil gerne bestille tid", ["rasmus holm"]),
        ("jag pratade med en som hette ingrid men fick inget svar", ["ingrid"]),
        # ... but not a word, nor a value that is no name
        ("Navn: ukendt\nStatus: ok\nSag: afventer svar", []),
        ("Det hedder ikke noget særligt, og filen hedder rapport.", []),
        ("Varan heter kaffe och kostar 40 kr.", []),
    ],
)
def test_lower_case_fields_and_naming_verbs(finder: FallbackNameFinder, text: str, expected: list[str]) -> None:
    assert names(finder, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lower-case chat: a speaker no list holds is a person when a listed speaker is in the thread
        (
            "[09:01] karin: kommer du?\n[09:02] zhyldyz: om fem min\n[09:03] karin: ok",
            ["karin", "zhyldyz", "karin"],
        ),
        # a speaker's genitive and a listed first name after "hos" in the thread
        (
            "[11:10] sanne: hvor er peters nøgler?\n[11:11] peter: de ligger hos gitte\n[11:12] sanne: tak",
            ["sanne", "peters", "peter", "gitte", "sanne"],
        ),
        # a speaker written with an initial ("Jonas K:") is the lower-case "jonas" and "jonas'" in the thread
        ("[08:00] mia: har nogen set jonas taske?\n[08:05] Jonas K: den er her", ["mia", "jonas", "Jonas K"]),
        # a label heading a chat line is no speaker
        ("[10:02] status: build ok\n[10:03] info: deploy kl 12", []),
    ],
)
def test_lower_case_chat(finder: FallbackNameFinder, text: str, expected: list[str]) -> None:
    assert names(finder, text) == expected
