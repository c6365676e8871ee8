"""Identifier rules of session 19 (issue 13), each on text written for the test: Danish and Swedish, positives
and negatives, in several phrasings."""

from __future__ import annotations

import datetime

import pytest

from pii_scanner.detect import Engine
from tests.helpers.id_engine import found, id_engine
from tests.helpers.nordic_numbers import luhn_digit, make_cpr, make_personnummer

TODAY = datetime.date(2026, 11, 23)
CPR_A = make_cpr(datetime.date(1961, 7, 7), 42)
CPR_B = make_cpr(datetime.date(1985, 3, 14), 2)
CPR_C = make_cpr(datetime.date(1972, 11, 30), 5)
# Numbers of other kinds that pass a CPR's or a personnummer's checks (booking, order, member numbers)
OTHER_A = make_cpr(datetime.date(1941, 3, 24), 57)
OTHER_B = make_personnummer(datetime.date(1954, 6, 26), 897)[2:]
OTHER_C = make_personnummer(datetime.date(1977, 12, 15), 908)[2:]
NON_MOD11 = "2209781001"  # a CPR issued without modulus 11 (22 September 1978): read only where labelled
PNR_A = make_personnummer(datetime.date(1980, 4, 16), 234)
PNR_B = make_personnummer(datetime.date(1984, 2, 23), 677)


def dashed(n: str) -> str:
    return f"{n[:-4]}-{n[-4:]}"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return id_engine(TODAY)


# --- A report whose columns runs of spaces set apart but whose rows are not aligned (a long name pushes the rest
# of its row right): a cell's column is its index among the cells, its header the header row's cell there.
RAGGED = [
    (
        "Deltagerliste, kursus uge 12\n"
        "Hold  Deltager  Ordrenr.  CPR\n"
        f"3  Mette Holm Kristoffersen  {OTHER_A}  {dashed(CPR_A)}\n"
        f"12  Bo Ek  {OTHER_B}  {dashed(CPR_B)}\n"
        f"7  Anne-Sofie Lund  {OTHER_C}  {dashed(CPR_C)}\n",
        "da",
        [("DK_CPR", CPR_A), ("DK_CPR", CPR_B), ("DK_CPR", CPR_C)],
    ),
    (
        "Medlemmar 2026\n"
        "Rad   Namn      Medlemsnummer     Personnummer\n"
        f"1   Karin Ek       {OTHER_B}     {PNR_A}\n"
        f"2   Gustav Lindqvist Berg       {OTHER_C}     {PNR_B}\n",
        "sv",
        [("SE_PERSONNUMMER", PNR_A), ("SE_PERSONNUMMER", PNR_B)],
    ),
    # a CPR written with "/" under the CPR column is read as one
    (
        "Udlejning\nNr.  Lejer  Kontrakt  CPR-nr.\n"
        f"1  Jens Bo  {OTHER_A}  {CPR_A[:6]}/{CPR_A[6:]}\n"
        f"2  Karen Margrethe Dahl  {OTHER_C}  {CPR_B[:6]}/{CPR_B[6:]}\n",
        "da",
        [("DK_CPR", CPR_A), ("DK_CPR", CPR_B)],
    ),
]


@pytest.mark.parametrize(("text", "lang", "expected"), RAGGED)
def test_a_ragged_reports_column_is_its_cell_index(
    engine: Engine, text: str, lang: str, expected: list[tuple[str, str]]
) -> None:
    assert found(engine, text, lang) == expected


def test_a_ragged_row_with_another_cell_count_takes_no_header_by_index(engine: Engine) -> None:
    """A header of fewer cells than the rows ("No. Name" one cell) gives no index: the character column decides,
    as before; a form's "Key:  value" line is no table row."""
    text = (
        "Crew\nNo. Name            Nat.  ID number\n"
        f"1   Jens Bo          DK    {dashed(CPR_A)}\n"
        f"2   Karen Dahl       DK    {dashed(CPR_B)}\n"
    )
    assert found(engine, text, "da") == [("DK_CPR", CPR_A), ("DK_CPR", CPR_B)]
    form = f"Navn:  Jens Bo  Tlf.:  12345678\nCPR:  {dashed(CPR_A)}  Dato:  01.02.2026\n"
    assert found(engine, form, "da") == [("DK_CPR", CPR_A)]


# --- A letter a scanner put for a digit, after the identifier's own label, with the halves set apart by a space or a
# dash between spaces (as the digits' own form allows): read as the digits meant; the span is as written.
def _misread(number: str) -> str:
    return number.replace("0", "O", 1).replace("1", "l", 1)


OCR_SPACED = [
    (f"Vedr.: udbetaling, CPR-nr. {_misread(CPR_A)[:6]} {_misread(CPR_A)[6:]}\n", "da", [("DK_CPR", CPR_A)]),
    (f"SYGESIKRING\nCPR {_misread(CPR_B)[:6]} - {_misread(CPR_B)[6:]}\nNAVN Jens Bo\n", "da", [("DK_CPR", CPR_B)]),
    (f"Cpr.nr.: {CPR_C[:6]} OOSS\n", "da", []),  # more than two letters: a word or a code, not a misread
    (f"Personnummer: {_misread(PNR_A[2:8])} - {PNR_A[8:]}\n", "sv", [("SE_PERSONNUMMER", PNR_A)]),
    (f"Pnr {_misread(PNR_B)[:8]} {PNR_B[8:]}\n", "sv", [("SE_PERSONNUMMER", PNR_B)]),
]


@pytest.mark.parametrize(("text", "lang", "expected"), OCR_SPACED)
def test_a_misread_number_with_spaced_halves_is_read_after_its_label(
    engine: Engine, text: str, lang: str, expected: list[tuple[str, str]]
) -> None:
    assert found(engine, text, lang) == expected


def test_a_misread_number_with_spaced_halves_needs_the_label(engine: Engine) -> None:
    a, b = _misread(CPR_A)[:6], _misread(CPR_A)[6:]
    assert found(engine, f"Vedr.: udbetaling, journalnr. {a} {b}\n", "da") == []
    assert found(engine, f"Ordre {a} - {b} afsendt\n", "da") == []
    assert found(engine, f"Ärende {_misread(PNR_A)[:8]} {PNR_A[8:]}\n", "sv") == []


# --- A legend naming the columns' order by a compound ("kolonnerækkefølge:", "kolumnordning:", "column order:") heads
# the columns as "kolonner:" does: the identifier's column is read, another column's numbers are not.
LEGEND_ORDER = [
    (
        "Udtræk til revisor (kolonnerækkefølge: sagsnr, cpr, navn, beløb)\n"
        f"{OTHER_A}\t{CPR_A}\tJens Bo\t1.200,00\n{OTHER_C}\t{NON_MOD11}\tKaren Dahl\t310,50\n",
        "da",
        [("DK_CPR", CPR_A), ("DK_CPR", NON_MOD11)],
    ),
    (
        "Utdrag ur kassan, kolumnordning: kortnr; namn; personnummer\n"
        f"{OTHER_B};Karin Ek;{PNR_A}\n{OTHER_C};Gustav Berg;{PNR_B}\n",
        "sv",
        [("SE_PERSONNUMMER", PNR_A), ("SE_PERSONNUMMER", PNR_B)],
    ),
    (
        "Export (column order: member no, name, personal id)\n"
        f"{OTHER_B}|Karin Ek|{dashed(PNR_A[2:])}\n{OTHER_C}|Gustav Berg|{dashed(PNR_B[2:])}\n",
        "en",
        [("SE_PERSONNUMMER", PNR_A), ("SE_PERSONNUMMER", PNR_B)],
    ),
    # the legend names no identifier column: the member numbers stay unreported
    (
        "Medlemsliste (kolonnerækkefølge: medlemsnr, navn, kontingent)\n"
        f"{OTHER_A}\tJens Bo\t450,00\n{OTHER_C}\tKaren Dahl\t450,00\n",
        "da",
        [],
    ),
]


@pytest.mark.parametrize(("text", "lang", "expected"), LEGEND_ORDER)
def test_a_legend_naming_the_columns_order_heads_them(
    engine: Engine, text: str, lang: str, expected: list[tuple[str, str]]
) -> None:
    assert found(engine, text, lang) == expected


# --- A date and a time of day written as twelve digits (yyyymmddhhmm, perhaps a hyphen before the time) after a word
# of recording, sending, printing or exporting is that moment, not a child's personnummer whose serial reads as a
# time. The stamps below pass the personnummer's date and Luhn checks.
def _stamp(day: datetime.date, hour: int) -> str:
    for tens in range(6):
        body = f"{day:%y%m%d}{hour:02d}{tens}"
        minute = f"{tens}{luhn_digit(body)}"
        if int(minute) < 60:
            return f"{day:%Y%m%d}{hour:02d}{minute}"
    raise ValueError(day)


STAMP_A = _stamp(datetime.date(2022, 6, 21), 8)
STAMP_B = _stamp(datetime.date(2023, 9, 18), 14)
CHILD = make_personnummer(datetime.date(2021, 3, 15), 84)  # a child's personnummer whose serial reads as a time


def _hyphen(stamp: str) -> str:
    return f"{stamp[:8]}-{stamp[8:]}"


RECORDED = [
    (f"Ärendet registrerades {STAMP_A} av handläggaren.\n", "sv"),
    (f"Export från lönesystemet {_hyphen(STAMP_B)}\nanst;namn\n17;Karin Ek\n", "sv"),
    (f"Ansökan inkommen via e-tjänst {STAMP_B}\n", "sv"),
    (f"Rapport udskrevet: {_hyphen(STAMP_A)}\nSide 1 af 3\n", "da"),
    (f"Formularen blev sendt {STAMP_B} fra borger.dk\n", "da"),
    (f"Generated {STAMP_A} by the payroll system\n", "en"),
    # a time column's cell written with a hyphen before the time
    (f"anst;datum;projekt\n23459;{_hyphen(STAMP_A)};P-17\n33377;{_hyphen(STAMP_B)};P-18\n", "sv"),
]


@pytest.mark.parametrize(("text", "lang"), RECORDED)
def test_a_date_and_time_after_a_word_of_recording_is_a_moment(engine: Engine, text: str, lang: str) -> None:
    assert found(engine, text, lang) == []


def test_a_personnummer_after_a_word_of_recording_stays_one(engine: Engine) -> None:
    # labelled by the identifier's own word, or a date older than a recent stamp's: the person's number
    assert found(engine, f"Barn registrerad med personnummer {CHILD}\n", "sv") == [("SE_PERSONNUMMER", CHILD)]
    old = make_personnummer(datetime.date(2009, 5, 4), 81)
    assert found(engine, f"Personnummer: {old}, registrerad 2026-01-05\n", "sv") == [("SE_PERSONNUMMER", old)]
    assert found(engine, f"Ny elev registrerad: Ella Berg, pnr {_hyphen(CHILD)}\n", "sv") == [
        ("SE_PERSONNUMMER", CHILD)
    ]


# --- A column of ten plain digits that all read as ddmmyyhhmm (a date of the last five years and a time of day) is a
# log's stamps: children's CPRs read so only if every serial happens to read as a clock time.
STAMP_LOGS = [
    "Adgangslog, kælderdøren\nkort 60663337  dør K  2103241106  OK\nkort 76423791  dør K  2706252019  AFVIST\n",
    "Kørebog\n0410231808  start  Vejle\n0104250335  stop   Horsens\n1507241122  stop   Kolding\n",
    "Passerlogg, entré B\n1203221637 kort 874901 dörr 3 OK\n0611231859 kort 572705 dörr 1 OK\n",
]


@pytest.mark.parametrize("text", STAMP_LOGS)
def test_a_column_of_recent_date_time_stamps_is_no_identifiers(engine: Engine, text: str) -> None:
    assert found(engine, text) == []


def test_a_column_with_a_label_or_an_older_date_keeps_its_cprs(engine: Engine) -> None:
    # labelled: the children's CPRs stay
    labelled = "Navn  CPR  Stue\nEmma  2103241106  Blå\nNoah  2706252019  Grøn\n"
    assert found(engine, labelled, "da") == [("DK_CPR", "2103241106"), ("DK_CPR", "2706252019")]
    # a number of the column that is no recent stamp (born 1961): no log, the column is read as before
    mixed = f"Liste\nkort 60663337  dør K  {CPR_A}  OK\nkort 76423791  dør K  2706252019  OK\n"
    assert ("DK_CPR", CPR_A) in found(engine, mixed, "da")


# --- A numbered thing "with number" (med nummer, with number) or in the genitive before its number word ("Sagens nr.",
# "Ärendets nummer") names that thing's number, not a person's identifier.
THING_NUMBER = [
    (f"Ditt lån med nummer {_hyphen(PNR_A)} har fått ny ränta.\n", "sv"),
    (f"Din ordre med nummer {dashed(CPR_A)} er afsendt.\n", "da"),
    (f"Your contract with number {dashed(CPR_B)} was renewed.\n", "en"),
    (f"Sagens nr. er {dashed(CPR_A)}, oplys det når du ringer.\n", "da"),
    (f"Ärendets nummer är {PNR_B}.\n", "sv"),
]


@pytest.mark.parametrize(("text", "lang"), THING_NUMBER)
def test_a_things_number_with_med_or_its_genitive_is_the_things(engine: Engine, text: str, lang: str) -> None:
    assert found(engine, text, lang) == []


def test_a_person_with_a_number_keeps_it(engine: Engine) -> None:
    assert found(engine, f"Patient med nummer {_hyphen(PNR_A)} kallas in.\n", "sv") == [("SE_PERSONNUMMER", PNR_A)]
    assert found(engine, f"Medarbejderens nr. er {dashed(CPR_A)}\n", "da") == [("DK_CPR", CPR_A)]
