"""Shared pieces of the identifier modules.

>>> luhn_checksum_ok("79927398713")
True
>>> luhn_checksum_ok("79927398710")
False
>>> is_ascii_digits("0123"), is_ascii_digits("١٢٣"), is_ascii_digits("")
(True, False, False)
>>> make_date(2000, 2, 29)
datetime.date(2000, 2, 29)
>>> make_date(1900, 2, 29)
Traceback (most recent call last):
    ...
pii_scanner.core.errors.InvalidComponent: the date part is not a calendar date
"""

from __future__ import annotations

import datetime
import functools
from dataclasses import dataclass

from pii_scanner.core.errors import InvalidComponent, InvalidFormat

__all__ = [
    "IdentifierInfo",
    "age_at",
    "check_not_future",
    "clean",
    "is_ascii_digits",
    "luhn_checksum_ok",
    "make_date",
    "resolve_today",
]


@dataclass(frozen=True, slots=True)
class IdentifierInfo:
    """Details of a validated identifier.

    ``checksum`` is "valid", "invalid", "exempt" or None when the scheme has no checksum.
    """

    normalized: str
    birth_date: datetime.date | None
    subtype: str | None
    checksum: str | None


def is_ascii_digits(text: str) -> bool:
    """True when ``text`` is non-empty and made only of the ASCII digits 0-9."""
    return text.isascii() and text.isdigit()


def luhn_checksum_ok(digits: str) -> bool:
    """True when the ASCII digit string passes the Luhn (mod 10) check; False for anything else."""
    if not is_ascii_digits(digits):
        return False
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = ord(char) - 48
        if position % 2 == 1:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return total % 10 == 0


@functools.cache
def _deletion_table(deletechars: str) -> dict[int, None]:
    return {ord(c): None for c in deletechars}


def clean(number: object, deletechars: str) -> str:
    """Strip ``number`` and delete ``deletechars``; a non-string raises InvalidFormat."""
    if not isinstance(number, str):
        raise InvalidFormat("the identifier must be a string")
    return number.translate(_deletion_table(deletechars)).strip()


def make_date(year: int, month: int, day: int) -> datetime.date:
    """Build a date; an impossible one raises InvalidComponent (not a bare ValueError)."""
    try:
        return datetime.date(year, month, day)
    except ValueError:
        raise InvalidComponent("the date part is not a calendar date") from None


def resolve_today(today: datetime.date | None) -> datetime.date:
    """``today`` or, when None, the current local date."""
    return datetime.date.today() if today is None else today


def check_not_future(date: datetime.date, today: datetime.date) -> None:
    """Raise InvalidComponent when ``date`` lies after ``today``."""
    if date > today:
        raise InvalidComponent("the birth date lies in the future")


def age_at(birth: tuple[int, int, int], today: datetime.date) -> int:
    """Completed years at ``today`` for a (year, month, day) birth; no calendar check (29 Feb safe)."""
    year, month, day = birth
    return today.year - year - ((today.month, today.day) < (month, day))
