"""Golden table and properties for pii_scanner.detect.identifiers.fi_hetu."""

from __future__ import annotations

import contextlib
import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st
from stdnum.fi import hetu as stdnum_hetu

from pii_scanner.core.errors import InvalidChecksum, InvalidComponent, InvalidFormat, InvalidIdentifier
from pii_scanner.detect.identifiers import fi_hetu

TODAY = datetime.date(2024, 6, 1)

# (input, expected normalised or exception class, subtype, checksum) at TODAY.
GOLDEN: list[tuple[str, str | type[Exception], str | None, str | None]] = [
    ("131052-308T", "131052-308T", None, "valid"),
    ("131052-308t", "131052-308T", None, "valid"),
    (" 131052-308T\t", "131052-308T", None, "valid"),
    # every 1900s sign (the letters since 2023)
    ("131052Y308T", "131052Y308T", None, "valid"),
    ("131052X308T", "131052X308T", None, "valid"),
    ("131052W308T", "131052W308T", None, "valid"),
    ("131052V308T", "131052V308T", None, "valid"),
    ("131052U308T", "131052U308T", None, "valid"),
    ("131052y308t", "131052Y308T", None, "valid"),
    # 1800s
    ("131052+308T", "131052+308T", None, "valid"),
    ("010100+123D", "010100+123D", None, "valid"),
    # 2000s, every sign
    ("131005A123P", "131005A123P", None, "valid"),
    ("131005B123P", "131005B123P", None, "valid"),
    ("131005C123P", "131005C123P", None, "valid"),
    ("131005D123P", "131005D123P", None, "valid"),
    ("131005E123P", "131005E123P", None, "valid"),
    ("131005F123P", "131005F123P", None, "valid"),
    ("131052A308T", InvalidComponent, None, None),  # 2052: future
    ("010624A123?", InvalidFormat, None, None),
    # individual numbers
    ("290200A002C", "290200A002C", None, "valid"),
    ("290200A899A", "290200A899A", None, "valid"),
    ("290200A900B", "290200A900B", "temporary", "valid"),
    ("290200A999J", "290200A999J", "temporary", "valid"),
    ("010594Y9032", "010594Y9032", "temporary", "valid"),
    ("290200A001B", InvalidComponent, None, None),
    ("290200A000A", InvalidComponent, None, None),
    # leap days
    ("290200-002C", InvalidComponent, None, None),  # 1900-02-29
    ("290201A002C", InvalidComponent, None, None),
    # dates and check character
    ("311299-1236", "311299-1236", None, "valid"),
    ("321299-1236", InvalidComponent, None, None),
    ("131052-308U", InvalidChecksum, None, None),
    ("131052-308G", InvalidChecksum, None, None),  # G is not in the check alphabet
    # junk
    ("", InvalidFormat, None, None),
    ("131052G308T", InvalidFormat, None, None),  # G is not a century sign
    ("131052Z308T", InvalidFormat, None, None),
    ("131052308T", InvalidFormat, None, None),
    ("131052-308TT", InvalidFormat, None, None),
    ("131052 - 308T", InvalidFormat, None, None),
    ("١٣١٠٥٢-٣٠٨T", InvalidFormat, None, None),  # Arabic-Indic digits
    ("１３１０５２-３０８T", InvalidFormat, None, None),  # full-width digits
]

ALPHABET = "0123456789ABCDEFHJKLMNPRSTUVWXY"
SIGNS = {"+": 1800, "-": 1900, "U": 1900, "V": 1900, "W": 1900, "X": 1900, "Y": 1900}
SIGNS.update({c: 2000 for c in "ABCDEF"})


@pytest.mark.parametrize(("raw", "expected", "subtype", "checksum"), GOLDEN)
def test_golden(raw: str, expected: str | type[Exception], subtype: str | None, checksum: str | None) -> None:
    if isinstance(expected, str):
        assert fi_hetu.validate(raw, today=TODAY) == expected
        assert fi_hetu.is_valid(raw, today=TODAY)
        details = fi_hetu.info(raw, today=TODAY)
        assert (details.normalized, details.subtype, details.checksum) == (expected, subtype, checksum)
        assert ALPHABET[int(expected[:6] + expected[7:10]) % 31] == expected[10]
        year = SIGNS[expected[6]] + int(expected[4:6])
        assert details.birth_date == datetime.date(year, int(expected[2:4]), int(expected[:2]))
        assert fi_hetu.format(raw, today=TODAY) == expected
    else:
        with pytest.raises(expected) as caught:
            fi_hetu.validate(raw, today=TODAY)
        assert not fi_hetu.is_valid(raw, today=TODAY)
        digits = "".join(c for c in raw if c.isdigit())
        if len(digits) >= 4:
            assert digits not in str(caught.value)


def test_future_boundary() -> None:
    assert fi_hetu.is_valid("010624A123?".replace("?", ALPHABET[int("010624123") % 31]), today=TODAY)
    assert not fi_hetu.is_valid("020624A123" + ALPHABET[int("020624123") % 31], today=TODAY)


@st.composite
def valid_codes(draw: st.DrawFn) -> tuple[str, datetime.date, bool]:
    born = draw(st.dates(min_value=datetime.date(1800, 1, 1), max_value=TODAY))
    sign = draw(st.sampled_from([s for s, c in SIGNS.items() if c == born.year // 100 * 100]))
    individual = draw(st.integers(2, 999))
    base = f"{born.day:02d}{born.month:02d}{born.year % 100:02d}"
    code = f"{base}{sign}{individual:03d}{ALPHABET[int(base + f'{individual:03d}') % 31]}"
    return code, born, individual >= 900


@given(valid_codes(), st.booleans())
def test_valid_codes_round_trip(case: tuple[str, datetime.date, bool], lower: bool) -> None:
    code, born, temporary = case
    raw = code.lower() if lower else code
    normalized = fi_hetu.validate(raw, today=TODAY)
    assert normalized == code
    assert fi_hetu.validate(fi_hetu.format(normalized, today=TODAY), today=TODAY) == normalized
    details = fi_hetu.info(raw, today=TODAY)
    assert (details.birth_date, details.subtype) == (born, "temporary" if temporary else None)
    if not temporary:
        assert stdnum_hetu.is_valid(code)


@given(st.text(max_size=20) | st.text(alphabet="0123456789-+ABCYXZ٣", max_size=13))
def test_junk_raises_only_typed_errors(text: str) -> None:
    with contextlib.suppress(InvalidIdentifier):
        fi_hetu.validate(text, today=TODAY)
