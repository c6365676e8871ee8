"""Synthetic national identifiers and look-alike numbers, written from the public rules only.

CPR (Denmark): DDMMYY-SSSS; the first serial digit and the year give the century (CPR office table); modulus 11
with weights 4,3,2,7,6,5,4,3,2,1 held for every number issued before 2007, numbers issued since may fail it.
Personnummer (Sweden): YYMMDD-NNNC, Luhn over the ten digits, samordningsnummer day + 60, '+' from the year the
person turns 100. HETU (Finland): DDMMYY, century sign, 002-899, check character mod 31. Fødselsnummer (Norway):
DDMMYY III K1 K2, both check digits mod 11, individual-number ranges per century, D-number day + 40.
"""

from __future__ import annotations

import datetime as dt
import random

THIS_YEAR = 2026
CPR_W = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)


def rand_date(rng: random.Random, lo: int, hi: int) -> dt.date:
    start = dt.date(lo, 1, 1).toordinal()
    end = dt.date(hi, 12, 31).toordinal()
    return dt.date.fromordinal(rng.randint(start, end))


def cpr_mod11(digits: str) -> bool:
    return sum(int(c) * w for c, w in zip(digits, CPR_W, strict=True)) % 11 == 0


def cpr_century_ok(year: int, first: int) -> bool:
    yy = year % 100
    if first <= 3:
        return 1900 <= year <= 1999
    if first in (4, 9):
        return (2000 <= year <= 2036) if yy <= 36 else (1937 <= year <= 1999)
    return (2000 <= year <= 2057) if yy <= 57 else (1858 <= year <= 1899)


def cpr_year(ddmmyy: str, first: int) -> int | None:
    yy = int(ddmmyy[4:6])
    for century in (1800, 1900, 2000):
        if cpr_century_ok(century + yy, first):
            return century + yy
    return None


def cpr_valid_date(digits: str) -> bool:
    if len(digits) != 10 or not digits.isdigit():
        return False
    year = cpr_year(digits[:6], int(digits[6]))
    if year is None:
        return False
    try:
        dt.date(year, int(digits[2:4]), int(digits[0:2]))
    except ValueError:
        return False
    return True


def cpr_digits(rng: random.Random, date: dt.date, mod11: bool = True) -> str:
    """Ten CPR digits for the date; mod11=False gives a number that fails modulus 11 (issued since 2007)."""
    head = date.strftime("%d%m%y")
    firsts = [f for f in range(10) if cpr_century_ok(date.year, f)]
    for _ in range(1000):
        serial = f"{rng.choice(firsts)}{rng.randint(0, 999):03d}"
        digits = head + serial
        if cpr_mod11(digits) == mod11:
            return digits
    raise RuntimeError("no serial")


def cpr_date(rng: random.Random, mod11: bool) -> dt.date:
    if mod11:
        return rand_date(rng, 1930, 2006)
    r = rng.random()
    if r < 0.5:  # 1 January dates of 1960-1992, where the mod-11 series ran out first
        return dt.date(rng.randint(1960, 1992), 1, 1)
    if r < 0.75:
        return rand_date(rng, 2007, 2025)
    return rand_date(rng, 1950, 2005)


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_digit(body: str) -> str:
    for c in "0123456789":
        if luhn_ok(body + c):
            return c
    raise AssertionError


def se_parts(rng: random.Random, date: dt.date, samordning: bool = False) -> tuple[str, str]:
    """(YYYYMMDD with samordning day, NNNC)."""
    day = date.day + (60 if samordning else 0)
    short = f"{date.year % 100:02d}{date.month:02d}{day:02d}"
    nnn = f"{rng.randint(0, 999):03d}"
    if nnn == "000":
        nnn = "001"
    c = luhn_digit(short + nnn)
    return f"{date.year:04d}{date.month:02d}{day:02d}", nnn + c


def se_format(full: str, tail: str, form: str, born: int) -> str:
    """form: dash, plain, long, longdash, space."""
    sep = "+" if THIS_YEAR - born >= 100 else "-"
    if form == "dash":
        return f"{full[2:]}{sep}{tail}"
    if form == "plain":
        return f"{full[2:]}{tail}"
    if form == "long":
        return f"{full}{tail}"
    if form == "longdash":
        return f"{full}-{tail}"
    if form == "space":
        return f"{full[2:]} {tail}"
    if form == "spdash":
        return f"{full[2:]} {sep} {tail}"
    raise ValueError(form)


HETU_CHARS = "0123456789ABCDEFHJKLMNPRSTUVWXY"


def hetu(rng: random.Random, date: dt.date, sign: str | None = None) -> str:
    head = date.strftime("%d%m%y")
    ind = f"{rng.randint(2, 899):03d}"
    check = HETU_CHARS[int(head + ind) % 31]
    if sign is None:
        sign = {1800: "+", 1900: "-", 2000: "A"}[date.year // 100 * 100]
    return f"{head}{sign}{ind}{check}"


def hetu_ok(value: str) -> bool:
    if len(value) != 11:
        return False
    head, sign, ind, check = value[:6], value[6], value[7:10], value[10]
    if sign not in "+-YXWVUABCDEF" or not (head + ind).isdigit():
        return False
    return HETU_CHARS[int(head + ind) % 31] == check


def no_checks(nine: str) -> str | None:
    w1 = (3, 7, 6, 1, 8, 9, 4, 5, 2)
    w2 = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
    k1 = 11 - sum(int(c) * w for c, w in zip(nine, w1, strict=True)) % 11
    k1 = 0 if k1 == 11 else k1
    if k1 == 10:
        return None
    ten = nine + str(k1)
    k2 = 11 - sum(int(c) * w for c, w in zip(ten, w2, strict=True)) % 11
    k2 = 0 if k2 == 11 else k2
    if k2 == 10:
        return None
    return ten + str(k2)


def no_ok(value: str) -> bool:
    return len(value) == 11 and value.isdigit() and no_checks(value[:9]) == value


def fnr(rng: random.Random, date: dt.date, dnumber: bool = False) -> str:
    y = date.year
    if 1900 <= y <= 1999:
        lo, hi = (0, 499) if y < 1940 else rng.choice([(0, 499), (900, 999)])
    elif 2000 <= y <= 2039:
        lo, hi = 500, 999
    else:
        lo, hi = 500, 749
    day = date.day + (40 if dnumber else 0)
    head = f"{day:02d}{date.month:02d}{y % 100:02d}"
    for _ in range(1000):
        out = no_checks(head + f"{rng.randint(lo, hi):03d}")
        if out:
            return out
    raise RuntimeError


def cvr(rng: random.Random) -> str:
    w = (2, 7, 6, 5, 4, 3, 2, 1)
    while True:
        d = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(7))
        if sum(int(c) * x for c, x in zip(d, w, strict=True)) % 11 == 0:
            return d


def date_like10(rng: random.Random, mod11: bool | None = None) -> str:
    """Ten digits that read as a valid CPR date and century (optionally passing modulus 11)."""
    while True:
        d = rand_date(rng, 1935, 2005)
        s = cpr_digits(rng, d, mod11=rng.random() < 0.5 if mod11 is None else mod11)
        return s


def luhn_date10(rng: random.Random) -> str:
    """Ten digits that read as a valid YYMMDD and pass Luhn (a short personnummer look-alike)."""
    d = rand_date(rng, 1940, 2005)
    short = d.strftime("%y%m%d")
    body = short + f"{rng.randint(0, 999):03d}"
    return body + luhn_digit(body)


def orgnr(rng: random.Random) -> str:
    body = f"{rng.choice('25789')}{rng.randint(0, 9)}{rng.randint(2, 9)}{rng.randint(0, 9)}"
    body += "".join(str(rng.randint(0, 9)) for _ in range(5))
    return f"{body[:6]}-{body[6:]}{luhn_digit(body)}"


def digits(rng: random.Random, n: int, first_nonzero: bool = True) -> str:
    s = "".join(str(rng.randint(0, 9)) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(rng.randint(1, 9)) + s[1:]
    return s
