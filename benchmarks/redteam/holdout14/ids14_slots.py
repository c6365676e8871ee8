"""Slot renderer for the v14 identifier hold-out (written for v14; no earlier renderer's text was read).

``[[kind:opts#tag]]`` writes a labelled identifier, ``{{kind:opts}}`` an unlabelled look-alike. A ``#tag``
reuses one person's number within a document (possibly in another written form). Offsets of every label are
recorded while the text is written, so the spans are exact by construction.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from benchmarks.redteam import ids

SLOT = re.compile(r"\[\[([a-z]+)(?::([a-z0-9,]+))?(?:#(\w+))?\]\]|\{\{([a-z0-9]+)(?::([a-z0-9,]+))?\}\}")
ENTITY = {"cpr": "DK_CPR", "pnr": "SE_PERSONNUMMER", "hetu": "FI_PERSONAL_IDENTITY_CODE", "fnr": "NO_FODSELSNUMMER"}
TODAY = dt.date(2026, 12, 3)
TO_LETTER = {"0": "O", "1": "l", "5": "S", "8": "B"}


@dataclass
class Rendered:
    text: str
    labels: list[dict[str, object]] = field(default_factory=list)


def _date(rng: random.Random, first: int, last: int) -> dt.date:
    return ids.random_birth_date(rng, first, last)


def _born(rng: random.Random, opts: set[str]) -> dt.date:
    if "kid" in opts:
        return _date(rng, 2008, 2023)
    if "old" in opts:
        return _date(rng, 1915, 1925)
    if "senior" in opts:
        return _date(rng, 1932, 1950)
    return _date(rng, 1951, 2005)


def _cpr_digits(rng: random.Random, opts: set[str]) -> str:
    if "jan" in opts:  # 1 January births: serials run out, modulus 11 dropped
        return ids.make_cpr(rng, dt.date(rng.randint(1950, 2004), 1, 1), mod11=False)
    if "kid" in opts:
        return ids.make_cpr(rng, _date(rng, 2008, 2023), mod11=False)
    if "new" in opts:  # number issued since 2007 (immigrant, correction): no modulus 11
        return ids.make_cpr(rng, _date(rng, 1960, 2000), mod11=False)
    return ids.make_cpr(rng, _born(rng, opts))


def _ocr(rng: random.Random, s: str) -> str:
    spots = [i for i, c in enumerate(s) if c in TO_LETTER]
    if not spots:
        return s
    chars = list(s)
    for i in rng.sample(spots, min(len(spots), rng.choice((1, 2)))):
        chars[i] = TO_LETTER[chars[i]]
    return "".join(chars)


def _write_cpr(d: str, opts: set[str]) -> str:
    head, tail = d[:6], d[6:]
    if "sp" in opts:
        return f"{head} {tail}"
    if "nd" in opts:
        return d
    if "en" in opts:
        return f"{head}\u2013{tail}"
    if "sl" in opts:
        return f"{head}/{tail}"
    if "dot" in opts:
        return f"{d[:2]}.{d[2:4]}.{d[4:6]}-{tail}"
    if "sdash" in opts:
        return f"{head} - {tail}"
    if "nl" in opts:
        return f"{head}-\n{tail}"
    return f"{head}-{tail}"


def _pnr_digits(rng: random.Random, opts: set[str]) -> str:
    return ids.make_personnummer(rng, _born(rng, opts), coordination="co" in opts)


def _write_pnr(twelve: str, opts: set[str]) -> str:
    forms = ids.pnr_forms(twelve, TODAY)
    if "l" in opts:
        return forms["long"]
    if "lsp" in opts:
        return forms["long_space"]
    if "sn" in opts:
        return forms["short"]
    if "s" in opts:
        return forms["short_dash"]
    if "nl" in opts:
        short = forms["short_dash"]
        return f"{short[:7]}\n{short[7:]}"
    if "old" in opts:  # a centenarian is written short with "+"
        return forms["short_dash"]
    return forms["long_dash"]


HETU_NEW = {1900: "YXWVU", 2000: "BCDEF"}


def _hetu(rng: random.Random, opts: set[str]) -> str:
    born = _date(rng, 2001, 2022) if "kid" in opts else _date(rng, 1935, 1999)
    code = ids.make_hetu(rng, born)
    if "new" in opts:
        sign = rng.choice(HETU_NEW[2000 if born.year >= 2000 else 1900])
        code = code[:6] + sign + code[7:]
    elif born.year < 2000:
        code = code[:6] + "-" + code[7:]
    else:
        code = code[:6] + "A" + code[7:]
    return code


def _fnr(rng: random.Random, opts: set[str]) -> str:
    return ids.make_fodselsnummer(rng, _born(rng, opts - {"old"}), d_number="d" in opts)


def write_label(kind: str, opts: set[str], rng: random.Random, tags: dict[str, str], tag: str | None) -> str:
    key = f"{kind}#{tag}" if tag else ""
    if kind == "cpr":
        d = tags.get(key) or _cpr_digits(rng, opts)
        out = _write_cpr(d, opts)
    elif kind == "pnr":
        d = tags.get(key) or _pnr_digits(rng, opts)
        out = _write_pnr(d, opts)
    elif kind == "hetu":
        d = out = tags.get(key) or _hetu(rng, opts)
    elif kind == "fnr":
        d = tags.get(key) or _fnr(rng, opts)
        out = f"{d[:6]} {d[6:]}" if "sp" in opts else d
    else:
        raise KeyError(kind)
    if key:
        tags[key] = d
    return _ocr(rng, out) if "ocr" in opts else out


# --- unlabelled look-alikes -------------------------------------------------------------------------


def _cvr(rng: random.Random, opts: set[str]) -> str:
    d = ids.make_cvr(rng)
    return " ".join(d[i : i + 2] for i in range(0, 8, 2)) if "sp" in opts else d


def _dash10(d: str, opts: set[str]) -> str:
    return f"{d[:6]}-{d[6:]}" if "dash" in opts else d


def _cprlike(rng: random.Random, opts: set[str]) -> str:
    """Ten digits that pass every CPR rule (date, century digit, modulus 11): an order/case/account number."""
    return _dash10(ids.make_cpr(rng, _date(rng, 1950, 2005)), opts)


def _luhn10(rng: random.Random, opts: set[str]) -> str:
    """YYMMDDNNNC passing Luhn: a short personnummer by the digits."""
    return _dash10(ids.date_like_luhn_ten(rng), opts)


def _luhn12(rng: random.Random, opts: set[str]) -> str:
    d = ids.make_personnummer(rng, _date(rng, 1950, 2005))
    return f"{d[:8]}-{d[8:]}" if "dash" in opts else d


def _stamp12(rng: random.Random, opts: set[str]) -> str:
    """yyyymmddhhmm drawn to pass Luhn on its last ten digits: a twelve-digit personnummer by the digits."""
    while True:
        t = dt.datetime(2026, 1, 1) + dt.timedelta(minutes=rng.randint(0, 480000))
        s = t.strftime("%Y%m%d%H%M")
        if ids.personnummer_ok(s):
            return s


def _dkstamp(rng: random.Random, opts: set[str]) -> str:
    """ddmmyyhhmm with a CPR date, century digit and modulus 11 (a Danish run-together date-time)."""
    while True:
        t = dt.datetime(2025, 1, 1) + dt.timedelta(minutes=rng.randint(0, 900000))
        s = t.strftime("%d%m%y%H%M")
        if ids.cpr_birth_date(s) is not None and ids.cpr_is_mod11(s):
            return s


def _yymm(rng: random.Random, opts: set[str]) -> str:
    """yymmddhhmm passing Luhn (a Swedish export stamp)."""
    while True:
        t = dt.datetime(2025, 6, 1) + dt.timedelta(minutes=rng.randint(0, 800000))
        s = t.strftime("%y%m%d%H%M")
        if ids.luhn_ok(s):
            return s


def _pnum(rng: random.Random, opts: set[str]) -> str:
    return ids.make_p_number(rng)


def _orgnr(rng: random.Random, opts: set[str]) -> str:
    d = ids.make_se_orgnr(rng)
    return d.replace("-", "") if "nd" in opts else d


def _noorg(rng: random.Random, opts: set[str]) -> str:
    w = (3, 2, 7, 6, 5, 4, 3, 2)
    while True:
        body = str(rng.randint(81, 99)) + f"{rng.randint(0, 999999):06d}"
        r = 11 - sum(int(c) * x for c, x in zip(body, w, strict=True)) % 11
        if r == 10:
            continue
        d = body + str(0 if r == 11 else r)
        return f"{d[:3]} {d[3:6]} {d[6:]}" if "sp" in opts else d


def _ytunnus(rng: random.Random, opts: set[str]) -> str:
    w = (7, 9, 10, 5, 8, 4, 2)
    while True:
        body = f"{rng.randint(0, 9999999):07d}"
        r = sum(int(c) * x for c, x in zip(body, w, strict=True)) % 11
        if r == 1:
            continue
        return f"{body}-{0 if r == 0 else 11 - r}"


def _kid(rng: random.Random, opts: set[str]) -> str:
    """A Norwegian KID drawn as a valid fødselsnummer by the digits."""
    return ids.make_fodselsnummer(rng, _date(rng, 1950, 2005))


def _fik(rng: random.Random, opts: set[str]) -> str:
    return f"+71<{ids.make_ocr(rng, 15)}+{rng.randint(80000000, 89999999)}<"


def _kto(rng: random.Random, opts: set[str]) -> str:
    """Danish reg. + account, the account drawn as a CPR by every rule."""
    sep = " " if "sp" in opts else "-"
    return f"{rng.randint(1000, 9899)}{sep}{ids.make_cpr(rng, _date(rng, 1950, 2005))}"


def _clearing(rng: random.Random, opts: set[str]) -> str:
    acct = ids.date_like_luhn_ten(rng)
    return f"{rng.choice(('8327-9', '6000', '3300', '5287', '8105-9', '9960'))}, {acct}"


def _iban(rng: random.Random, opts: set[str]) -> str:
    return ids.group4(ids.make_iban_se(rng) if "se" in opts else ids.make_iban_dk(rng))


def _dkph(rng: random.Random, opts: set[str]) -> str:
    d = f"{rng.choice((2, 3, 4, 5, 6, 7, 8, 9))}{rng.randint(0, 9999999):07d}"
    style = rng.choice(("+45 pairs", "pairs", "plain", "44", "0045"))
    pairs = " ".join(d[i : i + 2] for i in range(0, 8, 2))
    return {
        "+45 pairs": f"+45 {pairs}",
        "pairs": pairs,
        "plain": d,
        "44": f"{d[:4]} {d[4:]}",
        "0045": f"0045{d}",
    }[style]


def _seph(rng: random.Random, opts: set[str]) -> str:
    if "nd" in opts:  # 07xxxxxxxx reads as a 1907 date in YYMMDD
        return f"07{rng.choice((0, 2, 3, 6))}{rng.randint(1000000, 9999999)}"
    n = f"{rng.randint(1000000, 9999999)}"
    return rng.choice(
        (
            f"070-{n[:3]} {n[3:5]} {n[5:]}",
            f"+46 70 {n[:3]} {n[3:5]} {n[5:]}",
            f"08-{n[:3]} {n[3:5]} {n[5:]}",
            f"+46 (0)31-{n[:2]} {n[2:4]} {n[4:6]}",
            f"0046 73{n}",
        )
    )


def _noph(rng: random.Random, opts: set[str]) -> str:
    d = f"{rng.choice((4, 9))}{rng.randint(0, 9999999):07d}"
    return rng.choice((f"+47 {d[:3]} {d[3:5]} {d[5:]}", d, f"{d[:2]} {d[2:4]} {d[4:6]} {d[6:]}", f"0047 {d}"))


def _fiph(rng: random.Random, opts: set[str]) -> str:
    n = f"{rng.randint(1000000, 9999999)}"
    return rng.choice((f"+358 40 {n[:3]} {n[3:]}", f"040 {n[:3]} {n[3:]}", f"050-{n}", f"+358 9 {n[:3]} {n[3:]}"))


def _cprmask(rng: random.Random, opts: set[str]) -> str:
    d = ids.make_cpr(rng)
    return f"{d[:6]}-{rng.choice(('XXXX', 'xxxx', '****'))}"


def _pnrmask(rng: random.Random, opts: set[str]) -> str:
    d = ids.make_personnummer(rng, _date(rng, 1950, 2005))
    return f"{d[:8]}-{rng.choice(('XXXX', '****'))}"


def _badcpr(rng: random.Random, opts: set[str]) -> str:
    """An impossible date (day 32-39 or 30/31 February) written as a CPR."""
    if rng.random() < 0.5:
        return f"{rng.randint(32, 39)}{rng.randint(1, 12):02d}{rng.randint(50, 99)}-{rng.randint(0, 3999):04d}"
    return f"{rng.choice((30, 31))}02{rng.randint(50, 99)}-{rng.randint(0, 3999):04d}"


def _badpnr(rng: random.Random, opts: set[str]) -> str:
    d = ids.make_personnummer(rng, _date(rng, 1950, 2005))
    wrong = str((int(d[-1]) + rng.randint(1, 9)) % 10)
    return f"{d[:8]}-{d[8:11]}{wrong}"


def _badhetu(rng: random.Random, opts: set[str]) -> str:
    code = ids.make_hetu(rng, _date(rng, 1940, 1999))
    code = code[:6] + "-" + code[7:]
    others = [c for c in ids.HETU_CHECK if c != code[10]]
    return code[:10] + rng.choice(others)


def _badfnr(rng: random.Random, opts: set[str]) -> str:
    d = ids.make_fodselsnummer(rng, _date(rng, 1950, 2005))
    return d[:10] + str((int(d[10]) + rng.randint(1, 9)) % 10)


def _ocrref(rng: random.Random, opts: set[str]) -> str:
    return ids.make_ocr(rng, int(sorted(opts)[0]) if opts and sorted(opts)[0].isdigit() else None)


def _bg(rng: random.Random, opts: set[str]) -> str:
    return ids.make_bankgiro(rng)


def _pg(rng: random.Random, opts: set[str]) -> str:
    return ids.make_plusgiro(rng)


def _ean(rng: random.Random, opts: set[str]) -> str:
    return ids.make_ean13(rng)


def _amount(rng: random.Random, opts: set[str]) -> str:
    kr, ore = rng.randint(100, 59999), rng.randint(0, 99)
    s = f"{kr:,}".replace(",", "." if "da" in opts else " ")
    return f"{s},{ore:02d}"


def _run(rng: random.Random, opts: set[str]) -> str:
    return str(rng.randint(10, 99999))


def _house(rng: random.Random, opts: set[str]) -> str:
    return str(rng.randint(1, 140))


NEG: dict[str, Callable[[random.Random, set[str]], str]] = {
    "cvr": _cvr,
    "senr": _cvr,
    "pnum": _pnum,
    "orgnr": _orgnr,
    "noorg": _noorg,
    "ytun": _ytunnus,
    "kid": _kid,
    "fik": _fik,
    "kto": _kto,
    "clr": _clearing,
    "iban": _iban,
    "bg": _bg,
    "pg": _pg,
    "ocr": _ocrref,
    "ean": _ean,
    "cprlike": _cprlike,
    "luhn10": _luhn10,
    "luhn12": _luhn12,
    "stamp12": _stamp12,
    "dkstamp": _dkstamp,
    "yymm": _yymm,
    "dkph": _dkph,
    "seph": _seph,
    "noph": _noph,
    "fiph": _fiph,
    "cprmask": _cprmask,
    "pnrmask": _pnrmask,
    "badcpr": _badcpr,
    "badpnr": _badpnr,
    "badhetu": _badhetu,
    "badfnr": _badfnr,
    "amount": _amount,
    "n": _run,
    "hn": _house,
}


def render(src: str, rng: random.Random) -> Rendered:
    out: list[str] = []
    labels: list[dict[str, object]] = []
    tags: dict[str, str] = {}
    pos = 0
    length = 0
    for m in SLOT.finditer(src):
        out.append(src[pos : m.start()])
        length += m.start() - pos
        if m.group(1):
            kind, opts = m.group(1), set(filter(None, (m.group(2) or "").split(",")))
            value = write_label(kind, opts, rng, tags, m.group(3))
            labels.append({"start": length, "end": length + len(value), "entity": ENTITY[kind]})
        else:
            value = NEG[m.group(4)](rng, set(filter(None, (m.group(5) or "").split(","))))
        out.append(value)
        length += len(value)
        pos = m.end()
    out.append(src[pos:])
    return Rendered("".join(out), labels)
