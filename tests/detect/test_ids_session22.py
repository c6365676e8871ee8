"""Identifier rules of session 22 (issue 13), each on text written for the test: Danish, Swedish and English (Norwegian
where the rule is its own), positives and negatives, in several phrasings."""

from __future__ import annotations

import datetime

import pytest

from pii_scanner.detect import Engine
from tests.helpers.id_engine import IDS, found, id_engine, spans
from tests.helpers.nordic_numbers import make_cpr, make_personnummer

TODAY = datetime.date(2026, 12, 3)
CPR_A = make_cpr(datetime.date(1961, 7, 7), 42)
CPR_B = make_cpr(datetime.date(1985, 3, 14), 2)
PNR_12 = make_personnummer(datetime.date(1980, 4, 16), 234)
PNR_A = PNR_12[2:]
PNR_B = make_personnummer(datetime.date(1966, 5, 19), 287)
SAM = make_personnummer(datetime.date(1957, 2, 11), 614, coordination=True)
PNR_C = make_personnummer(datetime.date(1995, 5, 14), 321)[2:]  # no CPR reading (day 95)


def date_spaced(n: str) -> str:
    """The scan's gap inside the date: "DDMM YY-SSSS"."""
    return f"{n[:4]} {n[4:6]}-{n[6:]}"


def serial_spaced(n: str) -> str:
    """The scan's gap inside the serial: "DDMMYY-SS SS"."""
    return f"{n[:6]}-{n[6:8]} {n[8:]}"


def before_dash(n: str) -> str:
    return f"{n[:6]} -{n[6:]}"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return id_engine(TODAY)


# --- A scan's gap inside the number ("DDMM YY-SSSS", "DDMMYY-SS SS") is read as one number right after a word naming
# the identifier on its line, the word perhaps scanned too ("C PR-nr.", "Pers0nnummer"); the span is the number as
# written. Without the word the digits stay unread (a phone number, a code).
OCR_SPACED = [
    (f"Ansøgning om friplads\nCPR-nr.: {date_spaced(CPR_A)}\nAdresse: Algade 3\n", "da", "DK_CPR", date_spaced(CPR_A)),
    (f"Henvisning\nPt.: Jens Holm, cpr {serial_spaced(CPR_B)}\n", "da", "DK_CPR", serial_spaced(CPR_B)),
    (f"(scannet)\nC PR-nr. {before_dash(CPR_A)}\nTelefon 33 12 44 55\n", "da", "DK_CPR", before_dash(CPR_A)),
    (f"Barsel\nC PR      : {date_spaced(CPR_B)}\n", "da", "DK_CPR", date_spaced(CPR_B)),
    (f"Employment certificate\nDanish CPR number: {date_spaced(CPR_A)}\n", "en", "DK_CPR", date_spaced(CPR_A)),
    (f"Flyttanmälan\nPers0nnummer  {date_spaced(PNR_A)}\nNamn Eva Ek\n", "sv", "SE_PERSONNUMMER", date_spaced(PNR_A)),
    (f"Ansökan\nPnr {serial_spaced(PNR_A)}\n", "sv", "SE_PERSONNUMMER", serial_spaced(PNR_A)),
    (f"Kontrolluppgift\nPersnr/orgnr {date_spaced(PNR_A)}\n", "sv", "SE_PERSONNUMMER", date_spaced(PNR_A)),
]


@pytest.mark.parametrize(("text", "lang", "entity", "span"), OCR_SPACED)
def test_a_scans_gap_inside_a_labelled_number_is_read(
    engine: Engine, text: str, lang: str, entity: str, span: str
) -> None:
    assert spans(engine, text, lang) == [(entity, span)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (f"Telefon {date_spaced(CPR_A)}\n", "da"),  # another kind's word
        (f"Mødet er flyttet, se {date_spaced(CPR_A)} i kalenderen\n", "da"),  # no word naming it
        (f"Ordrenr. {serial_spaced(CPR_B)}\n", "da"),
        (f"Ring {date_spaced(PNR_A)} efter kl. 9\n", "sv"),
        (f"Fakturanummer {serial_spaced(PNR_A)}\n", "sv"),
        (f"Reference {date_spaced(CPR_B)}\n", "en"),
        (f"Personnummer {date_spaced(PNR_C[:9] + str((int(PNR_C[9]) + 1) % 10))}\n", "sv"),  # Luhn fails
    ],
)
def test_a_gapped_number_without_its_label_stays_unread(engine: Engine, text: str, lang: str) -> None:
    assert found(engine, text, lang) == []


# --- A twelve-digit personnummer with a scan's gap after the dash ("19800416- 2346") is read as the ten-digit form
# with the gap always was, as an OCR split.
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (f"1. Patientens namn och personnummer\nKarin Ek {PNR_B[:8]}- {PNR_B[8:]}\n", "sv"),
        (f"Personnummer: {PNR_B[:8]}- {PNR_B[8:]}\n", "sv"),
        (f"Swedish personal identity number {PNR_B[:8]}- {PNR_B[8:]}\n", "en"),
    ],
)
def test_a_twelve_digit_number_with_a_gap_after_its_dash_is_read(engine: Engine, text: str, lang: str) -> None:
    assert found(engine, text, lang) == [("SE_PERSONNUMMER", PNR_B)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Perioden 20240101- 2025 gäller avtalet\n", "sv"),  # not a valid personnummer
        (f"Fakturanummer {PNR_B[:8]}- {PNR_B[8:]}\n", "sv"),
    ],
)
def test_a_gapped_twelve_digit_number_of_another_kind_stays_unread(engine: Engine, text: str, lang: str) -> None:
    assert found(engine, text, lang) == []


# --- A fødselsnummer written with its space after a two-letter word ("ID 630874 01261") is no loose IBAN: the
# shortest IBAN has 13 digits after its letters. "Norwegian ID" names it; "Swedish ID", "Danish ID" and "Finnish ID"
# name their country's number as well.
def no_number(head: str, individual: int) -> str:
    for n in range(individual, individual + 100):
        base = f"{head}{n:03d}"
        k1 = 11 - sum(int(d) * w for d, w in zip(base, (3, 7, 6, 1, 8, 9, 4, 5, 2), strict=True)) % 11
        k1 = 0 if k1 == 11 else k1
        if k1 == 10:
            continue
        k2 = 11 - sum(int(d) * w for d, w in zip(base + str(k1), (5, 4, 3, 2, 7, 6, 5, 4, 3, 2), strict=True)) % 11
        k2 = 0 if k2 == 11 else k2
        if k2 != 10:
            return f"{base}{k1}{k2}"
    raise ValueError(head)


D_NUMBER = no_number("630874", 12)  # a D-number: day + 40
FNR = no_number("190776", 431)


@pytest.mark.parametrize(
    ("text", "lang", "number"),
    [
        (f"Posted workers\nEirik Moen  Norwegian ID {D_NUMBER[:6]} {D_NUMBER[6:]}\n", "en", D_NUMBER),
        (f"Norwegian ID {FNR[:6]} {FNR[6:]}\n", "en", FNR),
        (f"Arbejdstager: Ola Nordmann, ID {FNR[:6]} {FNR[6:]}, norsk fødselsnummer\n", "da", FNR),
    ],
)
def test_a_spaced_fodselsnummer_after_id_is_read(engine: Engine, text: str, lang: str, number: str) -> None:
    assert [n for e, n in found(engine, text, lang) if e == "NO_FODSELSNUMMER"] == [number]


@pytest.mark.parametrize(
    ("text", "lang", "entity", "number"),
    [
        (
            f"Name | Role | Swedish ID\nHannah Clarke | Engineer | {PNR_12[:8]}-{PNR_12[8:]}\n",
            "en",
            "SE_PERSONNUMMER",
            PNR_12,
        ),
        (f"Name | Danish ID\nTom Hart | {CPR_A}\n", "en", "DK_CPR", CPR_A),
        (f"Host: Sweden\nSwedish co-ordination no. {SAM[2:8]}-{SAM[8:]}\n", "en", "SE_PERSONNUMMER", SAM),
        (f"Coordination no: {SAM[2:8]}-{SAM[8:]}\n", "en", "SE_PERSONNUMMER", SAM),
    ],
)
def test_a_countrys_id_column_names_its_number(engine: Engine, text: str, lang: str, entity: str, number: str) -> None:
    assert found(engine, text, lang) == [(entity, number)]


# --- A comma-separated row whose amounts carry decimal commas has more cells than its header: the header is the
# block's line with as many cells as the row with its amounts joined, not a title line with a comma above it; so the
# account column is the account's.
PAY_ROWS = [
    (
        "Betalingsfil, lønkørsel marts (CSV)\nnavn,cpr,regnr,kontonr,beløb,tekst\n"
        f'"Ane Holm",{CPR_A},3689,{CPR_B},46.252,25,"Løn"\n"Bo Lund",{CPR_B},2736,{CPR_A},18.145,50,"Løn"\n',
        "da",
        "DK_CPR",
        [CPR_A, CPR_B],
    ),
    (
        "Utbetalning, mars (CSV)\nnamn,personnummer,clearingnr,kontonr,belopp\n"
        f'"Eva Ek",{PNR_A},8327,{PNR_B[2:]},1.200,50\n"Per Ek",{PNR_B[2:]},8327,{PNR_A},900,00\n',
        "sv",
        "SE_PERSONNUMMER",
        [PNR_A, PNR_B[2:]],
    ),
    (
        "Payroll, March (CSV)\nname,cpr,account,amount\n"
        f'"Tom Hart",{CPR_B},{CPR_A},2.500,75\n"Amy Cole",{CPR_A},{CPR_B},1.100,25\n',
        "en",
        "DK_CPR",
        [CPR_B, CPR_A],
    ),
]


@pytest.mark.parametrize(("text", "lang", "entity", "numbers"), PAY_ROWS)
def test_decimal_commas_leave_the_columns_under_their_headers(
    engine: Engine, text: str, lang: str, entity: str, numbers: list[str]
) -> None:
    got = [(e, text[f.start : f.end]) for f in engine.detect(text, lang=lang) if (e := f.entity_type) in IDS]
    # the identifier column is read, row by row; the account column is not
    assert [n for e, n in got] == numbers
    assert all(e == entity for e, _ in got)


# --- A check digit called wrong without a verb, right after the number or later in the bracket it stands in.
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (f"Testfall 7: {CPR_A[:6]}-{CPR_A[6:]} (fel kontrollsiffra) -> felmeddelande\n", "sv"),
        (f"Input {PNR_A[:6]}-{PNR_A[6:]}, wrong check digit\n", "en"),
        (f"Vi fik {CPR_B[:6]}-{CPR_B[6:]} (forkert kontrolciffer) fra den gamle liste\n", "da"),
        (
            f"Den skadade: Eva Ek, personnummer {PNR_A[:6]}-{PNR_A[6:]} (inte {CPR_B[:6]}-{CPR_B[6:]} som stod i "
            "anmälan, fel kontrollsiffra)\n",
            "sv",
        ),
    ],
)
def test_a_number_called_a_wrong_check_digit_is_dropped(engine: Engine, text: str, lang: str) -> None:
    dropped = CPR_A if "Testfall" in text else PNR_A if "Input" in text else CPR_B
    assert dropped not in [n[-10:] for _, n in found(engine, text, lang)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (f"CPR {CPR_A[:6]}-{CPR_A[6:]} (kontrolcifferet er tjekket)\n", "da"),
        (f"CPR {CPR_A[:6]}-{CPR_A[6:]} (ikke {CPR_B[:6]}-{CPR_B[6:]}, forkert kontrolciffer)\n", "da"),
        (f"Personnummer {PNR_A[:6]}-{PNR_A[6:]} (kontrollsiffran stämmer)\n", "sv"),
    ],
)
def test_the_number_beside_a_wrong_one_is_kept(engine: Engine, text: str, lang: str) -> None:
    kept = PNR_A if "Personnummer" in text else CPR_A
    assert [n[-10:] for _, n in found(engine, text, lang)] == [kept]


# --- Words: a waybill is a numbered thing, as a booking is.
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (f"Freight: Waybill {CPR_A} · Booking 55102\n", "en"),
        (f"Freight: Waybill {CPR_B} · Booking 55102\n", "en"),
    ],
)
def test_a_waybill_number_is_no_identifier(engine: Engine, text: str, lang: str) -> None:
    assert found(engine, text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (f"Waybill 00123 for Tom Hart, CPR {CPR_A}\n", "en"),
        (f"Fragt: Waybill 00123 til Ane Holm, cpr-nr. {CPR_B}\n", "da"),
    ],
)
def test_the_persons_number_beside_a_waybill_is_kept(engine: Engine, text: str, lang: str) -> None:
    assert len(found(engine, text, lang)) == 1


# --- A column headed by a country's ID word ("Swedish ID") beside another identifier's column ("Danish CPR") is that
# country's number, not a register's own "<holder>-id"; "Elev-id" beside "Personnummer" still is the school's.
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            f"Name | Role | Swedish ID | Danish CPR\nHannah Clarke | Engineer | {PNR_A} | {CPR_A[:6]}-{CPR_A[6:]}\n",
            "en",
            [("SE_PERSONNUMMER", PNR_12), ("DK_CPR", CPR_A)],
        ),
        (
            f"Namn;Danish ID;Personnummer\nEva Ek;{CPR_B};{PNR_12}\n",
            "sv",
            [("DK_CPR", CPR_B), ("SE_PERSONNUMMER", PNR_12)],
        ),
        (f"Elev-id;Namn;Personnummer\n{PNR_A};Eva Ek;{PNR_12}\n", "sv", [("SE_PERSONNUMMER", PNR_12)]),
        (f"Elev-id;Navn;CPR-nummer\n{CPR_B};Ida Holm;{CPR_A[:6]}-{CPR_A[6:]}\n", "da", [("DK_CPR", CPR_A)]),
    ],
)
def test_a_countrys_id_column_beside_another_identifier(
    engine: Engine, text: str, lang: str, expected: list[tuple[str, str]]
) -> None:
    assert found(engine, text, lang) == expected


# --- A space-aligned header of two lines, the second blank over the column ("Ansök-  Personnummer" over "an nr
# belopp"): the word above heads the column. A row with a number at that place is data, not a header line.
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            f"Ansök-  Personnummer  Beviljat\nan nr                 belopp\n47715    {PNR_A}   36.973,25\n"
            f"39509    {PNR_C}   33.565,25\n",
            "sv",
            [PNR_A, PNR_C],
        ),
        (
            f"Løbe-  CPR-nummer    Udbetalt\nnr.                  i kr.\n1      {CPR_A}    1.200,00\n"
            f"2      {CPR_B}    300,00\n",
            "da",
            [CPR_A, CPR_B],
        ),
        (
            f"Appli-  Ordernummer   Granted\ncation                amount\n47715    {PNR_A}   36.973,25\n"
            f"39509    {PNR_C}   33.565,25\n",
            "en",
            [],
        ),
    ],
)
def test_a_two_line_header_heads_its_column(engine: Engine, text: str, lang: str, expected: list[str]) -> None:
    assert [n[-10:] for _, n in found(engine, text, lang)] == expected


# --- Lines opening with a recent date and time of day ("20240309-1511 BankID ok") are a log: the words after each
# stamp do not name it. A heading naming the numbers, or a bracket right after one, still does.
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Inloggningshistorik\n20240309-1511 BankID ok (enhet a1)\n20230511-0849 BankID ok (enhet b2)\n", "sv"),
        ("Login history\n20240309-1511 BankID login ok\n20230511-0849 BankID login ok\n", "en"),
    ],
)
def test_a_log_of_stamps_is_no_list_of_personnummer(engine: Engine, text: str, lang: str) -> None:
    assert found(engine, text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Barnens personnummer\n20240309-1511\n20230511-0849\n", "sv"),
        ("Inloggningar\n20240309-1511 (personnummer)\n20230511-0849 (personnummer)\n", "sv"),
    ],
)
def test_named_recent_personnummer_are_kept(engine: Engine, text: str, lang: str) -> None:
    assert len(found(engine, text, lang)) == 2


# --- A word on the line saying the holder is dead keeps a HETU or CPR whose date makes the holder over 105 (an
# archive's or an estate's record), as a stated birth year does. Without it such an age marks a serial.
def hetu(birth: datetime.date, individual: int) -> str:
    sign = {18: "+", 19: "-", 20: "A"}[birth.year // 100]
    body = f"{birth:%d%m%y}{individual:03d}"
    return f"{body[:6]}{sign}{body[6:]}{'0123456789ABCDEFHJKLMNPRSTUVWXY'[int(body) % 31]}"


OLD_HETU = hetu(datetime.date(1894, 11, 23), 317)
OLD_CPR = make_cpr(datetime.date(1893, 9, 12), 3)


@pytest.mark.parametrize(
    ("text", "lang", "entity", "number", "dead"),
    [
        (
            f"Työntekijät\nHeidi Laine · {OLD_HETU} · (arkisto, kuollut)\n",
            "fi",
            "FI_PERSONAL_IDENTITY_CODE",
            OLD_HETU,
            True,
        ),
        (f"Arkiv\nKarl Holm {OLD_CPR[:6]}-{OLD_CPR[6:]} (død)\n", "da", "DK_CPR", OLD_CPR, True),
        (f"Estate records\nKarl Holm {OLD_CPR[:6]}-{OLD_CPR[6:]}, deceased\n", "en", "DK_CPR", OLD_CPR, True),
        (f"Työntekijät\nHeidi Laine · {OLD_HETU} · arkisto\n", "fi", "FI_PERSONAL_IDENTITY_CODE", OLD_HETU, False),
        (f"Arkiv\nKarl Holm {OLD_CPR[:6]}-{OLD_CPR[6:]} (afdeling 3)\n", "da", "DK_CPR", OLD_CPR, False),
    ],
)
def test_a_dead_holders_old_number_is_kept(
    engine: Engine, text: str, lang: str, entity: str, number: str, dead: bool
) -> None:
    got = [n for e, n in found(engine, text, lang) if e == entity]
    assert (len(got) == 1) is dead


# --- A PDF table that lost every space between its cells: under a glued header naming the identifier
# ("NavnPersonnummerAnsat"), a row's number glued between the holder's name and the next cell is read.
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (f"NavnPersonnummerAnsat\nEva Holm{CPR_A}Ja\nBo Lund{CPR_B}Nej\n(fra en PDF)\n", "da", [CPR_A, CPR_B]),
        (
            f"NamnPersonnrAvdelning\nKarin Ek{PNR_12[:8]}-{PNR_12[8:]}Lager\nPer Ek{PNR_B[:8]}-{PNR_B[8:]}Ekonomi\n",
            "sv",
            [PNR_12, PNR_B],
        ),
        (f"NameCprStatus\nTom Hart{CPR_B}Active\nAmy Cole{CPR_A}\n", "en", [CPR_B, CPR_A]),
        (f"NavnOrdrenrStatus\nEva Holm{CPR_A}Ja\nBo Lund{CPR_B}Nej\n", "da", []),  # the header names an order
        (f"Kunder\nEva Holm{CPR_A}Ja\n", "da", []),  # no glued header
        (f"NavnPersonnummerAnsat\nbestilt{CPR_A}Ja\n", "da", []),  # no name before the number
    ],
)
def test_a_glued_table_under_a_glued_header(engine: Engine, text: str, lang: str, expected: list[str]) -> None:
    assert [n for _, n in found(engine, text, lang)] == expected
