"""Golden table and properties for pii_scanner.detect.identifiers.iban."""

from __future__ import annotations

import contextlib
import re
from pathlib import Path

import pytest
import stdnum
from hypothesis import given
from hypothesis import strategies as st
from stdnum import iban as stdnum_iban

from pii_scanner.core.errors import InvalidChecksum, InvalidComponent, InvalidFormat, InvalidIdentifier
from pii_scanner.detect.identifiers import iban

# (input, expected normalised or exception class, subtype, checksum)
GOLDEN: list[tuple[str, str | type[Exception], str | None, str | None]] = [
    ("GB82 WEST 1234 5698 7654 32", "GB82WEST12345698765432", "GB", "valid"),
    ("gb82west12345698765432", "GB82WEST12345698765432", "GB", "valid"),
    ("GB82-WEST-1234-5698-7654-32", "GB82WEST12345698765432", "GB", "valid"),
    # Nordics
    ("DK50 0040 0440 1162 43", "DK5000400440116243", "DK", "valid"),
    ("DK50-0040-0440-1162-43", "DK5000400440116243", "DK", "valid"),
    ("FO62 6460 0001 6316 34", "FO6264600001631634", "FO", "valid"),
    ("GL89 6471 0001 0002 06", "GL8964710001000206", "GL", "valid"),
    ("SE45 5000 0000 0583 9825 7466", "SE4550000000058398257466", "SE", "valid"),
    ("NO93 8601 1117 947", "NO9386011117947", "NO", "valid"),
    ("FI21 1234 5600 0007 85", "FI2112345600000785", "FI", "valid"),
    ("AX75 2123 4567 8901 23", "AX7521234567890123", "AX", "valid"),
    ("IS14 0159 2600 7654 5510 7303 39", "IS140159260076545510730339", "IS", "valid"),
    # SEPA
    ("DE89 3704 0044 0532 0130 00", "DE89370400440532013000", "DE", "valid"),
    ("CH93 0076 2011 6238 5295 7", "CH9300762011623852957", "CH", "valid"),
    ("LI21 0881 0000 2324 013A A", "LI21088100002324013AA", "LI", "valid"),
    ("GP11 2004 1010 0505 0001 3M02 606", "GP1120041010050500013M02606", "GP", "valid"),
    ("MC58 1122 2000 0101 2345 6789 030", "MC5811222000010123456789030", "MC", "valid"),
    ("SM86 U032 2509 8000 0000 0270 100", "SM86U0322509800000000270100", "SM", "valid"),
    ("VA59 0011 2300 0012 3456 78", "VA59001123000012345678", "VA", "valid"),
    ("AD12 0001 2030 2003 5910 0100", "AD1200012030200359100100", "AD", "valid"),
    ("AL47 2121 1009 0000 0002 3569 8741", "AL47212110090000000235698741", "AL", "valid"),
    ("MD24 AG00 0225 1000 1310 4168", "MD24AG000225100013104168", "MD", "valid"),
    ("ME25 5050 0001 2345 6789 51", "ME25505000012345678951", "ME", "valid"),
    ("MK07 2501 2000 0058 984", "MK07250120000058984", "MK", "valid"),
    ("RS35 2600 0560 1001 6113 79", "RS35260005601001611379", "RS", "valid"),
    ("XK05 1212 0123 4567 8906", "XK051212012345678906", "XK", "valid"),
    # check digits
    ("GB82 WEST 1234 5698 7654 33", InvalidChecksum, None, None),
    ("GB28 WEST 1234 5698 7654 32", InvalidChecksum, None, None),
    ("DK02 0040 0440 1100 26", "DK0200400440110026", "DK", "valid"),
    ("DK99 0040 0440 1100 26", InvalidChecksum, None, None),  # 99 = 02 mod 97, but out of range
    ("DK98 0040 0440 1100 44", "DK9800400440110044", "DK", "valid"),
    ("DK01 0040 0440 1100 44", InvalidChecksum, None, None),  # 01 = 98 mod 97, but out of range
    # length per country
    ("GB82 WEST 1234 5698 7654 3", InvalidFormat, None, None),
    ("DK50 0040 0440 1162 433", InvalidFormat, None, None),
    ("NO93 8601 1117 9470", InvalidFormat, None, None),
    # country
    ("XX82 WEST 1234 5698 7654 32", InvalidComponent, None, None),
    ("US64 SVBK US6S 3300 9673 86", InvalidComponent, None, None),
    # junk
    ("", InvalidFormat, None, None),
    ("GB", InvalidFormat, None, None),
    ("GBXX WEST 1234 5698 7654 32", InvalidFormat, None, None),
    ("12GB WEST 1234 5698 7654 32", InvalidFormat, None, None),
    ("GB82 WEST 1234 5698 7654 3!", InvalidFormat, None, None),
    ("GB82 WEST 1234 5698 7654 3٢", InvalidFormat, None, None),  # Arabic-Indic digit
    ("GB82 ＷEST 1234 5698 7654 32", InvalidFormat, None, None),  # full-width letter
    ("ĞB82 WEST 1234 5698 7654 32", InvalidFormat, None, None),
]


def _independent_mod97(value: str) -> int:
    rearranged = value[4:] + value[:4]
    digits = "".join(str(ord(c) - 55) if c.isalpha() else c for c in rearranged)
    remainder = 0
    for char in digits:
        remainder = (remainder * 10 + int(char)) % 97
    return remainder


@pytest.mark.parametrize(("raw", "expected", "subtype", "checksum"), GOLDEN)
def test_golden(raw: str, expected: str | type[Exception], subtype: str | None, checksum: str | None) -> None:
    if isinstance(expected, str):
        assert iban.validate(raw) == expected
        assert iban.is_valid(raw)
        details = iban.info(raw)
        assert (details.normalized, details.subtype, details.checksum) == (expected, subtype, checksum)
        assert details.birth_date is None
        assert _independent_mod97(expected) == 1
        assert iban.format(raw).replace(" ", "") == expected
        assert all(len(group) == 4 for group in iban.format(raw).split(" ")[:-1])
    else:
        with pytest.raises(expected) as caught:
            iban.validate(raw)
        assert not iban.is_valid(raw)
        compacted = raw.replace(" ", "")
        if len(compacted) >= 8:
            assert compacted[4:] not in str(caught.value)


SEPA_AND_NORDICS = [
    "AT",
    "BE",
    "BG",
    "HR",
    "CY",
    "CZ",
    "DK",
    "EE",
    "FI",
    "FR",
    "DE",
    "GR",
    "HU",
    "IE",
    "IT",
    "LV",
    "LT",
    "LU",
    "MT",
    "NL",
    "PL",
    "PT",
    "RO",
    "SK",
    "SI",
    "ES",
    "SE",
    "IS",
    "LI",
    "NO",
    "CH",
    "GB",
    "SM",
    "VA",
    "MC",
    "AD",
    "AL",
    "MD",
    "ME",
    "MK",
    "RS",
    "FO",
    "GL",
    "AX",
    "GI",
    "GF",
    "GP",
    "MQ",
    "RE",
    "YT",
    "PM",
    "BL",
    "MF",
]


@pytest.mark.parametrize("country", SEPA_AND_NORDICS)
def test_every_sepa_country_has_a_length(country: str) -> None:
    assert 15 <= iban.LENGTHS[country] <= 34


def test_lengths_agree_with_python_stdnum_registry() -> None:
    registry = (Path(stdnum.__file__).parent / "iban.dat").read_text(encoding="utf-8")
    compared = 0
    for line in registry.splitlines():
        match = re.match(r'([A-Z]{2}) .*bban="([^"]+)"', line)
        if not match:
            continue
        bban_length = sum(int(n) for n in re.findall(r"(\d+)!?[nac]", match[2]))
        assert iban.LENGTHS[match[1]] == 4 + bban_length, match[1]
        compared += 1
    assert compared > 80


def test_bban_formats_agree_with_python_stdnum_registry() -> None:
    registry = (Path(stdnum.__file__).parent / "iban.dat").read_text(encoding="utf-8")
    formats = dict(re.findall(r'^([A-Z]{2}) .*bban="([^"]+)"', registry, re.MULTILINE))
    assert len(formats) > 80
    for country, spec in formats.items():
        assert iban.BBAN[country] == spec, country
    assert set(iban.BBAN) == set(iban.LENGTHS)


@pytest.mark.parametrize(
    "number",
    ["BG93 BNBG 9661 1A20 3456 78", "GI22 NW3K 0000 0000 7099 453", "NL56 3003 0A17 1643 00"],
)
def test_a_letter_where_the_bban_has_digits_is_invalid(number: str) -> None:
    assert not stdnum_iban.is_valid(number) and not iban.is_valid(number)


def test_a_danish_bban_with_a_letter_fails_even_when_mod_97_holds() -> None:
    bban = "004004401162A3"
    number = f"DK{98 - _independent_mod97('DK00' + bban):02d}{bban}"
    assert _independent_mod97(number) == 1  # the mod 97 check alone would pass it
    assert not iban.is_valid(number)


_ALPHABET = {"n": "0123456789", "a": "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "c": "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"}


@st.composite
def valid_ibans(draw: st.DrawFn) -> str:
    country = draw(st.sampled_from(sorted(iban.LENGTHS)))
    bban = ""
    for size, kind in re.findall(r"(\d+)!?([nac])", iban.BBAN[country]):
        bban += draw(st.text(alphabet=_ALPHABET[kind], min_size=int(size), max_size=int(size)))
    remainder = _independent_mod97(country + "00" + bban)
    return f"{country}{98 - remainder:02d}{bban}"


@given(valid_ibans())
def test_valid_ibans_round_trip(number: str) -> None:
    assert iban.validate(number) == number
    assert iban.validate(iban.format(number)) == number
    assert iban.validate(number.lower()) == number


@pytest.mark.parametrize("number", [row[1] for row in GOLDEN if isinstance(row[1], str)])
def test_golden_valid_rows_agree_with_python_stdnum(number: str) -> None:
    if number[:2] in {"AX", "GP"}:  # territories python-stdnum does not list under their own code
        assert not stdnum_iban.is_valid(number)
    else:
        assert stdnum_iban.is_valid(number)


@given(st.text(max_size=40) | st.text(alphabet="0123456789 DKGBSE٣", max_size=30))
def test_junk_raises_only_typed_errors(text: str) -> None:
    with contextlib.suppress(InvalidIdentifier):
        iban.validate(text)
