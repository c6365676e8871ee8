"""Markup for the v5 hold-out: hand-written text with generated numbers and labelled spans.

``«kind#var:form@opt,opt»`` is a generated number. Labelled kinds are ``cpr``, ``pnr``, ``hetu`` and ``fnr``;
every other kind is an unlabelled hard negative drawn to pass the check it imitates. ``#var`` reuses one drawn
identity inside a document (the same person written twice, perhaps in two forms). ``⟦TAG|text⟧`` labels ``text``
(``P`` = PERSON, a category name or its short tag; ``H,G`` gives two labels on one sentence). Offsets come from
this renderer while the text is built, never from a search in the finished text.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from dataclasses import dataclass, field

from benchmarks.redteam import ids

TODAY = dt.date(2026, 11, 30)
MARK = re.compile(r"«([a-z0-9_]+)(?:#(\w+))?(?::(\w+))?(?:@([\w,]+))?»|⟦([A-Za-z_,]+)\|(.*?)⟧", re.S)
TAGS = {
    "P": "PERSON",
    "H": "health",
    "G": "genetic",
    "B": "biometric",
    "TU": "trade_union",
    "R": "religion",
    "E": "ethnic_origin",
    "S": "sexual_orientation",
    "PO": "political_opinion",
    "C": "criminal_records",
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


def _date(rng: random.Random, first: int, last: int) -> dt.date:
    return ids.random_birth_date(rng, first, last)


def _ocr_damage(value: str, rng: random.Random) -> str:
    spots = [i for i, c in enumerate(value) if c in OCR_SWAP]
    if not spots:
        return value
    i = rng.choice(spots)
    return value[:i] + OCR_SWAP[value[i]] + value[i + 1 :]


# --- labelled identities ------------------------------------------------------------------------------


def _draw_cpr(rng: random.Random, opts: set[str]) -> str:
    if "jan1" in opts:
        return ids.make_cpr(rng, dt.date(rng.randint(1960, 1992), 1, 1), mod11=False)
    if "child" in opts:
        return ids.make_cpr(rng, _date(rng, 2008, 2025), mod11="mod" in opts)
    if "old" in opts:
        return ids.make_cpr(rng, _date(rng, 1921, 1940), mod11="nomod" not in opts)
    if "nomod" in opts:
        return ids.make_cpr(rng, _date(rng, 1950, 2005), mod11=False)
    return ids.make_cpr(rng, _date(rng, 1942, 2006))


def _cpr_form(d: str, form: str, rng: random.Random) -> str:
    if form == "plain":
        return d
    if form == "space":
        return f"{d[:6]} {d[6:]}"
    if form == "endash":
        return f"{d[:6]}\u2013{d[6:]}"
    if form == "dot":
        return f"{d[:2]}.{d[2:4]}.{d[4:6]}-{d[6:]}"
    if form == "wide":
        return f"{d[:6]} - {d[6:]}"
    if form == "nl":
        return f"{d[:6]}-\n{d[6:]}"
    if form == "ocr":
        return _ocr_damage(f"{d[:6]}-{d[6:]}", rng)
    if form == "ocrplain":
        return _ocr_damage(d, rng)
    return f"{d[:6]}-{d[6:]}"


def _draw_pnr(rng: random.Random, opts: set[str]) -> str:
    if "old" in opts:
        born = _date(rng, 1916, 1926)
    elif "child" in opts:
        born = _date(rng, 2008, 2025)
    elif "young" in opts:
        born = _date(rng, 1996, 2007)
    else:
        born = _date(rng, 1938, 2006)
    return ids.make_personnummer(rng, born, coordination="sam" in opts)


def _pnr_form(twelve: str, form: str, rng: random.Random) -> str:
    f = ids.pnr_forms(twelve, TODAY)
    if form in f:
        return f[form]
    if form == "nl":
        return f["short_dash"].replace("-", "-\n").replace("+", "+\n")
    if form == "long_nl":
        return f"{twelve[:8]}-\n{twelve[8:]}"
    if form == "ocr":
        return _ocr_damage(f["long_dash"], rng)
    if form == "ocrshort":
        return _ocr_damage(f["short_dash"], rng)
    if form == "endash":
        return f["long_dash"].replace("-", "\u2013")
    return f["short_dash"]


def _draw_hetu(rng: random.Random, opts: set[str]) -> str:
    if "new" in opts:
        return ids.make_hetu(rng, _date(rng, 2000, 2022))
    return ids.make_hetu(rng)


def _draw_fnr(rng: random.Random, opts: set[str]) -> str:
    return ids.make_fodselsnummer(rng, d_number="d" in opts)


def _fnr_form(d: str, form: str) -> str:
    if form == "space":
        return f"{d[:6]} {d[6:]}"
    if form == "dot":
        return f"{d[:2]}.{d[2:4]}.{d[4:6]} {d[6:]}"
    return d


LABELLED = {"cpr": "DK_CPR", "pnr": "SE_PERSONNUMMER", "hetu": "FI_PERSONAL_IDENTITY_CODE", "fnr": "NO_FODSELSNUMMER"}


# --- unlabelled hard negatives ------------------------------------------------------------------------


def _digits(rng: random.Random, n: int) -> str:
    return str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))


def _mod11_ten(rng: random.Random) -> str:
    while True:
        d = ids.date_like_ten(rng)
        if ids.cpr_is_mod11(d):
            return d


def _luhn_date12(rng: random.Random) -> str:
    born = min(_date(rng, 2023, 2026), TODAY)
    body = f"{born:%y%m%d}{rng.randint(0, 999):03d}"
    return f"{born.year // 100}" + body + ids.luhn_digit(body)


def _timestamp(rng: random.Random) -> str:
    while True:
        day = min(_date(rng, 2024, 2026), TODAY)
        stamp = f"{day:%Y%m%d}{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}"
        if ids.luhn_ok(stamp[2:]):
            return stamp


def _se_mobile_datelike(rng: random.Random) -> str:
    while True:
        body = f"070{rng.randint(1, 9)}{rng.randint(1, 28):02d}{rng.randint(0, 999):03d}"
        return body + ids.luhn_digit(body)


def _kennitala(rng: random.Random) -> str:
    while True:
        born = _date(rng, 1945, 2010)
        head = f"{born:%d%m%y}{rng.randint(20, 99):02d}"
        r = sum(int(c) * w for c, w in zip(head, (3, 2, 7, 6, 5, 4, 3, 2), strict=True)) % 11
        check = 0 if r == 0 else 11 - r
        if check == 10:
            continue
        return f"{head[:6]}-{head[6:]}{check}{9 if born.year < 2000 else 0}"


def _no_orgnr(rng: random.Random) -> str:
    while True:
        head = rng.choice("89") + "".join(str(rng.randint(0, 9)) for _ in range(7))
        r = 11 - sum(int(c) * w for c, w in zip(head, (3, 2, 7, 6, 5, 4, 3, 2), strict=True)) % 11
        if r == 10:
            continue
        return head + str(0 if r == 11 else r)


def _ytunnus(rng: random.Random) -> str:
    while True:
        head = _digits(rng, 7)
        r = sum(int(c) * w for c, w in zip(head, (7, 9, 10, 5, 8, 4, 2), strict=True)) % 11
        if r == 1:
            continue
        return f"{head}-{0 if r == 0 else 11 - r}"


def _gs1(body: str) -> str:
    total = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(body)))
    return body + str((10 - total % 10) % 10)


def _s10(rng: random.Random, country: str) -> str:
    body = "".join(str(rng.randint(0, 9)) for _ in range(8))
    c = 11 - sum(int(x) * w for x, w in zip(body, (8, 6, 4, 2, 3, 5, 9, 7), strict=True)) % 11
    check = 0 if c == 10 else 5 if c == 11 else c
    return f"{rng.choice(['RR', 'RA', 'CP', 'LX', 'UA'])}{body}{check}{country}"


def _imei(rng: random.Random) -> str:
    body = "35" + "".join(str(rng.randint(0, 9)) for _ in range(12))
    return body + ids.luhn_digit(body)


def _negative(kind: str, form: str, rng: random.Random) -> str:
    if kind in ("cvr", "senr"):
        v = ids.make_cvr(rng)
        return f"{v[:2]} {v[2:4]} {v[4:6]} {v[6:]}" if form == "space" else v
    if kind == "pnum":
        return ids.make_p_number(rng)
    if kind == "orgnr":
        v = ids.make_se_orgnr(rng)
        return v.replace("-", "") if form == "plain" else v
    if kind == "bg":
        return ids.make_bankgiro(rng)
    if kind == "pg":
        return ids.make_plusgiro(rng)
    if kind == "ocr":
        return ids.make_ocr(rng)
    if kind in ("luhn10", "ocr10"):
        v = ids.date_like_luhn_ten(rng)
        return f"{v[:6]}-{v[6:]}" if form == "dash" else v
    if kind in ("dl10", "dl10m"):
        v = ids.date_like_ten(rng) if kind == "dl10" else _mod11_ten(rng)
        return f"{v[:6]}-{v[6:]}" if form == "dash" else (f"{v[:6]} {v[6:]}" if form == "space" else v)
    if kind == "ord12":
        v = _luhn_date12(rng)
        return f"{v[:8]}-{v[8:]}" if form == "dash" else v
    if kind == "ts":
        v = _timestamp(rng)
        return f"{v[:8]}-{v[8:]}" if form == "dash" else (f"{v[:8]}_{v[8:]}" if form == "us" else v)
    if kind == "dkphone":
        v = str(rng.randint(2, 9)) + _digits(rng, 7)
        if form == "intl":
            return f"+45 {v[:2]} {v[2:4]} {v[4:6]} {v[6:]}"
        if form == "plain":
            return v
        return f"{v[:2]} {v[2:4]} {v[4:6]} {v[6:]}"
    if kind == "semobile":
        v = _se_mobile_datelike(rng)
        if form == "intl":
            return f"+46 {v[1:3]} {v[3:6]} {v[6:8]} {v[8:]}"
        if form == "dash":
            return f"{v[:3]}-{v[3:6]} {v[6:8]} {v[8:]}"
        return v
    if kind == "sephone":
        v = f"08-{rng.randint(100, 799)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
        return v
    if kind == "nophone":
        v = f"{rng.choice('49')}{_digits(rng, 7)}"
        return f"+47 {v[:3]} {v[3:5]} {v[5:]}" if form == "intl" else v
    if kind == "fiphone":
        return f"+358 {rng.choice(['40', '44', '50'])} {rng.randint(100, 999)} {rng.randint(1000, 9999)}"
    if kind == "imei":
        return _imei(rng)
    if kind in ("ean", "gln"):
        return ids.make_ean13(rng, rng.choice(["57", "73", "570", "735"]))
    if kind == "sscc":
        return _gs1("00" + "57" + "".join(str(rng.randint(0, 9)) for _ in range(13)))
    if kind == "s10":
        return _s10(rng, form.upper() if form else "DK")
    if kind == "iban_dk":
        v = ids.make_iban_dk(rng)
        return ids.group4(v) if form != "plain" else v
    if kind == "iban_se":
        v = ids.make_iban_se(rng)
        return ids.group4(v) if form != "plain" else v
    if kind == "dkacct":
        return f"{rng.randint(1000, 9999)} {ids.date_like_ten(rng)}"
    if kind == "seacct":
        return f"{rng.randint(3000, 9999)}-{rng.randint(1, 9)},{_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 3)}-{rng.randint(0, 9)}"
    if kind == "kt":
        return _kennitala(rng)
    if kind == "noorg":
        v = _no_orgnr(rng)
        return f"{v[:3]} {v[3:6]} {v[6:]}" if form == "space" else v
    if kind == "ytunnus":
        return _ytunnus(rng)
    if kind == "imp":  # an impossible date: day 32-39 or month 13-19 in a CPR shape
        return f"{rng.randint(32, 39)}{rng.randint(1, 12):02d}{rng.randint(40, 99)}-{rng.randint(0, 9999):04d}"
    if kind == "num":
        return _digits(rng, int(form or 8))
    if kind == "amount":
        return f"{rng.randint(1, 99)}.{rng.randint(0, 999):03d},{rng.randint(0, 99):02d}"
    raise ValueError(f"unknown number kind {kind!r}")


# --- rendering ----------------------------------------------------------------------------------------


def render(doc: Doc, source: str, rng: random.Random) -> Doc:
    """Fill ``source`` into ``doc`` (text and labels) and return it."""
    memory: dict[str, str] = {}
    parts: list[str] = []
    pos = 0
    last = 0
    for m in MARK.finditer(source):
        plain = source[last : m.start()]
        parts.append(plain)
        pos += len(plain)
        last = m.end()
        if m.group(5):
            text = m.group(6)
            for tag in m.group(5).split(","):
                doc.labels.append({"start": pos, "end": pos + len(text), "entity": TAGS.get(tag, tag)})
            parts.append(text)
            pos += len(text)
            continue
        kind, var, form, opt = m.group(1), m.group(2), m.group(3) or "", m.group(4) or ""
        opts = set(opt.split(",")) if opt else set()
        key = f"{kind}#{var}" if var else ""
        if kind in LABELLED:
            if key and key in memory:
                raw = memory[key]
            else:
                raw = {"cpr": _draw_cpr, "pnr": _draw_pnr, "hetu": _draw_hetu, "fnr": _draw_fnr}[kind](rng, opts)
                if key:
                    memory[key] = raw
            if kind == "cpr":
                value = _cpr_form(raw, form, rng)
            elif kind == "pnr":
                value = _pnr_form(raw, form, rng)
            elif kind == "fnr":
                value = _fnr_form(raw, form)
            else:
                value = raw
            doc.labels.append({"start": pos, "end": pos + len(value), "entity": LABELLED[kind]})
        else:
            if key and key in memory:
                value = memory[key]
            else:
                value = _negative(kind, form, rng)
                if key:
                    memory[key] = value
        parts.append(value)
        pos += len(value)
    parts.append(source[last:])
    doc.text = "".join(parts)
    for tag in ("PERSON",):
        assert all(lab["entity"] != tag or doc.text[int(lab["start"]) : int(lab["end"])] for lab in doc.labels)  # type: ignore[call-overload]
    for ch in "«»⟦⟧":
        if ch in doc.text and ch in "⟦⟧":
            raise ValueError(f"{doc.id}: unrendered markup")
    return doc


def parse_bank(source: str) -> list[tuple[str, str, str]]:
    """Split a bank of hand-written documents: a line ``=== family lang`` starts each document."""
    out: list[tuple[str, str, str]] = []
    for chunk in re.split(r"^=== ", source, flags=re.M)[1:]:
        head, _, body = chunk.partition("\n")
        family, lang = head.split()
        out.append((family, lang, body.strip("\n")))
    return out
