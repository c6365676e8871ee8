"""IBAN (International Bank Account Number, ISO 13616).

Two-letter country code, two check digits (02-98) and a country-specific BBAN of letters and digits.
The total length must match the country (``LENGTHS``: the SWIFT IBAN registry, which covers every SEPA
country and the Nordics, plus the territories that use their own code: Åland ``AX`` and the French
overseas departments and collectivities). Moving the first four characters to the end and reading
letters as 10-35, the number must be 1 mod 97. The BBAN's internal structure is not checked.

The normalised value is the compact upper-case form; :func:`format` groups it by four.
``info().subtype`` is the country code; there is no birth date.

>>> validate("GB82 WEST 1234 5698 7654 32")
'GB82WEST12345698765432'
>>> format("dk5000400440116243")
'DK50 0040 0440 1162 43'
>>> info("SE45 5000 0000 0583 9825 7466").subtype
'SE'
>>> validate("GB82 WEST 1234 5698 7654 33")
Traceback (most recent call last):
    ...
pii_scanner.core.errors.InvalidChecksum: the mod 97 check does not match
>>> validate("GB82 WEST 1234 5698 7654 3")
Traceback (most recent call last):
    ...
pii_scanner.core.errors.InvalidFormat: the length does not match the country
"""

from __future__ import annotations

import datetime
import re

from pii_scanner.core.errors import InvalidChecksum, InvalidComponent, InvalidFormat
from pii_scanner.detect.identifiers._common import IdentifierInfo, clean

__all__ = ["LENGTHS", "compact", "format", "info", "is_valid", "validate"]

_FR = 27
#: Total IBAN length per country code.
LENGTHS: dict[str, int] = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AX": 18, "AZ": 28, "BA": 20, "BE": 16, "BG": 22,
    "BH": 22, "BI": 27, "BL": _FR, "BR": 29, "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24,
    "DE": 22, "DJ": 27, "DK": 18, "DO": 28, "EE": 20, "EG": 29, "ES": 24, "FI": 18, "FK": 18,
    "FO": 18, "FR": _FR, "GB": 22, "GE": 22, "GF": _FR, "GI": 23, "GL": 18, "GP": _FR, "GR": 27,
    "GT": 28, "HN": 28, "HR": 21, "HU": 28, "IE": 22, "IL": 23, "IQ": 23, "IS": 26, "IT": 27,
    "JO": 30, "KW": 30, "KZ": 20, "LB": 28, "LC": 32, "LI": 21, "LT": 20, "LU": 20, "LV": 21,
    "LY": 25, "MC": 27, "MD": 24, "ME": 22, "MF": _FR, "MK": 19, "MN": 20, "MQ": _FR, "MR": 27,
    "MT": 31, "MU": 30, "NC": _FR, "NI": 28, "NL": 18, "NO": 15, "OM": 23, "PF": _FR, "PK": 24,
    "PL": 28, "PM": _FR, "PS": 29, "PT": 25, "QA": 29, "RE": _FR, "RO": 24, "RS": 22, "RU": 33,
    "SA": 24, "SC": 31, "SD": 18, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "SO": 23, "ST": 25,
    "SV": 28, "TF": _FR, "TL": 23, "TN": 24, "TR": 26, "UA": 29, "VA": 22, "VG": 24, "WF": _FR,
    "XK": 20, "YE": 30, "YT": _FR,
}  # fmt: skip

_PATTERN = re.compile(r"[A-Z]{2}[0-9]{2}[A-Z0-9]+")


def compact(number: str) -> str:
    """Strip, remove spaces, ``-`` and ``.``, and convert to upper case."""
    return clean(number, " -.").upper()


def _mod97(value: str) -> int:
    rearranged = value[4:] + value[:4]
    return int("".join(str(int(c, 36)) for c in rearranged)) % 97


def _parse(number: str) -> str:
    value = compact(number)
    if not value.isascii() or _PATTERN.fullmatch(value) is None:
        raise InvalidFormat("an IBAN is a country code, two check digits and letters or digits")
    length = LENGTHS.get(value[:2])
    if length is None:
        raise InvalidComponent("the country code is not an IBAN country")
    if len(value) != length:
        raise InvalidFormat("the length does not match the country")
    if not 2 <= int(value[2:4]) <= 98 or _mod97(value) != 1:
        raise InvalidChecksum("the mod 97 check does not match")
    return value


def validate(number: str, today: datetime.date | None = None) -> str:
    """Check characters, country, length and mod 97; return the compact form (``today`` is unused)."""
    return _parse(number)


def is_valid(number: str, today: datetime.date | None = None) -> bool:
    """True when :func:`validate` accepts ``number``."""
    try:
        validate(number, today)
    except ValueError:
        return False
    return True


def format(number: str) -> str:
    """Validate and return the form grouped by four characters."""
    value = validate(number)
    return " ".join(value[i : i + 4] for i in range(0, len(value), 4))


def info(number: str, today: datetime.date | None = None) -> IdentifierInfo:
    """Validate; subtype is the country code, checksum "valid", no birth date."""
    value = _parse(number)
    return IdentifierInfo(normalized=value, birth_date=None, subtype=value[:2], checksum="valid")
