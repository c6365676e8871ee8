"""Fill the v15 markup: labelled identifier slots ``[[kind:opts#tag]]`` and unlabelled look-alikes ``{{kind}}``.

Written for v15 (no earlier renderer imported). Labelled kinds: ``cpr``, ``pnr``, ``hetu``, ``fnr``; options (comma
separated) choose who the number belongs to and how it is written. ``#tag`` reuses one person's number in another
written form within a document. Offsets are recorded while the text is written.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from dataclasses import dataclass, field

from benchmarks.redteam import ids

SLOT = re.compile(r"\[\[(cpr|pnr|hetu|fnr)(?::([a-z0-9,]*))?(?:#(\w+))?\]\]|\{\{(\w+)\}\}")
TODAY = dt.date(2026, 12, 3)
ENTITY = {"cpr": "DK_CPR", "pnr": "SE_PERSONNUMMER", "hetu": "FI_PERSONAL_IDENTITY_CODE", "fnr": "NO_FODSELSNUMMER"}
OCR_SWAP = {"0": "O", "1": "l", "5": "S", "8": "B"}


@dataclass
class Doc:
    text: str
    labels: list[dict[str, object]] = field(default_factory=list)


def _date(rng: random.Random, first: int, last: int) -> dt.date:
    return ids.random_birth_date(rng, first, last)


def _ocr(rng: random.Random, s: str) -> str:
    spots = [i for i, c in enumerate(s) if c in OCR_SWAP]
    chosen = rng.sample(spots, min(len(spots), rng.choice((1, 1, 2))))
    return "".join(OCR_SWAP[c] if i in chosen else c for i, c in enumerate(s))


def _cpr_digits(rng: random.Random, opts: set[str]) -> str:
    if "kid" in opts:  # born since October 2007: modulus 11 not required
        return ids.make_cpr(rng, _date(rng, 2008, 2024), mod11=rng.random() < 0.3)
    if "jan1" in opts:
        return ids.make_cpr(rng, dt.date(rng.randint(1950, 2005), 1, 1), mod11=False)
    if "new" in opts:  # an adult given a number since 2007 (the text says so)
        return ids.make_cpr(rng, _date(rng, 1960, 2000), mod11=False)
    if "old" in opts:
        return ids.make_cpr(rng, _date(rng, 1925, 1945))
    return ids.make_cpr(rng)


def _cpr_form(d: str, opts: set[str]) -> str:
    for key, sep in (("sl", "/"), ("en", "\u2013"), ("sd", " - "), ("sp", " "), ("nl", "-\n")):
        if key in opts:
            return d[:6] + sep + d[6:]
    if "dot" in opts:
        return f"{d[0:2]}.{d[2:4]}.{d[4:6]}-{d[6:]}"
    if "n" in opts:
        return d
    return d[:6] + "-" + d[6:]


def _pnr_digits(rng: random.Random, opts: set[str]) -> str:
    if "plus" in opts:
        born = _date(rng, 1915, 1926)
    elif "kid" in opts:
        born = _date(rng, 2008, 2024)
    else:
        born = _date(rng, 1940, 2006)
    return ids.make_personnummer(rng, born, coordination="co" in opts)


def _pnr_form(t: str, opts: set[str]) -> str:
    if "plus" in opts:
        return t[2:8] + "+" + t[8:]
    if "l" in opts:
        return t
    if "ls" in opts:
        return t[:8] + " " + t[8:]
    if "s" in opts:
        return t[2:]
    if "sd" in opts:
        return t[2:8] + "-" + t[8:]
    if "nl" in opts:
        return (t[2:8] if "short" in opts else t[:8]) + "-\n" + t[8:]
    return t[:8] + "-" + t[8:]


def _hetu(rng: random.Random, opts: set[str]) -> str:
    if "new" in opts:  # 2023 century signs: B-F for 2000s, U-Y for 1900s
        born = _date(rng, 1950, 2022)
        sign = rng.choice("BCDEF") if born.year >= 2000 else rng.choice("UVWXY")
        base = f"{born:%d%m}{born.year % 100:02d}{rng.randint(2, 899):03d}"
        return f"{base[:6]}{sign}{base[6:]}{ids.HETU_CHECK[int(base) % 31]}"
    return ids.make_hetu(rng)


def _fnr(rng: random.Random, opts: set[str]) -> str:
    d = ids.make_fodselsnummer(rng, d_number="d" in opts)
    return d[:6] + " " + d[6:] if "sp" in opts else d


def _labelled(rng: random.Random, kind: str, opts: set[str], tag: str | None, tags: dict[str, str]) -> str:
    if kind == "cpr":
        d = tags[tag] if tag and tag in tags else _cpr_digits(rng, opts)
        s = _cpr_form(d, opts)
    elif kind == "pnr":
        d = tags[tag] if tag and tag in tags else _pnr_digits(rng, opts)
        s = _pnr_form(d, opts)
    elif kind == "hetu":
        d = s = tags[tag] if tag and tag in tags else _hetu(rng, opts)
    else:
        d = tags[tag].replace(" ", "") if tag and tag in tags else _fnr(rng, opts).replace(" ", "")
        s = d[:6] + " " + d[6:] if "sp" in opts else d
    if tag:
        tags[tag] = d
    return _ocr(rng, s) if "ocr" in opts else s


def _cprlike(rng: random.Random) -> str:
    return ids.make_cpr(rng, _date(rng, 1950, 2005))


def _luhn12(rng: random.Random) -> str:
    return ids.make_personnummer(rng, _date(rng, 1950, 2005))


def _stamp12(rng: random.Random) -> str:
    """yyyymmddhhmm that passes Luhn as a personnummer."""
    while True:
        s = f"{_date(rng, 2019, 2026):%Y%m%d}{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}"
        if ids.personnummer_ok(s):
            return s


def _dkstamp(rng: random.Random) -> str:
    """ddmmyyhhmm with a CPR date, century digit and modulus 11."""
    while True:
        s = f"{_date(rng, 2019, 2026):%d%m%y}{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}"
        if ids.cpr_birth_date(s) and ids.cpr_is_mod11(s):
            return s


def _yymm(rng: random.Random) -> str:
    while True:
        s = f"{_date(rng, 2019, 2026):%y%m%d}{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}"
        if ids.luhn_ok(s):
            return s


def _badcpr(rng: random.Random) -> str:
    d = _cprlike(rng)
    if rng.random() < 0.5:
        return f"{rng.randint(32, 39)}{d[2:6]}-{d[6:]}"
    return f"3{rng.choice('01')}02{d[4:6]}-{d[6:]}"


def _badpnr(rng: random.Random) -> str:
    t = _luhn12(rng)
    wrong = str((int(t[-1]) + rng.randint(1, 9)) % 10)
    return f"{t[:8]}-{t[8:11]}{wrong}"


def _badhetu(rng: random.Random) -> str:
    h = ids.make_hetu(rng)
    others = [c for c in ids.HETU_CHECK if c != h[-1]]
    return h[:-1] + rng.choice(others)


def _badfnr(rng: random.Random) -> str:
    f = ids.make_fodselsnummer(rng)
    return f[:-1] + str((int(f[-1]) + rng.randint(1, 9)) % 10)


def _kid(rng: random.Random) -> str:
    return ids.make_fodselsnummer(rng)


def _phone(rng: random.Random, country: str) -> str:
    n = f"{rng.randint(20, 99)}{rng.randint(0, 999999):06d}"
    if country == "dk":
        return rng.choice([f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:]}", f"+45 {n[:4]} {n[4:]}", n, f"0045{n}"])
    if country == "se":
        m = f"07{rng.choice('0236')}{rng.randint(0, 9999999):07d}"
        return rng.choice(
            [f"{m[:3]}-{m[3:6]} {m[6:8]} {m[8:]}", f"+46 {m[1:3]} {m[3:6]} {m[6:]}", m, f"08-{n[:3]} {n[3:5]} {n[5:7]}"]
        )
    if country == "no":
        return rng.choice([f"+47 {n[:3]} {n[3:5]} {n[5:]}", f"{n[:3]} {n[3:5]} {n[5:]}"])
    return rng.choice([f"+358 40 {n[:3]} {n[3:]}", f"040 {n[:3]} {n[3:]}"])


def _negative(rng: random.Random, kind: str) -> str:
    cvr = ids.make_cvr
    table = {
        "cvr": lambda: cvr(rng),
        "cvrsp": lambda: " ".join(cvr(rng)[i : i + 2] for i in range(0, 8, 2)),
        "pnum": lambda: ids.make_p_number(rng),
        "orgnr": lambda: ids.make_se_orgnr(rng),
        "orgnr10": lambda: ids.make_se_orgnr(rng).replace("-", ""),
        "noorg": lambda: f"9{rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(100, 999)}",
        "ytun": lambda: f"{rng.randint(1000000, 3299999)}-{rng.randint(0, 9)}",
        "bg": lambda: ids.make_bankgiro(rng),
        "pg": lambda: ids.make_plusgiro(rng),
        "ocr": lambda: ids.make_ocr(rng),
        "fik": lambda: f"+71<{ids.make_ocr(rng, 15)}+{rng.randint(80000000, 89999999)}<",
        "regkto": lambda: f"{rng.randint(1000, 9999)}-{_cprlike(rng)}",
        "clkto": lambda: f"{rng.randint(8000, 8999)}-{rng.randint(1, 9)}, {ids.date_like_luhn_ten(rng)}",
        "ibandk": lambda: ids.group4(ids.make_iban_dk(rng)),
        "ibanse": lambda: ids.group4(ids.make_iban_se(rng)),
        "ean": lambda: ids.make_ean13(rng),
        "cprlike": lambda: _cprlike(rng),
        "cprdash": lambda: (lambda d: d[:6] + "-" + d[6:])(_cprlike(rng)),
        "luhn10": lambda: ids.date_like_luhn_ten(rng),
        "luhn12": lambda: _luhn12(rng),
        "luhn12d": lambda: (lambda t: t[:8] + "-" + t[8:])(_luhn12(rng)),
        "stamp12": lambda: _stamp12(rng),
        "dkstamp": lambda: _dkstamp(rng),
        "yymm": lambda: _yymm(rng),
        "kid": lambda: _kid(rng),
        "badcpr": lambda: _badcpr(rng),
        "badpnr": lambda: _badpnr(rng),
        "badhetu": lambda: _badhetu(rng),
        "badfnr": lambda: _badfnr(rng),
        "cprmask": lambda: f"{_cprlike(rng)[:6]}-{rng.choice(['XXXX', '****', 'xxxx'])}",
        "pnrmask": lambda: f"{_luhn12(rng)[:8]}-{rng.choice(['XXXX', '****'])}",
        "phdk": lambda: _phone(rng, "dk"),
        "phse": lambda: _phone(rng, "se"),
        "phno": lambda: _phone(rng, "no"),
        "phfi": lambda: _phone(rng, "fi"),
        "amount": lambda: f"{rng.randint(1, 99)}.{rng.randint(0, 999):03d},{rng.randint(0, 99):02d}",
        "num6": lambda: f"{rng.randint(100000, 999999)}",
    }
    return table[kind]()


def render(markup: str, rng: random.Random) -> Doc:
    """The text with every slot filled; a label (start, end, entity) for each labelled slot."""
    out: list[str] = []
    labels: list[dict[str, object]] = []
    tags: dict[str, str] = {}
    pos = 0
    length = 0
    for m in SLOT.finditer(markup):
        chunk = markup[pos : m.start()]
        out.append(chunk)
        length += len(chunk)
        if m.group(1):
            opts = set((m.group(2) or "").split(",")) - {""}
            value = _labelled(rng, m.group(1), opts, m.group(3), tags)
            labels.append({"start": length, "end": length + len(value), "entity": ENTITY[m.group(1)]})
        else:
            value = _negative(rng, m.group(4))
        out.append(value)
        length += len(value)
        pos = m.end()
    out.append(markup[pos:])
    return Doc("".join(out), labels)
