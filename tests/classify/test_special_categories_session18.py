"""Session-18 same-sex partner rules (issue 13 part 2), a mechanism instead of phrases: a partner noun of inherent
gender ("mand", "kone", "fru", "man", "husband", "wife") compared with the gender of its holder. The holder of "min
..." / "my ..." is the writer: besides a signature, sender or self-introduction, an application's own name field
("Navn:", "Namn:", "Name:", "Ansøger:") names the writer, unless the text speaks of a third person ("Navn: Oskar ...
Min mand henter ham": a parent filling in a child's form). The holder of "sin mand, Ole, som han ..." is the subject
of the object relative clause on the partner (the partner is its object), when the holder's name tells no gender.
A record's next-of-kin field ("Pårørende:", "Närmast anhörig:", "Next of kin:", "Emergency contact:") whose
relation is a spouse or partner compares the record person's gender (its "Patient:"/"Medarbejder:"/"Anställd:"/
"Employee:"/"Navn:" field) with the relation word's or the next of kin's. A name given to both boys and girls (Kim,
Robin, Alex, Mika, Sam, Charlie, ...) tells no gender at all. A registration's plus-one ("Jonas Berg + ægtefælle
(Mikael Berg)") compares the name before "+" with the spouse word or the partner's given name.
Every row is written for this test, with names and sentences of no evaluation set."""

from __future__ import annotations

import pytest

from pii_scanner.classify.special_categories import load_special_categories

SO = ["sexual_orientation"]


@pytest.fixture(scope="module")
def sc():  # type: ignore[no-untyped-def]
    return load_special_categories()


ROWS = [
    # --- an application's name field names the writer of its first-person text (da, sv, en)
    ("Orlov – ansøgning\nNavn: Mette Kragh\nMin kone Birgit fylder 60 i maj, og jeg søger om en fridag.", SO),
    ("Ledighetsansökan\nNamn: Per Olsson\nMin man Göran fyller 60 i juni och jag vill ta ledigt den dagen.", SO),
    ("Leave request\nName: Henrik Dahl\nMy husband, Martin, and I move house on Friday, so I need a day off.", SO),
    ("Ansøgning om fleksibel arbejdstid\nAnsøger: Frederik Juhl\nMin mand og jeg har fået plejebarn fra 1. marts.", SO),
    # different genders, or a name of both genders: nothing
    ("Orlov – ansøgning\nNavn: Mette Kragh\nMin mand Birger fylder 60 i maj, og jeg søger om en fridag.", []),
    ("Ledighetsansökan\nNamn: Per Olsson\nMin fru Göta fyller 60 i juni och jag vill ta ledigt den dagen.", []),
    ("Leave request\nName: Henrik Dahl\nMy wife, Martina, and I move house on Friday, so I need a day off.", []),
    ("Orlov – ansøgning\nNavn: Kim Holst\nMin mand Birger fylder 60 i maj, og jeg søger om en fridag.", []),
    ("Leave request\nName: Robin Berg\nMy husband, Martin, and I move house on Friday, so I need a day off.", []),
    ("Ledighetsansökan\nNamn: Alex Ström\nMin fru Göta fyller 60 i juni och jag vill ta ledigt den dagen.", []),
    ("Hej Tove\nMin fru Lisa kommer också på festen.\nHälsningar Mika", []),
    ("Hej Tove\nMin kone Lisa kommer også til festen.\nHilsen Sam", []),
    # a form about another person (a child), filled in by a parent: no writer from the name field
    ("Tilmelding til svømmehold\nNavn: Oskar Lund\nMin mand Peter henter ham om torsdagen.", []),
    ("Anmälan till simskolan\nNamn: Olle Berg\nMin man Stefan hämtar honom, han har glasögon.", []),
    # a record's "Patient:"/"Borger:" is not the writer; unsigned "min mand" says nothing
    ("Journalnotat\nPatient: Bo Friis\nMin mand er syg, siger nabokonen, der ringer.", ["health"]),
    ("Min mand Anders fylder 50 på fredag, så jeg har fri.", []),
    # --- the holder in an object relative clause on the partner, the holder's name of no known gender
    ("Notat\nBorger: Zoran Petrović\nZoran bor sammen med sin mand, Ole, som han gerne vil have skrevet på.", SO),
    ("Anteckning\nKlient: Dragan Ilić\nDragan bor med sin man, Erik, som han vill ha som kontaktperson.", SO),
    ("Case note\nClient: Zoran Petrović\nZoran lives with his husband, Ole, whom he wants listed as next of kin.", SO),
    ("Notat\nBorger: Zoran Petrović\nZoran bor sammen med sin kone, Lene, som han gerne vil have skrevet på.", []),
    ("Notat\nBorger: Zoran Petrović\nZoran bor sammen med sin kone, Lene. Hun arbejder som lærer.", []),
    # --- pronoun and genitive holders (already so before; kept as the mechanism's rows)
    ("Referat: Bent fortalte, at han og hans kæreste Morten har købt hus i Roskilde.", SO),
    ("Mødenotat: Dorte nævnte, at hendes kone er flyttet til Aarhus.", SO),
    ("Hi all, just so you know: Ingrid and her wife are expecting in May.", SO),
    ("Hej Tove\nJeg kan desværre ikke komme på fredag, min mand Anders har fødselsdag.\nHilsen Kasper", SO),
    ("Hej alla\nJag och min fru Ingrid flyttar till Umeå i höst.\nHälsningar Anna", SO),
    ("Mødenotat: Dorte nævnte, at hendes mand er flyttet til Aarhus.", []),
    ("Mødenotat: Dorte nævnte, at hendes mands kollega Peter er flyttet til Aarhus.", []),
    ("Hej Tove\nJeg kan desværre ikke komme, min mands kollega Anders har reception.\nHilsen Lene", []),
    # --- a record's next of kin who is its person's spouse: the person's name field against the relation word or,
    # for a word of no gender, the next of kin's given name
    ("Patient: Ole Holm\nPårørende: Lars Holm (ægtefælle)", SO),
    ("Pårørende: Lars Holm (ægtefælle)\nPatient: Ole Holm", SO),
    ("Medarbejder: Susanne Berg\nNærmeste pårørende: Henriette Berg, ægtefælle", SO),
    ("Anställd: Petra Holm\nNärmast anhörig: Linda Holm\nRelation: maka", SO),
    ('{"employee": "Tom Reed", "next of kin": "Paul Reed", "relationship": "spouse"}', SO),
    ("Surname: Reed\nEmergency contact: Paul Reed (husband)\nEmployee: Tom Reed", SO),
    ("Patient: Ole Holm\nPårørende: Lars Holm (registreret partner)", SO),
    ("Patient: Ole Holm\nPårørende: Lise Holm (ægtefælle)", []),
    ("Patient: Ole Holm\nPårørende: Lars Holm (søn)", []),
    ("Patient: Ole Holm\nPårørende: Lars Holm (søn)\nPårørende 2: Mette Holm (ægtefælle)", []),
    ("Medarbejder: Susanne Berg\nNærmeste pårørende: Henrik Berg, mand", []),
    ("Medarbejder: Susanne Berg\nNærmeste pårørende: Kim Berg, ægtefælle", []),
    ("Anställd: Petra Holm\nNärmast anhörig: Linus Holm\nRelation: make", []),
    ("Anställd: Petra Holm\nNärmast anhörig: Linda Holm\nRelation: syster", []),
    ('{"employee": "Tom Reed", "next of kin": "Paula Reed", "relationship": "spouse"}', []),
    ("Pårørende: Lars Holm (ægtefælle)", []),  # no record person: nothing to compare
    # --- a registration's plus-one: the name before "+" against the spouse word or the given name after it
    ("Tilmelding til julefrokost: Jonas Berg + ægtefælle (Mikael Berg). Ingen allergier.", SO),
    ("Anmälan: Eva Lind + partner: Sara Lind, vegetarisk.", SO),
    ("RSVP: Tom Reed + spouse (Paul Reed)", SO),
    ("RSVP: Tom Reed + husband (Alex Reed)", SO),
    ("Tilmelding til julefrokost: Jonas Berg + ægtefælle (Mette Berg). Ingen allergier.", []),
    ("Anmälan: Eva Lind + partner: Sven Lind, vegetarisk.", []),
    ("RSVP: Tom Reed + wife (Paula Reed)", []),
    ("RSVP: Kim Reed + spouse (Paul Reed)", []),
    ("RSVP: Tom Reed + guest (Paul Reed)", []),
    ("Tilmelding: Jonas Berg + søn (Mikael Berg)", []),
    ("Ring på +45 12 34 56 78, spørg efter Jonas Berg.", []),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_session18_same_sex_by_gender(sc, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert sc.classify(text) == expected


def test_evidence_names_the_sentence_and_the_person(sc) -> None:  # type: ignore[no-untyped-def]
    text = "Notat\nBorger: Zoran Petrović\nZoran bor sammen med sin mand, Ole, som han gerne vil have skrevet på."
    found = [e for e in sc.evidence(text) if e.category == "sexual_orientation"]
    assert found, text
    ev = found[0]
    assert text[ev.sentence[0] : ev.sentence[1]].startswith("Zoran bor sammen med sin mand")
    assert ev.anchor_span is not None and text[ev.anchor_span[0] : ev.anchor_span[1]].startswith("Zoran")


def test_both_gender_names_have_no_gender() -> None:
    from pii_scanner.classify.special_categories import _genders

    genders = _genders()
    for name in ("Kim", "Robin", "Alex", "Mika", "Sam", "Charlie"):
        assert name not in genders
    assert genders["Mette"] == "f" and genders["Henrik"] == "m"
