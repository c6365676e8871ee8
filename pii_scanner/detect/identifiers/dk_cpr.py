"""CPR-nummer (Det Centrale Personregister, Danish personal identification number).

Written ``DDMMYY-SSSS``; the separator is optional (``-``, a space or nothing). The birth date is
``DDMMYY``; the century comes from the 7th digit and the year:

=============  ===========================
7th digit      year
=============  ===========================
0-3            19YY
4, 9           20YY if YY <= 36, else 19YY
5-8            20YY if YY <= 57, else 18YY
=============  ===========================

The date must be a calendar date and not lie after ``today``. Replacement numbers
(erstatningspersonnummer) add 60 to the day; they are accepted with subtype "replacement" and the
birth date is the day minus 60.

Modulus 11 (weights 4, 3, 2, 7, 6, 5, 4, 3, 2, 1) is NOT a filter: since 2007 the CPR office issues
numbers that fail it (and numbers born after 1 October 2007 often do). :func:`validate` accepts them;
:func:`info` reports ``checksum``:

- "valid" when modulus 11 holds,
- "exempt" when it fails but the birth date is in ``exempt_dates``: the CPR office's list of
  1 January dates where numbers without modulus 11 were issued ("not necessarily complete"). The
  module does no I/O: the rules layer reads the list from ``recognizers/dk_cpr.yaml`` (key
  ``mod11_exempt_dates``) and hands it in,
- "invalid" otherwise (which includes most post-2007 numbers: still real CPR numbers).

The normalised value is the 10 digits ``DDMMYYSSSS``.

>>> validate("070761-4285")
'0707614285'
>>> validate("070761 4285") == validate("0707614285")
True
>>> format("0707614285")
'070761-4285'
>>> birth_date("0707614285")
datetime.date(1961, 7, 7)
>>> info("070761-4285")
IdentifierInfo(normalized='0707614285', birth_date=datetime.date(1961, 7, 7), subtype=None, checksum='valid')
>>> mod11_ok("070761-4286")
False
>>> info("070761-4286").checksum
'invalid'
>>> info("010160-1235", exempt_dates={datetime.date(1960, 1, 1)}).checksum
'exempt'
>>> info("010160-1235").checksum
'invalid'
>>> info("670761-4285").subtype, birth_date("670761-4285")
('replacement', datetime.date(1961, 7, 7))
>>> birth_date("010136-4000"), birth_date("010137-4000")
(datetime.date(2036, 1, 1), datetime.date(1937, 1, 1))
>>> birth_date("010157-5000"), birth_date("010158-5000")
(datetime.date(2057, 1, 1), datetime.date(1858, 1, 1))
>>> validate("010136-4000", today=datetime.date(2024, 1, 1))
Traceback (most recent call last):
    ...
pii_scanner.core.errors.InvalidComponent: the birth date lies in the future
>>> validate("290201-1234")
Traceback (most recent call last):
    ...
pii_scanner.core.errors.InvalidComponent: the date part is not a calendar date
>>> is_valid("290200-4234"), is_valid("07076l-4285"), is_valid("0707614285 1")
(True, False, False)
"""

from __future__ import annotations

import datetime
from collections.abc import Collection

from pii_scanner.core.errors import InvalidFormat
from pii_scanner.detect.identifiers._common import (
    IdentifierInfo,
    check_not_future,
    clean,
    is_ascii_digits,
    make_date,
    resolve_today,
)

__all__ = [
    "birth_date",
    "compact",
    "format",
    "info",
    "is_valid",
    "mod11_ok",
    "validate",
]

_WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)


def compact(number: str) -> str:
    """Strip surrounding white space and remove the separators ``-`` and space."""
    return clean(number, " -")


def _digits(number: str) -> str:
    value = compact(number)
    if len(value) != 10 or not is_ascii_digits(value):
        raise InvalidFormat("a CPR number has 10 ASCII digits")
    return value


def _century_year(yy: int, seventh: int) -> int:
    if seventh <= 3:
        return 1900 + yy
    if seventh in (4, 9):
        return (2000 if yy <= 36 else 1900) + yy
    return (2000 if yy <= 57 else 1800) + yy


def _parse(number: str) -> tuple[str, datetime.date, str | None]:
    value = _digits(number)
    day, month, yy = int(value[0:2]), int(value[2:4]), int(value[4:6])
    subtype = None
    if day > 60:
        day -= 60
        subtype = "replacement"
    year = _century_year(yy, int(value[6]))
    return value, make_date(year, month, day), subtype


def birth_date(number: str) -> datetime.date:
    """The birth date (for a replacement number the day minus 60); does not check ``today``."""
    return _parse(number)[1]


def mod11_ok(number: str) -> bool:
    """True when the 10 digits satisfy modulus 11 (False also for a malformed number)."""
    try:
        value = _digits(number)
    except InvalidFormat:
        return False
    return sum(w * int(d) for w, d in zip(_WEIGHTS, value, strict=True)) % 11 == 0


def validate(number: str, today: datetime.date | None = None) -> str:
    """Check the format, century and date (not after ``today``); return the 10 digits.

    Modulus 11 is not checked (see :func:`info`).
    """
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
    """Validate and return the usual ``DDMMYY-SSSS`` form."""
    value = validate(number, today)
    return f"{value[:6]}-{value[6:]}"


def info(
    number: str, today: datetime.date | None = None, exempt_dates: Collection[datetime.date] = ()
) -> IdentifierInfo:
    """Validate and return the normalised value, birth date, subtype and modulus 11 status.

    ``exempt_dates``: birth dates on which numbers without modulus 11 were issued ("exempt").
    """
    value, born, subtype = _parse(number)
    check_not_future(born, resolve_today(today))
    if mod11_ok(value):
        checksum = "valid"
    elif born in exempt_dates:
        checksum = "exempt"
    else:
        checksum = "invalid"
    return IdentifierInfo(normalized=value, birth_date=born, subtype=subtype, checksum=checksum)
