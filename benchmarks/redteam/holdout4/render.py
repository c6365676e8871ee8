"""Marked-up text -> (text, labels) for the v4 hold-out.

Two kinds of markup, nothing else is interpreted:

- ``«kind»``, ``«kind:form»``, ``«kind#var:form@opt,opt»``: a generated number. Labelled kinds (``cpr``,
  ``pnr``, ``sam``, ``hetu``, ``fnr``, ``dnr``) become a label over exactly the written value; every other
  kind is an unlabelled hard negative (``NEGATIVES``). ``#var`` reuses one value in the document (the same
  person's number written twice, in two forms).
- ``⟦ENTITY|text⟧`` labels ``text`` as ENTITY; ``⟦text⟧`` is short for ``⟦PERSON|text⟧``.

Offsets are computed while the text is assembled, never by searching the finished text.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from benchmarks.redteam import ids

TODAY = dt.date(2026, 11, 30)
SLOT = re.compile(r"«([a-z][a-z_0-9]*)(?:#(\w+))?(?::([\w+]+))?(?:@([\w,\-]+))?»")
SPAN = re.compile(r"⟦(?:([A-Za-z_+]+)\|)?([^⟧]*)⟧")
TOKEN = re.compile(f"{SLOT.pattern}|{SPAN.pattern}")

LABELLED = {
    "cpr": "DK_CPR",
    "pnr": "SE_PERSONNUMMER",
    "sam": "SE_PERSONNUMMER",
    "hetu": "FI_PERSONAL_IDENTITY_CODE",
    "fnr": "NO_FODSELSNUMMER",
    "dnr": "NO_FODSELSNUMMER",
}
OCR_SWAP = {"0": "O", "1": "l", "5": "S", "8": "B"}


@dataclass
class Doc:
    id: str
    lang: str
    family: str
    text: str = ""
    labels: list[dict[str, object]] = field(default_factory=list)

    def as_json(self) -> dict[str, object]:
        return {"id": self.id, "lang": self.lang, "family": self.family, "text": self.text, "labels": self.labels}


# --- birth dates from options -------------------------------------------------------------------------


def _born(rng: random.Random, opts: set[str], kind: str) -> dt.date:
    for o in opts:
        m = re.fullmatch(r"y(\d{4})(?:-(\d{4}))?", o)
        if m:
            lo = int(m.group(1))
            hi = int(m.group(2) or lo)
            if "jan1" in opts:
                return dt.date(rng.randint(lo, hi), 1, 1)
            return ids.random_birth_date(rng, lo, hi)
    if "old" in opts:  # turns 100 in 2026 or earlier
        return ids.random_birth_date(rng, 1916, 1926)
    if "aged" in opts:
        return ids.random_birth_date(rng, 1930, 1945)
    if "child" in opts:
        return ids.random_birth_date(rng, 2008, 2023)
    if "young" in opts:
        return ids.random_birth_date(rng, 1995, 2006)
    if "jan1" in opts:
        return dt.date(rng.randint(1960, 1992), 1, 1)
    if kind == "hetu":
        return ids.random_birth_date(rng, 1940, 2005)
    return ids.random_birth_date(rng, 1945, 2004)


# --- labelled identifiers -----------------------------------------------------------------------------


def _cpr_digits(rng: random.Random, opts: set[str]) -> str:
    born = _born(rng, opts, "cpr")
    mod11 = not ({"nomod", "jan1"} & opts)
    if "child" in opts and "mod" not in opts:
        mod11 = rng.random() < 0.3
    return ids.make_cpr(rng, born, mod11=mod11)


def _pnr_digits(rng: random.Random, opts: set[str], coordination: bool) -> str:
    return ids.make_personnummer(rng, _born(rng, opts, "pnr"), coordination=coordination)


def _ocr_damage(rng: random.Random, s: str) -> str:
    """One or two digits read as letters (O for 0, l for 1, S for 5, B for 8), as OCR does."""
    places = [i for i, c in enumerate(s) if c in OCR_SWAP]
    if not places:
        return s
    chosen = set(rng.sample(places, min(len(places), rng.choice((1, 1, 2)))))
    return "".join(OCR_SWAP[c] if i in chosen else c for i, c in enumerate(s))


def write_cpr(d: str, form: str, rng: random.Random) -> str:
    head, tail = d[:6], d[6:]
    if form == "dash":
        return f"{head}-{tail}"
    if form == "plain":
        return d
    if form == "space":
        return f"{head} {tail}"
    if form == "endash":
        return f"{head}\u2013{tail}"
    if form == "dots":
        return f"{d[0:2]}.{d[2:4]}.{d[4:6]}-{tail}"
    if form == "spdash":
        return f"{head} - {tail}"
    if form == "nl":
        return f"{head}-\n{tail}"
    if form == "ocr":
        return _ocr_damage(rng, f"{head}-{tail}")
    if form == "boxes":  # one digit per box of a paper form, read back by OCR
        return " ".join(f"{head}-{tail}")
    raise ValueError(f"cpr form {form}")


def write_pnr(twelve: str, form: str, rng: random.Random) -> str:
    forms = ids.pnr_forms(twelve, TODAY)
    if form in forms:
        return forms[form]
    if form == "nl":
        return f"{twelve[2:8]}-\n{twelve[8:]}"
    if form == "ocr":
        return _ocr_damage(rng, forms["short_dash"])
    if form == "boxes":
        return " ".join(forms["short_dash"])
    if form == "long_endash":
        return f"{twelve[:8]}\u2013{twelve[8:]}"
    raise ValueError(f"pnr form {form}")


def _fnr(rng: random.Random, opts: set[str], d_number: bool) -> str:
    return ids.make_fodselsnummer(rng, _born(rng, opts, "fnr"), d_number=d_number)


def write_fnr(d: str, form: str) -> str:
    if form == "space":
        return f"{d[:6]} {d[6:]}"
    if form == "dots":
        return f"{d[0:2]}.{d[2:4]}.{d[4:6]} {d[6:]}"
    return d


# --- hard negatives -----------------------------------------------------------------------------------


def _luhn_date12(rng: random.Random, lo: int, hi: int) -> str:
    born = ids.random_birth_date(rng, lo, hi)
    body = f"{born:%y%m%d}{rng.randint(0, 999):03d}"
    return f"{born.year // 100}" + body + ids.luhn_digit(body)


def _dl10m(rng: random.Random) -> str:
    """Ten digits with a valid CPR date, century AND modulus 11: a CPR in every respect but its label."""
    while True:
        d = ids.date_like_ten(rng)
        if ids.cpr_is_mod11(d):
            return d


def _dk_phone(rng: random.Random, form: str = "") -> str:
    n = f"{rng.choice('2345678')}{rng.randint(0, 9999999):07d}"
    form = form or rng.choice(["sp2", "sp4", "plain", "intl", "intl00"])
    if form == "sp2":
        return " ".join(n[i : i + 2] for i in range(0, 8, 2))
    if form == "sp4":
        return f"{n[:4]} {n[4:]}"
    if form == "intl":
        return f"+45 {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}"
    if form == "intl00":
        return f"0045 {n}"
    return n


def _se_mobile(rng: random.Random, form: str = "") -> str:
    """Swedish mobile 07X...: drawn so the ten digits read as YYMMDD and pass Luhn."""
    while True:
        if rng.random() < 0.7:  # 070 + month 1-9 + day: reads as YYMMDD (and as a CPR date DDMMYY)
            n = f"070{rng.randint(1, 9)}{rng.randint(1, 28):02d}{rng.randint(0, 9999):04d}"
        else:
            n = f"07{rng.choice('2369')}{rng.randint(0, 9999999):07d}"
        if ids.luhn_ok(n):
            break
    form = form or rng.choice(["plain", "dash", "sp", "intl", "intl_nospace"])
    if form == "dash":
        return f"{n[:3]}-{n[3:6]} {n[6:8]} {n[8:]}"
    if form == "sp":
        return f"{n[:3]} {n[3:6]} {n[6:8]} {n[8:]}"
    if form == "intl":
        return f"+46 {n[1:3]} {n[3:6]} {n[6:8]} {n[8:]}"
    if form == "intl_nospace":
        return f"+46{n[1:]}"
    return n


def _se_landline(rng: random.Random) -> str:
    area = rng.choice(["08", "031", "040", "018", "013", "090"])
    if area == "08":
        rest = f"{rng.randint(1000000, 9999999)}"
        return f"{area}-{rest[:3]} {rest[3:5]} {rest[5:]}"
    rest = f"{rng.randint(100000, 999999)}"
    return f"{area}-{rest[:2]} {rest[2:4]} {rest[4:]}"


def _no_phone(rng: random.Random) -> str:
    n = f"{rng.choice('49')}{rng.randint(0, 9999999):07d}"
    return rng.choice([f"+47 {n[:3]} {n[3:5]} {n[5:]}", f"{n[:3]} {n[3:5]} {n[5:]}", n])


def _fi_phone(rng: random.Random) -> str:
    n = f"{rng.randint(0, 9999999):07d}"
    return rng.choice([f"040 {n[:3]} {n[3:]}", f"+358 50 {n[:3]} {n[3:]}", f"045{n}"])


def _imei(rng: random.Random) -> str:
    body = "35" + "".join(str(rng.randint(0, 9)) for _ in range(12))
    return body + ids.luhn_digit(body)


def _ytunnus(rng: random.Random) -> str:
    while True:
        body = f"{rng.randint(1000000, 3299999)}"
        r = sum(int(a) * w for a, w in zip(body, (7, 9, 10, 5, 8, 4, 2), strict=True)) % 11
        if r == 1:
            continue
        return f"{body}-{0 if r == 0 else 11 - r}"


def _no_org(rng: random.Random) -> str:
    while True:
        body = f"{rng.choice('89')}{rng.randint(0, 9999999):07d}"
        r = 11 - sum(int(a) * w for a, w in zip(body, (3, 2, 7, 6, 5, 4, 3, 2), strict=True)) % 11
        if r == 10:
            continue
        d = body + str(0 if r == 11 else r)
        return rng.choice([d, f"{d[:3]} {d[3:6]} {d[6:]}"])


def _no_account(rng: random.Random) -> str:
    """Norwegian 11-digit account number (modulus 11), written 4.2.5 or plain: the shape of a fødselsnummer."""
    while True:
        body = f"{rng.randint(1200, 9800)}{rng.randint(0, 999999):06d}"
        r = 11 - sum(int(a) * w for a, w in zip(body, (5, 4, 3, 2, 7, 6, 5, 4, 3, 2), strict=True)) % 11
        if r == 10:
            continue
        d = body + str(0 if r == 11 else r)
        return rng.choice([f"{d[:4]}.{d[4:6]}.{d[6:]}", d, f"{d[:4]} {d[4:6]} {d[6:]}"])


def _no_account_fnr_like(rng: random.Random) -> str:
    """An 11-digit number that passes BOTH fødselsnummer checks and has a valid date: labelled as an account."""
    while True:
        d = ids.make_fodselsnummer(rng)
        return d


def _dk_account(rng: random.Random) -> str:
    reg = f"{rng.randint(1000, 9899)}"
    acct = ids.date_like_ten(rng)
    return rng.choice([f"{reg} {acct}", f"{reg}-{acct}", f"reg. {reg} konto {acct}"])


def _se_account(rng: random.Random) -> str:
    clearing = rng.choice(["8327-9", "6000", "3300", "5201", "9150", "8214-8"])
    if clearing == "3300":  # Nordea personkonto: the account number IS a personnummer - not used as a negative
        clearing = "3000"
    acct = f"{rng.randint(0, 999999999):09d}"
    return rng.choice([f"{clearing}, {acct[:3]} {acct[3:6]} {acct[6:]}", f"{clearing} {acct}", f"{clearing}-{acct}"])


def _case(rng: random.Random) -> str:
    y = rng.choice([2024, 2025, 2026])
    return rng.choice(
        [
            f"{y}-{rng.randint(1, 99999):05d}",
            f"{rng.randint(1000, 9999)}-{y}",
            f"{y}/{rng.randint(100, 9999)}",
            f"J.nr. {y}-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}",
            f"Ä {rng.randint(100, 9999)}-{y % 100}",
            f"B {rng.randint(1000, 9999)}-{y % 100}",
        ]
    )


def _date(rng: random.Random) -> str:
    d = ids.random_birth_date(rng, 2019, 2026)
    return rng.choice([f"{d:%d.%m.%Y}", f"{d:%Y-%m-%d}", f"{d.day}/{d.month} {d.year}", f"{d:%d-%m-%Y}"])


def _amount(rng: random.Random) -> str:
    n = rng.randint(40, 48_000)
    return rng.choice(
        [
            f"{n:,}".replace(",", ".") + f",{rng.choice(['00', '50', '25'])}",
            f"{n:,}".replace(",", " ") + ":-",
            f"{n} kr",
        ]
    )


def _timestamp(rng: random.Random) -> str:
    """YYYYMMDD-HHMM of 2024-2026 whose last ten digits pass Luhn: the shape of a long personnummer."""
    while True:
        d = ids.random_birth_date(rng, 2024, 2026)
        hhmm = f"{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}"
        if ids.luhn_ok(f"{d:%y%m%d}{hhmm}"):
            return f"{d:%Y%m%d}-{hhmm}"


def _sscc(rng: random.Random) -> str:
    body = "00" + "".join(str(rng.randint(0, 9)) for _ in range(15))
    total = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(body))
    return body + str((10 - total % 10) % 10)


def _tracking(rng: random.Random) -> str:
    return rng.choice(
        [
            f"1Z{rng.randint(100, 999)}E{rng.randint(10, 99)}{rng.randint(10**9, 10**10 - 1)}",
            f"RR{rng.randint(10**8, 10**9 - 1)}SE",
            f"{_sscc(rng)}",
            f"JJD{rng.randint(10**17, 10**18 - 1)}",
            f"{rng.randint(10**9, 10**10 - 1)}",
        ]
    )


def _kid(rng: random.Random) -> str:
    return ids.make_ocr(rng, rng.choice([9, 10, 11, 12]))


def _fik(rng: random.Random) -> str:
    return f"+71<{ids.make_ocr(rng, 15)}+{rng.randint(80000000, 89999999)}<"


def _viite(rng: random.Random) -> str:
    body = f"{rng.randint(1000, 99999999)}"
    weights = (7, 3, 1)
    s = sum(int(c) * weights[i % 3] for i, c in enumerate(reversed(body)))
    d = body + str((10 - s % 10) % 10)
    return " ".join(d[max(0, i - 5) : i] for i in range(len(d), 0, -5)[::-1])


def _pnr_badluhn(rng: random.Random) -> str:
    p = ids.make_personnummer(rng)
    wrong = str((int(p[-1]) + rng.randint(1, 9)) % 10)
    return f"{p[2:8]}-{p[8:11]}{wrong}"


def _cpr_baddate(rng: random.Random) -> str:
    return f"{rng.randint(32, 39)}{rng.randint(1, 12):02d}{rng.randint(40, 99)}-{rng.randint(0, 9999):04d}"


def _masked_cpr(rng: random.Random) -> str:
    d = ids.make_cpr(rng)
    return rng.choice([f"{d[:6]}-XXXX", f"{d[:6]}-xxxx", f"{d[:6]}-****", f"XXXXXX-{d[6:]}"])


def _masked_pnr(rng: random.Random) -> str:
    p = ids.make_personnummer(rng)
    return rng.choice([f"{p[:8]}-XXXX", f"{p[2:8]}-****", f"{p[:8]}-xxxx"])


def _hetu_bad(rng: random.Random) -> str:
    h = ids.make_hetu(rng)
    bad = ids.HETU_CHECK[(ids.HETU_CHECK.index(h[-1]) + rng.randint(1, 30)) % 31]
    return h[:-1] + bad


def _lotto(rng: random.Random) -> str:
    return " ".join(f"{n:02d}" for n in sorted(rng.sample(range(1, 37), 7)))


def _policy(rng: random.Random) -> str:
    return rng.choice([ids.date_like_ten(rng), _dl10m(rng), f"{rng.randint(100, 999)}-{ids.date_like_ten(rng)}"])


def _kennitala(rng: random.Random) -> str:
    """Icelandic kennitala DDMMYY-RRCK (check digit mod 11, century digit 9/0): shaped like a CPR."""
    while True:
        born = ids.random_birth_date(rng, 1950, 2005)
        body = f"{born:%d%m%y}{rng.randint(20, 99)}"
        r = 11 - sum(int(a) * w for a, w in zip(body, (3, 2, 7, 6, 5, 4, 3, 2), strict=True)) % 11
        if r == 10:
            continue
        century = "9" if born.year < 2000 else "0"
        d = body + str(0 if r == 11 else r) + century
        return f"{d[:6]}-{d[6:]}"


NEGATIVES: dict[str, Callable[[random.Random], str]] = {
    "cvr": ids.make_cvr,
    "senr": ids.make_cvr,
    "pnum": lambda r: ids.make_p_number(r, True),
    "orgnr": ids.make_se_orgnr,
    "orgnr_plain": lambda r: ids.make_se_orgnr(r).replace("-", ""),
    "momsreg": lambda r: "SE" + ids.make_se_orgnr(r).replace("-", "") + "01",
    "bg": ids.make_bankgiro,
    "pg": ids.make_plusgiro,
    "ocr10": lambda r: ids.date_like_luhn_ten(r),
    "ocrn": lambda r: ids.make_ocr(r),
    "dl10": ids.date_like_ten,
    "dl10m": _dl10m,
    "dl10m_dash": lambda r: (lambda d: f"{d[:6]}-{d[6:]}")(_dl10m(r)),
    "dl10_dash": lambda r: (lambda d: f"{d[:6]}-{d[6:]}")(ids.date_like_ten(r)),
    "dlluhn": ids.date_like_luhn_ten,
    "dlluhn_dash": lambda r: (lambda d: f"{d[:6]}-{d[6:]}")(ids.date_like_luhn_ten(r)),
    "dlluhn12": lambda r: _luhn_date12(r, 1940, 2020),
    "dlluhn12_dash": lambda r: (lambda d: f"{d[:8]}-{d[8:]}")(_luhn_date12(r, 1940, 2020)),
    # order, booking and contract numbers that start with a recent date (2023-2026) and pass Luhn
    "dlluhn12r": lambda r: _luhn_date12(r, 2023, 2026),
    "dlluhn12r_dash": lambda r: (lambda d: f"{d[:8]}-{d[8:]}")(_luhn_date12(r, 2023, 2026)),
    "ean": ids.make_ean13,
    "gln": lambda r: ids.make_ean13(r, "579"),
    "ean_se": lambda r: ids.make_ean13(r, "73"),
    "iban_dk": lambda r: ids.group4(ids.make_iban_dk(r)),
    "iban_se": lambda r: ids.group4(ids.make_iban_se(r)),
    "phone_dk": lambda r: _dk_phone(r),
    "mobile_se": lambda r: _se_mobile(r),
    "mobile_se_plain": lambda r: _se_mobile(r, "plain"),
    "phone_se": _se_landline,
    "phone_no": _no_phone,
    "phone_fi": _fi_phone,
    "imei": _imei,
    "ytunnus": _ytunnus,
    "no_org": _no_org,
    "no_konto": _no_account,
    "no_konto_fnr": _no_account_fnr_like,
    "dk_konto": _dk_account,
    "se_konto": _se_account,
    "case": _case,
    "date": _date,
    "amount": _amount,
    "ts": _timestamp,
    "tracking": _tracking,
    "sscc": _sscc,
    "kid": _kid,
    "fik": _fik,
    "viite": _viite,
    "pnr_bad": _pnr_badluhn,
    "cpr_bad": _cpr_baddate,
    "masked_cpr": _masked_cpr,
    "masked_pnr": _masked_pnr,
    "hetu_bad": _hetu_bad,
    "lotto": _lotto,
    "policy": _policy,
    "kt": _kennitala,
    "num6": lambda r: f"{r.randint(100000, 999999)}",
    "num8": lambda r: f"{r.randint(10000000, 99999999)}",
}


# --- the renderer -------------------------------------------------------------------------------------


def _value(kind: str, form: str, opts: set[str], rng: random.Random, var: dict[str, str], key: str | None) -> str:
    """The digits (or code) of one slot; a ``#var`` slot keeps its value for the document."""
    if key and key in var:
        return var[key]
    if kind == "cpr":
        v = _cpr_digits(rng, opts)
    elif kind in ("pnr", "sam"):
        v = _pnr_digits(rng, opts, kind == "sam")
    elif kind == "hetu":
        v = ids.make_hetu(rng, _born(rng, opts, "hetu"))
    elif kind in ("fnr", "dnr"):
        v = _fnr(rng, opts, kind == "dnr")
    elif kind in NEGATIVES:
        v = NEGATIVES[kind](rng)
    else:
        raise ValueError(f"unknown slot kind {kind!r}")
    if key:
        var[key] = v
    return v


def _written(kind: str, value: str, form: str, rng: random.Random) -> str:
    if kind == "cpr":
        return write_cpr(value, form or "dash", rng)
    if kind in ("pnr", "sam"):
        return write_pnr(value, form or "short_dash", rng)
    if kind in ("fnr", "dnr"):
        return write_fnr(value, form)
    return value


def render(doc: Doc, source: str, rng: random.Random) -> Doc:
    parts: list[str] = []
    pos = 0
    length = 0
    var: dict[str, str] = {}
    labels: list[dict[str, object]] = []
    for m in TOKEN.finditer(source):
        before = source[pos : m.start()]
        parts.append(before)
        length += len(before)
        if m.group(1):
            kind, key, form, opt = m.group(1), m.group(2), m.group(3) or "", m.group(4) or ""
            opts = set(opt.split(",")) if opt else set()
            value = _value(kind, form, opts, rng, var, f"{kind}#{key}" if key else None)
            text = _written(kind, value, form, rng)
            if kind in LABELLED:
                labels.append({"start": length, "end": length + len(text), "entity": LABELLED[kind]})
        else:
            entity, text = m.group(5) or "PERSON", m.group(6)
            for one in entity.split("+"):  # one sentence may reveal two categories
                labels.append({"start": length, "end": length + len(text), "entity": one})
        parts.append(text)
        length += len(text)
        pos = m.end()
    parts.append(source[pos:])
    doc.text = "".join(parts)
    doc.labels = labels
    if SLOT.search(doc.text) or "⟦" in doc.text or "⟧" in doc.text:
        raise ValueError(f"{doc.id}: markup left in the text")
    return doc
