"""Turn marked-up documents into labelled JSONL records; every offset comes from here, never from a search.

Markup (chosen so that it cannot occur in the documents themselves):

- ``«kind»`` or ``«kind:form»``: an identifier or business number drawn from ``benchmarks/redteam/ids.py``
  with the document's random generator. Kinds in ``LABELLED`` get a label over exactly the written number;
  every other kind is a hard negative and stays unlabelled.
- ``«kind:form#key»``: the same value each time the same slot text recurs in a document.
- ``⟦ENTITY|text⟧`` or ``⟦A+B|text⟧``: ``text`` is written as is and labelled with each entity (a PERSON
  name in names.jsonl, the revealing sentence in categories.jsonl).
"""

from __future__ import annotations

import datetime as dt
import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from benchmarks.redteam import ids

TODAY = dt.date(2026, 11, 30)
SLOT = re.compile(r"«([a-z0-9_]+)(?::?([a-z0-9_@.#\-]+))?»|⟦([A-Za-z_+]+)\|(.*?)⟧", re.S)

LABELLED = {
    "cpr": "DK_CPR",
    "cpr7": "DK_CPR",
    "pnr": "SE_PERSONNUMMER",
    "samo": "SE_PERSONNUMMER",
    "hetu": "FI_PERSONAL_IDENTITY_CODE",
    "fnr": "NO_FODSELSNUMMER",
    "dnr": "NO_FODSELSNUMMER",
}


@dataclass
class Doc:
    id: str
    lang: str
    family: str
    text: str = ""
    labels: list[dict[str, object]] = field(default_factory=list)

    def record(self) -> dict[str, object]:
        return {"id": self.id, "lang": self.lang, "family": self.family, "text": self.text, "labels": self.labels}


def _born(rng: random.Random, form: str) -> dt.date | None:
    if "@old" in form:  # turns 100 this year or earlier: SE short form gets "+"
        return ids.random_birth_date(rng, 1915, 1926)
    if "@kid" in form:
        return ids.random_birth_date(rng, 2008, 2022)
    if "@baby" in form:
        return ids.random_birth_date(rng, 2023, 2025)
    m = re.search(r"@(\d{4})-(\d{2})-(\d{2})", form)
    if m:
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    return None


def _cpr_written(digits: str, form: str) -> str:
    head, tail = digits[:6], digits[6:]
    if form.startswith("plain"):
        return digits
    if form.startswith("space"):
        return f"{head} {tail}"
    if form.startswith("endash"):
        return f"{head}\u2013{tail}"
    if form.startswith("spdash"):
        return f"{head} - {tail}"
    if form.startswith("dots"):
        return f"{head[:2]}.{head[2:4]}.{head[4:]}-{tail}"
    return f"{head}-{tail}"


def cpr_value(rng: random.Random, form: str, no_mod11: bool, adult: bool = False) -> str:
    born = _born(rng, form)
    if no_mod11 and born is None and adult:
        # an adult's number without modulus 11: mostly 1 January dates, whose mod-11 serials ran out
        born = dt.date(rng.randint(1960, 1992), 1, 1)
    if no_mod11 and born is None:
        # issued since 2007: children born since then, or (exhausted dates) 1 January of the 1960s-80s
        born = rng.choice([ids.random_birth_date(rng, 2008, 2024), dt.date(rng.randint(1960, 1989), 1, 1)])
    return _cpr_written(ids.make_cpr(rng, born, mod11=not no_mod11), form)


def pnr_value(rng: random.Random, form: str, coordination: bool) -> str:
    born = _born(rng, form)
    twelve = ids.make_personnummer(rng, born, coordination=coordination)
    forms = ids.pnr_forms(twelve, TODAY)
    name = form.split("@")[0] or "short_dash"
    if name == "short_space":
        return forms["short_dash"][:6] + " " + forms["short_dash"][7:]
    return forms[name]


def _bad_luhn(rng: random.Random, form: str) -> str:
    twelve = ids.make_personnummer(rng)
    last = (int(twelve[-1]) + rng.randint(1, 9)) % 10
    bad = twelve[:-1] + str(last)
    return f"{bad[2:8]}-{bad[8:]}" if form != "long" else f"{bad[:8]}-{bad[8:]}"


def _bad_cpr_date(rng: random.Random, form: str) -> str:
    """Ten digits shaped as a CPR whose date cannot exist (31st of a 30-day month, day 32, month 13)."""
    day, month = rng.choice([(31, 4), (31, 6), (31, 9), (31, 11), (30, 2), (32, 1), (12, 13), (0, 5)])
    digits = f"{day:02d}{month:02d}{rng.randint(40, 99):02d}{rng.randint(0, 9999):04d}"
    return _cpr_written(digits, form)


def _phone_dk(rng: random.Random, form: str) -> str:
    d = f"{rng.choice([2, 3, 4, 5, 6, 7, 8, 9])}{rng.randint(0, 9999999):07d}"
    if form == "plain":
        return d
    if form == "intl":
        return f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:]}"
    if form == "00":
        return f"0045 {d}"
    if form == "4":
        return f"{d[:4]} {d[4:]}"
    return f"{d[:2]} {d[2:4]} {d[4:6]} {d[6:]}"


def _phone_se(rng: random.Random, form: str) -> str:
    mob = f"07{rng.choice('02369')}{rng.randint(0, 9999999):07d}"
    if form == "intl":
        return f"+46 {mob[1:3]} {mob[3:6]} {mob[6:8]} {mob[8:]}"
    if form == "plain":
        return mob
    if form == "land":
        return f"0{rng.choice(['8', '31', '40', '18', '90', '13'])}-{rng.randint(100, 999)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
    return f"{mob[:3]}-{mob[3:6]} {mob[6:8]} {mob[8:]}"


def _phone_no(rng: random.Random, form: str) -> str:
    d = f"{rng.choice([4, 9])}{rng.randint(0, 9999999):07d}"
    return f"+47 {d[:3]} {d[3:5]} {d[5:]}" if form == "intl" else f"{d[:3]} {d[3:5]} {d[5:]}"


def _phone_fi(rng: random.Random, form: str) -> str:
    return (
        f"+358 40 {rng.randint(100, 999)} {rng.randint(1000, 9999)}"
        if form == "intl"
        else f"040 {rng.randint(100, 999)} {rng.randint(1000, 9999)}"
    )


def _dk_account(rng: random.Random, form: str) -> str:
    reg = rng.randint(1000, 9899)
    acct = ids.date_like_ten(rng) if form == "datelike" else f"{rng.randint(0, 10**10 - 1):010d}"
    if form == "short":
        acct = str(rng.randint(1000000, 99999999))
    return f"{reg} {acct}" if rng.random() < 0.5 else f"{reg}-{acct}"


def _se_account(rng: random.Random, form: str) -> str:
    if form == "swedbank":
        return f"8{rng.randint(100, 999)}-{rng.randint(0, 9)}, {rng.randint(100, 999)} {rng.randint(100, 999)} {rng.randint(100, 999)}-{rng.randint(0, 9)}"
    if form == "handelsbanken":
        return f"6{rng.randint(100, 999)} {rng.randint(100, 999)} {rng.randint(100, 999)}"
    return f"{rng.randint(3000, 3999)}-{rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(10, 99)}"


def _case(rng: random.Random, form: str) -> str:
    y = rng.randint(2019, 2026)
    if form == "dk":
        return f"{y}-{rng.randint(1000, 99999)}"
    if form == "jnr":
        return f"{rng.randint(10, 99)}/{rng.randint(1000, 99999):05d}"
    if form == "dnr":
        return f"{rng.choice(['KS', 'SN', 'BUN', 'MBN', 'SOC'])} {y}/{rng.randint(10, 2999)}"
    if form == "police":
        return f"{rng.randint(1000, 9999)}-{rng.randint(10000, 99999)}-{rng.randint(100, 99999):05d}-{str(y)[2:]}"
    if form == "diarie":
        return f"{rng.randint(100, 999)}-{rng.randint(1000, 99999)}-{y}"
    return f"{y}{rng.randint(100000, 999999)}"


def _regnr(rng: random.Random, form: str) -> str:
    letters = "ABCDEFGHJKLMNOPRSTUVXYZ"
    if form == "se":
        return f"{''.join(rng.choice(letters) for _ in range(3))} {rng.randint(10, 99)}{rng.choice(letters + '0123456789')}"
    return f"{''.join(rng.choice(letters) for _ in range(2))} {rng.randint(10, 99)} {rng.randint(100, 999)}"


def _datelike(rng: random.Random, form: str) -> str:
    digits = ids.date_like_ten(rng)
    if form == "mod11":
        while not ids.cpr_is_mod11(digits):
            digits = ids.date_like_ten(rng)
    return _cpr_written(digits, form.replace("mod11", "")) if form not in ("", "mod11") else digits


def _luhn10(rng: random.Random, form: str) -> str:
    d = ids.date_like_luhn_ten(rng)
    return f"{d[:6]}-{d[6:]}" if form == "dash" else d


def _amount(rng: random.Random, form: str) -> str:
    v = int(10 ** rng.uniform(2, 4.7))
    s = f"{v:,}".replace(",", " " if form.startswith("sv") else ".")
    return f"{s},{rng.randint(0, 99):02d}" if not form.endswith("int") else s


def _date(rng: random.Random, form: str) -> str:
    d = ids.random_birth_date(rng, 2019, 2026)
    if form == "iso":
        return d.isoformat()
    if form == "compact":
        return d.strftime("%Y%m%d")
    if form == "dmy":
        return d.strftime("%d.%m.%Y")
    return f"{d.day}/{d.month}-{d.year}"


def _imei(rng: random.Random, form: str) -> str:
    return ids.make_ocr(rng, 15)


def _mod11_check(body: str, weights: tuple[int, ...]) -> int | None:
    r = 11 - sum(int(d) * w for d, w in zip(body, weights, strict=True)) % 11
    return 0 if r == 11 else (None if r == 10 else r)


def _kontono(rng: random.Random, form: str) -> str:
    """Norwegian account number: 11 digits, the last a modulus-11 check (as a fødselsnummer's)."""
    while True:
        body = f"{rng.randint(1000, 9999)}{rng.randint(0, 999999):06d}"
        check = _mod11_check(body, (5, 4, 3, 2, 7, 6, 5, 4, 3, 2))
        if check is not None:
            d = body + str(check)
            return d if form == "plain" else f"{d[:4]}.{d[4:6]}.{d[6:]}"


def _orgno(rng: random.Random, form: str) -> str:
    while True:
        body = f"{rng.choice('89')}{rng.randint(0, 9999999):07d}"
        check = _mod11_check(body, (3, 2, 7, 6, 5, 4, 3, 2))
        if check is not None:
            d = body + str(check)
            return f"{d[:3]} {d[3:6]} {d[6:]}" if form == "spaced" else d


NEGATIVE: dict[str, Callable[[random.Random, str], str]] = {
    "cvr": lambda r, f: (
        ids.make_cvr(r) if f != "spaced" else " ".join(ids.make_cvr(r)[i : i + 2] for i in range(0, 8, 2))
    ),
    "pnum": lambda r, f: ids.make_p_number(r, date_like=f != "any"),
    "orgnr": lambda r, f: ids.make_se_orgnr(r) if f != "plain" else ids.make_se_orgnr(r).replace("-", ""),
    "bg": lambda r, f: ids.make_bankgiro(r),
    "pg": lambda r, f: ids.make_plusgiro(r),
    "ocr": lambda r, f: ids.make_ocr(r, int(f) if f else None),
    "ibandk": lambda r, f: ids.group4(ids.make_iban_dk(r)) if f != "plain" else ids.make_iban_dk(r),
    "ibanse": lambda r, f: ids.group4(ids.make_iban_se(r)) if f != "plain" else ids.make_iban_se(r),
    "ean": lambda r, f: ids.make_ean13(r),
    "datelike": _datelike,
    "luhn10": _luhn10,
    "badpnr": _bad_luhn,
    "badcpr": _bad_cpr_date,
    "teldk": _phone_dk,
    "telse": _phone_se,
    "telno": _phone_no,
    "telfi": _phone_fi,
    "kontodk": _dk_account,
    "kontose": _se_account,
    "case": _case,
    "regnr": _regnr,
    "amount": _amount,
    "date": _date,
    "imei": _imei,
    "kontono": _kontono,
    "orgno": _orgno,
    "num": lambda r, f: str(r.randint(10 ** (int(f or 6) - 1), 10 ** int(f or 6) - 1)),
}


def value_for(kind: str, form: str, rng: random.Random) -> str:
    if kind == "cpr":
        return cpr_value(rng, form, no_mod11=rng.random() < 0.12 and "@" not in form, adult=True)
    if kind == "cpr7":
        return cpr_value(rng, form, no_mod11=True)
    if kind in ("pnr", "samo"):
        return pnr_value(rng, form, coordination=kind == "samo")
    if kind == "hetu":
        return ids.make_hetu(rng, _born(rng, form))
    if kind in ("fnr", "dnr"):
        fnr = ids.make_fodselsnummer(rng, _born(rng, form), d_number=kind == "dnr")
        return f"{fnr[:6]} {fnr[6:]}" if form == "space" else fnr
    return NEGATIVE[kind](rng, form)


def render(doc: Doc, source: str, rng: random.Random) -> Doc:
    """Fill ``source`` into ``doc``: values drawn in order, labels recorded as they are written."""
    out: list[str] = []
    pos = 0
    length = 0
    repeated: dict[str, str] = {}  # «kind:form#key» written again gives the same value (one person, two pages)
    for m in SLOT.finditer(source):
        chunk = source[pos : m.start()]
        out.append(chunk)
        length += len(chunk)
        if m.group(1):
            kind, form = m.group(1), m.group(2) or ""
            if "#" in form:
                key = m.group(0)
                form = form.split("#")[0]
                if key not in repeated:
                    repeated[key] = value_for(kind, form, rng)
                value = repeated[key]
            else:
                value = value_for(kind, form, rng)
            if kind in LABELLED:
                doc.labels.append({"start": length, "end": length + len(value), "entity": LABELLED[kind]})
        else:
            value = m.group(4)
            for entity in m.group(3).split("+"):
                doc.labels.append({"start": length, "end": length + len(value), "entity": entity})
        out.append(value)
        length += len(value)
        pos = m.end()
    out.append(source[pos:])
    doc.text = "".join(out)
    assert "«" not in doc.text and "⟦" not in doc.text and "⟧" not in doc.text, doc.id
    doc.labels.sort(key=lambda lab: (int(str(lab["start"])), str(lab["entity"])))
    return doc
