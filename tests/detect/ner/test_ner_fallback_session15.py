"""Golden table: session 15's name rules for chats, rosters and scanned text - a roster of "SURNAME, First"
lines whose surnames have several words or whose first names are unlisted; names in a text typed wholly in
lower case where a person stands (after a greeting, opening a clause before a verb); a lower-case name
closing a text after a sign-off; chat speakers of two words in lower case; one capitalised word in a
lower-case chat message; a transcript's speaker with an unlisted surname beside a role label; a nickname in
Swedish quotes; a surname split in two by OCR. Written with other names and texts than the evaluation sets;
the rows after each "not" comment guard against false hits."""

from __future__ import annotations

import pytest

from pii_scanner.detect.ner.fallback import FallbackNameFinder
from tests.detect.ner.golden_names import names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a roster of "SURNAME, First" lines: one certain line makes the shape, the others follow it
        (
            "HOLDLISTE\nMØLLER, Karen\nABDI WARSAME, Hibo\nVAN DER BERG, Lotte\nNYGÅRD, Tiwaporn",
            ["MØLLER, Karen", "ABDI WARSAME, Hibo", "VAN DER BERG, Lotte", "NYGÅRD, Tiwaporn"],
        ),
        (
            "NÄRVARO\nLINDQVIST, Maja\nAL-HASHIMI, Ahmed Karim\nFORS, Ann-Sofie",
            ["LINDQVIST, Maja", "AL-HASHIMI, Ahmed Karim", "FORS, Ann-Sofie"],
        ),
        # ... not a heading word before a surname on a line of its own, nor a roster with no certain line
        ("LØNSEDDEL HOLM, METTE", []),
        ("ABDI WARSAME, Hibo\nNYGÅRD, Tiwaporn", ["Hibo"]),
        # ... not a line whose words are labels or places
        (
            "HOLM, Karen\nBERG, Anna\nLUND, Per\nKONTOR, Aarhus\nADRESSE, Vejle",
            ["HOLM, Karen", "BERG, Anna", "LUND, Per"],
        ),
        # names in a text typed wholly in lower case
        ("hej jonas kan du hente pakken? frida har nøglen. mvh kasper", ["jonas", "frida", "kasper"]),
        ("tjena elias, kan du jobba i kväll? vera är borta", ["elias", "vera"]),
        # ... not a listed name where no person stands ("in case of", "ring til frank"), nor a word-name
        ("ja, in case of illness ring til frank eller drew", []),
        # ... not words that are also names ("sol", "per"), nor a lower-case e-mail address or path
        ("vi ses i morgen, sol og varme hele dagen. pris per stk 20 kr", []),
        ("skriv til jonas.berg@firma.dk eller se /home/frida/", []),
        # a lower-case name closing a text after a sign-off
        ("Tak for hjælpen med sofaen. hilsen grethe lund", ["grethe lund"]),
        ("Bra service! mvh\nhenrik", ["henrik"]),
        # ... not a word after the sign-off that is no name
        ("Tak for sidst. kram og knus", []),
        # chat speakers of two words or a double name in lower case
        (
            "[09:01] anne marie: er kunden kommet?\n[09:02] jonas: ja\n[09:03] anne marie: godt",
            ["anne marie", "jonas", "anne marie"],
        ),
        ("[10:01] ulla-britt: kommer du?\n[10:02] sven: ja", ["ulla-britt", "sven"]),
        # ... not a two-word label in lower case
        ("[10:01] status opdatering: klar\n[10:02] jonas: ok", ["jonas"]),
        # one capitalised word inside a chat message in lower case: a person
        (
            "[09:01] jonas: kan du tage Malthe med?\n[09:02] frida: ja, jeg tager Sirisha med",
            ["jonas", "Malthe", "frida", "Sirisha"],
        ),
        # ... not a place after a preposition, a noun's definite form, a brand or a product with its noun
        (
            "[09:01] jonas: jeg kører til Roskilde\n[09:02] frida: ok, tag Volvoen og husk Tuborg Classic",
            ["jonas", "frida"],
        ),
        # a transcript's speaker with an unlisted surname beside a role label
        ("VÆRT: Velkommen.\nMETTE SKRYDSTRUP: Tak.\nVÆRT: Og så?", ["METTE SKRYDSTRUP"]),
        # ... not without a role label in the transcript
        ("METTE SKRYDSTRUP: Tak.", []),
        # a nickname in Swedish quotes (the same mark on both sides)
        ("Med i laget: Olof ”Olle” Brandt och Siv Ek.", ["Olof ”Olle” Brandt", "Siv Ek"]),
        # a surname split in two by OCR
        ("Kære Hr. Niels Mad sen\nTak for brevet.", ["Niels Mad sen"]),
        ("Bäste herr Olof Lind gren …", ["Olof Lind gren"]),
        # ... not a name before a short word of the sentence
        ("Vi talte med Karen Holm se her.", ["Karen Holm"]),
        ("Per Berg er her.", ["Per Berg"]),
    ],
)
def test_session15_names(finder: FallbackNameFinder, text: str, expected: list[str]) -> None:
    assert names(finder, text) == expected


def test_split_surname_check_same_with_a_warm_memo() -> None:
    """The OCR-split check memoises, per name, whether its last word can head a split surname: a name seen
    first before a word of the sentence and then before a split piece (and the reverse) is read the same
    by a fresh finder and by one that has seen the other texts."""
    texts = [
        "Vi talte med Niels Mad i går.",
        "Kære Hr. Niels Mad sen\nTak for brevet.",
        "Olof Lind gren …",
        "Olof Lind er her.",
        "Niels Mad sen og Olof Lind gren",
    ]
    warm = FallbackNameFinder()
    seen = [names(warm, t) for t in texts]
    assert seen == [names(FallbackNameFinder(), t) for t in texts]
    assert seen[1] == ["Niels Mad sen"] and seen[2] == ["Olof Lind gren"]
