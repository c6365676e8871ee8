"""Synthetic national identifiers and business numbers, written from the public rules only.

Every generator takes a ``random.Random`` so the sets are reproducible. Validators are included so the
data tests can check every labelled identifier against the official rule, independently of the scanner.
"""

from __future__ import annotations

import datetime as dt
import random

# --- Denmark: CPR ------------------------------------------------------------------------------------

CPR_WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)


def cpr_century(yy: int, seventh: int) -> int | None:
    """Century of a CPR from its two-digit year and the first serial digit (CPR office table)."""
    if seventh in (0, 1, 2, 3):
        return 1900
    if seventh in (4, 9):
        return 2000 if yy <= 36 else 1900
    # 5, 6, 7, 8
    if yy <= 57:
        return 2000
    return 1800


def cpr_is_mod11(digits: str) -> bool:
    return sum(int(d) * w for d, w in zip(digits, CPR_WEIGHTS, strict=True)) % 11 == 0


def cpr_birth_date(digits: str) -> dt.date | None:
    if len(digits) != 10 or not digits.isdigit():
        return None
    dd, mm, yy, seventh = int(digits[0:2]), int(digits[2:4]), int(digits[4:6]), int(digits[6])
    century = cpr_century(yy, seventh)
    if century is None:
        return None
    try:
        return dt.date(century + yy, mm, dd)
    except ValueError:
        return None


def random_birth_date(rng: random.Random, first: int = 1948, last: int = 2006) -> dt.date:
    start = dt.date(first, 1, 1).toordinal()
    end = dt.date(last, 12, 31).toordinal()
    return dt.date.fromordinal(rng.randint(start, end))


def _cpr_seventh_for(year: int, rng: random.Random) -> int:
    yy = year % 100
    options = [d for d in range(10) if cpr_century(yy, d) == year - yy]
    return rng.choice(options)


def make_cpr(rng: random.Random, born: dt.date | None = None, mod11: bool = True) -> str:
    """Ten digits DDMMYYSSSS with a valid date and century digit; mod-11 valid unless asked not to be."""
    born = born or random_birth_date(rng)
    head = born.strftime("%d%m%y")
    for _ in range(2000):
        seventh = _cpr_seventh_for(born.year, rng)
        serial = f"{seventh}{rng.randint(0, 999):03d}"
        digits = head + serial
        if cpr_is_mod11(digits) == mod11:
            return digits
    raise RuntimeError("no CPR serial found")


# --- Sweden: personnummer / samordningsnummer --------------------------------------------------------


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
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


def make_personnummer(rng: random.Random, born: dt.date | None = None, coordination: bool = False) -> str:
    """Twelve digits YYYYMMDDNNNC (samordningsnummer: day + 60)."""
    born = born or random_birth_date(rng)
    day = born.day + (60 if coordination else 0)
    body = f"{born.year % 100:02d}{born.month:02d}{day:02d}{rng.randint(0, 999):03d}"
    return f"{born.year // 100:02d}" + body + luhn_digit(body)


def personnummer_ok(twelve: str) -> bool:
    if len(twelve) != 12 or not twelve.isdigit():
        return False
    day = int(twelve[6:8])
    if day > 60:
        day -= 60
    try:
        dt.date(int(twelve[0:4]), int(twelve[4:6]), day)
    except ValueError:
        return False
    return luhn_ok(twelve[2:])


def pnr_forms(twelve: str, today: dt.date) -> dict[str, str]:
    """The written forms of one personnummer."""
    short = twelve[2:8]
    tail = twelve[8:]
    born_year = int(twelve[:4])
    sep = "+" if today.year - born_year >= 100 else "-"
    return {
        "long_dash": f"{twelve[:8]}-{tail}",
        "long": twelve,
        "short_dash": f"{short}{sep}{tail}",
        "short": f"{short}{tail}",
        "long_space": f"{twelve[:8]} {tail}",
    }


# --- Finland: henkilötunnus --------------------------------------------------------------------------

HETU_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"


def make_hetu(rng: random.Random, born: dt.date | None = None) -> str:
    born = born or random_birth_date(rng, 1930, 2022)
    if born.year >= 2000:
        sign = rng.choice("AAAAB")
    elif born.year >= 1900:
        sign = rng.choice("------Y")
    else:
        sign = "+"
    ind = rng.randint(2, 899)
    base = f"{born:%d%m}{born.year % 100:02d}{ind:03d}"
    return f"{base[:6]}{sign}{base[6:]}{HETU_CHECK[int(base) % 31]}"


def hetu_ok(code: str) -> bool:
    if len(code) != 11:
        return False
    base = code[:6] + code[7:10]
    return base.isdigit() and HETU_CHECK[int(base) % 31] == code[10]


# --- Norway: fødselsnummer ---------------------------------------------------------------------------

NO_W1 = (3, 7, 6, 1, 8, 9, 4, 5, 2)
NO_W2 = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)


def _no_check(digits: str, weights: tuple[int, ...]) -> int | None:
    r = 11 - sum(int(d) * w for d, w in zip(digits, weights, strict=True)) % 11
    if r == 11:
        return 0
    if r == 10:
        return None
    return r


def make_fodselsnummer(rng: random.Random, born: dt.date | None = None, d_number: bool = False) -> str:
    born = born or random_birth_date(rng, 1940, 2022)
    yy = born.year % 100
    if 1900 <= born.year <= 1999:
        lo, hi = (0, 499) if born.year < 1940 else rng.choice([(0, 499), (900, 999)])
    else:
        lo, hi = 500, 999
    day = born.day + (40 if d_number else 0)
    for _ in range(1000):
        head = f"{day:02d}{born.month:02d}{yy:02d}{rng.randint(lo, hi):03d}"
        k1 = _no_check(head, NO_W1)
        if k1 is None:
            continue
        k2 = _no_check(head + str(k1), NO_W2)
        if k2 is None:
            continue
        return f"{head}{k1}{k2}"
    raise RuntimeError("no fødselsnummer found")


def fodselsnummer_ok(digits: str) -> bool:
    if len(digits) != 11 or not digits.isdigit():
        return False
    return _no_check(digits[:9], NO_W1) == int(digits[9]) and _no_check(digits[:10], NO_W2) == int(digits[10])


# --- business numbers (hard negatives) ---------------------------------------------------------------

CVR_WEIGHTS = (2, 7, 6, 5, 4, 3, 2, 1)


def make_cvr(rng: random.Random) -> str:
    """Eight digits, modulus 11 (CVR and SE-nummer use the same rule)."""
    while True:
        digits = str(rng.randint(10000000, 99999999))
        if sum(int(d) * w for d, w in zip(digits, CVR_WEIGHTS, strict=True)) % 11 == 0:
            return digits


def make_p_number(rng: random.Random, date_like: bool = True) -> str:
    """Ten-digit P-nummer (production unit); most start 10..., so many read as a date DDMMYY."""
    if date_like:
        while True:
            digits = "10" + f"{rng.randint(1, 12):02d}" + f"{rng.randint(0, 999999):06d}"
            if cpr_birth_date(digits) is not None:
                return digits
    return "10" + f"{rng.randint(13, 99):02d}" + f"{rng.randint(0, 999999):06d}"


def make_se_orgnr(rng: random.Random) -> str:
    """Swedish organisationsnummer NNNNNN-NNNN (third digit >= 2, Luhn)."""
    prefix = rng.choice(["556", "559", "556", "802", "716", "969", "212", "232"])
    body = prefix + f"{rng.randint(0, 999999):06d}"
    digits = body + luhn_digit(body)
    return f"{digits[:6]}-{digits[6:]}"


def make_bankgiro(rng: random.Random) -> str:
    n = rng.choice([7, 8])
    body = str(rng.randint(10 ** (n - 2), 10 ** (n - 1) - 1))
    d = body + luhn_digit(body)
    return f"{d[:-4]}-{d[-4:]}"


def make_plusgiro(rng: random.Random) -> str:
    body = str(rng.randint(10000, 9999999))
    d = body + luhn_digit(body)
    if len(d) >= 6:
        head = d[:-1]
        groups = []
        while len(head) > 2:
            groups.insert(0, head[-2:])
            head = head[:-2]
        if head:
            groups.insert(0, head)
        return " ".join(groups) + "-" + d[-1]
    return d[:-1] + "-" + d[-1]


def date_like_luhn_ten(rng: random.Random) -> str:
    """Ten digits YYMMDDNNNC that pass Luhn: indistinguishable from a short personnummer without context."""
    born = random_birth_date(rng, 1940, 2020)
    body = f"{born:%y%m%d}{rng.randint(0, 999):03d}"
    return body + luhn_digit(body)


def date_like_ten(rng: random.Random) -> str:
    """Ten digits DDMMYYSSSS that read as a valid CPR date and century (mod-11 or not)."""
    while True:
        born = random_birth_date(rng, 1940, 2024)
        digits = born.strftime("%d%m%y") + f"{rng.randint(0, 9999):04d}"
        if cpr_birth_date(digits) is not None:
            return digits


def make_ean13(rng: random.Random, prefix: str = "57") -> str:
    body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(12 - len(prefix)))
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body))
    return body + str((10 - total % 10) % 10)


def make_ocr(rng: random.Random, length: int | None = None) -> str:
    n = length or rng.randint(8, 16)
    body = "".join(str(rng.randint(0, 9)) for _ in range(n - 1))
    return body + luhn_digit(body)


def make_iban_dk(rng: random.Random) -> str:
    bban = f"{rng.randint(1000, 9999)}{rng.randint(0, 10**10 - 1):010d}"
    return _iban("DK", bban)


def make_iban_se(rng: random.Random) -> str:
    bban = f"{rng.randint(100, 999)}{rng.randint(0, 10**17 - 1):017d}"
    return _iban("SE", bban)


def _iban(country: str, bban: str) -> str:
    rearranged = bban + country + "00"
    num = int("".join(str(int(c, 36)) for c in rearranged))
    check = 98 - num % 97
    return f"{country}{check:02d}{bban}"


def group4(s: str) -> str:
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4))
