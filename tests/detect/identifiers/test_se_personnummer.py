"""Golden table and properties for pii_scanner.detect.identifiers.se_personnummer."""

from __future__ import annotations

import contextlib
import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st
from stdnum import luhn as stdnum_luhn
from stdnum.se import personnummer as stdnum_pnr

from pii_scanner.core.errors import InvalidChecksum, InvalidComponent, InvalidFormat, InvalidIdentifier
from pii_scanner.detect.identifiers import se_personnummer as pnr

TODAY = datetime.date(2024, 6, 1)

# (input, expected normalised or exception class, subtype, checksum) at TODAY.
GOLDEN: list[tuple[str, str | type[Exception], str | None, str | None]] = [
    # Skatteverket's published example, every accepted form
    ("811218-9876", "198112189876", None, "valid"),
    ("8112189876", "198112189876", None, "valid"),
    ("19811218-9876", "198112189876", None, "valid"),
    ("198112189876", "198112189876", None, "valid"),
    (" 811218-9876 ", "198112189876", None, "valid"),
    ("811218 9876", "198112189876", None, "valid"),
    ("811218+9876", "188112189876", None, "valid"),  # "+": 100 or older
    ("18811218-9876", "188112189876", None, "valid"),
    ("20811218-9876", InvalidComponent, None, None),  # given century puts it in the future
    ("17811218-9876", InvalidComponent, None, None),  # before 1800
    ("19811218+9876", InvalidFormat, None, None),  # "+" only in the 10-digit form
    ("811218/9876", InvalidFormat, None, None),
    ("811218--9876", InvalidFormat, None, None),
    # Luhn is a filter
    ("811218-9875", InvalidChecksum, None, None),
    ("19811218-9875", InvalidChecksum, None, None),
    ("811218-9867", InvalidChecksum, None, None),  # swapped digits
    # samordningsnummer (day + 60), Skatteverket's example
    ("701063-2391", "197010632391", "samordningsnummer", "valid"),
    ("19701063-2391", "197010632391", "samordningsnummer", "valid"),
    ("701093-2391", InvalidComponent, None, None),  # day 33
    # organisationsnummer is not a personnummer
    ("556724-3703", InvalidComponent, None, None),
    ("5567243703", InvalidComponent, None, None),
    ("16556724-3703", InvalidComponent, None, None),
    # century boundaries at TODAY = 2024-06-01 (born 1 and 2 June)
    ("240601-1235", "202406011235", None, "valid"),  # born today
    ("2406011235", "202406011235", None, "valid"),
    # "-" is written only until the calendar year of the 100th birthday: 2024-06-02 is a future
    # birth, and the 1924-born person is written "240602+1234" since 1 January 2024.
    ("240602-1234", InvalidComponent, None, None),
    ("240601+1235", "192406011235", None, "valid"),  # 100 today
    ("240602+1234", "192406021234", None, "valid"),  # turns 100 this calendar year: "+" applies
    ("20240602-1234", InvalidComponent, None, None),  # future
    ("991231-9994", "199912319994", None, "valid"),
    ("120101-1234", "201201011234", None, "valid"),
    # leap days
    ("000229-1235", "200002291235", None, "valid"),
    ("000229+1235", InvalidComponent, None, None),  # 1900-02-29 does not exist
    ("19000229-1235", InvalidComponent, None, None),
    ("010229-1234", InvalidComponent, None, None),
    # impossible dates
    ("811318-9876", InvalidComponent, None, None),
    ("811200-9876", InvalidComponent, None, None),
    # junk
    ("", InvalidFormat, None, None),
    ("abcdef-ghij", InvalidFormat, None, None),
    ("811218-98761", InvalidFormat, None, None),
    ("81121-9876", InvalidFormat, None, None),
    ("١٨١١٢١٨-٩٨٧٦", InvalidFormat, None, None),  # Arabic-Indic digits
    ("８１１２１８-９８７６", InvalidFormat, None, None),  # full-width digits
]


def _independent_luhn_digit(nine: str) -> str:
    total = 0
    for index, char in enumerate(nine):
        value = int(char) * (2 if index % 2 == 0 else 1)
        total += value // 10 + value % 10
    return str((10 - total % 10) % 10)


@pytest.mark.parametrize(("raw", "expected", "subtype", "checksum"), GOLDEN)
def test_golden(raw: str, expected: str | type[Exception], subtype: str | None, checksum: str | None) -> None:
    if isinstance(expected, str):
        assert pnr.validate(raw, today=TODAY) == expected
        assert pnr.is_valid(raw, today=TODAY)
        details = pnr.info(raw, today=TODAY)
        assert (details.normalized, details.subtype, details.checksum) == (expected, subtype, checksum)
        assert _independent_luhn_digit(expected[2:11]) == expected[11]
        assert pnr.format(raw, today=TODAY) == f"{expected[:8]}-{expected[8:]}"
        day = int(expected[6:8]) - (60 if subtype else 0)
        born = datetime.date(int(expected[:4]), int(expected[4:6]), day)
        assert pnr.birth_date(raw, today=TODAY) == details.birth_date == born
    else:
        with pytest.raises(expected) as caught:
            pnr.validate(raw, today=TODAY)
        assert not pnr.is_valid(raw, today=TODAY)
        digits = "".join(c for c in raw if c.isdigit())
        if len(digits) >= 4:
            assert digits not in str(caught.value)


def test_organisationsnummer_passes_luhn() -> None:
    # the rejection is about the month digits, not the check digit
    assert stdnum_luhn.is_valid("5567243703")


def test_plus_is_written_from_the_calendar_year_of_the_100th_birthday() -> None:
    # folkbokföringslagen 18 §: "+" from the start of the year the person turns 100
    new_year, before, on = datetime.date(2024, 1, 1), datetime.date(2024, 6, 1), datetime.date(2024, 6, 2)
    assert pnr.birth_date("240602+1234", today=new_year).year == 1924
    assert pnr.birth_date("240602+1234", today=before).year == 1924
    assert pnr.birth_date("240602+1234", today=on).year == 1924
    assert pnr.birth_date("240602+1234", today=datetime.date(2023, 12, 31)).year == 1824
    with pytest.raises(InvalidComponent):
        pnr.birth_date("240602-1234", today=before)
    assert pnr.birth_date("240602-1234", today=datetime.date(2023, 12, 31)).year == 1924
    assert pnr.birth_date("2406021234", today=before).year == 1924  # no separator: any age
    assert pnr.birth_date("240602-1234", today=on).year == 2024


@st.composite
def valid_numbers(draw: st.DrawFn) -> tuple[str, str]:
    born = draw(st.dates(min_value=datetime.date(1900, 1, 1), max_value=TODAY))
    coordination = draw(st.booleans())
    serial = draw(st.integers(0, 999))
    day = born.day + (60 if coordination else 0)
    nine = f"{born.year % 100:02d}{born.month:02d}{day:02d}{serial:03d}"
    ten = nine + _independent_luhn_digit(nine)
    expected = f"{born.year // 100:02d}{ten}"
    age = TODAY.year - born.year - ((TODAY.month, TODAY.day) < (born.month, born.day))
    forms = [f"{expected[:8]}-{expected[8:]}", expected]
    forms.append(f"{ten[:6]}{'+' if TODAY.year - born.year >= 100 else '-'}{ten[6:]}")
    if age < 100:
        forms.append(ten)
    return draw(st.sampled_from(forms)), expected


@given(valid_numbers())
def test_valid_numbers_round_trip(case: tuple[str, str]) -> None:
    raw, expected = case
    normalized = pnr.validate(raw, today=TODAY)
    assert normalized == expected
    assert pnr.validate(pnr.format(normalized, today=TODAY), today=TODAY) == normalized
    if len(raw) in (12, 13) and int(expected[6:8]) <= 31:
        assert stdnum_pnr.is_valid(raw)


@given(st.text(max_size=20) | st.text(alphabet="0123456789 -+٣", max_size=15))
def test_junk_raises_only_typed_errors(text: str) -> None:
    with contextlib.suppress(InvalidIdentifier):
        pnr.validate(text, today=TODAY)
