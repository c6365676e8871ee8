"""Session-12 rules and golden rows, written with other texts and names than any evaluation set: a fault of
a personal phone or computer's face or fingerprint unlock is no biometric data (a failing reader at work still
holds the person's template); an errand verb whose object is a named person taken by a biometric means enrols
that person; a name addressed after a thanks or congratulation ("Tak for mødet i dag, Bente Lind.") is whom a
later "du"/"dig"/"din" means."""

from __future__ import annotations

import pytest

from pii_scanner.classify.special_categories import load_special_categories


@pytest.fixture(scope="module")
def classify():  # type: ignore[no-untyped-def]
    sc = load_special_categories()
    return lambda text: sc.classify(text)


# Each of these failed before this session's rules.
NEW_RULES = [
    # a personal device's unlock feature that fails, in each language
    ("Face ID virker ikke på min nye telefon.", []),
    ("Face ID fungerar inte på min nya telefon.", []),
    ("Touch ID på min bærbare virker ikke længere.", []),
    ("Ansiktsgjenkjenningen på mobilen min fungerer ikke etter oppdateringen.", []),
    ("Face ID stopped working on my phone after the update.", []),
    # enrolment of the named person by an operator or a machine
    ("Stämpelklockan registrerar Malin Ek via fingeravtryck.", ["biometric"]),
    ("Systemet registrerer Bo Lind med fingeraftryk ved mødet.", ["biometric"]),
    # a name addressed after a thanks, then "du"
    ("Tak for mødet i dag, Bente Lind. Det er godt at høre, at du er gravid og har det godt.", ["health"]),
    ("Tack för samtalet idag, Malin Ek. Som vi pratade om är du sjukskriven till fredag.", ["health"]),
    ("Takk for praten, Ola Nordmann. Vi har notert at du er gravid.", ["health"]),
    ("Referat. Tusind tak for i dag, Kim Vestergaard! Vi noterede at du har diabetes.", ["health"]),
]


@pytest.mark.parametrize(("text", "expected"), NEW_RULES)
def test_new_rules(classify, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert classify(text) == expected


# Hard negatives and positives at each rule's edge.
BOUNDS = [
    # a failing reader at work still holds the person's template
    ("Min håndfladescanner virker ikke længere ved indgangen, selv om jeg blev registreret i mandags.", ["biometric"]),
    ("Mitt fingeravtryck i stämpelterminalen fungerar inte längre, kan ni registrera ett nytt?", ["biometric"]),
    # the fault drops only the biometric word: another category in the sentence stays
    ("Min Face ID virker ikke på telefonen, og jeg er sygemeldt med lungebetændelse.", ["health"]),
    # a device without a fault: the writer's own unlock feature named, nothing fails
    ("Jeg har fået taget fingeraftryk til mit nye pas.", ["biometric"]),
    # an errand verb without a named object, or with a person as the subject, enrols nobody
    ("Stämpelklockan registrerar arbetstid via fingeravtryck.", []),
    ("Lena Holm registrerar besökare via fingeravtryck i receptionen.", []),
    # a thanks without a name, or a name addressed after the "du" sentence
    ("Tak for mødet i dag. Det er godt at høre, at du er gravid.", []),
    ("Det er godt at høre, at du er gravid. Tak for mødet i dag, Bente Lind.", []),
    # a thanks to a group, then a general "du"
    ("Tak for mødet, alle sammen. Husk at du kan melde dig ind i fagforeningen.", []),
    # a hypothetical after the addressed name is still nobody's
    ("Tak for mødet i dag, Bente Lind. Skulle du blive syg, så ring.", []),
]


@pytest.mark.parametrize(("text", "expected"), BOUNDS)
def test_new_rules_keep_their_bounds(classify, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert classify(text) == expected
