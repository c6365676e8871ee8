"""Fill the slots of a v17 bank text and record each label's offsets while writing (new for v17).

Labelled slot: ``⟦kind:opt,opt#tag⟧`` with kind cpr, pnr, hetu or fnr. Unlabelled slot: ``⟨kind⟩`` (a hard
negative or a name). A ``#tag`` reuses one person's number, so the same number can be written again in another form.

cpr options: d (DDMMYY-SSSS, default), n (no separator), s (space), sl (/), en (en dash), sd (" - "), dot
(DD.MM.YY-SSSS), nl (dash + line break); born: kid (since Oct 2007, no modulus 11), j1 (1 January, no modulus 11),
nm (ordinary date, no modulus 11: the text must say the CPR was issued since 2007), old (1925-1950).
pnr options: sd (YYMMDD-NNNN, default), s (10 digits), ld (YYYYMMDD-NNNN), l (12 digits), ls (YYYYMMDD NNNN),
nl (short, line break after the dash); co (samordningsnummer, day + 60), plus (born 1915-1926, short form with "+"),
kid (born 2008-2020), baby (2025-2026), mid (1940-1965).
hetu options: new (2023 century signs B-F / U-Y), kid (born 2000-2022). fnr options: d (D-number, day + 40),
sp (space after the date).
"""

from __future__ import annotations

import datetime as dt
import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from benchmarks.redteam import common, ids

SLOT = re.compile(r"⟦([a-z]+)(?::([a-z0-9,]*))?(?:#(\w+))?⟧|⟨([a-z0-9]+)⟩")
ENTITY = {"cpr": "DK_CPR", "pnr": "SE_PERSONNUMMER", "hetu": "FI_PERSONAL_IDENTITY_CODE", "fnr": "NO_FODSELSNUMMER"}
TODAY = dt.date(2026, 12, 3)


@dataclass
class Rendered:
    text: str
    labels: list[dict[str, object]] = field(default_factory=list)


def _date(rng: random.Random, first: dt.date, last: dt.date) -> dt.date:
    return dt.date.fromordinal(rng.randint(first.toordinal(), last.toordinal()))


def _cpr_digits(rng: random.Random, opts: set[str]) -> str:
    if "kid" in opts:
        return ids.make_cpr(rng, _date(rng, dt.date(2007, 10, 1), dt.date(2024, 12, 31)), mod11=False)
    if "j1" in opts:
        return ids.make_cpr(rng, dt.date(rng.randint(1950, 2005), 1, 1), mod11=False)
    if "nm" in opts:
        return ids.make_cpr(rng, _date(rng, dt.date(1960, 1, 2), dt.date(2006, 12, 30)), mod11=False)
    if "old" in opts:
        return ids.make_cpr(rng, _date(rng, dt.date(1925, 1, 1), dt.date(1950, 12, 31)))
    return ids.make_cpr(rng)


def _cpr_form(d: str, opts: set[str]) -> str:
    for opt, sep in (("n", ""), ("s", " "), ("sl", "/"), ("en", "\u2013"), ("sd", " - "), ("nl", "-\n")):
        if opt in opts:
            return d[:6] + sep + d[6:]
    if "dot" in opts:
        return f"{d[:2]}.{d[2:4]}.{d[4:6]}-{d[6:]}"
    return d[:6] + "-" + d[6:]


def _pnr_digits(rng: random.Random, opts: set[str]) -> str:
    if "plus" in opts:
        return ids.make_personnummer(rng, _date(rng, dt.date(1915, 1, 1), dt.date(1926, 11, 30)))
    if "baby" in opts:
        born = _date(rng, dt.date(2025, 1, 1), dt.date(2026, 10, 31))
    elif "kid" in opts:
        born = _date(rng, dt.date(2008, 1, 1), dt.date(2020, 12, 31))
    elif "mid" in opts:
        born = _date(rng, dt.date(1940, 1, 1), dt.date(1965, 12, 31))
    else:
        born = ids.random_birth_date(rng, 1935, 2012)
    return ids.make_personnummer(rng, born, coordination="co" in opts)


def _pnr_form(t: str, opts: set[str]) -> str:
    sep = "+" if TODAY.year - int(t[:4]) >= 100 else "-"
    if "ld" in opts:
        return f"{t[:8]}-{t[8:]}"
    if "l" in opts:
        return t
    if "ls" in opts:
        return f"{t[:8]} {t[8:]}"
    if "s" in opts:
        return t[2:]
    if "nl" in opts:
        return f"{t[2:8]}{sep}\n{t[8:]}"
    return f"{t[2:8]}{sep}{t[8:]}"


NEW_SIGNS_1900 = "YXWVU"
NEW_SIGNS_2000 = "BCDEF"


def _hetu(rng: random.Random, opts: set[str]) -> str:
    born = _date(rng, dt.date(2000, 1, 1), dt.date(2022, 12, 31)) if "kid" in opts else None
    born = born or ids.random_birth_date(rng, 1935, 2015)
    if born.year >= 2000:
        sign = rng.choice(NEW_SIGNS_2000) if "new" in opts else "A"
    else:
        sign = rng.choice(NEW_SIGNS_1900) if "new" in opts else "-"
    base = f"{born:%d%m}{born.year % 100:02d}{rng.randint(2, 899):03d}"
    return f"{base[:6]}{sign}{base[6:]}{ids.HETU_CHECK[int(base) % 31]}"


def _fnr(rng: random.Random, opts: set[str]) -> str:
    d = ids.make_fodselsnummer(rng, d_number="d" in opts)
    return d[:6] + " " + d[6:] if "sp" in opts else d


# --- unlabelled look-alikes and names ----------------------------------------------------------------


def _cprlike(rng: random.Random) -> str:
    """Ten digits that pass the CPR date, century and modulus-11 rules."""
    while True:
        d = ids.date_like_ten(rng)
        if ids.cpr_is_mod11(d):
            return d


def _epoch(rng: random.Random) -> str:
    """Unix seconds of 2023-2027 whose first six digits read as a CPR date (and pass modulus 11)."""
    while True:
        s = str(rng.randint(1_672_531_200, 1_798_761_599))
        if ids.cpr_birth_date(s) is not None and ids.cpr_is_mod11(s):
            return s


def _stamp12(rng: random.Random) -> str:
    """yyyymmddhhmm that passes Luhn like a 12-digit personnummer."""
    while True:
        day = _date(rng, dt.date(2022, 1, 1), dt.date(2026, 12, 1))
        s = f"{day:%Y%m%d}{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}"
        if ids.personnummer_ok(s):
            return s


def _dkstamp(rng: random.Random) -> str:
    """ddmmyyhhmm that reads as a CPR with modulus 11."""
    while True:
        day = _date(rng, dt.date(2022, 1, 1), dt.date(2026, 12, 1))
        s = f"{day:%d%m%y}{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}"
        if ids.cpr_birth_date(s) is not None and ids.cpr_is_mod11(s):
            return s


def _badcpr(rng: random.Random) -> str:
    day, month = rng.choice([(32, rng.randint(1, 12)), (30, 2), (31, 2), (31, 4), (0, 5), (12, 13)])
    return f"{day:02d}{month:02d}{rng.randint(40, 99):02d}-{rng.randint(0, 9999):04d}"


def _badpnr(rng: random.Random) -> str:
    good = ids.make_personnummer(rng)
    wrong = str((int(good[-1]) + rng.randint(1, 9)) % 10)
    return f"{good[2:8]}-{good[8:11]}{wrong}"


def _badhetu(rng: random.Random) -> str:
    good = ids.make_hetu(rng)
    alt = [c for c in ids.HETU_CHECK if c != good[-1]]
    return good[:-1] + rng.choice(alt)


def _badfnr(rng: random.Random) -> str:
    good = ids.make_fodselsnummer(rng)
    return good[:-1] + str((int(good[-1]) + rng.randint(1, 9)) % 10)


def _noorg(rng: random.Random) -> str:
    while True:
        body = str(rng.randint(80000000, 99999999))
        r = 11 - sum(int(d) * w for d, w in zip(body, (3, 2, 7, 6, 5, 4, 3, 2), strict=True)) % 11
        if r < 10:
            return body + str(r % 11)


def _ytunnus(rng: random.Random) -> str:
    while True:
        body = f"{rng.randint(1000000, 3299999)}"
        r = sum(int(d) * w for d, w in zip(body, (7, 9, 10, 5, 8, 4, 2), strict=True)) % 11
        if r != 1:
            return f"{body}-{0 if r == 0 else 11 - r}"


def _dkphone(rng: random.Random) -> str:
    n = f"{rng.choice([2, 3, 4, 5, 6, 7, 8, 9])}{rng.randint(0, 9999999):07d}"
    return rng.choice([f"+45 {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}", f"0045{n}", n, f"+45{n}", f"{n[:4]} {n[4:]}"])


def _sephone(rng: random.Random) -> str:
    m = f"7{rng.choice('0236')}{rng.randint(0, 9999999):07d}"
    return rng.choice(
        [f"0{m[:2]}-{m[2:5]} {m[5:7]} {m[7:]}", f"+46 {m[:2]} {m[2:5]} {m[5:7]} {m[7:]}", f"0{m}", f"+46{m}"]
    )


def _nophone(rng: random.Random) -> str:
    m = f"{rng.choice('49')}{rng.randint(0, 9999999):07d}"
    return rng.choice([f"+47 {m[:3]} {m[3:5]} {m[5:]}", f"+47{m}", f"{m[:3]} {m[3:5]} {m[5:]}"])


def _fiphone(rng: random.Random) -> str:
    m = f"{rng.choice(['40', '44', '50'])}{rng.randint(0, 9999999):07d}"
    return rng.choice([f"+358 {m[:2]} {m[2:5]} {m[5:]}", f"0{m[:2]} {m[2:5]} {m[5:]}", f"+358{m}"])


def _amount(rng: random.Random) -> str:
    return f"{rng.randint(120, 98000):,}".replace(",", ".") + f",{rng.randint(0, 99):02d}"


NEG: dict[str, Callable[[random.Random], str]] = {
    "cprlike": _cprlike,
    "cprdash": lambda r: (lambda d: d[:6] + "-" + d[6:])(_cprlike(r)),
    "luhn10": ids.date_like_luhn_ten,
    "luhn10d": lambda r: (lambda d: d[:6] + "-" + d[6:])(ids.date_like_luhn_ten(r)),
    "luhn12": lambda r: ids.make_personnummer(r),
    "luhn12d": lambda r: (lambda d: d[:8] + "-" + d[8:])(ids.make_personnummer(r)),
    "kid": lambda r: ids.make_fodselsnummer(r),
    "epoch": _epoch,
    "epochms": lambda r: _epoch(r) + f"{r.randint(0, 999):03d}",
    "stamp12": _stamp12,
    "stamp12d": lambda r: (lambda s: s[:8] + "-" + s[8:])(_stamp12(r)),
    "dkstamp": _dkstamp,
    "badcpr": _badcpr,
    "badpnr": _badpnr,
    "badhetu": _badhetu,
    "badfnr": _badfnr,
    "cprmask": lambda r: ids.make_cpr(r)[:6] + r.choice(["-XXXX", "-xxxx", "-****"]),
    "pnrmask": lambda r: ids.make_personnummer(r)[2:8] + r.choice(["-XXXX", "-****"]),
    "cvr": ids.make_cvr,
    "cvrsp": lambda r: " ".join(ids.make_cvr(r)[i : i + 2] for i in range(0, 8, 2)),
    "pnum": ids.make_p_number,
    "orgnr": ids.make_se_orgnr,
    "noorg": _noorg,
    "ytunnus": _ytunnus,
    "bg": ids.make_bankgiro,
    "pg": ids.make_plusgiro,
    "ocr": ids.make_ocr,
    "fik": lambda r: f"+71<{ids.make_ocr(r, 15)}+{r.randint(80000000, 89999999)}<",
    "ibandk": ids.make_iban_dk,
    "ibanse": ids.make_iban_se,
    "ean": ids.make_ean13,
    "regkto": lambda r: f"{r.randint(1000, 9899)}-{_cprlike(r)}",
    "dkph": _dkphone,
    "seph": _sephone,
    "noph": _nophone,
    "fiph": _fiphone,
    "amt": _amount,
    "n4": lambda r: str(r.randint(1000, 9999)),
    "n6": lambda r: str(r.randint(100000, 999999)),
    "dan": common.da_name,
    "svn": common.sv_name,
    "non": lambda r: f"{r.choice(common.NO_FIRST)} {r.choice(common.NO_LAST)}",
    "fin": lambda r: f"{r.choice(common.FI_FIRST)} {r.choice(common.FI_LAST)}",
    "dalast": lambda r: r.choice(common.DA_LAST),
    "svlast": lambda r: r.choice(common.SV_LAST),
}


def render(markup: str, rng: random.Random) -> Rendered:
    """Replace every slot by its value; labelled slots become labels with their exact offsets."""
    out: list[str] = []
    labels: list[dict[str, object]] = []
    tags: dict[str, str] = {}
    pos = 0
    length = 0
    for m in SLOT.finditer(markup):
        out.append(markup[pos : m.start()])
        length += m.start() - pos
        pos = m.end()
        kind, raw_opts, tag, neg = m.groups()
        if neg:
            value = NEG[neg](rng)
        else:
            opts = set(filter(None, (raw_opts or "").split(",")))
            if kind == "cpr":
                digits = tags.get(tag) if tag else None
                digits = digits or _cpr_digits(rng, opts)
                value = _cpr_form(digits, opts)
            elif kind == "pnr":
                digits = tags.get(tag) if tag else None
                digits = digits or _pnr_digits(rng, opts)
                value = _pnr_form(digits, opts)
            elif kind == "hetu":
                digits = tags.get(tag) if tag else None
                digits = value = digits or _hetu(rng, opts)
            elif kind == "fnr":
                digits = tags.get(tag) if tag else None
                digits = digits or _fnr(rng, opts).replace(" ", "")
                value = digits[:6] + " " + digits[6:] if "sp" in opts else digits
            else:
                raise KeyError(kind)
            if tag:
                tags[tag] = digits
            labels.append({"start": length, "end": length + len(value), "entity": ENTITY[kind]})
        out.append(value)
        length += len(value)
    out.append(markup[pos:])
    return Rendered("".join(out), labels)
