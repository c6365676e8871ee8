"""Golden table and properties for pii_scanner.detect.identifiers.no_fodselsnummer."""

from __future__ import annotations

import contextlib
import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st
from stdnum.no import fodselsnummer as stdnum_fnr

from pii_scanner.core.errors import InvalidChecksum, InvalidComponent, InvalidFormat, InvalidIdentifier
from pii_scanner.detect.identifiers import no_fodselsnummer as fnr

TODAY = datetime.date(2024, 6, 1)
LATER = datetime.date(2040, 1, 1)

# (input, expected normalised or exception class, subtype, checksum) at TODAY.
GOLDEN: list[tuple[str, str | type[Exception], str | None, str | None]] = [
    # python-stdnum's documented example, with each separator
    ("15108695088", "15108695088", None, "valid"),
    ("151086 95088", "15108695088", None, "valid"),
    ("151086-95088", "15108695088", None, "valid"),
    ("15108695089", InvalidChecksum, None, None),  # second check digit
    ("15108695078", InvalidChecksum, None, None),  # first check digit
    # D-number (day + 40) and H-number (month + 40)
    ("55108695071", "55108695071", "d_number", "valid"),
    ("15508610081", "15508610081", "h_number", "valid"),
    ("55508610075", InvalidComponent, None, None),  # both at once
    ("72108695088", InvalidComponent, None, None),  # day 32 as D-number
    # synthetic test numbers (month + 80) are not real
    ("15908695088", InvalidFormat, None, None),
    ("55908610058", InvalidFormat, None, None),
    # century from the individual number
    ("15058610000", "15058610000", None, "valid"),  # 100 -> 1986
    ("01010000110", "01010000110", None, "valid"),  # 000 -> 1900
    ("01015450068", "01015450068", None, "valid"),  # 500 with YY 54 -> 1854
    ("01015350047", InvalidComponent, None, None),  # 500 with YY 53: no century
    ("01014075069", InvalidComponent, None, None),  # 750 with YY 40: no century
    ("01014090017", "01014090017", None, "valid"),  # 900 with YY 40 -> 1940
    ("31129990077", "31129990077", None, "valid"),  # 900 with YY 99 -> 1999
    ("01013950187", InvalidComponent, None, None),  # 501 with YY 39 -> 2039: future
    # leap days
    ("29020050088", "29020050088", None, "valid"),  # 2000-02-29
    ("29020000064", InvalidComponent, None, None),  # 1900-02-29
    # junk
    ("", InvalidFormat, None, None),
    ("1510869508", InvalidFormat, None, None),
    ("151086950888", InvalidFormat, None, None),
    ("15108695O88", InvalidFormat, None, None),
    ("١٥١٠٨٦٩٥٠٨٨", InvalidFormat, None, None),  # Arabic-Indic digits
    ("１５１０８６９５０８８", InvalidFormat, None, None),  # full-width digits
]

# Rows that need a later "today": the 2032 first-check-digit scheme. (input, expected)
GOLDEN_2040: list[tuple[str, str | type[Exception]]] = [
    ("01013950187", "01013950187"),  # 2039, classic check digits
    ("01013350090", "01013350090"),  # 2033, weighted sum incl. k1 = 0 mod 11
    ("01013350260", "01013350260"),  # 2033, = 1 mod 11
    ("01013350007", "01013350007"),  # 2033, = 2 mod 11
    ("01013350015", "01013350015"),  # 2033, = 3 mod 11
    ("01013350023", InvalidChecksum),  # 2033, = 4 mod 11
    ("01013150059", "01013150059"),  # 2031, = 0 mod 11
    ("01013150067", InvalidChecksum),  # 2031: before 2032 only 0 is allowed
    ("01013150075", InvalidChecksum),
    ("01013150083", InvalidChecksum),
]

K1 = (3, 7, 6, 1, 8, 9, 4, 5, 2, 1)
K2 = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2, 1)


def _rest(digits: str, weights: tuple[int, ...]) -> int:
    return sum(int(d) * w for d, w in zip(digits, weights, strict=False)) % 11


@pytest.mark.parametrize(("raw", "expected", "subtype", "checksum"), GOLDEN)
def test_golden(raw: str, expected: str | type[Exception], subtype: str | None, checksum: str | None) -> None:
    if isinstance(expected, str):
        assert fnr.validate(raw, today=TODAY) == expected
        assert fnr.is_valid(raw, today=TODAY)
        details = fnr.info(raw, today=TODAY)
        assert (details.normalized, details.subtype, details.checksum) == (expected, subtype, checksum)
        assert _rest(expected, K1) == 0 and _rest(expected, K2) == 0
        assert fnr.format(raw, today=TODAY) == f"{expected[:6]} {expected[6:]}"
    else:
        with pytest.raises(expected) as caught:
            fnr.validate(raw, today=TODAY)
        assert not fnr.is_valid(raw, today=TODAY)
        digits = "".join(c for c in raw if c.isdigit())
        if len(digits) >= 4:
            assert digits not in str(caught.value)


@pytest.mark.parametrize(("raw", "expected"), GOLDEN_2040)
def test_golden_2032_scheme(raw: str, expected: str | type[Exception]) -> None:
    if isinstance(expected, str):
        assert fnr.validate(raw, today=LATER) == expected
        assert _rest(expected, K1) in {0, 1, 2, 3} and _rest(expected, K2) == 0
    else:
        with pytest.raises(expected):
            fnr.validate(raw, today=LATER)


@pytest.mark.parametrize(
    ("raw", "born"),
    [
        ("15108695088", datetime.date(1986, 10, 15)),
        ("55108695071", datetime.date(1986, 10, 15)),
        ("15508610081", datetime.date(1986, 10, 15)),
        ("01015450068", datetime.date(1854, 1, 1)),
        ("01014090017", datetime.date(1940, 1, 1)),
        ("01013950187", datetime.date(2039, 1, 1)),
        ("01010000110", datetime.date(1900, 1, 1)),
    ],
)
def test_birth_date(raw: str, born: datetime.date) -> None:
    assert fnr.birth_date(raw) == born
    assert fnr.validate(raw, today=born) == raw
    with pytest.raises(InvalidComponent):
        fnr.validate(raw, today=born - datetime.timedelta(days=1))


def _century(individual: int, yy: int) -> int | None:
    """Written out from Skatteetaten's table, not from the module."""
    if 0 <= individual <= 499:
        return 1900
    if 500 <= individual <= 749 and yy >= 54:
        return 1800
    if 500 <= individual <= 999 and yy <= 39:
        return 2000
    if 900 <= individual <= 999 and yy >= 40:
        return 1900
    return None


@st.composite
def valid_numbers(draw: st.DrawFn) -> tuple[str, datetime.date, str | None]:
    born = draw(st.dates(min_value=datetime.date(1854, 1, 1), max_value=TODAY))
    yy = born.year % 100
    individuals = [i for i in range(1000) if _century(i, yy) == born.year - yy]
    individual = draw(st.sampled_from(individuals))
    subtype = draw(st.sampled_from([None, "d_number", "h_number"]))
    day = born.day + (40 if subtype == "d_number" else 0)
    month = born.month + (40 if subtype == "h_number" else 0)
    nine = f"{day:02d}{month:02d}{yy:02d}{individual:03d}"
    k1s = [k for k in range(10) if _rest(nine + str(k), K1) == 0]
    if not k1s:
        return "", born, None  # no valid check digits exist for this base
    ten = nine + str(k1s[0])
    k2s = [k for k in range(10) if _rest(ten + str(k), K2) == 0]
    if not k2s:
        return "", born, None
    k2 = k2s[0]
    sep = draw(st.sampled_from(["", " ", "-"]))
    return f"{ten[:6]}{sep}{ten[6:]}{k2}", born, subtype


@given(valid_numbers())
def test_valid_numbers_round_trip(case: tuple[str, datetime.date, str | None]) -> None:
    raw, born, subtype = case
    if not raw:
        return
    normalized = fnr.validate(raw, today=TODAY)
    assert fnr.validate(fnr.format(normalized, today=TODAY), today=TODAY) == normalized
    details = fnr.info(raw, today=TODAY)
    assert (details.birth_date, details.subtype) == (born, subtype)
    if subtype != "h_number":  # python-stdnum does not know H-numbers
        assert stdnum_fnr.is_valid(raw)
        assert stdnum_fnr.get_birth_date(raw) == born


@given(st.from_regex(r"[0-7][0-9][0-5][0-9]{8}", fullmatch=True))
def test_agrees_with_python_stdnum_on_random_digits(number: str) -> None:
    if int(number[2:4]) > 40:
        return  # H-numbers: python-stdnum rejects them
    assert fnr.is_valid(number) == stdnum_fnr.is_valid(number)


@given(st.text(max_size=20) | st.text(alphabet="0123456789 -٣", max_size=14))
def test_junk_raises_only_typed_errors(text: str) -> None:
    with contextlib.suppress(InvalidIdentifier):
        fnr.validate(text, today=TODAY)
