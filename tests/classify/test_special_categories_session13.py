"""Session-13 rules and golden rows, written with other texts and names than any evaluation set: a table cell
opening with "Jeg"/"Jag" is the pronoun; a genre label ("Boganmeldelse:") keeps a review's characters nobody's; a
relative of an unnamed inmate is no offender; an elected office in an item naming no party is no opinion; the
writer of "min kone" is a chat line's speaker or a parent signing by their child; a chat answer naming the date
asked about, and a form's question on sex with a man answered "☒ Ja", reveal a same-sex partner; a form's question
answered yes is its person's statement."""

from __future__ import annotations

import pytest

from pii_scanner.classify.special_categories import load_special_categories


@pytest.fixture(scope="module")
def sc():  # type: ignore[no-untyped-def]
    return load_special_categories()


# Each of these failed before this session's rules.
ROWS = [
    # a table cell opening with the pronoun: the row's person writes
    ("navn;afdeling;bemærkning\nVairamuthu Thangarajah;Lager;Jeg er sygemeldt med lungebetændelse.", ["health"]),
    ("namn;avdelning;anmärkning\nVairamuthu Thangarajah;Lager;Jag är sjukskriven hela veckan.", ["health"]),
    # words the lexicon lacked
    ("Bo Lund har fået en kunstig hofte og kan ikke løbe.", ["health"]),
    ("Eva Ek ska operera bort ett melanom på fredag.", ["health"]),
    ("Ole Berg er lungepatient og arbejder hjemme.", ["health"]),
    ("Lisa Ek har sömnsvårigheter och är nedstämd.", ["health"]),
    ("Anställd: Nils Berg, lager\nHandflatans venmönster registrerat i läsaren vid porten.", ["biometric"]),
    ("Det farmakogenetiske svar viste, at Ole Berg omsætter medicinen langsomt.", ["genetic"]),
    # a review: the characters of a novel or a film are nobody
    ("Filmanmeldelse: I den nye film møder vi bokseren Kim, der efter en dom for vold kæmper sig tilbage.", []),
    ("Recension: I den nya boken följer vi Lisa, som efter ett fängelsestraff flyttar hem.", []),
    # a relative of an unnamed inmate
    ("Klient: Bo Nielsen\nKlienten deltog i mødet som pårørende til en indsat.", []),
    ("Klient: Eva Ström\nKlienten deltog i träffen som anhörig till en intagen.", []),
    # idioms of laughter and "like blind"
    ("Per: jeg var syg af grin over filmen i går", []),
    ("Lisa: domaren var typ blind i går", []),
    # an elected office in an item that names no party
    ("Borgmester Lise Holm indviede i går den nye skole.", []),
    ("Kommunalrådet Per Ek dömdes i dag för rattfylleri.", ["criminal_records"]),
    # a race, no election
    ("Kim: Bo Lind stiller op til maraton i Aarhus.", []),
    # political words the lexicon lacked
    ("Asylsøgeren Tran Van Long er medlem af en demokratibevægelse.", ["political_opinion"]),
    ("Som gammal sosse röstar Bengt Ek alltid på samma sätt.", ["political_opinion"]),
    ("Mira Lund var aktiv i oppositionen i hjemlandet.", ["political_opinion"]),
    # same-sex partners: a parent signing by their child, a chat speaker, a date asked about, a donor form
    ("Hej Lise. Min kone Anne og jeg kommer til mødet. Hilsen Mette (Sofies mor)", ["sexual_orientation"]),
    ("Hej Lise. Min fru Anna och jag kommer på mötet. Hälsningar Maria (Olles mamma)", ["sexual_orientation"]),
    ("Lukas: far, jeg har en kæreste. han hedder Oskar", ["sexual_orientation"]),
    ("Elsa: mamma, jag är kär i en tjej i klassen", ["sexual_orientation"]),
    ("Sara: hur gick dejten?\nJohanna Lind: bra! hon heter Klara och vi ses igen", ["sexual_orientation"]),
    ("Mads: kommer din kæreste til festen?\nJonas Berg: ja Rasmus kommer med", ["sexual_orientation"]),
    ("Navn: Lars Holm\nSpm. 3: Har du haft seksuel kontakt med en mand? ☒ Ja", ["sexual_orientation"]),
    ("Namn: Erik Berg\nFråga 5: Har du som man haft sex med en annan man? ☒ Ja", ["sexual_orientation"]),
    # a form's question answered yes
    ("Navn: Lars Holm\nHar du en sygdom, der påvirker arbejdet? Ja – migræne, sidste anfald i maj", ["health"]),
]
BOUNDS = [
    ("navn;afdeling;bemærkning\nVairamuthu Thangarajah;Lager;Jeg er på kursus hele ugen.", []),
    ("Borgmester Lise Holm (V) genopstiller ved valget.", ["political_opinion"]),
    ("Byrådsmedlem Kim Lund er medlem af Venstre.", ["political_opinion"]),
    ("Bo Lind stiller op for Venstre til byrådet.", ["political_opinion"]),
    ("Anmeldelsen af Bo Lunds bog kom i går. Bo Lund er sygemeldt med stress.", ["health"]),
    ("Klient: Bo Nielsen\nKlienten er indsat i Vestre Fængsel.", ["criminal_records"]),
    ("Hej Lise. Min mand Anders og jeg kommer til mødet. Hilsen Mette (Sofies mor)", []),
    ("Lukas: far, jeg har en kæreste. hun hedder Ida", []),
    ("Elsa: mamma, jag är kär i en kille i klassen", []),
    ("Sara: hur gick dejten?\nJohanna Lind: bra! han heter Erik och vi ses igen", []),
    ("Mads: kommer din kæreste til festen?\nJonas Berg: ja Emma kommer med", []),
    ("Navn: Lars Holm\nSpm. 3: Har du haft seksuel kontakt med en mand? ☒ Nej", []),
    ("Navn: Lene Holm\nSpm. 3: Har du haft seksuel kontakt med en mand? ☒ Ja", []),
    ("Navn: Lars Holm\nHar du en sygdom, der påvirker arbejdet? Nej", []),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_new_rules(sc, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert sc.classify(text) == expected


# Hard negatives and positives at each rule's edge.
@pytest.mark.parametrize(("text", "expected"), BOUNDS)
def test_new_rules_keep_their_bounds(sc, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert sc.classify(text) == expected


def test_form_answer_evidence_points_at_the_form_person(sc) -> None:  # type: ignore[no-untyped-def]
    text = "Navn: Lars Holm\nSpm. 3: Har du haft seksuel kontakt med en mand? ☒ Ja"
    (ev,) = sc.evidence(text)
    assert ev.category == "sexual_orientation" and ev.via == "record"
    assert text[ev.anchor_span[0] : ev.anchor_span[1]] == "Lars Holm"
    assert text[ev.sentence[0] : ev.sentence[1]].endswith("☒ Ja")
    assert 0.5 <= ev.confidence < 1.0


def test_chat_answer_evidence_is_the_speakers_sentence(sc) -> None:  # type: ignore[no-untyped-def]
    text = "Sara: hur gick dejten?\nJohanna Lind: bra! hon heter Klara och vi ses igen"
    (ev,) = sc.evidence(text)
    assert ev.category == "sexual_orientation" and ev.via == "direct"
    assert text[ev.anchor_span[0] : ev.anchor_span[1]] == "Johanna Lind"
    assert text[ev.sentence[0] : ev.sentence[1]].startswith("Johanna Lind: bra!")
