"""Identifier rules of session 21 (issue 13), each on text written for the test: Danish, Swedish and English (Finnish
and Norwegian where the rule is theirs), positives and negatives, in several phrasings."""

from __future__ import annotations

import datetime

import pytest

from pii_scanner.detect import Engine
from tests.helpers.id_engine import found, id_engine
from tests.helpers.nordic_numbers import CPR_WEIGHTS, make_cpr, make_personnummer

TODAY = datetime.date(2026, 12, 3)
CPR_A = make_cpr(datetime.date(1961, 7, 7), 42)
CPR_B = make_cpr(datetime.date(1985, 3, 14), 2)
CPR_C = make_cpr(datetime.date(1972, 11, 30), 5)
PNR_A = make_personnummer(datetime.date(1980, 4, 16), 234)
PNR_B = make_personnummer(datetime.date(1984, 2, 23), 677)


def _mod11(digits: str) -> bool:
    return sum(int(d) * w for d, w in zip(digits, CPR_WEIGHTS, strict=True)) % 11 == 0


def no_mod11(birth: datetime.date, serial: int = 0) -> str:
    """A CPR of ``birth`` failing modulus 11 (issued so since October 2007)."""
    head = birth.strftime("%d%m%y") + ("4" if birth.year >= 2000 else "0")
    rests = [f"{rest:03d}" for rest in range(1000) if not _mod11(head + f"{rest:03d}")]
    return head + rests[serial]


def dashed(n: str) -> str:
    return f"{n[:-4]}-{n[-4:]}"


def slashed(n: str) -> str:
    return f"{n[:6]}/{n[6:]}"


def dotted(n: str) -> str:
    return f"{n[:2]}.{n[2:4]}.{n[4:6]}-{n[6:]}"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return id_engine(TODAY)


def cprs(engine: Engine, text: str, lang: str | None = None) -> list[str]:
    return [n for e, n in found(engine, text, lang) if e == "DK_CPR"]


# --- A record that opens with the number and goes on with its holder's name (a first name of the name lists, then a
# capitalised surname) says whose number it is, as the name before it does: a slashed CPR or one written with its
# date as a date is read there.
NAME_AFTER = [
    (
        f"Kontingent februar\n{slashed(CPR_A)} Preben Søgaard 398,50\n{slashed(CPR_B)} Signe Larsen 111,00\n",
        "da",
        [CPR_A, CPR_B],
    ),
    (f"Der står:\n{dotted(CPR_C)} Lene Bach\nog en anden.\n", "da", [CPR_C]),
    (f"Staff\n{slashed(CPR_B)} Emily Watson, Copenhagen office\n", "en", [CPR_B]),
    (f"Anställda i Köpenhamn\n  - {slashed(CPR_A)}\tKarin Lindqvist\n", "sv", [CPR_A]),
]


@pytest.mark.parametrize(("text", "lang", "expected"), NAME_AFTER)
def test_a_number_opening_its_record_before_its_holders_name_is_read(
    engine: Engine, text: str, lang: str, expected: list[str]
) -> None:
    assert cprs(engine, text, lang) == expected


NOT_NAME_AFTER = [
    (f"Varer\n{slashed(CPR_A)} Kontorstol Basic 1.299,00\n", "da"),  # a product, no first name
    (f"Se også {slashed(CPR_A)} Preben Søgaard\n", "da"),  # the number does not open its line
    (f"{dotted(CPR_C)} Mötet flyttas till Lund\n", "sv"),  # a date and a sentence
    (f"{slashed(CPR_B)} preben søgaard\n", "da"),  # no capitalised name
]


@pytest.mark.parametrize(("text", "lang"), NOT_NAME_AFTER)
def test_no_name_after_the_number_leaves_it_unread(engine: Engine, text: str, lang: str) -> None:
    assert cprs(engine, text, lang) == []


# --- A list's name and number joined by a dash between spaces ("Mikkel Møller - 1302175443"): the name before the
# number, as with a space or a semicolon. A child's CPR without modulus 11 is read there.
CHILD_A = no_mod11(datetime.date(2017, 2, 13), 3)
CHILD_B = no_mod11(datetime.date(2021, 2, 28), 7)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (f"Elevliste 7.A\n\nMikkel Møller - {CHILD_A}\nNanna Sørensen - {CHILD_B}\n", "da"),
        (f"Elevliste 2.B\n1. Mikkel Møller \u2013 {CHILD_A}\n2. Nanna Sørensen \u2013 {CHILD_B}\n", "da"),
        (f"Children\nOliver Smith - {CHILD_A}\nAva Jones - {CHILD_B}\n", "en"),
    ],
)
def test_a_name_and_number_joined_by_a_spaced_dash_is_the_holders(engine: Engine, text: str, lang: str) -> None:
    assert cprs(engine, text, lang) == [CHILD_A, CHILD_B]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (f"Elevliste - {CHILD_A}\n", "da"),  # one word: a title, not a name
        (f"Klasslista \u2013 {CHILD_A}\n", "sv"),
        (f"Opdateret 12.03.2026 - {CHILD_B}\n", "da"),
        (f"Mikkel Møller-{CHILD_A}\n", "da"),  # a hyphen inside a code
    ],
)
def test_a_spaced_dash_after_no_name_reads_nothing(engine: Engine, text: str, lang: str) -> None:
    assert cprs(engine, text, lang) == []


# --- A CPR written with its date as a date ("15.06.62-4293") is held against only until a word names it: under a
# column "Danish CPR" it is read as the same number written with a hyphen is, modulus 11 failing or not.
UNCHECKED = no_mod11(datetime.date(1962, 6, 15), 11)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (f"Employee        Danish CPR      Permit\nPriya Raman     {dotted(UNCHECKED)}   2028\n", "en"),
        (f"CPR-nr.: {dotted(UNCHECKED)}\n", "da"),
        (f"Hans danska cpr är {dotted(UNCHECKED)}.\n", "sv"),
    ],
)
def test_a_dotted_cpr_named_by_a_word_is_read(engine: Engine, text: str, lang: str) -> None:
    assert cprs(engine, text, lang) == [UNCHECKED]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (f"Mødet {dotted(UNCHECKED)} blev aflyst.\n", "da"),
        (f"Version {dotted(UNCHECKED)} released\n", "en"),
        (f"Leverans {dotted(CPR_C)} kl. 10\n", "sv"),
    ],
)
def test_a_dotted_number_nothing_names_stays_a_date_and_a_number(engine: Engine, text: str, lang: str) -> None:
    assert cprs(engine, text, lang) == []


# --- Ten plain digits reading as ddmmyyhhmm, a date of the last ten years and a time of day: read as a CPR, the hour's
# first digit (0-2) puts the birth in the 1900s, a holder over 100. Nothing naming it and no name by it, the moment.
def stamp_cpr(day: datetime.date) -> str:
    """A CPR passing modulus 11 whose serial reads as a time of day (the holder born 100 years before ``day``)."""
    for hour in range(8, 24):
        for minute in range(60):
            digits = f"{day:%d%m%y}{hour:02d}{minute:02d}"
            if _mod11(digits):
                return digits
    raise ValueError(day)


STAMP_A = stamp_cpr(datetime.date(2024, 3, 22))
STAMP_B = stamp_cpr(datetime.date(2025, 11, 11))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (f"Steps: run export at {STAMP_A}, job failed with code 3.\n", "en"),
        (f"Logfilen hedder mote_{STAMP_B}.txt\n", "da"),
        (f"Kørslen startede {STAMP_A} og sluttede uden fejl.\n", "da"),
        (f"Exporten kördes {STAMP_B} utan fel.\n", "sv"),
    ],
)
def test_an_unnamed_recent_ddmmyy_and_time_is_a_moment(engine: Engine, text: str, lang: str) -> None:
    assert cprs(engine, text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (f"Afdødes cpr-nummer: {STAMP_A}\n", "da"),  # a word names it
        (f"Beboer: Karen Holm {STAMP_B}\n", "da"),  # its holder's name stands before it
        (f"Resident's CPR {STAMP_A}\n", "en"),
    ],
)
def test_a_centenarians_cpr_named_or_beside_a_name_stays(engine: Engine, text: str, lang: str) -> None:
    assert cprs(engine, text, lang) != []


# --- A bracket that the number closes, opened right after a word naming the identifier ("his CPR (it's on the
# letter ...: <n>)"): the bracket explains the named number and ends with it.
INFANT = make_cpr(datetime.date(2025, 8, 25), 3)  # a baby's CPR: read only where something names it


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            f"They need his CPR (it is on the letter from the hospital, starts with the date: {INFANT}) and yours.\n",
            "en",
        ),
        (f"Vi skal bruge hans cpr (det står på brevet fra hospitalet, begynder med datoen: {INFANT}) i dag.\n", "da"),
        (f"Vi behöver hennes CPR (danskt, står på brevet från sjukhuset: {INFANT}) snarast.\n", "sv"),
    ],
)
def test_a_bracket_opened_by_an_identifier_word_names_the_number_closing_it(
    engine: Engine, text: str, lang: str
) -> None:
    assert cprs(engine, text, lang) == [INFANT]


def test_a_bracket_opened_by_an_identifier_word_names_a_dotted_cpr(engine: Engine) -> None:
    assert cprs(engine, f"Her CPR (as written on the old card: {dotted(CPR_A)}) is needed.\n", "en") == [CPR_A]
    assert cprs(engine, f"Her card (as written on the old one: {dotted(CPR_A)}) is needed.\n", "en") == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (f"The parcel (the one from the hospital, dated: {dotted(CPR_A)}) came.\n", "en"),
        (f"Paketet (det från sjukhuset, nummer: {INFANT}) kom i går.\n", "sv"),
        (f"His CPR (on the letter) is missing; the parcel (from the hospital: {INFANT}) came.\n", "en"),
        (f"Hans cpr (se brevet) og pakken: {INFANT}\n", "da"),  # the number closes no bracket
    ],
)
def test_a_bracket_opened_by_another_word_or_not_closed_by_the_number_names_nothing(
    engine: Engine, text: str, lang: str
) -> None:
    assert cprs(engine, text, lang) == []


# --- A HETU or CPR of a holder over 105 is read when the line gives the birth year after a word for "born" ("s.
# 1902", "f. 1919", "født 1919", "b. 1902"): a family tree's or an archive's way of stating the age.
def hetu(birth: datetime.date, serial: int) -> str:
    sign = {18: "+", 19: "-", 20: "A"}[birth.year // 100]
    body = f"{birth:%d%m%y}{serial:03d}"
    return f"{birth:%d%m%y}{sign}{serial:03d}" + "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(body) % 31]


OLD_HETU = hetu(datetime.date(1902, 11, 28), 508)
OLD_CPR = make_cpr(datetime.date(1919, 5, 3), 4)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (f"Puoliso: Aino Laine, s. 1902, {OLD_HETU}\n", "fi", [("FI_PERSONAL_IDENTITY_CODE", OLD_HETU)]),
        (f"Oldemor Karen Holm, f. 1919, {dashed(OLD_CPR)}\n", "da", [("DK_CPR", OLD_CPR)]),
        (f"Great-grandmother (b. 1919) {dashed(OLD_CPR)}\n", "en", [("DK_CPR", OLD_CPR)]),
    ],
)
def test_a_birth_year_stated_beside_an_old_number_keeps_it(
    engine: Engine, text: str, lang: str, expected: list[tuple[str, str]]
) -> None:
    assert found(engine, text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (f"Puoliso: Aino Laine, s. 1903, {OLD_HETU}\n", "fi"),  # another year
        (f"Arkiv 1902: {OLD_HETU}\n", "fi"),  # a year, no word for born
        (f"Kasse {dashed(OLD_CPR)} fra 1919\n", "da"),
    ],
)
def test_an_old_number_without_its_birth_year_stated_stays_implausible(engine: Engine, text: str, lang: str) -> None:
    assert found(engine, text, lang) == []


# --- A numbered thing in a prepositional phrase before a copula is no subject of it: "the CPR quoted in the incident
# report is <n>" gives the CPR; "the number in the report is <n>" is still the report's.
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (f"The one CPR quoted in the incident report is {dashed(CPR_A)} (with consent).\n", "en", [("DK_CPR", CPR_A)]),
        (f"Det cpr-nummer der står i rapporten er {dashed(CPR_B)}.\n", "da", [("DK_CPR", CPR_B)]),
        (f"Personnumret som nämns i rapporten är {dashed(PNR_A[2:])}.\n", "sv", [("SE_PERSONNUMMER", PNR_A)]),
    ],
)
def test_an_identifier_heading_the_phrase_of_a_thing_is_the_copulas_subject(
    engine: Engine, text: str, lang: str, expected: list[tuple[str, str]]
) -> None:
    assert found(engine, text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (f"The number quoted in the incident report is {dashed(CPR_A)}.\n", "en"),
        (f"Nummeret i sagen er {dashed(CPR_B)}.\n", "da"),
        (f"Numret på fakturan är {dashed(PNR_B[2:])}.\n", "sv"),
    ],
)
def test_a_things_number_after_a_copula_stays_the_things(engine: Engine, text: str, lang: str) -> None:
    assert found(engine, text, lang) == []


# --- "Personnr" names the fødselsnummer in Norwegian, as "personnummer" does; its usual written form sets the five
# digits of the personnummer apart with a space ("191076 43152").
def fodselsnummer(birth: datetime.date, individual: int) -> str:
    for n in range(individual, individual + 100):
        base = f"{birth:%d%m%y}{n:03d}"
        k1 = 11 - sum(int(d) * w for d, w in zip(base, (3, 7, 6, 1, 8, 9, 4, 5, 2), strict=True)) % 11
        k1 = 0 if k1 == 11 else k1
        if k1 == 10:
            continue
        k2 = 11 - sum(int(d) * w for d, w in zip(base + str(k1), (5, 4, 3, 2, 7, 6, 5, 4, 3, 2), strict=True)) % 11
        k2 = 0 if k2 == 11 else k2
        if k2 != 10:
            return f"{base}{k1}{k2}"
    raise ValueError(birth)


FNR = fodselsnummer(datetime.date(1976, 10, 19), 431)


@pytest.mark.parametrize(
    "text",
    [
        f"NOTE:Personnr {FNR[:6]} {FNR[6:]} - vikar\n",
        f"Personnr.: {FNR}\n",
        f"Ansatt Eirik Eide, personnr {FNR[:6]} {FNR[6:]}\n",
    ],
)
def test_personnr_names_the_fodselsnummer(engine: Engine, text: str) -> None:
    assert found(engine, text, "nb") == [("NO_FODSELSNUMMER", FNR)]


def test_a_fodselsnummer_under_another_label_stays_unread(engine: Engine) -> None:
    assert found(engine, f"Ordrenr {FNR[:6]} {FNR[6:]}\n", "nb") == []


# --- Words naming another kind of number: a complaint ("Reklamation", "complaint"), a library card ("Lånekort"), a
# card number ("kortnr"), a registration, booking or ticket id. A word naming the identifier keeps its number.
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (f"Sv: Reklamation {dashed(CPR_A)}\n\nHej\nTak for din henvendelse.\n", "da"),
        (f"Reklamation {dashed(PNR_A[2:])} gällande jacka\n", "sv"),
        (f"Complaint {dashed(CPR_B)} has been closed.\n", "en"),
        (f"Låntagare: Rune Pettersson\nLånekort: {PNR_B[2:]}\n", "sv"),
        (f"Kortnr {PNR_A[2:]} spärrat\n", "sv"),
        (f"Thank you for registering. Your registration ID is {dashed(PNR_B[2:])}.\n", "en"),
        (f"Booking ID: {dashed(CPR_C)}\n", "en"),
    ],
)
def test_a_word_naming_another_kind_of_number_labels_it(engine: Engine, text: str, lang: str) -> None:
    assert found(engine, text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (f"Civil registration number {dashed(CPR_A)}\n", "en", [("DK_CPR", CPR_A)]),
        (f"Reklamation fra Bo Holm, cpr {dashed(CPR_B)}\n", "da", [("DK_CPR", CPR_B)]),
        (f"Lånekort: 4471, personnummer {dashed(PNR_A[2:])}\n", "sv", [("SE_PERSONNUMMER", PNR_A)]),
        (f"Tack, noterat {dashed(PNR_B[2:])} (kort format i vårt system).\n", "sv", [("SE_PERSONNUMMER", PNR_B)]),
        (f"Lene har fået nyt gult kort {dashed(CPR_C)} fra kommunen.\n", "da", [("DK_CPR", CPR_C)]),
    ],
)
def test_a_word_naming_the_identifier_or_no_number_keeps_it(
    engine: Engine, text: str, lang: str, expected: list[tuple[str, str]]
) -> None:
    assert found(engine, text, lang) == expected


# --- A column's header ("Barn-id", "Elev-id", "Member-ID") that a sentence of the document defines as a party's own
# number ("Barn-id är förskolans interna nummer") labels the column's numbers as that party's, as the same definition
# of a label before the number does; a definition naming the identifier keeps them.
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            f"Schema vecka 15\n\nBarn-id   Tid in\n{PNR_A[2:]}  07:15\n{PNR_B[2:]}  08:00\n\n"
            "Barn-id är förskolans interna nummer, inte personnummer.\n",
            "sv",
        ),
        (f"Elev-id;Navn\n{CPR_A};Bo Holm\n{CPR_B};Ida Krog\nElev-id er skolens eget nummer.\n", "da"),
        (f"Club-ID  Name\n{CPR_A}  Bo Holm\n{CPR_B}  Ida Krog\n\nClub-ID is the association's own number.\n", "en"),
    ],
)
def test_a_column_header_defined_as_a_partys_number_labels_its_numbers(engine: Engine, text: str, lang: str) -> None:
    assert found(engine, text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (f"Barn-id   Tid in\n{PNR_A[2:]}  07:15\n{PNR_B[2:]}  08:00\n", "sv", [PNR_A, PNR_B]),  # no definition
        (f"Elev-id;Navn\n{CPR_A};Bo Holm\n{CPR_B};Ida Krog\nElev-id er elevens cpr-nummer.\n", "da", [CPR_A, CPR_B]),
    ],
)
def test_a_column_header_undefined_or_defined_as_the_identifier_keeps_its_numbers(
    engine: Engine, text: str, lang: str, expected: list[str]
) -> None:
    assert [n for _, n in found(engine, text, lang)] == expected


# --- "kort" ("card") right before a number names a card's number for the personnummer ("kort 9207304321 dörr 3" in a
# door log). Not for the CPR: a Danish health card ("det gule kort") carries it; and after the number "kort" is "short".
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (f"Loggutdrag\n202609250457 kort {PNR_A[2:]} dörr 3 OK\n202609250501 kort {PNR_B[2:]} dörr 1 NEKAD\n", "sv"),
        (f"Kortet {PNR_B[2:]} spärrades i går.\n", "sv"),
        (f"Adgangslog\nkort {PNR_A[2:]} dør 2\n", "da"),
        (f"Door log (Malmö office): kort {PNR_B[2:]} door 4 denied\n", "en"),
    ],
)
def test_kort_before_a_number_is_a_cards_number_for_the_personnummer(engine: Engine, text: str, lang: str) -> None:
    assert found(engine, text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (f"Tack, noterat {dashed(PNR_A[2:])} (kort format i vårt system).\n", "sv", [("SE_PERSONNUMMER", PNR_A)]),
        (f"Legitimation: ID-kort {dashed(PNR_B[2:])}\n", "sv", [("SE_PERSONNUMMER", PNR_B)]),
        (f"Kort: {dashed(PNR_A[2:])} (personnummer)\n", "sv", [("SE_PERSONNUMMER", PNR_A)]),
        (f"Hun viste sit gule kort {CPR_A} ved skranken.\n", "da", [("DK_CPR", CPR_A)]),
    ],
)
def test_kort_after_the_number_in_a_compound_or_before_a_cpr_keeps_it(
    engine: Engine, text: str, lang: str, expected: list[tuple[str, str]]
) -> None:
    assert found(engine, text, lang) == expected
