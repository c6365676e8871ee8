"""Golden table and properties for pii_scanner.detect.identifiers.credit_card."""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import given
from hypothesis import strategies as st
from stdnum import luhn as stdnum_luhn

from pii_scanner.core.errors import InvalidChecksum, InvalidComponent, InvalidFormat, InvalidIdentifier
from pii_scanner.detect.identifiers import credit_card

# (input, expected normalised or exception class, subtype (brand), checksum)
GOLDEN: list[tuple[str, str | type[Exception], str | None, str | None]] = [
    # Visa: 13, 16, 19 digits
    ("4111 1111 1111 1111", "4111111111111111", "visa", "valid"),
    ("4111-1111-1111-1111", "4111111111111111", "visa", "valid"),
    ("4012888888881881", "4012888888881881", "visa", "valid"),
    ("4111111111119", "4111111111119", "visa", "valid"),
    ("4111111111111111110", "4111111111111111110", "visa", "valid"),
    ("41111111111111111", InvalidFormat, None, None),  # 17 digits
    ("4111 1111 1111 1112", InvalidChecksum, None, None),
    # Dankort and Visa/Dankort before Visa
    ("5019 7170 1010 3742", "5019717010103742", "dankort", "valid"),
    ("4571 0000 0000 0001", "4571000000000001", "dankort", "valid"),
    # Mastercard 51-55 and 2221-2720
    ("5555 5555 5555 4444", "5555555555554444", "mastercard", "valid"),
    ("5105105105105100", "5105105105105100", "mastercard", "valid"),
    ("5500000000000004", "5500000000000004", "mastercard", "valid"),
    ("2221000000000009", "2221000000000009", "mastercard", "valid"),
    ("2223000048400011", "2223000048400011", "mastercard", "valid"),
    ("2720999999999996", "2720999999999996", "mastercard", "valid"),
    ("2220000000000000", InvalidComponent, None, None),
    ("2721000000000004", InvalidComponent, None, None),
    ("5600000000000003", InvalidComponent, None, None),
    # Amex 34/37, 15 digits
    ("3782 822463 10005", "378282246310005", "amex", "valid"),
    ("371449635398431", "371449635398431", "amex", "valid"),
    ("340000000000009", "340000000000009", "amex", "valid"),
    ("37000000000000002", InvalidFormat, None, None),
    # Diners
    ("30569309025904", "30569309025904", "diners", "valid"),
    ("38520000023237", "38520000023237", "diners", "valid"),
    ("36227206271667", "36227206271667", "diners", "valid"),
    ("30950000000000", "30950000000000", "diners", "valid"),
    ("38000000000000000", "38000000000000000", "diners", "valid"),
    ("3000000000007", InvalidFormat, None, None),  # 13 digits
    # Discover (6011, 622126-622925, 644-649, 65)
    ("6011111111111117", "6011111111111117", "discover", "valid"),
    ("6011000990139424", "6011000990139424", "discover", "valid"),
    ("6221260000000000", "6221260000000000", "discover", "valid"),
    ("6229250000000003", "6229250000000003", "discover", "valid"),
    ("6440000000000005", "6440000000000005", "discover", "valid"),
    ("6500000000000002", "6500000000000002", "discover", "valid"),
    ("6500000000000000003", "6500000000000000003", "discover", "valid"),
    # JCB 3528-3589
    ("3530111333300000", "3530111333300000", "jcb", "valid"),
    ("3566002020360505", "3566002020360505", "jcb", "valid"),
    ("3589000000000003", "3589000000000003", "jcb", "valid"),
    ("35280000000007", InvalidFormat, None, None),  # 14 digits
    # UnionPay (62 outside the Discover range)
    ("6200000000000005", "6200000000000005", "unionpay", "valid"),
    ("6250941006528599", "6250941006528599", "unionpay", "valid"),
    ("6229270000000001", "6229270000000001", "unionpay", "valid"),
    # Maestro
    ("6759649826438453", "6759649826438453", "maestro", "valid"),
    ("6763000000000004", "6763000000000004", "maestro", "valid"),
    ("5018000000007", "5018000000007", "maestro", "valid"),
    ("5893000000000000003", "5893000000000000003", "maestro", "valid"),
    # UATP (IIN 1, 15 digits; Presidio's AirPlus example)
    ("122000000000003", "122000000000003", "uatp", "valid"),
    ("1354 12345 678911", "135412345678911", "uatp", "valid"),
    ("1220000000000003", InvalidFormat, None, None),  # 16 digits
    ("122000000000004", InvalidChecksum, None, None),
    # junk
    ("", InvalidFormat, None, None),
    ("41111111111", InvalidFormat, None, None),  # 11 digits
    ("41111111111111111111", InvalidFormat, None, None),  # 20 digits
    ("4111 1111 1111 111a", InvalidFormat, None, None),
    ("4111.1111.1111.1111", InvalidFormat, None, None),
    ("٤١١١١١١١١١١١١١١١", InvalidFormat, None, None),  # Arabic-Indic digits
    ("４１１１１１１１１１１１１１１１", InvalidFormat, None, None),  # full-width digits
    ("9111 1111 1111 1111", InvalidComponent, None, None),
    ("0000 0000 0000 0000", InvalidComponent, None, None),
]


def _independent_luhn(number: str) -> bool:
    total = 0
    for index, char in enumerate(reversed(number)):
        value = int(char) * (1 if index % 2 == 0 else 2)
        total += sum(divmod(value, 10))
    return total % 10 == 0


@pytest.mark.parametrize(("raw", "expected", "subtype", "checksum"), GOLDEN)
def test_golden(raw: str, expected: str | type[Exception], subtype: str | None, checksum: str | None) -> None:
    if isinstance(expected, str):
        assert credit_card.validate(raw) == expected
        assert credit_card.is_valid(raw)
        details = credit_card.info(raw)
        assert (details.normalized, details.subtype, details.checksum) == (expected, subtype, checksum)
        assert details.birth_date is None
        assert _independent_luhn(expected) and stdnum_luhn.is_valid(expected)
        assert credit_card.format(raw).replace(" ", "") == expected
        assert credit_card.brand(raw) == subtype
    else:
        with pytest.raises(expected) as caught:
            credit_card.validate(raw)
        assert not credit_card.is_valid(raw)
        digits = "".join(c for c in raw if c.isdigit())
        if len(digits) >= 8:
            assert digits not in str(caught.value)
            assert digits[-4:] not in str(caught.value)


@pytest.mark.parametrize(
    ("raw", "formatted"),
    [
        ("4111111111111111", "4111 1111 1111 1111"),
        ("378282246310005", "3782 822463 10005"),
        ("30569309025904", "3056 930902 5904"),
        ("4111111111119", "4111 1111 1111 9"),
    ],
)
def test_format(raw: str, formatted: str) -> None:
    assert credit_card.format(raw) == formatted


@st.composite
def valid_cards(draw: st.DrawFn) -> str:
    shapes = [("4", 16), ("51", 16), ("2720", 16), ("34", 15), ("36", 14), ("6011", 19), ("3530", 17)]
    shapes += [("62", 18), ("6304", 12), ("5019", 16)]
    prefix, length = draw(st.sampled_from(shapes))
    size = length - len(prefix) - 1
    body = prefix + draw(st.text(alphabet="0123456789", min_size=size, max_size=size))
    for digit in "0123456789":
        if _independent_luhn(body + digit):
            return body + digit
    raise AssertionError("no Luhn digit")


@given(valid_cards())
def test_valid_cards_round_trip(number: str) -> None:
    assert credit_card.validate(number) == number
    assert credit_card.validate(credit_card.format(number)) == number


@given(st.text(max_size=25) | st.text(alphabet="0123456789 -٣", max_size=22))
def test_junk_raises_only_typed_errors(text: str) -> None:
    with contextlib.suppress(InvalidIdentifier):
        credit_card.validate(text)
