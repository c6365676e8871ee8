"""Golden table: session 20's name rules for informal text - a listed first name in lower case (no everyday word)
asked with a softening adverb ("spørg lige"), named as who is writing or called ("det er ... fra", "är det ...?"),
after a kinship word, in a list of two listed first names or more, again after it was found in lower case, or
opening a clause before a verb known by its tense ending; the slots of session 19 now hold in a text wholly in lower
case too; a thread's user name made of a first name ("jens_p") counts as a person's. Written with other names and
texts than the evaluation sets; the rows after each "not" comment guard against false hits."""

from __future__ import annotations

import pytest

from pii_scanner.detect.ner.fallback import FallbackNameFinder
from tests.detect.ner.golden_names import names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # asked with a softening adverb between
        ("Kan du spørg lige henrik om bilen? Den holder ude foran.", ["henrik"]),
        ("Fråga bara agnes om hon vill följa med.", ["agnes"]),
        # ... not without a name
        ("spørg lige om der er mere kaffe", []),
        # who is writing or called
        ("hej det er camilla fra frisøren, du har tid tirsdag kl 10", ["camilla"]),
        ("hallå, det är hanna här. ring mig när du kan", ["hanna"]),
        ("hej er det viggo? jeg har din cykel", ["viggo"]),
        # ... not a word, nor a word-name
        ("det er ok, det er fint med mig", []),
        ("det är sol hela veckan och det är kallt", []),
        # after a kinship word, also a genitive
        ("husk at farmor lise kommer på søndag", ["lise"]),
        ("glöm inte morfar göstas kalas på lördag", ["göstas"]),
        ("mormor hedvig kommer i morgen", ["hedvig"]),
        # ... not kinship words alone
        ("min bror er syg, og mor har fri", []),
        ("Hennes son, Nils Berg, var med. Mor og far kom også.", ["Nils Berg"]),
        # in a list holding two listed first names at least
        ("vi har inviteret karoline, valdemar og astrid til middag", ["karoline", "valdemar", "astrid"]),
        ("lag 2: elvira, ingrid, mamma och arvid", ["elvira", "ingrid", "arvid"]),
        # ... not a list of things, nor a word-name in one
        ("vi skal købe mælk, æg, smør og brød", []),
        ("kaffe, te og sol på terrassen", []),
        # found in lower case, then again
        ("jeg kan tage karoline og valdemar med. karoline skal hentes kl 8", ["karoline", "valdemar", "karoline"]),
        # opening a clause before a verb known by its ending
        ("alle er klar. henrik kører bilen og astrid sender kortet", ["henrik", "astrid"]),
        ("hanna hämtar barnen, sedan lagar vi mat", ["hanna"]),
        # ... not a word-name
        ("sol skinner og regn falder", []),
        # a thread's user name made of a first name counts towards the thread ("jens_p" itself is not marked)
        ("jens_p skrev: hvem kommer i aften?\nmalene: jeg kommer\njens_p: godt, viggo har kagen", ["malene", "viggo"]),
        # ... not a form's labels
        ("admin_1: velkommen\ninfo: regler\nstatus: ok", []),
    ],
)
def test_session20_informal_names(finder: FallbackNameFinder, text: str, expected: list[str]) -> None:
    assert names(finder, text) == expected
