"""Session-19 rules (issue 13 part 2), from hold-out v16's error classes, each a mechanism probed both ways in Danish,
Swedish and English with sentences of our own (no sentence of any evaluation set).

An indirect question ("Hon frågade vad en genetisk utredning kostar", "spurgte, hvornår ...", "asks whether ...",
`suppressors.asked`) asks; its content is no statement about anybody, unless a pronoun or possessive of the person
stands inside the question ("spurgte, hvordan hun skal tage sin insulin") or the statement comes before it.

The writer of "min kæreste", "my boyfriend" is also named by a chat log's lower-case handle ("emil: ...", on two
lines at least) and by a forum post's head ("Bruger Mads_Odense skriver:", "User peter77 writes:"); the given name
opening the handle or user name gives the writer's gender. "min MS", "hennes MS" (a possessive before the
abbreviation) is multiple sclerosis; "MS Word", "MS Teams" are programs."""

from __future__ import annotations

import pytest

from pii_scanner.classify.special_categories import load_special_categories


@pytest.fixture(scope="module")
def sc():  # type: ignore[no-untyped-def]
    return load_special_categories()


ASKED = [
    # --- an indirect question about a thing in general: nothing (da, sv, nb, en)
    ("Kundenotat\nKunde: Bjarne Lauritsen\nHan spurgte, hvad en gentest koster.", []),
    ("Notat\nBorger: Hanne Kvist\nHun spørger, hvordan man melder sig ind i en fagforening.", []),
    ("Notat\nBorger: Hanne Kvist\nHun spurgte, hvornår moskeen holder åbent under ramadanen.", []),
    ("Anteckning\nKund: Ove Strand\nHan frågade vad ett DNA-test kostar hos er.", []),
    ("Anteckning\nKund: Britt Sjö\nHon undrar om försäkringen täcker en gentest.", []),
    ("Notat\nKunde: Arne Vik\nHan spurte hva en gentest koster.", []),
    ("Call note\nCustomer: Lisa Grant\nShe asked when the mosque opens during Ramadan.", []),
    ("Claim note\nInsured: Roger Banks\nHe asked whether the policy covers chemotherapy abroad.", []),
    # --- a pronoun or possessive of the person inside the question, or a statement before it: still told
    ("Kundenotat\nKunde: Bjarne Lauritsen\nHan spurgte, hvordan han skal tage sin insulin på rejsen.", ["health"]),
    ("Anteckning\nKund: Ove Strand\nHan frågade hur hans diabetes påverkar premien.", ["health"]),
    ("Claim note\nInsured: Roger Banks\nHe asked whether his chemotherapy abroad is covered.", ["health"]),
    ("Anteckning\nKund: Britt Sjö\nHon har diabetes och undrar om försäkringen täcker insulinpump.", ["health"]),
    ("Notat\nKunde: Bjarne Lauritsen\nHan er i kemoterapi og spørger, om rejsen er dækket.", ["health"]),
]


@pytest.mark.parametrize(("text", "expected"), ASKED)
def test_indirect_question_asks(sc, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert sc.classify(text) == expected


WRITER = [
    # --- a lower-case chat handle and a forum post's user name name the writer (da, sv, en); both ways
    ("Chat\nemil: skal jeg fortælle far det\nemil: jeg er forelsket i Jonatan fra klassen", ["sexual_orientation"]),
    ("Chat\nemil: skal jeg fortælle far det\nemil: jeg er forelsket i Sofie fra klassen", []),
    ("Chat\nidun: ska jag berätta för mamma\nidun: jag är kär i Wilma och vi är ihop", ["sexual_orientation"]),
    ("Chat\nidun: ska jag berätta för mamma\nidun: jag är kär i Oskar och vi är ihop", []),
    ("Chat\nnoah: should I tell mum tonight\nnoah: my boyfriend Liam is coming to dinner", ["sexual_orientation"]),
    ("Chat\nnoah: should I tell mum tonight\nnoah: my girlfriend Lily is coming to dinner", []),
    ("Besked\nemil: jeg er forelsket i Jonatan fra klassen", []),
    (
        "Tråd: Hvor kan man danse?\nBruger Mads_Odense skriver: Min kæreste Frederik og jeg vil lære salsa. Tips?",
        ["sexual_orientation"],
    ),
    ("Tråd: Hvor kan man danse?\nBruger Mads_Odense skriver: Min kæreste Frederikke og jeg vil lære salsa. Tips?", []),
    (
        "Tråd: Var kan man dansa?\nAnvändaren lisa_umea skriver: Jag och min flickvän Elin vill lära oss salsa.",
        ["sexual_orientation"],
    ),
    ("Tråd: Var kan man dansa?\nAnvändaren lisa_umea skriver: Jag och min pojkvän Erik vill lära oss salsa.", []),
    (
        "Thread: salsa classes?\nUser peter77 writes: My husband and I want to learn salsa, any tips?",
        ["sexual_orientation"],
    ),
    ("Thread: salsa classes?\nUser peter77 writes: My wife and I want to learn salsa, any tips?", []),
    ("Hej Lone, det er Pia. Jeg kan ikke komme i morgen, min MS driller igen. Knus", ["health"]),
    ("Hej Lone, det er Pia. Jeg kan ikke komme i morgen, min MS Word driller igen. Knus", []),
    ("Hej Stina! Jag kommer inte ikväll, min MS har blossat upp. Kram Eva", ["health"]),
    ("Hej Stina! Jag kommer inte ikväll, min dator har krånglat. Kram Eva", []),
]


@pytest.mark.parametrize(("text", "expected"), WRITER)
def test_writer_by_handle_and_possessive_ms(sc, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert sc.classify(text) == expected


PLACES_AND_CLAIMS = [
    # --- a verb of travelling before "til/till/to" makes the name after it a place (a saint's city is no person)
    (
        "Reseförfrågan: Vi är en grupp från Sankta Anna församling som vill pilgrimsvandra till Santiago i juni.",
        [],
    ),
    ("Forespørgsel: Vi er en gruppe fra Sankt Markus menighed, der vil vandre til Santiago i maj.", []),
    ("Notat: Jens Holm vil rejse til Lourdes med sin menighed og er katolik.", ["religion"]),
    # --- an insurance claim's note ("Skadenote", "Skadeanteckning", "Claim note") reports the insured's loss
    ("Skadenotat, kunde Ole Berg: Indbrud i kælderen, to cykler stjålet. Anmeldt til politiet.", []),
    ("Claim note, customer Tom Hart: burglary at his garage, bike stolen. Reported to police.", []),
    (
        "Skadenote, kunde Ole Berg: Kunden blev dømt for spritkørsel i marts og har mistet kørekortet.",
        ["criminal_records"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PLACES_AND_CLAIMS)
def test_travel_destinations_and_claim_notes(sc, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert sc.classify(text) == expected


TELEGRAPHIC = [
    # --- a note of fragments joined by commas under its person's field leans on that person (da, sv, en)
    ("Apoteksnote\nKunde: Lis Dahl\nFørste udlevering af insulin, instrueret i pennen.", ["health"]),
    ("Journalanteckning\nPat.: Karin Ek\nHälsena av, opererad i maj, går med kryckor.", ["health"]),
    ("Pharmacy note\nCustomer: Tom Hart\nFirst supply of insulin, shown the pen, next visit in May.", ["health"]),
    # no term, a list of single nouns, or a full clause about a thing: nothing
    ("Pharmacy note\nCustomer: Tom Hart\nParcel sent yesterday, receipt attached.", []),
    ("Notat\nMedarbejder: Lis Dahl\nKantinen lukket i dag, diabetesforeningen holder møde, alle velkomne.", []),
]


@pytest.mark.parametrize(("text", "expected"), TELEGRAPHIC)
def test_telegraphic_note_leans_on_its_person(sc, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert sc.classify(text) == expected


HOUSEHOLD = [
    # --- "vi"/"we" doing something with the family is a household, not an organisation (da, sv, en); a firm's
    # or a meeting's "we" stays generic
    ("Besked fra Omar\nSara er fri på fredag. Vi fejrer Eid med familien i moskeen.", ["religion"]),
    ("Besked fra Omar\nSara er fri på fredag. Vi holder møde med familien om skolestart.", []),
    ("Meddelande från Lina\nAdam är ledig på måndag. Vi firar Diwali med hela familjen i templet.", ["religion"]),
    ("Message from Anna\nNoah is off on Friday. We celebrate Hanukkah with the family at the synagogue.", ["religion"]),
    ("Nyhedsbrev\nVi fejrer jul med familien, og kantinen serverer risalamande.", []),
    ("Firmanyt\nVi tilbyder alle medarbejdere en sundhedsordning, også med familien.", []),
]


@pytest.mark.parametrize(("text", "expected"), HOUSEHOLD)
def test_we_with_the_family_is_a_household(sc, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert sc.classify(text) == expected


CARRIES = [
    # --- English "carries ~ variant/mutation", "homozygous", like the Danish "bærer af ~ mutation*"; other carrying
    # is no gene
    (
        "Case note\nClient: Mark Dean\nHe carries the MYH7 variant linked to heart disease, confirmed by the lab.",
        ["genetic"],
    ),
    ("Case note\nClient: Mark Dean\nShe carries a BRCA1 mutation and wants yearly scans.", ["health", "genetic"]),
    ("Case note\nClient: Mark Dean\nHe carries the boxes to the van every morning.", []),
    ("Case note\nClient: Mark Dean\nThe shop carries a new variant of the phone.", []),
    ("Notes\nPatient: Ann Cole\nAnn is homozygous for the factor V Leiden variant.", ["genetic"]),
]


@pytest.mark.parametrize(("text", "expected"), CARRIES)
def test_english_carries_a_variant(sc, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert sc.classify(text) == expected
