"""Kennitala (Icelandic identity number of persons and organisations).

Ten digits written ``DDMMYY-RRCD``: date, two random digits ``RR``, check digit ``C`` and century
digit ``D`` (9 = 1900s, 0 = 2000s, 8 = 1800s; other values raise InvalidComponent).

- Check digit: weights (3, 2, 7, 6, 5, 4, 3, 2) over the first eight digits; ``C = 11 - sum % 11``,
  11 becomes 0 and 10 means no valid number exists (InvalidChecksum).
- Companies and other organisations add 40 to the day (subtype "company"): a valid kennitala, but
  not a person's; recognizers use the subtype. ``birth_date`` is then the registration date.
- The date must be a calendar date not after ``today``.

The normalised value is the 10 digits; :func:`format` gives ``DDMMYY-NNNN``.

>>> validate("120174-3399")
'1201743399'
>>> format("1201743399"), birth_date("1201743399")
('120174-3399', datetime.date(1974, 1, 12))
>>> info("450401-3150").subtype
'company'
>>> validate("120174-3389")
Traceback (most recent call last):
    ...
pii_scanner.core.errors.InvalidChecksum: the check digit does not match
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

_WEIGHTS = (3, 2, 7, 6, 5, 4, 3, 2)
_CENTURY = {"9": 1900, "0": 2000, "8": 1800}


def compact(number: str) -> str:
    """Strip and remove the separators ``-`` and space."""
    return clean(number, " -")


def _parse(number: str) -> tuple[str, datetime.date, str | None]:
    value = compact(number)
    if len(value) != 10 or not is_ascii_digits(value):
        raise InvalidFormat("a kennitala has 10 ASCII digits")
    century = _CENTURY.get(value[9])
    if century is None:
        raise InvalidComponent("the century digit is not 8, 9 or 0")
    day = int(value[0:2])
    subtype = None
    if day > 40:
        day -= 40
        subtype = "company"
    born = make_date(century + int(value[4:6]), int(value[2:4]), day)
    if not check_digit_ok(value):
        raise InvalidChecksum("the check digit does not match")
    return value, born, subtype


def check_digit_ok(value: str) -> bool:
    """True when the ninth of the ten digits ``value`` is the weighted modulus-11 check digit."""
    check = 11 - sum(w * int(d) for w, d in zip(_WEIGHTS, value, strict=False)) % 11
    if check == 11:
        check = 0
    return check == int(value[8])


def validate(number: str, today: datetime.date | None = None) -> str:
    """Check format, century, date (not after ``today``) and check digit; return 10 digits."""
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
    """Validate and return ``DDMMYY-NNNN``."""
    value = validate(number, today)
    return f"{value[:6]}-{value[6:]}"


def birth_date(number: str) -> datetime.date:
    """The birth (or, for a company, registration) date; does not check ``today``."""
    return _parse(number)[1]


def info(number: str, today: datetime.date | None = None) -> IdentifierInfo:
    """Validate and return the normalised value, birth date, subtype and checksum ("valid")."""
    value, born, subtype = _parse(number)
    check_not_future(born, resolve_today(today))
    return IdentifierInfo(normalized=value, birth_date=born, subtype=subtype, checksum="valid")
