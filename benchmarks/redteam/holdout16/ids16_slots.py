"""Slot renderer for the v16 identifier hold-out (new for v16; no earlier renderer is imported).

Markup in the hand-written banks and the generated layouts:

- ``[[kind:opt,opt#tag]]`` writes a TRUE identifier and records its label. ``kind`` is ``cpr``, ``pnr``, ``hetu`` or
  ``fnr``. Options choose the person and the written form:
  cpr: ``kid`` (born since October 2007, modulus 11 not required), ``jan1`` (1 January, no modulus 11), ``new``
  (ordinary date, no modulus 11: the text must say the CPR was issued since 2007), ``old`` (born 1930-1955);
  forms ``n`` (no separator), ``s`` (space), ``sl`` (slash), ``en`` (en dash), ``sd`` (" - "), ``dot``
  (DD.MM.YY-SSSS), ``nl`` (dash and line break); default a dash. ``ocr`` shows one or two of 0/1/5/8 as O/l/S/B.
  pnr: ``co`` (samordningsnummer), ``kid``, ``plus`` (born 1920-1926, short form with "+"); forms ``l`` (12 digits),
  ``ld`` (yyyymmdd-nnnn), ``ls`` (yyyymmdd nnnn), ``s`` (10 digits), ``nl`` (dash and line break); default
  yymmdd-nnnn. ``ocr`` as for cpr.
  hetu: ``new`` (a 2023 century sign B-F or U-Y), ``old`` (born 1930-1960 with "-"), default "-" or "A".
  fnr: ``d`` (D-number), ``sp`` (space after the date).
  ``#tag`` reuses the number of an earlier slot with the same tag in this document (same person, other form).
- ``{{name}}`` writes a look-alike or filler that is NOT labelled (see NEG below).
"""

from __future__ import annotations

import datetime as dt
import random
import re
from dataclasses import dataclass, field

from benchmarks.redteam import common, ids

SLOT = re.compile(r"\[\[([a-z]+)(?::([a-z0-9,]*))?(?:#(\w+))?\]\]|\{\{(\w+)\}\}")
ENTITY = {"cpr": "DK_CPR", "pnr": "SE_PERSONNUMMER", "hetu": "FI_PERSONAL_IDENTITY_CODE", "fnr": "NO_FODSELSNUMMER"}
OCR = {"0": "O", "1": "l", "5": "S", "8": "B"}
TODAY = dt.date(2026, 12, 3)


@dataclass
class Rendered:
    text: str
    labels: list[dict[str, object]] = field(default_factory=list)


def _date(rng: random.Random, first: dt.date, last: dt.date) -> dt.date:
    return dt.date.fromordinal(rng.randint(first.toordinal(), last.toordinal()))


def _ocr(rng: random.Random, s: str) -> str:
    pos = [i for i, c in enumerate(s) if c in OCR]
    if not pos:
        return s
    chars = list(s)
    for i in rng.sample(pos, min(len(pos), rng.choice((1, 1, 2)))):
        chars[i] = OCR[chars[i]]
    return "".join(chars)


def _cpr_digits(rng: random.Random, opts: set[str]) -> str:
    if "kid" in opts:
        return ids.make_cpr(rng, _date(rng, dt.date(2007, 10, 1), dt.date(2024, 6, 30)), mod11=rng.random() < 0.3)
    if "jan1" in opts:
        return ids.make_cpr(rng, dt.date(rng.randint(1958, 1994), 1, 1), mod11=False)
    if "new" in opts:
        return ids.make_cpr(rng, ids.random_birth_date(rng, 1950, 2005), mod11=False)
    if "old" in opts:
        return ids.make_cpr(rng, ids.random_birth_date(rng, 1930, 1955))
    return ids.make_cpr(rng, ids.random_birth_date(rng, 1946, 2006))


def _cpr_form(d: str, opts: set[str]) -> str:
    if "n" in opts:
        return d
    if "s" in opts:
        return f"{d[:6]} {d[6:]}"
    if "sl" in opts:
        return f"{d[:6]}/{d[6:]}"
    if "en" in opts:
        return f"{d[:6]}\u2013{d[6:]}"
    if "sd" in opts:
        return f"{d[:6]} - {d[6:]}"
    if "dot" in opts:
        return f"{d[:2]}.{d[2:4]}.{d[4:6]}-{d[6:]}"
    if "nl" in opts:
        return f"{d[:6]}-\n{d[6:]}"
    return f"{d[:6]}-{d[6:]}"


def _pnr_twelve(rng: random.Random, opts: set[str]) -> str:
    if "plus" in opts:
        return ids.make_personnummer(rng, ids.random_birth_date(rng, 1920, 1926))
    if "kid" in opts:
        born = _date(rng, dt.date(2008, 1, 1), dt.date(2023, 12, 31))
    else:
        born = ids.random_birth_date(rng, 1935, 2006)
    return ids.make_personnummer(rng, born, coordination="co" in opts)


def _pnr_form(t: str, opts: set[str]) -> str:
    sep = "+" if TODAY.year - int(t[:4]) >= 100 else "-"
    if "l" in opts:
        return t
    if "ld" in opts:
        return f"{t[:8]}-{t[8:]}"
    if "ls" in opts:
        return f"{t[:8]} {t[8:]}"
    if "s" in opts:
        return t[2:]
    if "nl" in opts:
        return f"{t[2:8]}{sep}\n{t[8:]}"
    return f"{t[2:8]}{sep}{t[8:]}"


def make_hetu16(rng: random.Random, opts: set[str]) -> str:
    if "new" in opts:
        born = ids.random_birth_date(rng, 1950, 2022)
        sign = rng.choice("BCDEF") if born.year >= 2000 else rng.choice("UVWXY")
    elif "old" in opts:
        born, sign = ids.random_birth_date(rng, 1930, 1960), "-"
    else:
        born = ids.random_birth_date(rng, 1945, 2015)
        sign = "A" if born.year >= 2000 else "-"
    base = f"{born:%d%m}{born.year % 100:02d}{rng.randint(2, 899):03d}"
    return f"{base[:6]}{sign}{base[6:]}{ids.HETU_CHECK[int(base) % 31]}"


def _true(rng: random.Random, kind: str, opts: set[str], tags: dict[str, str], tag: str | None) -> str:
    if tag and tag in tags:
        base = tags[tag]
    elif kind == "cpr":
        base = _cpr_digits(rng, opts)
    elif kind == "pnr":
        base = _pnr_twelve(rng, opts)
    elif kind == "hetu":
        base = make_hetu16(rng, opts)
    else:
        base = ids.make_fodselsnummer(rng, ids.random_birth_date(rng, 1945, 2015), d_number="d" in opts)
    if tag:
        tags[tag] = base
    if kind == "cpr":
        out = _cpr_form(base, opts)
    elif kind == "pnr":
        out = _pnr_form(base, opts)
    elif kind == "fnr":
        out = f"{base[:6]} {base[6:]}" if "sp" in opts else base
    else:
        out = base
    return _ocr(rng, out) if "ocr" in opts else out


# --- look-alikes and fillers (never labelled) -------------------------------------------------------


def _cpr_like(rng: random.Random) -> str:
    while True:
        d = ids.date_like_ten(rng)
        if ids.cpr_is_mod11(d):
            return d


def _luhn12(rng: random.Random) -> str:
    born = ids.random_birth_date(rng, 1950, 2006)
    body = f"{born:%y%m%d}{rng.randint(0, 999):03d}"
    return f"{born.year // 100}" + body + ids.luhn_digit(body)


def _stamp12(rng: random.Random) -> str:
    """yyyymmddhhmm whose last ten digits pass Luhn (a run-together date-time)."""
    while True:
        d = _date(rng, dt.date(2023, 1, 1), dt.date(2026, 11, 30))
        s = f"{d:%Y%m%d}{rng.randint(6, 19):02d}{rng.randint(0, 59):02d}"
        if ids.luhn_ok(s[2:]):
            return s


def _dkstamp(rng: random.Random) -> str:
    """ddmmyyhhmm that passes the CPR date, century and modulus-11 rules."""
    while True:
        d = _date(rng, dt.date(2023, 1, 1), dt.date(2026, 11, 30))
        s = f"{d:%d%m%y}{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}"
        if ids.cpr_birth_date(s) is not None and ids.cpr_is_mod11(s):
            return s


def _kid(rng: random.Random) -> str:
    return ids.make_fodselsnummer(rng, ids.random_birth_date(rng, 1950, 2010))


def _bad_cpr(rng: random.Random) -> str:
    d = ids.make_cpr(rng)
    if rng.random() < 0.5:
        return f"{rng.randint(32, 39)}{d[2:6]}-{d[6:]}"
    return f"{rng.choice(('30', '31'))}02{d[4:6]}-{d[6:]}"


def _bad_pnr(rng: random.Random) -> str:
    t = ids.make_personnummer(rng)
    last = str((int(t[-1]) + rng.randint(1, 9)) % 10)
    return f"{t[2:8]}-{t[8:11]}{last}"


def _bad_hetu(rng: random.Random) -> str:
    h = make_hetu16(rng, set())
    others = [c for c in ids.HETU_CHECK if c != h[-1]]
    return h[:-1] + rng.choice(others)


def _bad_fnr(rng: random.Random) -> str:
    f = ids.make_fodselsnummer(rng)
    return f[:-1] + str((int(f[-1]) + rng.randint(1, 9)) % 10)


def _amount(rng: random.Random) -> str:
    return f"{rng.randint(120, 48000):,}".replace(",", ".") + f",{rng.choice(('00', '50', '95', '25'))}"


def _se_phone(rng: random.Random) -> str:
    return f"07{rng.choice('02369')}-{rng.randint(100, 999)} {rng.randint(10, 99)} {rng.randint(10, 99)}"


NEG = {
    "cvr": lambda r: ids.make_cvr(r),
    "cvrsp": lambda r: " ".join(ids.make_cvr(r)[i : i + 2] for i in range(0, 8, 2)),
    "pnum": lambda r: ids.make_p_number(r),
    "orgnr": lambda r: ids.make_se_orgnr(r),
    "orgnrn": lambda r: ids.make_se_orgnr(r).replace("-", ""),
    "noorg": lambda r: f"{r.choice('89')}{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)}",
    "ytunnus": lambda r: f"{r.randint(1000000, 3299999)}-{r.randint(0, 9)}",
    "bg": lambda r: ids.make_bankgiro(r),
    "pg": lambda r: ids.make_plusgiro(r),
    "ocrref": lambda r: ids.make_ocr(r),
    "fik": lambda r: f"+71<{ids.make_ocr(r, 15)}+{r.randint(80000000, 89999999)}<",
    "iban": lambda r: ids.group4(r.choice((ids.make_iban_dk, ids.make_iban_se))(r)),
    "ean": lambda r: ids.make_ean13(r),
    "regkto": lambda r: f"{r.randint(1000, 9899)}-{_cpr_like(r)}",
    "clearkto": lambda r: f"{r.randint(3000, 9899)}, {ids.date_like_luhn_ten(r)}",
    "cprlike": _cpr_like,
    "cprdash": lambda r: (lambda d: f"{d[:6]}-{d[6:]}")(_cpr_like(r)),
    "luhn10": lambda r: ids.date_like_luhn_ten(r),
    "luhn10d": lambda r: (lambda d: f"{d[:6]}-{d[6:]}")(ids.date_like_luhn_ten(r)),
    "luhn12": _luhn12,
    "luhn12d": lambda r: (lambda d: f"{d[:8]}-{d[8:]}")(_luhn12(r)),
    "stamp12": _stamp12,
    "stamp12d": lambda r: (lambda s: f"{s[:8]}-{s[8:]}")(_stamp12(r)),
    "dkstamp": _dkstamp,
    "kid": _kid,
    "badcpr": _bad_cpr,
    "badpnr": _bad_pnr,
    "badhetu": _bad_hetu,
    "badfnr": _bad_fnr,
    "cprmask": lambda r: ids.make_cpr(r)[:6] + r.choice(("-XXXX", "-xxxx", "-****")),
    "pnrmask": lambda r: ids.make_personnummer(r)[2:8] + r.choice(("-XXXX", "-****")),
    "dkph": lambda r: f"+45 {r.randint(20, 99)} {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}",
    "dkph8": lambda r: f"{r.randint(20, 99)}{r.randint(100000, 999999)}",
    "dkph00": lambda r: f"0045{r.randint(20000000, 99999999)}",
    "seph": _se_phone,
    "sephn": lambda r: f"07{r.choice('02369')}{r.randint(1000000, 9999999)}",
    "seph46": lambda r: f"+46 7{r.choice('0236')} {r.randint(100, 999)} {r.randint(10, 99)} {r.randint(10, 99)}",
    "seph08": lambda r: f"08-{r.randint(100, 999)} {r.randint(100, 999)} {r.randint(10, 99)}",
    "noph": lambda r: f"+47 {r.randint(400, 999)} {r.randint(10, 99)} {r.randint(100, 999)}",
    "fiph": lambda r: f"+358 40 {r.randint(100, 999)} {r.randint(1000, 9999)}",
    "fiph0": lambda r: f"040 {r.randint(100, 999)} {r.randint(1000, 9999)}",
    "amount": _amount,
    "ts12": lambda r: (
        f"{_date(r, dt.date(2024, 1, 1), dt.date(2026, 11, 30)):%Y%m%d}{r.randint(0, 23):02d}{r.randint(0, 59):02d}"
    ),
    "tsd": lambda r: (
        f"{_date(r, dt.date(2024, 1, 1), dt.date(2026, 11, 30)):%Y%m%d}-{r.randint(0, 23):02d}{r.randint(0, 59):02d}"
    ),
    "date": lambda r: f"{_date(r, dt.date(2025, 1, 1), dt.date(2026, 11, 30)):%d.%m.%Y}",
    "isodate": lambda r: f"{_date(r, dt.date(2025, 1, 1), dt.date(2026, 11, 30)):%Y-%m-%d}",
    "time": lambda r: f"{r.randint(7, 18):02d}:{r.choice(('00', '15', '30', '45', '10', '50'))}",
    "n2": lambda r: str(r.randint(10, 99)),
    "n4": lambda r: str(r.randint(1000, 9999)),
    "n5": lambda r: str(r.randint(10000, 99999)),
    "n6": lambda r: str(r.randint(100000, 999999)),
    "n8": lambda r: str(r.randint(10000000, 99999999)),
    "dkpost": lambda r: str(r.randint(1050, 9990)),
    "sepost": lambda r: f"{r.randint(111, 984)} {r.randint(10, 99)}",
    "da": lambda r: common.da_name(r),
    "sv": lambda r: common.sv_name(r),
    "fi": lambda r: f"{r.choice(common.FI_FIRST)} {r.choice(common.FI_LAST)}",
    "no": lambda r: f"{r.choice(common.NO_FIRST)} {r.choice(common.NO_LAST)}",
    "dktown": lambda r: " ".join(r.choice(common.DA_CITIES)),
    "svcity": lambda r: r.choice(common.SV_CITIES)[1],
    "dastreet": lambda r: f"{r.choice(common.DA_STREETS)} {r.randint(1, 140)}",
    "svstreet": lambda r: f"{r.choice(common.SV_STREETS)} {r.randint(1, 90)}",
}


def render(markup: str, rng: random.Random) -> Rendered:
    """Fill every slot of ``markup``; labels carry the exact offsets of each true identifier as written."""
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
            kind = m.group(1)
            opts = set(filter(None, (m.group(2) or "").split(",")))
            value = _true(rng, kind, opts, tags, m.group(3))
            labels.append({"start": length, "end": length + len(value), "entity": ENTITY[kind]})
        else:
            value = str(NEG[m.group(4)](rng))
        out.append(value)
        length += len(value)
        pos = m.end()
    out.append(markup[pos:])
    return Rendered("".join(out), labels)
