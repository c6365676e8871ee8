"""Golden table: session 19's name rules for informal text - a listed first name in lower case where only a person
stands in a text not wholly in lower case (greeted or thanked, asked or told, beside a pronoun, called at a
message's end, after "@"), a first name found capitalised written in lower case at a clause's start before a verb,
and a thread's line headed by a first name in lower case, perhaps with a surname's initial. Written with other
names and texts than the evaluation sets; the rows after each "not" comment guard against false hits."""

from __future__ import annotations

import pytest

from pii_scanner.detect.ner.fallback import FallbackNameFinder
from tests.detect.ner.golden_names import names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # greeted or thanked
        ("Hej mette, kan du tage vagten i morgen?", ["mette"]),
        ("Hejsan linnea! Kommer du på fredag?", ["linnea"]),
        ("Super. Tak sofie 🙏 Vi ses.", ["sofie"]),
        ("Bra jobbat. Tack olof, det blev fint.", ["olof"]),
        # ... not a greeting to all, a word that is a name too, nor a word joined to the greeting
        ("Hej alle, mødet er flyttet. Tak for kaffe!", []),
        ("Hej sol og sommer! Tack bo, vi ses.", []),
        ("This is it, hi there", []),
        # asked or told, a listed surname after it
        ("Spørg lars om han har nøglen.", ["lars"]),
        ("Kan du fråga erik om bilen?", ["erik"]),
        ("Husk at sige det til peter i morgen. Ring til karin hansen.", ["peter", "karin hansen"]),
        ("Säg till anna att mötet är flyttat.", ["anna"]),
        # ... not a place or a time after "til", nor a word-name
        ("Vi kører til skagen og kommer hjem til jul. Sig til bo at han skal komme.", []),
        # beside a pronoun
        ("mette og jeg tager toget kl 8. Ses vi?", ["mette"]),
        ("Jag och johan kommer sent.", ["johan"]),
        # ... not a noun
        ("Jeg og min søster kommer. Du og familien er velkomne.", []),
        # called at a message's end after a comma or a preposition of persons
        ("Tak for i går, sofie! Det var hyggeligt.", ["sofie"]),
        ("Har du pratat med johan? Han verkar sur.", ["johan"]),
        ("Godt gået, jonas", ["jonas"]),
        # ... not a word ending a list, nor a word after "med"
        ("Vi solgte æbler, pærer og blommer, ja! Ta med en ost!", []),
        ("Jeg kommer fra haven. Han fandt den.", []),
        # after "@"
        ("Tak @jonas for hjælpen med flytningen!", ["jonas"]),
        ("Kan du kolla @maja?", ["maja"]),
        # ... not an address
        ("Skriv til ole@firma.dk eller @support", []),
        # a first name found capitalised, in lower case opening a clause before a verb
        ("Jeg talte med Mette i går. mette siger at det er fint.", ["Mette", "mette"]),
        ("Vi såg Elsa på stan. elsa har ny cykel.", ["Elsa", "elsa"]),
        # ... not a word-name, nor a word after an article
        ("Björn Holm vann. En björn sågs i Sollefteå.", ["Björn Holm"]),
        # a thread's line headed by a first name in lower case, also with a surname's initial
        ("Pia: Hvem kører?\nOle K: Det gør jeg\nsøren k: Jeg tager to", ["Pia", "Ole K", "søren k"]),
        ("Eva: Vem kör?\nLars B: Jag kan\nmaria: Jag tar två", ["Eva", "Lars B", "maria"]),
        # ... not a label among form lines, nor a word-name heading a line
        ("Navn: Ole Holm\nAdresse: Vej 3\nnote: ring\nmette: hej", ["Ole Holm"]),
        ("Pia: Hvem kører?\nOle K: Det gør jeg\nstatus: ok\nbo: Jeg tager to", ["Pia", "Ole K"]),
    ],
)
def test_session19_informal_names(finder: FallbackNameFinder, text: str, expected: list[str]) -> None:
    assert names(finder, text) == expected
