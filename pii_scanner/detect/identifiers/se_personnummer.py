"""Personnummer and samordningsnummer (Swedish personal identity and co-ordination numbers).

Accepted forms (white space is ignored):

- ``YYMMDD-NNNC``: the person turns 100 after this calendar year (the "-" is written until the
  year of the 100th birthday), so the year is one of the last 99 and not after ``today``; a "-"
  date later in the current year is a future birth and invalid, not a centenarian.
- ``YYMMDDNNNC`` (no separator, as many systems store it): the latest century that puts the birth
  date not after ``today``.
- ``YYMMDD+NNNC``: the person turns 100 this calendar year or is older (the "+" is written from
  the start of the year the person turns 100); the century is the latest one that fits.
- ``YYYYMMDDNNNC`` and ``YYYYMMDD-NNNC``: the century is given; the date must not lie after
  ``today`` and the year must be 1800 or later.

The check digit C is the Luhn digit over the 10-digit form ``YYMMDDNNN``; here it IS a filter (a
failure raises InvalidChecksum). Samordningsnummer add 60 to the day (subtype "samordningsnummer").
An organisationsnummer (month digits, the 3rd-4th of the 10-digit form, 20 or more) is not a
personnummer and raises InvalidComponent.

The normalised value is the 12 digits ``YYYYMMDDNNNC``; :func:`format` gives ``YYYYMMDD-NNNC``.

>>> today = datetime.date(2024, 6, 1)
>>> validate("811218-9876", today)
'198112189876'
>>> validate("8112189876", today), validate("19811218-9876", today)
('198112189876', '198112189876')
>>> validate("811218+9876", today)
'188112189876'
>>> validate("241218+9876", today)  # turns 100 in December 2024: "+" since January
'192412189876'
>>> is_valid("241218-9876", today)  # "-": born December 2024, after today
False
>>> format("8112189876", today)
'19811218-9876'
>>> details = info("701063-2391", today)
>>> details.normalized, details.birth_date, details.subtype, details.checksum
('197010632391', datetime.date(1970, 10, 3), 'samordningsnummer', 'valid')
>>> validate("811218-9875", today)
Traceback (most recent call last):
    ...
pii_scanner.core.errors.InvalidChecksum: the Luhn check digit does not match
>>> validate("556724-3703", today)
Traceback (most recent call last):
    ...
pii_scanner.core.errors.InvalidComponent: an organisationsnummer is not a personnummer
>>> is_valid("20811218-9876", today), is_valid("811218 9876", today)
(False, True)
"""

from __future__ import annotations

import datetime
import re

from pii_scanner.core.errors import InvalidChecksum, InvalidComponent, InvalidFormat
from pii_scanner.detect.identifiers._common import (
    IdentifierInfo,
    check_not_future,
    clean,
    luhn_checksum_ok,
    make_date,
    resolve_today,
)

__all__ = ["birth_date", "compact", "format", "info", "is_valid", "validate"]

_SHORT = re.compile(r"([0-9]{6})([-+]?)([0-9]{4})")
_LONG = re.compile(r"([0-9]{8})(-?)([0-9]{4})")


def compact(number: str) -> str:
    """Strip and remove white space; the ``-``/``+`` separator is kept (``+`` carries the century)."""
    return clean(number, " \t\n\r\f\v")


def _parse(number: str, today: datetime.date) -> tuple[str, datetime.date, str | None]:
    value = compact(number)
    if match := _SHORT.fullmatch(value):
        short, sep = match[1] + match[3], match[2]
        long_form = None
    elif match := _LONG.fullmatch(value):
        short, sep = match[1][2:] + match[3], ""
        long_form = match[1]
    else:
        raise InvalidFormat("a personnummer has 10 or 12 ASCII digits with an optional separator")
    yy, month, day = int(short[0:2]), int(short[2:4]), int(short[4:6])
    if month >= 20:
        raise InvalidComponent("an organisationsnummer is not a personnummer")
    subtype = None
    if day > 60:
        day -= 60
        subtype = "samordningsnummer"
    if long_form is not None:
        year = int(long_form[0:4])
        if year < 1800:
            raise InvalidComponent("the century is impossible")
    else:
        # Latest year ending in YY whose birthday (as a month/day pair) is not after today.
        if sep == "+":
            # "+" is written from the calendar year the person turns 100 (folkbokföringslagen 18 §).
            last = today.year - 100
            year = last - (last - yy) % 100
        else:
            # "-" is written until the calendar year the person turns 100: the year lies within
            # the last 99 years. A "-" date later this year is a birth in the future, not a
            # centenarian (who is written with "+"). Without a separator the form is also used
            # for people of any age, so a date later this year falls back a century.
            year = today.year - (today.year - yy) % 100
            if sep == "" and (month, day) > (today.month, today.day) and year == today.year:
                year -= 100
    born = make_date(year, month, day)
    check_not_future(born, today)
    if not luhn_checksum_ok(short):
        raise InvalidChecksum("the Luhn check digit does not match")
    return f"{year:04d}{short[2:]}", born, subtype


def validate(number: str, today: datetime.date | None = None) -> str:
    """Check format, date, century and Luhn digit; return the 12 digits ``YYYYMMDDNNNC``."""
    return _parse(number, resolve_today(today))[0]


def is_valid(number: str, today: datetime.date | None = None) -> bool:
    """True when :func:`validate` accepts ``number``."""
    try:
        validate(number, today)
    except ValueError:
        return False
    return True


def format(number: str, today: datetime.date | None = None) -> str:
    """Validate and return ``YYYYMMDD-NNNC``."""
    value = validate(number, today)
    return f"{value[:8]}-{value[8:]}"


def birth_date(number: str, today: datetime.date | None = None) -> datetime.date:
    """Validate and return the birth date (for a samordningsnummer the day minus 60)."""
    return _parse(number, resolve_today(today))[1]


def info(number: str, today: datetime.date | None = None) -> IdentifierInfo:
    """Validate and return the normalised value, birth date, subtype and checksum ("valid")."""
    value, born, subtype = _parse(number, resolve_today(today))
    return IdentifierInfo(normalized=value, birth_date=born, subtype=subtype, checksum="valid")
