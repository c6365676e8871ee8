"""Markup for the v6 hold-out: numbers drawn to the public rules, labelled spans with renderer offsets.

Markup (written for this set):

- ``«kind»``, ``«kind:form»``, ``«kind#v:form@opt,opt»``: a generated number. Labelled kinds are ``cpr``
  (DK_CPR), ``pnr`` and ``sam`` (SE_PERSONNUMMER, samordningsnummer), ``hetu`` (FI_PERSONAL_IDENTITY_CODE),
  ``fnr`` and ``dnr`` (NO_FODSELSNUMMER, D-number). Every other kind is an unlabelled hard negative drawn to
  pass the check it imitates. ``#v`` names one identity inside a document (the same ``#v`` gives the same
  person again, perhaps in another written form).
- ``⟦text⟧`` a PERSON span; ``⟦TAGS|text⟧`` a span labelled with each of the comma-separated TAGS (category
  names, or ``P`` for PERSON). Markup inside a span is rendered first, so a span may hold numbers.

Offsets are counted while the text is built, never searched for afterwards.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import string
from collections.abc import Callable
from dataclasses import dataclass, field

from benchmarks.redteam import ids

TODAY = dt.date(2026, 12, 1)

TAGS = {
    "P": "PERSON",
    "H": "health",
    "G": "genetic",
    "B": "biometric",
    "U": "trade_union",
    "R": "religion",
    "E": "ethnic_origin",
    "S": "sexual_orientation",
    "O": "political_opinion",
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


# --- labelled identifiers ----------------------------------------------------------------------------


def _born(rng: random.Random, opts: set[str]) -> dt.date:
    if "child" in opts:
        return ids.random_birth_date(rng, 2008, 2024)
    if "teen" in opts:
        return ids.random_birth_date(rng, 2008, 2010)
    if "small" in opts:
        return ids.random_birth_date(rng, 2021, 2024)
    if "old" in opts:
        return ids.random_birth_date(rng, 1919, 1926)
    if "senior" in opts:
        return ids.random_birth_date(rng, 1930, 1950)
    if "jan1" in opts:
        return dt.date(rng.randint(1960, 1992), 1, 1)
    return ids.random_birth_date(rng, 1945, 2006)


def _cpr_digits(rng: random.Random, opts: set[str]) -> str:
    if "n" in opts:  # issued since 2007 without the modulus-11 check
        if "child" in opts:
            born = ids.random_birth_date(rng, 2008, 2024)
        elif "jan1" in opts or rng.random() < 0.5:
            born = dt.date(rng.randint(1960, 1992), 1, 1)
        else:
            born = _born(rng, opts)
        return ids.make_cpr(rng, born, mod11=False)
    return ids.make_cpr(rng, _born(rng, opts), mod11=True)


def _ocr_damage(s: str, rng: random.Random) -> str:
    spots = [i for i, c in enumerate(s) if c in OCR_SWAP]
    if not spots:
        return s
    chars = list(s)
    for i in rng.sample(spots, min(len(spots), rng.choice([1, 1, 2]))):
        chars[i] = OCR_SWAP[chars[i]]
    return "".join(chars)


def cpr_form(d: str, form: str, rng: random.Random) -> str:
    if form == "any":
        form = rng.choice(["dash", "dash", "dash", "plain", "space"])
    if form == "dash":
        return f"{d[:6]}-{d[6:]}"
    if form == "plain":
        return d
    if form == "space":
        return f"{d[:6]} {d[6:]}"
    if form == "endash":
        return f"{d[:6]}\u2013{d[6:]}"
    if form == "spdash":
        return f"{d[:6]} - {d[6:]}"
    if form == "nl":
        return f"{d[:6]}-\n{d[6:]}"
    if form == "ocr":
        return _ocr_damage(f"{d[:6]}-{d[6:]}", rng)
    if form == "boxes":
        return " ".join(d[:6]) + " - " + " ".join(d[6:])
    if form == "dots":
        return f"{d[:2]}.{d[2:4]}.{d[4:6]}-{d[6:]}"
    if form == "pairs":
        return " ".join(d[i : i + 2] for i in range(0, 10, 2))
    raise ValueError(f"cpr form {form}")


def pnr_form(twelve: str, form: str, rng: random.Random) -> str:
    old = TODAY.year - int(twelve[:4]) >= 100
    sep = "+" if old else "-"
    if form == "any":
        form = rng.choice(["short_dash", "short_dash", "long_dash", "long", "short"])
    if form == "short_dash":
        return f"{twelve[2:8]}{sep}{twelve[8:]}"
    if form == "short":
        return twelve[2:]
    if form == "long":
        return twelve
    if form == "long_dash":
        return f"{twelve[:8]}-{twelve[8:]}"
    if form == "long_space":
        return f"{twelve[:8]} {twelve[8:]}"
    if form == "nl":
        return f"{twelve[2:8]}{sep}\n{twelve[8:]}"
    if form == "ocr":
        return _ocr_damage(f"{twelve[2:8]}{sep}{twelve[8:]}", rng)
    if form == "endash":
        return f"{twelve[:8]}\u2013{twelve[8:]}"
    raise ValueError(f"pnr form {form}")


def _pnr(rng: random.Random, opts: set[str], coordination: bool) -> str:
    return ids.make_personnummer(rng, _born(rng, opts), coordination=coordination)


def _hetu(rng: random.Random, opts: set[str]) -> str:
    if "old" in opts:
        return ids.make_hetu(rng, ids.random_birth_date(rng, 1920, 1940))
    if "child" in opts:
        return ids.make_hetu(rng, ids.random_birth_date(rng, 2005, 2022))
    return ids.make_hetu(rng)


# --- hard negatives (unlabelled) ---------------------------------------------------------------------


def _digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def _mod11_no(body: str, weights: tuple[int, ...]) -> int | None:
    r = 11 - sum(int(d) * w for d, w in zip(body, weights, strict=True)) % 11
    return 0 if r == 11 else (None if r == 10 else r)


def no_orgnr(rng: random.Random) -> str:
    while True:
        body = str(rng.choice([8, 9])) + _digits(rng, 7)
        k = _mod11_no(body, (3, 2, 7, 6, 5, 4, 3, 2))
        if k is not None:
            return body + str(k)


def fi_ytunnus(rng: random.Random) -> str:
    while True:
        body = str(rng.randint(1, 3)) + _digits(rng, 6)
        r = sum(int(d) * w for d, w in zip(body, (7, 9, 10, 5, 8, 4, 2), strict=True)) % 11
        if r == 1:
            continue
        return f"{body}-{0 if r == 0 else 11 - r}"


def kennitala(rng: random.Random) -> str:
    while True:
        born = ids.random_birth_date(rng, 1950, 2005)
        body = born.strftime("%d%m%y") + _digits(rng, 2)
        k = _mod11_no(body, (3, 2, 7, 6, 5, 4, 3, 2))
        if k is None:
            continue
        century = "9" if born.year < 2000 else "0"
        return f"{body[:6]}-{body[6:]}{k}{century}"


def s10(rng: random.Random, country: str) -> str:
    """UPU S10 tracking number (RR123456785SE): eight digits and a mod-11 check digit."""
    body = _digits(rng, 8)
    r = 11 - sum(int(d) * w for d, w in zip(body, (8, 6, 4, 2, 3, 5, 9, 7), strict=True)) % 11
    check = {10: 0, 11: 5}.get(r, r)
    return f"{rng.choice(['RR', 'RB', 'CP', 'LX', 'EE'])}{body}{check}{country}"


def sscc(rng: random.Random) -> str:
    body = "00" + rng.choice(["5790", "7350", "5701"]) + _digits(rng, 11)
    # GS1 weights from the right: 3, 1, 3...
    total = sum(int(d) * (3 if (len(body) - i) % 2 == 1 else 1) for i, d in enumerate(body))
    return body + str((10 - total % 10) % 10)


def imei(rng: random.Random) -> str:
    body = rng.choice(["35", "86", "01", "35"]) + _digits(rng, 12)
    return body + ids.luhn_digit(body)


def vin(rng: random.Random) -> str:
    """ISO 3779 VIN with the (North American) check digit in position 9: European VINs often have one too."""
    alphabet = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    values = {c: v for c, v in zip("ABCDEFGH", range(1, 9), strict=True)}
    values |= {c: v for c, v in zip("JKLMN", range(1, 6), strict=True)} | {"P": 7, "R": 9}
    values |= {c: v for c, v in zip("STUVWXYZ", range(2, 10), strict=True)}
    values |= {str(d): d for d in range(10)}
    weights = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
    wmi = rng.choice(["WVW", "YV1", "WBA", "VF1", "TMB", "YS3", "WDD", "JTD"])
    chars = list(
        wmi
        + "".join(rng.choice(alphabet) for _ in range(5))
        + "0"
        + rng.choice("LMNPRST")
        + "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(1))
        + _digits(rng, 6)
    )
    total = sum(values[c] * w for c, w in zip(chars, weights, strict=True))
    chars[8] = "X" if total % 11 == 10 else str(total % 11)
    return "".join(chars)


def tstamp(rng: random.Random) -> str:
    """YYMMDD-HHMM written by a system, drawn so that it also passes Luhn like a short personnummer."""
    day = TODAY - dt.timedelta(days=rng.randint(0, 700))
    hh = rng.randint(6, 22)
    body = f"{day:%y%m%d}{hh:02d}{rng.randint(0, 5)}"
    return f"{body[:6]}-{body[6:]}{ids.luhn_digit(body)}"


def phone_dk(rng: random.Random, form: str) -> str:
    n = str(rng.choice([2, 3, 4, 5, 6, 7, 8, 9])) + _digits(rng, 7)
    if form == "plain":
        return n
    if form == "intl":
        return f"+45 {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}"
    if form == "00":
        return f"0045 {n}"
    if form == "pairs":
        return f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:]}"
    return f"{n[:4]} {n[4:]}"


def phone_se(rng: random.Random, form: str) -> str:
    mob = "07" + rng.choice("023369") + _digits(rng, 7)
    if form == "plain":
        # mobiles written without spaces are ten digits that often read as a date DDMMYY
        while not ids.cpr_birth_date(mob):
            mob = "07" + rng.choice("023369") + _digits(rng, 7)
        return mob
    if form == "intl":
        return f"+46 {mob[1:3]} {mob[3:6]} {mob[6:8]} {mob[8:]}"
    if form == "land":
        area = rng.choice(["08", "031", "040", "018", "090", "013"])
        rest = _digits(rng, 9 - len(area) + 1)
        return f"{area}-{rest[:3]} {rest[3:5]} {rest[5:]}".strip()
    return f"{mob[:3]}-{mob[3:6]} {mob[6:8]} {mob[8:]}"


def phone_no(rng: random.Random) -> str:
    n = rng.choice(["4", "9"]) + _digits(rng, 7)
    return f"+47 {n[:3]} {n[3:5]} {n[5:]}"


def phone_fi(rng: random.Random) -> str:
    return f"+358 40 {_digits(rng, 3)} {_digits(rng, 4)}"


def date_like_dash(rng: random.Random) -> str:
    d = ids.date_like_ten(rng)
    return f"{d[:6]}-{d[6:]}"


def luhn_date_dash(rng: random.Random) -> str:
    d = ids.date_like_luhn_ten(rng)
    return f"{d[:6]}-{d[6:]}"


def ocr_ref(rng: random.Random, n: int) -> str:
    return ids.make_ocr(rng, n)


def se_account(rng: random.Random) -> str:
    clearing = rng.choice(["8327-9", "6000", "9150", "5000", "9960", "8214-9"])
    return f"{clearing}, {_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 3)}-{rng.randint(0, 9)}"


def dk_account(rng: random.Random) -> str:
    return f"{rng.randint(1000, 9999)} {ids.date_like_ten(rng)}"


def pnum(rng: random.Random) -> str:
    return ids.make_p_number(rng, True)


def orgnr(rng: random.Random, form: str) -> str:
    o = ids.make_se_orgnr(rng)
    if form == "plain":
        return o.replace("-", "")
    if form == "vat":
        return "SE" + o.replace("-", "") + "01"
    return o


def cvr(rng: random.Random, form: str) -> str:
    c = ids.make_cvr(rng)
    if form == "dk":
        return "DK" + c
    if form == "spaced":
        return f"{c[:2]} {c[2:4]} {c[4:6]} {c[6:]}"
    if form == "dash":
        return f"DK-{c}"
    return c


def bad_cpr(rng: random.Random) -> str:
    """A DDMMYY-NNNN with an impossible date (31 April, 30 February, month 13)."""
    dd, mm = rng.choice([("31", "04"), ("30", "02"), ("31", "06"), ("31", "11"), ("14", "13"), ("00", "05")])
    return f"{dd}{mm}{rng.randint(50, 99)}-{_digits(rng, 4)}"


def bad_pnr(rng: random.Random) -> str:
    """A short personnummer shape whose Luhn digit is wrong."""
    d = ids.date_like_luhn_ten(rng)
    last = str((int(d[-1]) + rng.randint(1, 9)) % 10)
    return f"{d[:6]}-{d[6:9]}{last}"


def masked_cpr(rng: random.Random, form: str) -> str:
    d = ids.make_cpr(rng)
    return f"{d[:6]}-{ {'x': 'xxxx', 'X': 'XXXX', 'star': '****'}.get(form, 'XXXX') }"


def masked_pnr(rng: random.Random, form: str) -> str:
    d = ids.make_personnummer(rng)
    return f"{d[2:8]}-{ {'x': 'xxxx', 'X': 'XXXX', 'star': '****'}.get(form, '****') }"


NEGATIVES: dict[str, Callable[[random.Random, str], str]] = {
    "cvr": cvr,
    "senr": lambda r, f: ids.make_cvr(r),
    "pnum": lambda r, f: pnum(r),
    "orgnr": orgnr,
    "noorg": lambda r, f: (lambda n: f"{n[:3]} {n[3:6]} {n[6:]}" if f == "spaced" else n)(no_orgnr(r)),
    "ytunnus": lambda r, f: fi_ytunnus(r),
    "kennitala": lambda r, f: kennitala(r) if f != "plain" else kennitala(r).replace("-", ""),
    "bankgiro": lambda r, f: ids.make_bankgiro(r),
    "plusgiro": lambda r, f: ids.make_plusgiro(r),
    "ocr": lambda r, f: ocr_ref(r, int(f) if f.isdigit() else r.randint(8, 16)),
    "ocr10": lambda r, f: ids.date_like_luhn_ten(r),
    "dl10": lambda r, f: ids.date_like_ten(r),
    "dl10d": lambda r, f: date_like_dash(r),
    "lu10d": lambda r, f: luhn_date_dash(r),
    "phdk": lambda r, f: phone_dk(r, f),
    "phse": lambda r, f: phone_se(r, f),
    "phno": lambda r, f: phone_no(r),
    "phfi": lambda r, f: phone_fi(r),
    "imei": lambda r, f: (lambda i: f"{i[:2]} {i[2:8]} {i[8:14]} {i[14]}" if f == "spaced" else i)(imei(r)),
    "ean": lambda r, f: ids.make_ean13(r, f if f.isdigit() else "57"),
    "gln": lambda r, f: ids.make_ean13(r, "57" if f != "se" else "73"),
    "vin": lambda r, f: vin(r),
    "ibandk": lambda r, f: ids.group4(ids.make_iban_dk(r)) if f == "spaced" else ids.make_iban_dk(r),
    "ibanse": lambda r, f: ids.group4(ids.make_iban_se(r)) if f == "spaced" else ids.make_iban_se(r),
    "kontodk": lambda r, f: dk_account(r),
    "kontose": lambda r, f: se_account(r),
    "s10": lambda r, f: s10(r, f or "DK"),
    "sscc": lambda r, f: sscc(r),
    "tstamp": lambda r, f: tstamp(r),
    "badcpr": lambda r, f: bad_cpr(r),
    "badpnr": lambda r, f: bad_pnr(r),
    "mcpr": masked_cpr,
    "mpnr": masked_pnr,
    "n": lambda r, f: _digits(r, int(f or "6")),
    "amount": lambda r, f: f"{r.randint(1, 99)}.{r.randint(0, 999):03d},{r.randint(0, 99):02d}",
    "date": lambda r, f: (TODAY - dt.timedelta(days=r.randint(0, 900))).strftime(f or "%d.%m.%Y"),
    "year": lambda r, f: str(r.randint(1985, 2026)),
    "byear": lambda r, f: str(r.randint(1940, 2004)),
    "bdate": lambda r, f: ids.random_birth_date(r, 1940, 2004).strftime(f or "%d.%m.%Y"),
    "kdate": lambda r, f: ids.random_birth_date(r, 2011, 2019).strftime(f or "%d.%m.%Y"),
    "time": lambda r, f: (
        f"{r.randint(6, 22):02d}:{r.randint(0, 59):02d}" + (f":{r.randint(0, 59):02d}" if f == "s" else "")
    ),
    "letters": lambda r, f: "".join(r.choice(string.ascii_uppercase) for _ in range(int(f or "6"))),
}

LABELLED = {"cpr": "DK_CPR", "pnr": "SE_PERSONNUMMER", "sam": "SE_PERSONNUMMER", "hetu": "FI_PERSONAL_IDENTITY_CODE"}
LABELLED |= {"fnr": "NO_FODSELSNUMMER", "dnr": "NO_FODSELSNUMMER"}

MARK = re.compile(r"«([^»]+)»|⟦(?:([A-Z](?:,[A-Z])*)\|)?|⟧")
SPEC = re.compile(r"^(?P<kind>[a-z0-9]+)(?:#(?P<var>\w+))?(?::(?P<form>[^@#]*))?(?:@(?P<opts>[\w,]+))?$")


class Renderer:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.vars: dict[str, str] = {}

    def number(self, spec: str) -> tuple[str, str | None]:
        m = SPEC.match(spec)
        if not m:
            raise ValueError(f"bad spec {spec!r}")
        kind, var, form = m["kind"], m["var"], m["form"] or ""
        opts = set((m["opts"] or "").split(",")) - {""}
        rng = self.rng
        if kind in LABELLED:
            key = f"{kind}#{var}" if var else None
            raw = self.vars.get(key) if key else None
            if raw is None:
                if kind == "cpr":
                    raw = _cpr_digits(rng, opts)
                elif kind in ("pnr", "sam"):
                    raw = _pnr(rng, opts, kind == "sam")
                elif kind == "hetu":
                    raw = _hetu(rng, opts)
                else:
                    born = ids.random_birth_date(rng, 1940, 2020)
                    raw = ids.make_fodselsnummer(rng, born, d_number=kind == "dnr")
                if key:
                    self.vars[key] = raw
            if kind == "cpr":
                text = cpr_form(raw, form or "dash", rng)
            elif kind in ("pnr", "sam"):
                text = pnr_form(raw, form or "short_dash", rng)
            elif kind == "hetu":
                text = raw
            else:
                text = f"{raw[:6]} {raw[6:]}" if form == "space" else raw
            return text, LABELLED[kind]
        if kind not in NEGATIVES:
            raise ValueError(f"unknown kind {kind!r}")
        if var and f"{kind}#{var}" in self.vars:
            return self.vars[f"{kind}#{var}"], None
        text = NEGATIVES[kind](rng, form)
        if var:
            self.vars[f"{kind}#{var}"] = text
        return text, None


def render(doc: Doc, source: str, rng: random.Random) -> Doc:
    """Fill ``source``'s markup into ``doc`` (text and labels); raises ValueError on bad markup."""
    r = Renderer(rng)
    out: list[str] = []
    pos = 0
    length = 0
    stack: list[tuple[int, list[str]]] = []
    labels: list[dict[str, object]] = []
    for m in MARK.finditer(source):
        chunk = source[pos : m.start()]
        out.append(chunk)
        length += len(chunk)
        pos = m.end()
        if m.group(1) is not None:
            value, entity = r.number(m.group(1))
            if entity:
                labels.append({"start": length, "end": length + len(value), "entity": entity})
            out.append(value)
            length += len(value)
        elif m.group(0).startswith("⟦"):
            stack.append((length, (m.group(2) or "P").split(",")))
        else:
            if not stack:
                raise ValueError(f"unbalanced ⟧ in {doc.id}")
            start, tags = stack.pop()
            for t in tags:
                labels.append({"start": start, "end": length, "entity": TAGS[t]})
    if stack:
        raise ValueError(f"unbalanced ⟦ in {doc.id}")
    out.append(source[pos:])
    doc.text = "".join(out)
    for lab in labels:
        s, e = int(str(lab["start"])), int(str(lab["end"]))
        # a span's own edges are trimmed of spaces: markup is written loosely by hand
        while s < e and doc.text[s] in " \t":
            s += 1
        while e > s and doc.text[e - 1] in " \t":
            e -= 1
        if s == e:
            raise ValueError(f"empty span in {doc.id}")
        lab["start"], lab["end"] = s, e
    labels.sort(key=lambda lab: (int(str(lab["start"])), int(str(lab["end"])), str(lab["entity"])))
    doc.labels = labels
    return doc


def banks(text: str) -> list[tuple[str, str, str]]:
    """Split a bank of hand-written documents: a line ``=== family lang`` starts each document."""
    docs: list[tuple[str, str, str]] = []
    current: list[str] = []
    head: tuple[str, str] | None = None
    for line in text.split("\n"):
        if line.startswith("=== "):
            if head:
                docs.append((head[0], head[1], "\n".join(current).strip("\n")))
            parts = line[4:].split()
            head = (parts[0], parts[1])
            current = []
        else:
            current.append(line)
    if head:
        docs.append((head[0], head[1], "\n".join(current).strip("\n")))
    return docs


def letters(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.ascii_uppercase) for _ in range(n))
