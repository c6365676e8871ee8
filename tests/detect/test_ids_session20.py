"""Identifier rules of session 20 (issue 13), each on text written for the test: Danish and Swedish, positives
and negatives, in several phrasings."""

from __future__ import annotations

import datetime

import pytest

from pii_scanner.detect import Engine
from pii_scanner.detect.layout import quoted_record
from tests.helpers.id_engine import found, id_engine
from tests.helpers.nordic_numbers import luhn_digit, make_cpr, make_personnummer

TODAY = datetime.date(2026, 12, 3)
CPR_A = make_cpr(datetime.date(1961, 7, 7), 42)
CPR_B = make_cpr(datetime.date(1985, 3, 14), 2)
CPR_C = make_cpr(datetime.date(1972, 11, 30), 5)
# Numbers of other kinds that pass a CPR's or a personnummer's checks (order, member, case numbers)
OTHER_A = make_cpr(datetime.date(1941, 3, 24), 57)
OTHER_B = make_personnummer(datetime.date(1954, 6, 26), 897)[2:]
OTHER_C = make_personnummer(datetime.date(1977, 12, 15), 908)[2:]
PNR_A = make_personnummer(datetime.date(1980, 4, 16), 234)
PNR_B = make_personnummer(datetime.date(1984, 2, 23), 677)


def dashed(n: str) -> str:
    return f"{n[:-4]}-{n[-4:]}"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return id_engine(TODAY)


# --- A CSV of quoted cells (RFC 4180) whose cells may hold line breaks (an address on three lines): a record is
# several lines, and a cell stands under the header's cell at its place in the record, not in its line.
QUOTED_CSV = [
    (
        '"navn","adresse","kundenr","cpr"\n'
        f'"Bo Holm","Vestergade 4\n2. th.\n8000 Aarhus C","{OTHER_A}","{dashed(CPR_A)}"\n'
        f'"Ane Krog","Algade 12\n4000 Roskilde","{OTHER_C}","{CPR_B[:6]}/{CPR_B[6:]}"\n',
        "da",
        [("DK_CPR", CPR_A), ("DK_CPR", CPR_B)],
    ),
    (
        '"Namn";"Personnummer";"Adress";"Medlemsnummer"\n'
        f'"Karin Ek";"{PNR_A}";"Storgatan 3\n222 22 Lund";"{OTHER_B}"\n'
        f'"Nils Berg";"{dashed(PNR_B)}";"Box 17\nc/o Ek\n411 01 Göteborg";"{OTHER_C}"\n',
        "sv",
        [("SE_PERSONNUMMER", PNR_A), ("SE_PERSONNUMMER", PNR_B)],
    ),
    # a note cell with a line break before the CPR cell; the order number after it under its own header
    (
        f'"cpr","bemærkning","ordrenummer"\n"{CPR_C}","ringer tilbage\nefter kl. 16","{OTHER_A}"\n',
        "da",
        [("DK_CPR", CPR_C)],
    ),
]


@pytest.mark.parametrize(("text", "lang", "expected"), QUOTED_CSV)
def test_a_quoted_csv_record_spanning_lines_keeps_its_header(
    engine: Engine, text: str, lang: str, expected: list[tuple[str, str]]
) -> None:
    assert found(engine, text, lang) == expected


def test_a_quoted_record_is_read_only_where_it_spans_lines() -> None:
    one_line = f'"navn","cpr"\n"Bo Holm","{dashed(CPR_A)}"\n'
    at = one_line.index(dashed(CPR_A))
    assert quoted_record(one_line, at, at + 11) is None  # a record on one line is read line by line as before
    spanning = f'"navn","adresse","cpr"\n"Bo Holm","Vestergade 4\n8000 Aarhus C","{dashed(CPR_A)}"\n'
    at = spanning.index(dashed(CPR_A))
    record = quoted_record(spanning, at, at + 11)
    assert record is not None and record.header[record.index] == "cpr"
    # no quoted header row: not a quoted CSV
    bare = f'navn,adresse,cpr\nBo Holm,"Vestergade 4\n8000 Aarhus C",{dashed(CPR_A)}\n'
    at = bare.index(dashed(CPR_A))
    assert quoted_record(bare, at, at + 11) is None


# --- Twelve digits reading as a date of the last ten years and a time of day (yyyymmddhhmm, perhaps a hyphen before
# the time) that nothing names as a personnummer and no holder's name stands by are a moment: a payment's, a build's,
# a sample's. A child's personnummer reads so one time in seven: it stays where a label, a column or a name keeps it.
def _stamp(day: datetime.date, hour: int) -> str:
    for tens in range(6):
        body = f"{day:%y%m%d}{hour:02d}{tens}"
        minute = f"{tens}{luhn_digit(body)}"
        if int(minute) < 60:
            return f"{day:%Y%m%d}{hour:02d}{minute}"
    raise ValueError(day)


STAMP_A = _stamp(datetime.date(2023, 5, 9), 16)
STAMP_B = _stamp(datetime.date(2025, 10, 30), 7)
CHILD = make_personnummer(datetime.date(2021, 3, 15), 84)  # a child's personnummer whose serial reads as a time


def _hyphen(stamp: str) -> str:
    return f"{stamp[:8]}-{stamp[8:]}"


MOMENTS = [
    (f"Betalning genomförd {STAMP_A}, belopp 250 kr till föreningen.\n", "sv"),
    (f"WARN {_hyphen(STAMP_B)} batch job finished with 3 skipped rows\n", "en"),
    (f"2026-01-04 INFO deploy version=4.2 build={STAMP_A} status=ok\n", "en"),
    (f'{{"job": "lonekorning", "run": {STAMP_B}, "rows": 812}}\n', "sv"),
    (f"Prøven er modtaget i laboratoriet, analyse startet {_hyphen(STAMP_A)}.\n", "da"),
    (f"Kvittering for betaling {STAMP_B}\nBeløb: 120,00 kr.\n", "da"),
]


@pytest.mark.parametrize(("text", "lang"), MOMENTS)
def test_an_unnamed_recent_date_and_time_is_a_moment(engine: Engine, text: str, lang: str) -> None:
    assert found(engine, text, lang) == []


KEPT_CHILDREN = [
    (f"Barn: Ella Berg, {CHILD}\n", "sv"),
    (f"Elev  Personnummer\nElla  {_hyphen(CHILD)}\nNoah  {PNR_A}\n", "sv"),
    (f"Ansökan gäller Ella Berg {_hyphen(CHILD)} som börjar i förskoleklass.\n", "sv"),
    (f"Barnets personnummer: {CHILD}\n", "sv"),
    (f'{{"namn": "Ella Berg", "personnummer": "{CHILD}"}}\n', "sv"),
    (f"Datteren Ella har svensk personnummer {_hyphen(CHILD)}.\n", "da"),
]


@pytest.mark.parametrize(("text", "lang"), KEPT_CHILDREN)
def test_a_childs_personnummer_with_a_label_column_or_name_stays(engine: Engine, text: str, lang: str) -> None:
    assert ("SE_PERSONNUMMER", CHILD) in found(engine, text, lang)


def test_a_childs_personnummer_on_a_row_with_its_holders_name_stays(engine: Engine) -> None:
    # a headerless export: the number opens the row, the holder's name is another cell
    text = f"{PNR_A};Karin Ek;Storgatan 3;22222\n{CHILD};Ella Ek;Storgatan 3;22222\n"
    assert ("SE_PERSONNUMMER", CHILD) in found(engine, text, "sv")
    assert found(engine, f"{STAMP_A};Betalning;250,00\n{STAMP_B};Betalning;120,00\n", "sv") == []


# --- Text taken out of a PDF without the space between two cells glues a number in an identifier's own form (its
# separator, a HETU's century sign) to the next cell's capitalised word: the number is read up to the word.
HETU_2023 = "080410A872" + "0123456789ABCDEFHJKLMNPRSTUVWXY"[int("080410872") % 31]  # a 2010 HETU, century sign A
GLUED = [
    (f"Personnummer Namn\n{_hyphen(PNR_A)}Karin Ek\n", "sv", [("SE_PERSONNUMMER", PNR_A)]),
    (f"Lejer: Bo Holm {dashed(CPR_A)}Lejemål 4, 2. th.\n", "da", [("DK_CPR", CPR_A)]),
    (f"CPR-nummer Telefon\n{dashed(CPR_B)}Mobil 22 33 44 55\n", "da", [("DK_CPR", CPR_B)]),
    (f"Henkilötunnus Etuus\n{HETU_2023}Asumistuki\n", "fi", [("FI_PERSONAL_IDENTITY_CODE", HETU_2023)]),
]


@pytest.mark.parametrize(("text", "lang", "expected"), GLUED)
def test_an_own_form_number_glued_to_the_next_cells_word_is_read(
    engine: Engine, text: str, lang: str, expected: list[tuple[str, str]]
) -> None:
    assert found(engine, text, lang) == expected


def test_plain_digits_or_a_code_glued_to_a_word_are_not_read(engine: Engine) -> None:
    assert found(engine, f"Varenr. {CPR_A}Blå, str. 42\n", "da") == []  # plain digits glued: a code
    assert found(engine, f"Serienummer SN-{dashed(CPR_A)}Pro\n", "da") == []  # inside a code


# --- A developer's record: a key naming a technical numbered thing (a trace, a span, a build, a commit, a sequence)
# holds that thing's number; a key that is the customer alone holds the customer's number, as "kunde <n>" does in a
# line. A key naming the identifier keeps it.
DEV_RECORDS = [
    (f"2026-02-11 09:14:02 INFO checkout done trace={PNR_A} span={OTHER_B} took 31 ms\n", "en"),
    (f'{{"event": "refund", "customer": "{OTHER_A}", "amount": "120,00"}}\n', "da"),
    (f'{{"händelse": "order", "kund": "{OTHER_C}", "belopp": 400}}\n', "sv"),
    (f"deploy ok build={PNR_B} commit={OTHER_C}\n", "en"),
    (f"<Kvittering><kunde>{OTHER_A}</kunde><sum>99,00</sum></Kvittering>\n", "da"),
]


@pytest.mark.parametrize(("text", "lang"), DEV_RECORDS)
def test_a_key_naming_a_technical_thing_or_the_customer_holds_its_number(engine: Engine, text: str, lang: str) -> None:
    assert found(engine, text, lang) == []


def test_a_key_naming_the_identifier_keeps_it(engine: Engine) -> None:
    assert found(engine, f'{{"customer": {{"cpr": "{CPR_A}"}}, "order": "{OTHER_A}"}}\n', "da") == [("DK_CPR", CPR_A)]
    assert found(engine, f"INFO lookup personnummer={PNR_A} trace={OTHER_B}\n", "sv") == [("SE_PERSONNUMMER", PNR_A)]
    assert found(engine, f'{{"kund": "Karin Ek", "personnummer": "{_hyphen(PNR_B)}"}}\n', "sv") == [
        ("SE_PERSONNUMMER", PNR_B)
    ]


# --- A label saying the number is not a valid identifier of one country ("not a valid personnummer", "ikke et gyldigt
# CPR-nummer") says it failed THAT check: another country's reading that passes is chance.
CPR_ONLY = make_cpr(datetime.date(1972, 8, 12), 0)  # a valid CPR that fails the personnummer's Luhn check
NOT_VALID = [
    (f"ValidationError: value is not a valid personnummer: '{dashed(CPR_ONLY)}'\n", "en"),
    (f"Fejl i import, ikke et gyldigt CPR-nummer: {OTHER_B}\n", "da"),
    (f"Kontrollen sa: inte ett giltigt personnummer: {dashed(CPR_ONLY)}\n", "sv"),
]


@pytest.mark.parametrize(("text", "lang"), NOT_VALID)
def test_a_number_said_invalid_as_one_countrys_is_no_other_countrys(engine: Engine, text: str, lang: str) -> None:
    assert [e for e, _ in found(engine, text, lang) if e in ("DK_CPR", "SE_PERSONNUMMER")] == []


def test_an_invalid_label_naming_the_readings_own_identifier_leaves_it_to_the_country(engine: Engine) -> None:
    # a valid CPR a Danish system refused for another reason stays a CPR (as before)
    assert found(engine, f"Afvist: ugyldigt CPR {CPR_A} (dødsfald registreret)\n", "da") == [("DK_CPR", CPR_A)]


# --- "Pers. no." is the personnummer's abbreviation with the English word for number (a Swedish record in English).
@pytest.mark.parametrize(
    "text",
    [
        f"Name: Karin Ek   Pers.no: {_hyphen(PNR_A)}   Ward: 4\n",
        f"Applicant Karin Ek, pers. no. {PNR_B}, has paid the fee.\n",
        f"Sökande: Karin Ek, pers. no {_hyphen(PNR_A)}\n",
    ],
)
def test_pers_no_names_the_personnummer(engine: Engine, text: str) -> None:
    assert [e for e, _ in found(engine, text)] == ["SE_PERSONNUMMER"]


# --- Database output: psql's expanded display ("-[ RECORD 1 ]-" then "column | value" lines) and SQL's
# "column IN (...)": the column names each value as a record's key does.
UNIX_TIME = "1712982663"  # 13 April 2024 04:31 UTC; also a valid CPR date (17 December 1982)
DB_TEXTS = [
    (
        f"-[ RECORD 1 ]-+------------\nsag_id        | 4411\ncpr           | {dashed(CPR_A)}\n"
        f"oprettet_unix | {UNIX_TIME}\n",
        "da",
        [("DK_CPR", CPR_A)],
    ),
    (
        f"-[ RECORD 1 ]--+-----------\nkund_id        | 88\npersonnummer   | {PNR_A}\nskapad_epoch   | {UNIX_TIME}\n",
        "sv",
        [("SE_PERSONNUMMER", PNR_A)],
    ),
    (f"UPDATE faktura SET betald = 1 WHERE fakturanr IN ({OTHER_A}, {OTHER_C}, {OTHER_B});\n", "sv", []),
    (f"SELECT * FROM ordre o WHERE o.ordrenr IN ('{OTHER_A}', '{OTHER_C}');\n", "da", []),
    (f"DELETE FROM borger WHERE cpr IN ('{CPR_A}', '{CPR_B}');\n", "da", [("DK_CPR", CPR_A), ("DK_CPR", CPR_B)]),
]


@pytest.mark.parametrize(("text", "lang", "expected"), DB_TEXTS)
def test_a_database_outputs_column_names_its_values(
    engine: Engine, text: str, lang: str, expected: list[tuple[str, str]]
) -> None:
    assert found(engine, text, lang) == expected


# --- An INSERT's rows without a column list: one system writes one column one way, so the place whose values some
# row writes in the identifier's own form (DDMMYY-SSSS) is the identifier's column; ten plain digits at another place,
# never so written, are another kind of number. The identifier's column keeps its plain values.
def test_plain_digits_beside_the_own_form_column_of_an_insert_are_another_number(engine: Engine) -> None:
    text = (
        "insert into laaner values\n"
        f"  (1, '{OTHER_A}', '{dashed(CPR_A)}', 'Bo Holm'),\n"
        f"  (2, '{OTHER_C}', '{CPR_B}', 'Ane Krog');\n"
    )
    assert found(engine, text, "da") == [("DK_CPR", CPR_A), ("DK_CPR", CPR_B)]
    sv = f"INSERT INTO kund VALUES (7, '{OTHER_B}', '{PNR_A[2:8]}-{PNR_A[8:]}'),\n  (8, '{OTHER_C}', '{PNR_B}');\n"
    assert found(engine, sv, "sv") == [("SE_PERSONNUMMER", PNR_A), ("SE_PERSONNUMMER", PNR_B)]


def test_an_insert_without_an_own_form_column_is_read_as_before(engine: Engine) -> None:
    # no value written in the own form: nothing says which place is the identifier's (left to the other rules)
    text = f"insert into laaner values (1, '{CPR_A}', 'Bo Holm'), (2, '{CPR_B}', 'Ane Krog');\n"
    assert found(engine, text, "da") == [("DK_CPR", CPR_A), ("DK_CPR", CPR_B)]


# --- A CPR with "/" between its halves right after its holder's name, the check passing: read as a misread letter is
# read there. Without the name, or failing the check, a slash joins two numbers and stays unread.
def _slash(n: str) -> str:
    return f"{n[:6]}/{n[6:]}"


CPR_NO_MOD11 = CPR_A[:9] + str((int(CPR_A[9]) + 1) % 10)  # the same date, the check failing


@pytest.mark.parametrize(
    "text",
    [f"Vedr.: Bo Holm {_slash(CPR_A)}\nTlf. 22 33 44 55\n", f"Medlåntager: Ane Marie Krog, {_slash(CPR_B)}\n"],
)
def test_a_slashed_cpr_after_its_holders_name_is_read(engine: Engine, text: str) -> None:
    assert [e for e, _ in found(engine, text, "da")] == ["DK_CPR"]


@pytest.mark.parametrize(
    "text",
    [
        f"Sag {_slash(CPR_A)} er lukket.\n",
        f"Vedr.: Bo Holm {_slash(CPR_NO_MOD11)}\n",
        f"Bilag {_slash(CPR_B)} vedlagt\n",
    ],
)
def test_a_slashed_number_without_a_holder_or_failing_the_check_stays_unread(engine: Engine, text: str) -> None:
    assert found(engine, text, "da") == []


# --- A numbered thing with its number in brackets right after it ("har sagen (<n>)", "ordern (<n>)") names that
# thing's number, as "(sag <n>)" does; a person before the bracket is the holder.
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (f"Hun har ikke fået dansk CPR endnu - kommunen har sagen ({OTHER_A}).\n", "da"),
        (f"Vi har tagit emot ordern ({OTHER_C}) och skickar den i morgon.\n", "sv"),
        (f"Se rapporten ({OTHER_A}) for detaljer om hendes cpr-sag.\n", "da"),
    ],
)
def test_a_things_number_in_brackets_after_it_is_the_things(engine: Engine, text: str, lang: str) -> None:
    assert found(engine, text, lang) == []


def test_a_person_before_a_bracketed_number_keeps_it(engine: Engine) -> None:
    assert found(engine, f"Samtale med patienten ({dashed(CPR_A)}) om cpr-oplysning.\n", "da") == [("DK_CPR", CPR_A)]
