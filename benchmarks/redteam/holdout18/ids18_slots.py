"""Slot renderer for the v18 identifier hold-out (new for v18; no earlier renderer is imported).

Markup in the banks and layouts:
- ``⟦kind:opts#tag⟧`` writes a true, labelled identifier; kind is ``cpr``, ``pnr``, ``hetu`` or ``fnr``.
  Options (comma separated) choose the birth (``old`` 1900-1950, ``c18`` 1890-1899, ``cent`` 1905-1926, ``kid``
  2008-2024, ``baby`` 2025-2026, ``y2k`` 2000-2006, ``jan1`` 1 January 1955-1995, ``y1898`` that year) and the written form (CPR: ``n``
  none, ``sp`` space, ``en`` en dash, ``spd`` " - ", ``sl`` "/", ``dot`` DD.MM.YY-SSSS, ``nl`` dash + line break,
  default dash; ``nm`` no modulus 11, ``c49`` century digit 4 or 9; personnummer: ``l`` 12 digits, ``ld``
  YYYYMMDD-NNNN, ``ls`` YYYYMMDD NNNN, ``s`` 10 digits, ``ss`` YYMMDD NNNN, ``nl`` break after the dash/plus, default
  YYMMDD-NNNN (``+`` from age 100 in 2026), ``co`` samordningsnummer; HETU: ``new`` 2023 century signs; NO: ``d``
  D-number, ``sp`` space after the date). A ``#tag`` reuses one person's number (and birth) in another form.
- ``⟨kind⟩`` writes an unlabelled filler: names, places, and the look-alikes and wrong numbers in ``FILL``.
  ``⟨born#tag⟩`` writes the tagged person's birth date (DD.MM.YYYY), ``⟨year#tag⟩`` the year; a filler
  with a tag (``⟨svn#x⟩``) is drawn once and repeated.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from benchmarks.redteam import common as pools
from benchmarks.redteam import ids

TODAY = dt.date(2026, 12, 3)
SLOT = re.compile(r"⟦(cpr|pnr|hetu|fnr)(?::([\w,]*))?(?:#(\w+))?⟧|⟨(\w+)(?:#(\w+))?⟩")
ENTITY = {
    "cpr": "DK_CPR",
    "pnr": "SE_PERSONNUMMER",
    "hetu": "FI_PERSONAL_IDENTITY_CODE",
    "fnr": "NO_FODSELSNUMMER",
}
PL_NAMES = (
    "Katarzyna Wiśniewska",
    "Tomasz Wójcik",
    "Agnieszka Kamińska",
    "Marek Lewandowski",
    "Magdalena Zielińska",
    "Paweł Szymański",
    "Joanna Dąbrowska",
    "Krzysztof Kozłowski",
    "Anna Jankowska",
    "Michał Mazur",
    "Ewelina Krawczyk",
    "Grzegorz Piotrowski",
)
EN_NAMES = (
    "James Whitfield",
    "Priya Raman",
    "Daniel O'Connor",
    "Laura Fischer",
    "Markus Weber",
    "Sophie Brandt",
    "Carlos Mendes",
    "Hannah Clarke",
    "Rajesh Iyer",
    "Julia Hoffmann",
    "Stefan Krüger",
    "Emily Watson",
    "Thomas Becker",
    "Chloe Martin",
)


@dataclass
class Rendered:
    text: str
    labels: list[dict[str, object]] = field(default_factory=list)


@dataclass
class _Person:
    born: dt.date
    number: str  # digits (CPR 10, personnummer 12, FI the full code, NO 11)


def _between(rng: random.Random, first: dt.date, last: dt.date) -> dt.date:
    return dt.date.fromordinal(rng.randint(first.toordinal(), last.toordinal()))


def _birth(rng: random.Random, opts: set[str]) -> dt.date:
    for opt in opts:
        if re.fullmatch(r"y\d{4}", opt):
            year = int(opt[1:])
            return _between(rng, dt.date(year, 1, 1), dt.date(year, 12, 31))
    spans = {
        "c18": (dt.date(1890, 1, 1), dt.date(1899, 12, 31)),
        "old": (dt.date(1900, 1, 1), dt.date(1950, 12, 31)),
        "cent": (dt.date(1905, 1, 1), dt.date(1926, 12, 31)),
        "kid": (dt.date(2008, 1, 1), dt.date(2024, 6, 30)),
        "baby": (dt.date(2025, 1, 1), dt.date(2026, 10, 31)),
        "y2k": (dt.date(2000, 1, 1), dt.date(2006, 12, 31)),
    }
    for key, (first, last) in spans.items():
        if key in opts:
            return _between(rng, first, last)
    if "jan1" in opts:
        return dt.date(rng.randint(1955, 1995), 1, 1)
    return _between(rng, dt.date(1950, 1, 1), dt.date(2004, 12, 31))


def _cpr(rng: random.Random, born: dt.date, opts: set[str]) -> str:
    # CPRs of children born since October 2007 and of 1 January births are often issued without modulus 11.
    no_mod11 = "nm" in opts or "jan1" in opts or (("kid" in opts or "baby" in opts) and rng.random() < 0.7)
    yy = born.year % 100
    sevenths = [d for d in range(10) if ids.cpr_century(yy, d) == born.year - yy]
    if "c49" in opts:
        sevenths = [d for d in sevenths if d in (4, 9)] or sevenths
    for _ in range(5000):
        digits = f"{born:%d%m%y}{rng.choice(sevenths)}{rng.randint(0, 999):03d}"
        if ids.cpr_is_mod11(digits) != no_mod11:
            return digits
    raise RuntimeError("no CPR serial")


def _hetu(rng: random.Random, born: dt.date, opts: set[str]) -> str:
    if born.year < 1900:
        sign = "+"
    elif born.year < 2000:
        sign = rng.choice("UVWXY") if "new" in opts else "-"
    else:
        sign = rng.choice("BCDEF") if "new" in opts else "A"
    base = f"{born:%d%m}{born.year % 100:02d}{rng.randint(2, 899):03d}"
    return f"{base[:6]}{sign}{base[6:]}{ids.HETU_CHECK[int(base) % 31]}"


def _make(kind: str, rng: random.Random, opts: set[str]) -> _Person:
    born = _birth(rng, opts)
    if kind == "cpr":
        return _Person(born, _cpr(rng, born, opts))
    if kind == "pnr":
        if "co" in opts and born.year < 1930:
            born = born.replace(year=born.year + 40)
        return _Person(born, ids.make_personnummer(rng, born, coordination="co" in opts))
    if kind == "hetu":
        return _Person(born, _hetu(rng, born, opts))
    if born.year < 1900:
        born = born.replace(year=born.year + 40)
    return _Person(born, ids.make_fodselsnummer(rng, born, d_number="d" in opts))


def _write(kind: str, p: _Person, opts: set[str]) -> str:
    n = p.number
    if kind == "cpr":
        head, tail = n[:6], n[6:]
        for opt, sep in (("n", ""), ("sp", " "), ("en", "\u2013"), ("spd", " - "), ("sl", "/"), ("nl", "-\n")):
            if opt in opts:
                return head + sep + tail
        if "dot" in opts:
            return f"{n[:2]}.{n[2:4]}.{n[4:6]}-{tail}"
        return f"{head}-{tail}"
    if kind == "pnr":
        sign = "+" if TODAY.year - int(n[:4]) >= 100 else "-"
        if "l" in opts:
            return n
        if "ld" in opts:
            return f"{n[:8]}-{n[8:]}"
        if "ls" in opts:
            return f"{n[:8]} {n[8:]}"
        if "s" in opts:
            return n[2:]
        if "ss" in opts:
            return f"{n[2:8]} {n[8:]}"
        if "nl" in opts:
            return f"{n[2:8]}{sign}\n{n[8:]}"
        return f"{n[2:8]}{sign}{n[8:]}"
    if kind == "fnr" and "sp" in opts:
        return f"{n[:6]} {n[6:]}"
    return n


# --- unlabelled fillers --------------------------------------------------------------------------------


def _digits(rng: random.Random, k: int) -> str:
    return str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(k - 1))


def _cprlike(rng: random.Random) -> str:
    """Ten digits with a CPR date, century digit and modulus 11: only the label says it is something else."""
    return ids.make_cpr(rng, ids.random_birth_date(rng, 1940, 2024))


def _epoch(rng: random.Random) -> str:
    """A Unix timestamp (seconds) whose digits also read as a CPR date with modulus 11."""
    while True:
        s = str(rng.randint(1_600_000_000, 1_799_999_999))
        if ids.cpr_birth_date(s) is not None and ids.cpr_is_mod11(s):
            return s


def _dkstamp(rng: random.Random) -> str:
    """ddmmyyhhmm (a date and a time run together) that passes the CPR date and modulus 11."""
    while True:
        d = _between(rng, dt.date(2019, 1, 1), dt.date(2026, 11, 30))
        s = f"{d:%d%m%y}{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}"
        if ids.cpr_is_mod11(s):
            return s


def _stamp12(rng: random.Random) -> str:
    """yyyymmddhhmm that passes the personnummer date and Luhn."""
    while True:
        d = _between(rng, dt.date(2019, 1, 1), dt.date(2026, 11, 30))
        s = f"{d:%Y%m%d}{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}"
        if ids.personnummer_ok(s):
            return s


def _luhn10(rng: random.Random) -> str:
    return ids.date_like_luhn_ten(rng)


def _luhn12(rng: random.Random) -> str:
    return ids.make_personnummer(rng, ids.random_birth_date(rng, 1940, 2020))


def _kid(rng: random.Random) -> str:
    """A Norwegian KID reference drawn to pass both fødselsnummer check digits."""
    return ids.make_fodselsnummer(rng, ids.random_birth_date(rng, 1945, 2015))


def _badcpr(rng: random.Random) -> str:
    d, m = rng.choice([(32, rng.randint(1, 12)), (30, 2), (31, 2), (31, 4), (31, 11), (rng.randint(1, 28), 13)])
    return f"{d:02d}{m:02d}{rng.randint(40, 99):02d}-{rng.randint(0, 9999):04d}"


def _badpnr(rng: random.Random) -> str:
    good = ids.make_personnummer(rng)[2:]
    wrong = str((int(good[-1]) + rng.randint(1, 9)) % 10)
    return f"{good[:6]}-{good[6:9]}{wrong}"


def _badhetu(rng: random.Random) -> str:
    good = ids.make_hetu(rng)
    alt = [c for c in ids.HETU_CHECK if c != good[-1]]
    return good[:-1] + rng.choice(alt)


def _badfnr(rng: random.Random) -> str:
    good = ids.make_fodselsnummer(rng)
    return good[:-1] + str((int(good[-1]) + rng.randint(1, 9)) % 10)


def _noorg(rng: random.Random) -> str:
    w = (3, 2, 7, 6, 5, 4, 3, 2)
    while True:
        body = str(rng.randint(80000000, 99999999))
        r = 11 - sum(int(a) * b for a, b in zip(body, w, strict=True)) % 11
        if r < 10:
            return f"{body[:3]} {body[3:6]} {body[6:]}{r}"
        if r == 11:
            return f"{body[:3]} {body[3:6]} {body[6:]}0"


def _ytunnus(rng: random.Random) -> str:
    w = (7, 9, 10, 5, 8, 4, 2)
    while True:
        body = f"{rng.randint(0, 9999999):07d}"
        r = sum(int(a) * b for a, b in zip(body, w, strict=True)) % 11
        if r == 0:
            return f"{body}-0"
        if r > 1:
            return f"{body}-{11 - r}"


def _dkphone(rng: random.Random) -> str:
    n = f"{rng.choice([2, 3, 4, 5, 6, 7, 8, 9])}{rng.randint(0, 9999999):07d}"
    form = rng.randrange(4)
    if form == 0:
        return f"+45 {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}"
    if form == 1:
        return f"{n[:4]} {n[4:]}"
    if form == 2:
        return f"+45{n}"
    return f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:]}"


def _sephone(rng: random.Random) -> str:
    form = rng.randrange(4)
    sub = f"{rng.randint(0, 9999999):07d}"
    if form == 0:
        return f"07{rng.choice('0236')}-{sub[:3]} {sub[3:5]} {sub[5:]}"
    if form == 1:
        return f"+46 7{rng.choice('0236')} {sub[:3]} {sub[3:5]} {sub[5:]}"
    if form == 2:
        return f"08-{sub[:3]} {sub[3:5]} {sub[5:]}"
    return f"0046 31-{sub[:3]} {sub[3:5]} {sub[5:7]}"


def _nophone(rng: random.Random) -> str:
    n = f"{rng.choice([4, 9])}{rng.randint(0, 9999999):07d}"
    return rng.choice([f"+47 {n[:3]} {n[3:5]} {n[5:]}", f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:]}", f"+47{n}"])


def _fiphone(rng: random.Random) -> str:
    sub = f"{rng.randint(0, 9999999):07d}"
    return rng.choice([f"+358 40 {sub[:3]} {sub[3:]}", f"050 {sub[:3]} {sub[3:]}", f"09 {sub[:4]} {sub[4:]}"])


def _fik(rng: random.Random) -> str:
    return f"+71<{ids.make_ocr(rng, 15)}+{rng.randint(80000000, 89999999)}<"


def _amount(rng: random.Random) -> str:
    return f"{rng.randint(120, 48000):,}".replace(",", ".") + f",{rng.choice(['00', '50', '25', '75'])}"


def _date(rng: random.Random) -> str:
    return f"{_between(rng, dt.date(2024, 1, 1), dt.date(2026, 12, 31)):%d.%m.%Y}"


def _city(rng: random.Random, pool: list[tuple[str, str]]) -> str:
    code, town = rng.choice(pool)
    return f"{code} {town}"


def _name(first: list[str], last: list[str]) -> Callable[[random.Random], str]:
    return lambda rng: f"{rng.choice(first)} {rng.choice(last)}"


FILL: dict[str, Callable[[random.Random], str]] = {
    "dan": _name(pools.DA_FIRST, pools.DA_LAST),
    "svn": _name(pools.SV_FIRST, pools.SV_LAST),
    "fin": _name(pools.FI_FIRST, pools.FI_LAST),
    "non": _name(pools.NO_FIRST, pools.NO_LAST),
    "pln": lambda rng: rng.choice(PL_NAMES),
    "enn": lambda rng: rng.choice(EN_NAMES),
    "dalast": lambda rng: rng.choice(pools.DA_LAST),
    "svlast": lambda rng: rng.choice(pools.SV_LAST),
    "dacity": lambda rng: _city(rng, pools.DA_CITIES),
    "svcity": lambda rng: _city(rng, pools.SV_CITIES),
    "dastreet": lambda rng: f"{rng.choice(pools.DA_STREETS)} {rng.randint(1, 140)}",
    "svstreet": lambda rng: f"{rng.choice(pools.SV_STREETS)} {rng.randint(1, 90)}",
    "cvr": ids.make_cvr,
    "cvrsp": lambda rng: " ".join(ids.make_cvr(rng)[i : i + 2] for i in range(0, 8, 2)),
    "pnum": ids.make_p_number,
    "seorg": ids.make_se_orgnr,
    "noorg": _noorg,
    "ytun": _ytunnus,
    "bg": ids.make_bankgiro,
    "pg": ids.make_plusgiro,
    "ocr": lambda rng: ids.make_ocr(rng),
    "fik": _fik,
    "regkto": lambda rng: f"{rng.randint(1000, 9899)}-{ids.date_like_ten(rng)}",
    "clkto": lambda rng: f"{rng.randint(3000, 9699)}-{_luhn10(rng)}",
    "iban": ids.make_iban_dk,
    "ibanse": ids.make_iban_se,
    "ean": lambda rng: ids.make_ean13(rng),
    "cprlike": _cprlike,
    "cprdash": lambda rng: (lambda s: f"{s[:6]}-{s[6:]}")(_cprlike(rng)),
    "luhn10": _luhn10,
    "luhn10d": lambda rng: (lambda s: f"{s[:6]}-{s[6:]}")(_luhn10(rng)),
    "luhn12": _luhn12,
    "luhn12d": lambda rng: (lambda s: f"{s[:8]}-{s[8:]}")(_luhn12(rng)),
    "kid": _kid,
    "epoch": _epoch,
    "epochms": lambda rng: _epoch(rng) + f"{rng.randint(0, 999):03d}",
    "dkstamp": _dkstamp,
    "stamp12": _stamp12,
    "stamp12d": lambda rng: (lambda s: f"{s[:8]}-{s[8:]}")(_stamp12(rng)),
    "badcpr": _badcpr,
    "badpnr": _badpnr,
    "badhetu": _badhetu,
    "badfnr": _badfnr,
    "cprmask": lambda rng: f"{ids.make_cpr(rng)[:6]}-{rng.choice(['XXXX', 'xxxx', '****'])}",
    "pnrmask": lambda rng: f"{ids.make_personnummer(rng)[:8]}-{rng.choice(['XXXX', '****'])}",
    "dkph": _dkphone,
    "seph": _sephone,
    "noph": _nophone,
    "fiph": _fiphone,
    "amount": _amount,
    "date": _date,
    "time": lambda rng: f"{rng.randint(7, 17):02d}:{rng.choice(['00', '15', '30', '45'])}",
    "n2": lambda rng: f"{rng.randint(0, 99):02d}",
    "n3": lambda rng: _digits(rng, 3),
    "n4": lambda rng: _digits(rng, 4),
    "n5": lambda rng: _digits(rng, 5),
    "n6": lambda rng: _digits(rng, 6),
    "n8": lambda rng: _digits(rng, 8),
    "n10": lambda rng: _digits(rng, 10),
}


def render(markup: str, rng: random.Random) -> Rendered:
    """Fill every slot of ``markup``; labels record the offsets of the identifiers as they are written."""
    out: list[str] = []
    labels: list[dict[str, object]] = []
    tags: dict[str, _Person] = {}
    names: dict[str, str] = {}
    # Tagged persons first, so a ``⟨born#tag⟩`` may come before the number it belongs to.
    for m in SLOT.finditer(markup):
        if m.group(1) and m.group(3) and m.group(3) not in tags:
            tags[m.group(3)] = _make(m.group(1), rng, set(filter(None, (m.group(2) or "").split(","))))
    pos = 0
    length = 0
    for m in SLOT.finditer(markup):
        chunk = markup[pos : m.start()]
        out.append(chunk)
        length += len(chunk)
        pos = m.end()
        if m.group(1):
            kind, opts, tag = m.group(1), set(filter(None, (m.group(2) or "").split(","))), m.group(3)
            person = tags.get(tag) if tag else None
            if person is None:
                person = _make(kind, rng, opts)
                if tag:
                    tags[tag] = person
            value = _write(kind, person, opts)
            labels.append({"start": length, "end": length + len(value), "entity": ENTITY[kind]})
        else:
            name, tag = m.group(4), m.group(5)
            if name in ("born", "year"):
                born = tags[tag].born
                value = f"{born:%d.%m.%Y}" if name == "born" else str(born.year)
            elif tag:
                # ``⟨svn#x⟩`` twice is one person's name (a mail's sender and signature).
                value = names.setdefault(f"{name}#{tag}", FILL[name](rng))
            else:
                value = FILL[name](rng)
        out.append(value)
        length += len(value)
    out.append(markup[pos:])
    return Rendered("".join(out), labels)
