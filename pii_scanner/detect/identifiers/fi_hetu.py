"""Henkilötunnus (HETU, Finnish personal identity code).

Written ``DDMMYYCZZZQ``: birth date, century sign ``C``, individual number ``ZZZ`` and check
character ``Q``.

- Century signs: ``+`` 1800s; ``-``, ``Y``, ``X``, ``W``, ``V``, ``U`` 1900s; ``A``, ``B``, ``C``,
  ``D``, ``E``, ``F`` 2000s (the letters other than ``-`` and ``A`` were added in 2023).
- Individual number 002-899; 900-999 are temporary numbers (subtype "temporary"); 000 and 001 are
  not used.
- Check character: ``"0123456789ABCDEFHJKLMNPRSTUVWXY"[int(DDMMYYZZZ) % 31]``.
- The birth date must be a calendar date not after ``today``.

The normalised value is the compact upper-case form, which is also what :func:`format` returns.

>>> validate("131052-308t")
'131052-308T'
>>> validate("131052Y308T"), birth_date("131052Y308T")
('131052Y308T', datetime.date(1952, 10, 13))
>>> details = info("010594Y9032")
>>> details.normalized, details.birth_date, details.subtype, details.checksum
('010594Y9032', datetime.date(1994, 5, 1), 'temporary', 'valid')
>>> validate("131052-308U")
Traceback (most recent call last):
    ...
pii_scanner.core.errors.InvalidChecksum: the check character does not match
>>> is_valid("131052G308T")
False
"""

from __future__ import annotations

import datetime
import re

from pii_scanner.core.errors import InvalidChecksum, InvalidComponent, InvalidFormat
from pii_scanner.detect.identifiers._common import (
    IdentifierInfo,
    check_not_future,
    clean,
    make_date,
    resolve_today,
)

__all__ = ["birth_date", "compact", "format", "info", "is_valid", "validate"]

_ALPHABET = "0123456789ABCDEFHJKLMNPRSTUVWXY"
_CENTURY = {"+": 1800, "-": 1900, "Y": 1900, "X": 1900, "W": 1900, "V": 1900, "U": 1900}
_CENTURY.update(dict.fromkeys("ABCDEF", 2000))
_PATTERN = re.compile(r"([0-9]{6})([-+A-FU-Y])([0-9]{3})([0-9A-Z])")


def compact(number: str) -> str:
    """Strip surrounding white space and convert to upper case."""
    return clean(number, "").upper()


def check_character(digits: str) -> str:
    """The check character for the nine digits ``DDMMYYZZZ``."""
    return _ALPHABET[int(digits) % 31]


def _parse(number: str) -> tuple[str, datetime.date, str | None]:
    value = compact(number)
    match = _PATTERN.fullmatch(value)
    if match is None:
        raise InvalidFormat("a henkilötunnus is DDMMYYCZZZQ")
    date_part, sign, individual, check = match.groups()
    year = _CENTURY[sign] + int(date_part[4:6])
    born = make_date(year, int(date_part[2:4]), int(date_part[0:2]))
    serial = int(individual)
    if serial < 2:
        raise InvalidComponent("the individual number is not in use")
    subtype = "temporary" if serial >= 900 else None
    if check_character(date_part + individual) != check:
        raise InvalidChecksum("the check character does not match")
    return value, born, subtype


def validate(number: str, today: datetime.date | None = None) -> str:
    """Check format, date (not after ``today``), individual number and check character."""
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
    """Validate and return the compact upper-case form."""
    return validate(number, today)


def birth_date(number: str) -> datetime.date:
    """The birth date; does not check ``today``."""
    return _parse(number)[1]


def info(number: str, today: datetime.date | None = None) -> IdentifierInfo:
    """Validate and return the normalised value, birth date, subtype and checksum ("valid")."""
    value, born, subtype = _parse(number)
    check_not_future(born, resolve_today(today))
    return IdentifierInfo(normalized=value, birth_date=born, subtype=subtype, checksum="valid")
