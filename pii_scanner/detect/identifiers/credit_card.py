"""Payment card numbers (PAN): Luhn check digit and issuer (IIN) ranges with per-brand lengths.

======================  ====================================================  ==========
brand (subtype)         IIN prefixes                                          lengths
======================  ====================================================  ==========
dankort                 5019; 4571 (Visa/Dankort)                             16
amex                    34, 37                                                15
diners                  300-305, 3095, 36, 38, 39                             14-19
jcb                     3528-3589                                             16-19
mastercard              51-55, 2221-2720                                      16
maestro                 5018, 5020, 5038, 5893, 6304, 6759, 6761-6763         12-19
discover                6011, 622126-622925, 644-649, 65                      16-19
unionpay                62 (other than the Discover range)                    16-19
visa                    4                                                     13, 16, 19
uatp                    1 (airline travel cards, UATP)                        15
======================  ====================================================  ==========

The first matching row wins (so 4571 is Dankort, not Visa). An unknown IIN raises InvalidComponent,
a length the brand does not use InvalidFormat, a Luhn failure InvalidChecksum. Spaces and ``-`` are
ignored. The normalised value is the digits; :func:`format` groups them (Amex 4-6-5, 14-digit Diners
4-6-4, UATP 4-5-6, otherwise by four).

>>> validate("4111 1111 1111 1111")
'4111111111111111'
>>> info("5019 7170 1010 3742").subtype
'dankort'
>>> info("2223000048400011").subtype
'mastercard'
>>> format("378282246310005")
'3782 822463 10005'
>>> info("1354 12345 678911").subtype, format("135412345678911")
('uatp', '1354 12345 678911')
>>> validate("4111 1111 1111 1112")
Traceback (most recent call last):
    ...
pii_scanner.core.errors.InvalidChecksum: the Luhn check digit does not match
>>> validate("9111 1111 1111 1111")
Traceback (most recent call last):
    ...
pii_scanner.core.errors.InvalidComponent: the issuer number is not a known card brand
"""

from __future__ import annotations

import datetime

from pii_scanner.core.errors import InvalidChecksum, InvalidComponent, InvalidFormat
from pii_scanner.detect.identifiers._common import IdentifierInfo, clean, is_ascii_digits, luhn_checksum_ok

__all__ = ["BRANDS", "brand", "compact", "format", "info", "is_valid", "validate"]

_R16_19 = frozenset(range(16, 20))

#: (brand, ((first prefix, last prefix), ...), allowed lengths); the first match wins.
BRANDS: tuple[tuple[str, tuple[tuple[str, str], ...], frozenset[int]], ...] = (
    ("dankort", (("5019", "5019"), ("4571", "4571")), frozenset({16})),
    ("amex", (("34", "34"), ("37", "37")), frozenset({15})),
    ("diners", (("300", "305"), ("3095", "3095"), ("36", "36"), ("38", "39")), frozenset(range(14, 20))),
    ("jcb", (("3528", "3589"),), _R16_19),
    ("mastercard", (("51", "55"), ("2221", "2720")), frozenset({16})),
    (
        "maestro",
        (
            ("5018", "5018"),
            ("5020", "5020"),
            ("5038", "5038"),
            ("5893", "5893"),
            ("6304", "6304"),
            ("6759", "6759"),
            ("6761", "6763"),
        ),
        frozenset(range(12, 20)),
    ),
    ("discover", (("6011", "6011"), ("622126", "622925"), ("644", "649"), ("65", "65")), _R16_19),
    ("unionpay", (("62", "62"),), _R16_19),
    ("visa", (("4", "4"),), frozenset({13, 16, 19})),
    ("uatp", (("1", "1"),), frozenset({15})),
)


def compact(number: str) -> str:
    """Strip and remove spaces and ``-``."""
    return clean(number, " -")


def brand(number: str) -> str | None:
    """The brand whose IIN range the number starts with (lengths and Luhn not checked), or None."""
    value = compact(number)
    if not is_ascii_digits(value):
        return None
    for name, ranges, _lengths in BRANDS:
        for low, high in ranges:
            prefix = value[: len(low)]
            if len(prefix) == len(low) and low <= prefix <= high:
                return name
    return None


def _parse(number: str) -> tuple[str, str]:
    value = compact(number)
    if not is_ascii_digits(value) or not 12 <= len(value) <= 19:
        raise InvalidFormat("a card number has 12 to 19 ASCII digits")
    name = brand(value)
    if name is None:
        raise InvalidComponent("the issuer number is not a known card brand")
    lengths = next(entry[2] for entry in BRANDS if entry[0] == name)
    if len(value) not in lengths:
        raise InvalidFormat("the length does not match the card brand")
    if not luhn_checksum_ok(value):
        raise InvalidChecksum("the Luhn check digit does not match")
    return value, name


def validate(number: str, today: datetime.date | None = None) -> str:
    """Check digits, brand, length and Luhn; return the digits (``today`` is unused)."""
    return _parse(number)[0]


def is_valid(number: str, today: datetime.date | None = None) -> bool:
    """True when :func:`validate` accepts ``number``."""
    try:
        validate(number, today)
    except ValueError:
        return False
    return True


def format(number: str) -> str:
    """Validate and return the grouped form."""
    value, name = _parse(number)
    if name == "amex" or (name == "diners" and len(value) == 14):
        return f"{value[:4]} {value[4:10]} {value[10:]}"
    if name == "uatp":
        return f"{value[:4]} {value[4:9]} {value[9:]}"
    return " ".join(value[i : i + 4] for i in range(0, len(value), 4))


def info(number: str, today: datetime.date | None = None) -> IdentifierInfo:
    """Validate; subtype is the brand, checksum "valid", no birth date."""
    value, name = _parse(number)
    return IdentifierInfo(normalized=value, birth_date=None, subtype=name, checksum="valid")
