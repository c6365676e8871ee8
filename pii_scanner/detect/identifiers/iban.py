"""IBAN (International Bank Account Number, ISO 13616).

Two-letter country code, two check digits (02-98) and a country-specific BBAN of letters and digits.
The total length must match the country (``LENGTHS``: the SWIFT IBAN registry, which covers every SEPA
country and the Nordics, plus the territories that use their own code: Åland ``AX`` and the French
overseas departments and collectivities). The BBAN must match the country's format in the registry
(``BBAN``: digits, upper-case letters or either, per position). Moving the first four characters to
the end and reading letters as 10-35, the number must be 1 mod 97. National check digits inside
the BBAN (Spain's, for example) are national rules, not part of ISO 13616, and are not checked.

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
>>> validate("NL56 3003 0A17 1643 00")  # a letter where the Dutch BBAN has digits
Traceback (most recent call last):
    ...
pii_scanner.core.errors.InvalidFormat: the BBAN does not match the country's format
>>> validate("GB82 WEST 1234 5698 7654 3")
Traceback (most recent call last):
    ...
pii_scanner.core.errors.InvalidFormat: the length does not match the country
"""

from __future__ import annotations

import datetime
import re

from pii_scanner.core.errors import InvalidChecksum, InvalidComponent, InvalidFormat
from pii_scanner.core.iban_lengths import LENGTHS
from pii_scanner.core.regex_cache import regex
from pii_scanner.detect.identifiers._common import IdentifierInfo, clean

__all__ = ["BBAN", "LENGTHS", "compact", "format", "info", "is_valid", "validate"]


#: BBAN format per country code in the registry's notation: "4!n" four digits, "a" upper-case letters,
#: "c" letters or digits. Source: the SWIFT IBAN Registry (release 101) as transcribed in
#: python-stdnum 2.2 (stdnum/iban.dat); Åland uses Finland's format and the French territories
#: France's (they share the country's banks and BBAN).
BBAN: dict[str, str] = {
    "AD": "4!n4!n12!c", "AE": "3!n16!n", "AL": "8!n16!c", "AT": "5!n11!n", "AX": "3!n11!n", "AZ": "4!a20!c",
    "BA": "3!n3!n8!n2!n", "BE": "3!n7!n2!n", "BG": "4!a4!n2!n8!c", "BH": "4!a14!c", "BI": "5!n5!n11!n2!n",
    "BL": "5!n5!n11!c2!n", "BR": "8!n5!n10!n1!a1!c", "BY": "4!c4!n16!c", "CH": "5!n12!c", "CR": "4!n14!n",
    "CY": "3!n5!n16!c", "CZ": "4!n16!n", "DE": "8!n10!n", "DJ": "5!n5!n11!n2!n", "DK": "4!n9!n1!n", "DO": "4!c20!n",
    "EE": "2!n14!n", "EG": "4!n4!n17!n", "ES": "4!n4!n1!n1!n10!n", "FI": "3!n11!n", "FK": "2!a12!n",
    "FO": "4!n9!n1!n", "FR": "5!n5!n11!c2!n", "GB": "4!a6!n8!n", "GE": "2!a16!n", "GF": "5!n5!n11!c2!n",
    "GI": "4!a15!c", "GL": "4!n9!n1!n", "GP": "5!n5!n11!c2!n", "GR": "3!n4!n16!c", "GT": "4!c20!c", "HN": "4!a20!n",
    "HR": "7!n10!n", "HU": "3!n4!n1!n15!n1!n", "IE": "4!a6!n8!n", "IL": "3!n3!n13!n", "IQ": "4!a3!n12!n",
    "IS": "4!n2!n6!n10!n", "IT": "1!a5!n5!n12!c", "JO": "4!a4!n18!c", "KW": "4!a22!c", "KZ": "3!n13!c",
    "LB": "4!n20!c", "LC": "4!a24!c", "LI": "5!n12!c", "LT": "5!n11!n", "LU": "3!n13!c", "LV": "4!a13!c",
    "LY": "3!n3!n15!n", "MC": "5!n5!n11!c2!n", "MD": "2!c18!c", "ME": "3!n13!n2!n", "MF": "5!n5!n11!c2!n",
    "MK": "3!n10!c2!n", "MN": "4!n12!n", "MQ": "5!n5!n11!c2!n", "MR": "5!n5!n11!n2!n", "MT": "4!a5!n18!c",
    "MU": "4!a2!n2!n12!n3!n3!a", "NC": "5!n5!n11!c2!n", "NI": "4!a20!n", "NL": "4!a10!n", "NO": "4!n6!n1!n",
    "OM": "3!n16!c", "PF": "5!n5!n11!c2!n", "PK": "4!a16!c", "PL": "8!n16!n", "PM": "5!n5!n11!c2!n", "PS": "4!a21!c",
    "PT": "4!n4!n11!n2!n", "QA": "4!a21!c", "RE": "5!n5!n11!c2!n", "RO": "4!a16!c", "RS": "3!n13!n2!n",
    "RU": "9!n5!n15!c", "SA": "2!n18!c", "SC": "4!a2!n2!n16!n3!a", "SD": "2!n12!n", "SE": "3!n16!n1!n",
    "SI": "5!n8!n2!n", "SK": "4!n6!n10!n", "SM": "1!a5!n5!n12!c", "SO": "4!n3!n12!n", "ST": "4!n4!n11!n2!n",
    "SV": "4!a20!n", "TF": "5!n5!n11!c2!n", "TL": "3!n14!n2!n", "TN": "2!n3!n13!n2!n", "TR": "5!n1!n16!c",
    "UA": "6!n19!c", "VA": "3!n15!n", "VG": "4!a16!n", "WF": "5!n5!n11!c2!n", "XK": "4!n10!n2!n", "YE": "4!a4!n18!c",
    "YT": "5!n5!n11!c2!n",
}  # fmt: skip

_CLASSES = {"n": "[0-9]", "a": "[A-Z]", "c": "[A-Z0-9]"}
_BBAN_RE = {
    country: regex("".join(f"{_CLASSES[kind]}{{{size}}}" for size, kind in re.findall(r"(\d+)!?([nac])", spec)))
    for country, spec in BBAN.items()
}

_PATTERN = regex(r"[A-Z]{2}[0-9]{2}[A-Z0-9]+")


def compact(number: str) -> str:
    """Strip, remove spaces, ``-`` and ``.``, and convert to upper case."""
    return clean(number, " -.").upper()


# Letters as their numbers ("A" -> "10" ... "Z" -> "35"); digits stay: the ISO 7064 numeric form.
_LETTER_NUMBERS = str.maketrans({chr(ord("A") + k): str(10 + k) for k in range(26)})


def _mod97(value: str) -> int:
    """The ISO 7064 mod 97-10 remainder of ``value`` (ASCII letters and digits), moved as IBANs are."""
    rearranged = value[4:] + value[:4]
    return int(rearranged.translate(_LETTER_NUMBERS)) % 97


def _parse(number: str) -> str:
    value = compact(number)
    if not value.isascii() or _PATTERN.fullmatch(value) is None:
        raise InvalidFormat("an IBAN is a country code, two check digits and letters or digits")
    length = LENGTHS.get(value[:2])
    if length is None:
        raise InvalidComponent("the country code is not an IBAN country")
    if len(value) != length:
        raise InvalidFormat("the length does not match the country")
    structure = _BBAN_RE.get(value[:2])
    if structure is not None and structure.fullmatch(value[4:]) is None:
        raise InvalidFormat("the BBAN does not match the country's format")
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
