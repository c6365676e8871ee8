"""Independent generators of valid Nordic numbers for tests (not the package's own code)."""

from __future__ import annotations

import datetime

CPR_WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)


def cpr_seventh_digit(year: int) -> int:
    """A 7th digit that encodes ``year``'s century under the CPR rules."""
    if 1900 <= year <= 1999:
        return 0
    if 2000 <= year <= 2036:
        return 4
    if 2000 <= year <= 2057:
        return 5
    return 5  # 1858-1899


def make_cpr(birth: datetime.date, serial: int = 0) -> str:
    """A mod-11-valid CPR (10 digits) for ``birth``; ``serial`` picks among the valid ones."""
    head = birth.strftime("%d%m%y") + str(cpr_seventh_digit(birth.year))
    found = -1
    for rest in range(1000):
        digits = head + f"{rest:03d}"
        if sum(int(d) * w for d, w in zip(digits, CPR_WEIGHTS, strict=True)) % 11 == 0:
            found += 1
            if found == serial:
                return digits
    raise ValueError("no mod-11 serial left")


def luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        total += v - 9 if v > 9 else v
    return str((10 - total % 10) % 10)


def make_personnummer(birth: datetime.date, serial: int = 123, coordination: bool = False) -> str:
    """A valid 12-digit personnummer YYYYMMDDNNNC (day + 60 for samordningsnummer)."""
    day = birth.day + (60 if coordination else 0)
    ten = f"{birth:%y%m}{day:02d}{serial:03d}"
    return f"{birth.year:04d}{ten[2:]}{luhn_digit(ten)}"
