"""Fødselsnummer (Norwegian birth number), D-numbers and H-numbers.

Eleven digits ``DDMMYYIIIKK``: birth date, individual number ``III`` and two check digits.

- D-numbers add 40 to the day (subtype "d_number"); H-numbers add 40 to the month (subtype
  "h_number"). Synthetic test numbers (month + 80, "syntetisk", as made by Skatteetaten's Tenor) are
  rejected with InvalidFormat.
- The century comes from the individual number: 000-499 -> 1900-1999; 500-749 with YY >= 54 ->
  1854-1899; 500-999 with YY <= 39 -> 2000-2039; 900-999 with YY >= 40 -> 1940-1999. Other
  combinations raise InvalidComponent. The birth date must not lie after ``today``.
- Check digits, weights k1 = (3, 7, 6, 1, 8, 9, 4, 5, 2) and k2 = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2):
  the weighted sum of the first ten digits (k1 with weight 1) must be 0 mod 11, and likewise the
  weighted sum of all eleven (k2 with weight 1). From 2032 Skatteetaten lets the first check digit
  take several values: for birth dates on or after 2032-01-01 k1 is accepted when the weighted sum
  including k1 is 0, 1, 2 or 3 mod 11. The second check digit is unchanged.

The normalised value is the 11 digits; :func:`format` gives ``DDMMYY IIIKK``.

>>> validate("151086 95088")
'15108695088'
>>> format("15108695088")
'151086 95088'
>>> birth_date("15108695088")
datetime.date(1986, 10, 15)
>>> info("55108695071").subtype
'd_number'
>>> validate("15108695089")
Traceback (most recent call last):
    ...
pii_scanner.core.errors.InvalidChecksum: a check digit does not match
>>> validate("15908695088")
Traceback (most recent call last):
    ...
pii_scanner.core.errors.InvalidFormat: synthetic test numbers (month + 80) are not real
"""

from __future__ import annotations

import datetime

from pii_scanner.core.errors import InvalidChecksum, InvalidComponent, InvalidFormat
from pii_scanner.detect.identifiers._common import (
    IdentifierInfo,
    check_not_future,
    clean,
    is_ascii_digits,
    make_date,
    resolve_today,
)

__all__ = ["birth_date", "compact", "format", "info", "is_valid", "validate"]

_K1_WEIGHTS = (3, 7, 6, 1, 8, 9, 4, 5, 2, 1)
_K2_WEIGHTS = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
_SCHEME_2032 = datetime.date(2032, 1, 1)


def compact(number: str) -> str:
    """Strip and remove the separators space, ``-`` and ``:``."""
    return clean(number, " -:")


def _century_year(yy: int, individual: int) -> int:
    if individual <= 499:
        return 1900 + yy
    if individual <= 749 and yy >= 54:
        return 1800 + yy
    if yy <= 39:
        return 2000 + yy
    if individual >= 900:
        return 1900 + yy
    raise InvalidComponent("the individual number does not fit the year")


def _weighted(value: str, weights: tuple[int, ...]) -> int:
    return sum(w * int(d) for w, d in zip(weights, value, strict=False)) % 11


def _parse(number: str) -> tuple[str, datetime.date, str | None]:
    value = compact(number)
    if len(value) != 11 or not is_ascii_digits(value):
        raise InvalidFormat("a fødselsnummer has 11 ASCII digits")
    day, month, yy = int(value[0:2]), int(value[2:4]), int(value[4:6])
    if month >= 80:
        raise InvalidFormat("synthetic test numbers (month + 80) are not real")
    subtype = None
    if day > 40:
        day -= 40
        subtype = "d_number"
    if month > 40:
        if subtype is not None:
            raise InvalidComponent("a number cannot be both a D-number and an H-number")
        month -= 40
        subtype = "h_number"
    year = _century_year(yy, int(value[6:9]))
    born = make_date(year, month, day)
    k1_rest = _weighted(value[:10], _K1_WEIGHTS)
    k1_ok = k1_rest == 0 or (born >= _SCHEME_2032 and k1_rest in (1, 2, 3))
    if not k1_ok or _weighted(value, _K2_WEIGHTS) != 0:
        raise InvalidChecksum("a check digit does not match")
    return value, born, subtype


def validate(number: str, today: datetime.date | None = None) -> str:
    """Check format, century, date (not after ``today``) and both check digits; return 11 digits."""
    value, born, _ = _parse(number)
    check_not_future(born, resolve_today(today))
    return value


def is_valid(number: str, today: datetime.date | None = None) -> bool:
    """True when :func:`validate` accepts ``number``."""
    try:
        validate(number, today)
    except ValueError:
        return False
    return True


def format(number: str, today: datetime.date | None = None) -> str:
    """Validate and return ``DDMMYY IIIKK``."""
    value = validate(number, today)
    return f"{value[:6]} {value[6:]}"


def birth_date(number: str) -> datetime.date:
    """The birth date (D- and H-number offsets removed); does not check ``today``."""
    return _parse(number)[1]


def info(number: str, today: datetime.date | None = None) -> IdentifierInfo:
    """Validate and return the normalised value, birth date, subtype and checksum ("valid")."""
    value, born, subtype = _parse(number)
    check_not_future(born, resolve_today(today))
    return IdentifierInfo(normalized=value, birth_date=born, subtype=subtype, checksum="valid")
