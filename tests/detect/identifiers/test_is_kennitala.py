"""Golden table and properties for pii_scanner.detect.identifiers.is_kennitala."""

from __future__ import annotations

import contextlib
import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st
from stdnum.is_ import kennitala as stdnum_kt

from pii_scanner.core.errors import InvalidChecksum, InvalidComponent, InvalidFormat, InvalidIdentifier
from pii_scanner.detect.identifiers import is_kennitala

TODAY = datetime.date(2024, 6, 1)

# (input, expected normalised or exception class, subtype, checksum) at TODAY.
GOLDEN: list[tuple[str, str | type[Exception], str | None, str | None]] = [
    ("120174-3399", "1201743399", None, "valid"),
    ("1201743399", "1201743399", None, "valid"),
    ("120174 3399", "1201743399", None, "valid"),
    ("120174-3389", InvalidChecksum, None, None),
    ("120174-3499", InvalidChecksum, None, None),
    # century digit
    ("120174-3398", "1201743398", None, "valid"),  # 8: 1874
    ("120110-3300", "1201103300", None, "valid"),  # 0: 2010
    ("120130-3310", InvalidComponent, None, None),  # 0: 2030, future
    ("120174-3391", InvalidComponent, None, None),  # 1 is no century
    ("120174-3395", InvalidComponent, None, None),
    # companies (day + 40)
    ("450401-3150", "4504013150", "company", "valid"),
    ("450401-3159", "4504013159", "company", "valid"),
    ("711299-1229", "7112991229", "company", "valid"),
    ("721299-1229", InvalidComponent, None, None),  # day 32
    # leap days
    ("290200-1210", "2902001210", None, "valid"),  # 2000
    ("290200-1219", InvalidComponent, None, None),  # 1900
    # a base whose check digit would be 10 has no valid number
    ("120174-0709", InvalidChecksum, None, None),
    ("120174-0719", InvalidChecksum, None, None),
    # junk
    ("", InvalidFormat, None, None),
    ("120174-339", InvalidFormat, None, None),
    ("120174-33999", InvalidFormat, None, None),
    ("12O174-3399", InvalidFormat, None, None),
    ("١٢٠١٧٤-٣٣٩٩", InvalidFormat, None, None),  # Arabic-Indic digits
    ("１２０１７４-３３９９", InvalidFormat, None, None),  # full-width digits
]

WEIGHTS = (3, 2, 7, 6, 5, 4, 3, 2)
CENTURY = {"8": 1800, "9": 1900, "0": 2000}


def _check(eight: str) -> int | None:
    value = (11 - sum(int(d) * w for d, w in zip(eight, WEIGHTS, strict=True)) % 11) % 11
    return None if value == 10 else value


@pytest.mark.parametrize(("raw", "expected", "subtype", "checksum"), GOLDEN)
def test_golden(raw: str, expected: str | type[Exception], subtype: str | None, checksum: str | None) -> None:
    if isinstance(expected, str):
        assert is_kennitala.validate(raw, today=TODAY) == expected
        assert is_kennitala.is_valid(raw, today=TODAY)
        details = is_kennitala.info(raw, today=TODAY)
        assert (details.normalized, details.subtype, details.checksum) == (expected, subtype, checksum)
        assert _check(expected[:8]) == int(expected[8])
        day = int(expected[:2]) - (40 if subtype == "company" else 0)
        year = CENTURY[expected[9]] + int(expected[4:6])
        assert details.birth_date == is_kennitala.birth_date(raw) == datetime.date(year, int(expected[2:4]), day)
        assert is_kennitala.format(raw, today=TODAY) == f"{expected[:6]}-{expected[6:]}"
    else:
        with pytest.raises(expected) as caught:
            is_kennitala.validate(raw, today=TODAY)
        assert not is_kennitala.is_valid(raw, today=TODAY)
        digits = "".join(c for c in raw if c.isdigit())
        if len(digits) >= 4:
            assert digits not in str(caught.value)


def test_check_digit_ten_base() -> None:
    assert _check("12017407") is None


@st.composite
def valid_numbers(draw: st.DrawFn) -> tuple[str, datetime.date, bool]:
    born = draw(st.dates(min_value=datetime.date(1800, 1, 1), max_value=TODAY))
    company = draw(st.booleans())
    random_part = draw(st.integers(0, 99))
    eight = f"{born.day + (40 if company else 0):02d}{born.month:02d}{born.year % 100:02d}{random_part:02d}"
    check = _check(eight)
    if check is None:
        return "", born, company
    century = {1800: "8", 1900: "9", 2000: "0"}[born.year // 100 * 100]
    sep = draw(st.sampled_from(["", "-", " "]))
    return f"{eight[:6]}{sep}{eight[6:]}{check}{century}", born, company


@given(valid_numbers())
def test_valid_numbers_round_trip(case: tuple[str, datetime.date, bool]) -> None:
    raw, born, company = case
    if not raw:
        return
    normalized = is_kennitala.validate(raw, today=TODAY)
    assert is_kennitala.validate(is_kennitala.format(normalized, today=TODAY), today=TODAY) == normalized
    details = is_kennitala.info(raw, today=TODAY)
    assert (details.birth_date, details.subtype) == (born, "company" if company else None)
    if born.year >= 1900:  # python-stdnum knows only the century digits 9 and 0, and no spaces
        assert stdnum_kt.is_valid(normalized)


@given(st.text(max_size=20) | st.text(alphabet="0123456789 -٣", max_size=12))
def test_junk_raises_only_typed_errors(text: str) -> None:
    with contextlib.suppress(InvalidIdentifier):
        is_kennitala.validate(text, today=TODAY)
