"""Slot renderer for the v9 hold-out: hand-written text with number slots, labels from the renderer.

A document is written by hand with slots; only the numbers are drawn (from ``benchmarks/redteam/ids.py``):

- ``[[KIND:opts#key]]`` a true identifier, labelled exactly as written. KIND is ``cpr``, ``pnr``, ``hetu``
  or ``fnr``; ``#key`` makes later slots with the same key reuse the same person's number (in any form).
- ``{{KIND:opts#key}}`` an unlabelled number: a business number, phone, date, masked or broken identifier.

The offsets of every label come from the renderer while the text is assembled, never from a search.
"""

from __future__ import annotations

import datetime as dt
import random
import re

from benchmarks.redteam import ids
from benchmarks.redteam.common import Doc

TODAY = dt.date(2026, 12, 2)
SLOT = re.compile(r"\[\[(\w+)(?::([\w,]*))?(?:#(\w+))?\]\]|\{\{(\w+)(?::([\w,]*))?(?:#(\w+))?\}\}")
ENTITY = {"cpr": "DK_CPR", "pnr": "SE_PERSONNUMMER", "hetu": "FI_PERSONAL_IDENTITY_CODE", "fnr": "NO_FODSELSNUMMER"}
# OCR misreadings a careful reader still reads back as digits (the checks map them back).
OCR_SWAP = {"0": "O", "1": "l", "5": "S", "8": "B"}
# Birth-date ranges for people whose age the text implies (daycare, school, a teenager, a grown child).
AGES = {
    "small": (dt.date(2020, 10, 1), dt.date(2025, 6, 30)),
    "school": (dt.date(2012, 1, 1), dt.date(2020, 6, 30)),
    "teen": (dt.date(2007, 10, 1), dt.date(2011, 12, 31)),
    "mid": (dt.date(1960, 1, 1), dt.date(1985, 12, 31)),
    "young": (dt.date(1984, 1, 1), dt.date(2000, 12, 31)),
    "senior": (dt.date(1946, 1, 1), dt.date(1962, 12, 31)),
}


def _date(rng: random.Random, first: dt.date, last: dt.date) -> dt.date:
    return dt.date.fromordinal(rng.randint(first.toordinal(), last.toordinal()))


def _cpr_digits(rng: random.Random, opts: set[str]) -> str:
    nomod = "nomod" in opts
    if "kid" in opts:
        born = _date(rng, dt.date(2007, 10, 1), dt.date(2025, 12, 31))
    elif any(o in AGES for o in opts):
        born = _date(rng, *AGES[next(o for o in opts if o in AGES)])
    elif "baby" in opts:
        born = _date(rng, dt.date(2025, 6, 1), dt.date(2026, 11, 20))
    elif "jan1" in opts:
        born = dt.date(rng.randint(1960, 1992), 1, 1)
    elif "old" in opts:
        born = _date(rng, dt.date(1922, 1, 1), dt.date(1945, 12, 31))
    elif nomod and "anyd" not in opts:
        # Numbers without modulus 11 are issued for births since October 2007 and on crowded 1 January dates.
        if rng.random() < 0.6:
            born = _date(rng, dt.date(2007, 10, 1), dt.date(2025, 12, 31))
        else:
            born = dt.date(rng.randint(1960, 1992), 1, 1)
    else:
        born = ids.random_birth_date(rng, 1946, 2006)
    return ids.make_cpr(rng, born, mod11=not nomod)


def _pnr_digits(rng: random.Random, opts: set[str]) -> str:
    if "old" in opts:
        born = _date(rng, dt.date(1916, 1, 1), dt.date(1926, 11, 30))
    elif "kid" in opts:
        born = _date(rng, dt.date(2008, 1, 1), dt.date(2024, 12, 31))
    elif any(o in AGES for o in opts):
        born = _date(rng, *AGES[next(o for o in opts if o in AGES)])
    else:
        born = ids.random_birth_date(rng, 1942, 2006)
    return ids.make_personnummer(rng, born, coordination="samo" in opts)


def _hetu(rng: random.Random, opts: set[str]) -> str:
    if "b" in opts or "y" in opts:
        if "b" in opts:
            born, sign = _date(rng, dt.date(2000, 1, 1), dt.date(2022, 12, 31)), "B"
        else:
            born, sign = _date(rng, dt.date(1940, 1, 1), dt.date(1999, 12, 31)), "Y"
        base = f"{born:%d%m}{born.year % 100:02d}{rng.randint(2, 899):03d}"
        return f"{base[:6]}{sign}{base[6:]}{ids.HETU_CHECK[int(base) % 31]}"
    if "a" in opts:
        return ids.make_hetu(rng, _date(rng, dt.date(2000, 1, 1), dt.date(2022, 12, 31)))
    return ids.make_hetu(rng)


def draw_true(kind: str, rng: random.Random, opts: set[str], born: dt.date | None = None) -> str:
    """The canonical value of a new person: CPR 10 digits, personnummer 12, HETU as issued, fødselsnummer 11.
    ``born``: the person's birth date is already known (their number of another country was drawn first)."""
    if born is not None:
        if kind == "cpr":
            return ids.make_cpr(rng, born, mod11="nomod" not in opts)
        if kind == "pnr":
            return ids.make_personnummer(rng, born, coordination="samo" in opts)
        if kind == "hetu":
            return ids.make_hetu(rng, born)
        return ids.make_fodselsnummer(rng, born, d_number="dnr" in opts)
    if kind == "cpr":
        return _cpr_digits(rng, opts)
    if kind == "pnr":
        return _pnr_digits(rng, opts)
    if kind == "hetu":
        return _hetu(rng, opts)
    if kind == "fnr":
        return ids.make_fodselsnummer(rng, d_number="dnr" in opts)
    raise ValueError(kind)


def write_true(kind: str, value: str, opts: set[str], rng: random.Random) -> str:
    """The number as the writer wrote it."""
    if kind == "cpr":
        head, tail = value[:6], value[6:]
        if "plain" in opts:
            out = value
        elif "space" in opts:
            out = f"{head} {tail}"
        elif "endash" in opts:
            out = f"{head}\u2013{tail}"
        elif "dot" in opts:
            out = f"{head[:2]}.{head[2:4]}.{head[4:]}-{tail}"
        elif "nl" in opts:
            out = f"{head}-\n{tail}"
        elif "spdash" in opts:
            out = f"{head} - {tail}"
        else:
            out = f"{head}-{tail}"
    elif kind == "pnr":
        forms = ids.pnr_forms(value, TODAY)
        if "l" in opts:
            out = forms["long"]
        elif "ld" in opts:
            out = forms["long_dash"]
        elif "ls" in opts:
            out = forms["long_space"]
        elif "s" in opts:
            out = forms["short"]
        elif "nl" in opts:
            out = forms["short_dash"].replace("-", "-\n").replace("+", "+\n")
        else:
            out = forms["short_dash"]
    elif kind == "hetu":
        out = value
    else:
        out = f"{value[:6]} {value[6:]}" if "space" in opts else value
    if "ocr" in opts:
        # One or two digits misread, as a scan gives them; a careful reader still reads the number.
        chars = list(out)
        spots = [i for i, c in enumerate(chars) if c in OCR_SWAP]
        for i in rng.sample(spots, min(len(spots), rng.choice((1, 2)))):
            chars[i] = OCR_SWAP[chars[i]]
        out = "".join(chars)
    return out


def _phone(rng: random.Random, country: str, opts: set[str]) -> str:
    if country == "dk":
        d = f"{rng.choice('23456789')}{rng.randint(0, 9999999):07d}"
        style = rng.randrange(4)
        if "plain" in opts or style == 0:
            return d
        if style == 1:
            return f"{d[:2]} {d[2:4]} {d[4:6]} {d[6:]}"
        if style == 2:
            return f"+45 {d[:4]} {d[4:]}"
        return f"+45{d}"
    if country == "se":
        # Mobiles 070x..: ten digits that often read as a CPR date (day 07, month 0x).
        d = f"07{rng.choice('0236')}{rng.randint(1, 9)}{rng.randint(0, 999999):06d}"
        style = rng.randrange(4)
        if "plain" in opts or style == 0:
            return d
        if style == 1:
            return f"{d[:3]}-{d[3:6]} {d[6:8]} {d[8:]}"
        if style == 2:
            return f"+46 {d[1:3]} {d[3:6]} {d[6:8]} {d[8:]}"
        return f"{d[:3]}-{d[3:]}"
    if country == "sefix":
        d = f"0{rng.choice(['8', '31', '40', '18', '90'])}"
        rest = f"{rng.randint(100000, 9999999)}"
        return f"{d}-{rest[:-4]} {rest[-4:-2]} {rest[-2:]}"
    if country == "no":
        d = f"{rng.choice('49')}{rng.randint(0, 9999999):07d}"
        return f"+47 {d[:3]} {d[3:5]} {d[5:]}" if rng.random() < 0.5 else f"{d[:3]} {d[3:5]} {d[5:]}"
    d = f"4{rng.choice('0145')}{rng.randint(0, 9999999):07d}"
    return f"+358 {d[:2]} {d[2:5]} {d[5:]}" if rng.random() < 0.5 else f"0{d[:2]} {d[2:5]} {d[5:]}"


def _bad_cpr(rng: random.Random) -> str:
    """Ten digits that cannot be a CPR: day 32-39 or month 13-19."""
    if rng.random() < 0.5:
        head = f"{rng.randint(32, 39)}{rng.randint(1, 12):02d}{rng.randint(0, 99):02d}"
    else:
        head = f"{rng.randint(1, 28):02d}{rng.randint(13, 19)}{rng.randint(0, 99):02d}"
    return head + f"{rng.randint(0, 9999):04d}"


def _bad_luhn(rng: random.Random) -> str:
    good = ids.make_personnummer(rng)[2:]
    last = str((int(good[-1]) + rng.randint(1, 9)) % 10)
    return good[:-1] + last


def _mask(kind: str, value: str, opts: set[str]) -> str:
    star = "*" if "star" in opts else "X"
    if kind == "cpr":
        if "last4" in opts:
            return f"{star * 6}-{value[6:]}"
        return f"{value[:6]}-{star * 4}"
    if kind == "pnr":
        if "last4" in opts:
            return f"{star * 6}-{value[8:]}"
        return f"{value[2:8]}-{star * 4}"
    if kind == "hetu":
        return f"{value[:7]}{star * 4}"
    return f"{value[:6]}{star * 5}"


def birth_date(kind: str, value: str) -> dt.date:
    """The birth date a number states (samordningsnummer day - 60, D-number day - 40)."""
    if kind == "cpr":
        born = ids.cpr_birth_date(value)
        assert born is not None
        return born
    if kind == "pnr":
        day = int(value[6:8])
        return dt.date(int(value[:4]), int(value[4:6]), day - 60 if day > 60 else day)
    if kind == "hetu":
        century = {"+": 1800, "-": 1900, "Y": 1900, "A": 2000, "B": 2000}[value[6]]
        return dt.date(century + int(value[4:6]), int(value[2:4]), int(value[:2]))
    day, yy, ind = int(value[:2]), int(value[4:6]), int(value[6:9])
    century = 2000 if ind >= 500 and yy < 40 else 1900
    return dt.date(century + yy, int(value[2:4]), day - 40 if day > 40 else day)


def _same_birth(opts: set[str], people: dict[str, tuple[str, str]]) -> dt.date | None:
    """``as_KEY``: born the same day as the person ``KEY`` (one person's numbers of two countries)."""
    key = next((o[3:] for o in opts if o.startswith("as_")), None)
    return birth_date(*people[key]) if key else None


def draw_false(kind: str, rng: random.Random, opts: set[str], people: dict[str, tuple[str, str]], key: str) -> str:
    """An unlabelled number of the given kind (or a masked/altered form of a person drawn earlier)."""
    dash = "dash" in opts
    if kind == "mask":
        pkind, value = people[key]
        return _mask(pkind, value, opts)
    if kind == "cprlike":  # valid date, century AND modulus 11: only the context says it is no CPR
        d = ids.make_cpr(rng)
        return f"{d[:6]}-{d[6:]}" if dash else d
    if kind == "ten":  # valid CPR date and century, modulus 11 or not
        d = ids.date_like_ten(rng)
        return f"{d[:6]}-{d[6:]}" if dash else d
    if kind in ("tenl", "pnrlike"):  # YYMMDD + Luhn: a short personnummer but for the context
        d = ids.date_like_luhn_ten(rng)
        return f"{d[:6]}-{d[6:]}" if dash else d
    if kind == "pnum":
        return ids.make_p_number(rng)
    if kind == "cvr":
        d = ids.make_cvr(rng)
        return f"{d[:2]} {d[2:4]} {d[4:6]} {d[6:]}" if "grp" in opts else d
    if kind == "orgnr":
        d = ids.make_se_orgnr(rng)
        return d.replace("-", "") if "plain" in opts else d
    if kind == "bg":
        return ids.make_bankgiro(rng)
    if kind == "pg":
        return ids.make_plusgiro(rng)
    if kind == "ocr":
        n = next((int(o) for o in opts if o.isdigit()), 0) or None
        if n == 10:
            return ids.date_like_luhn_ten(rng)
        return ids.make_ocr(rng, n)
    if kind == "ean":
        return ids.make_ean13(rng, "57" if "dk" in opts else "73")
    if kind == "iban":
        raw = ids.make_iban_se(rng) if "se" in opts else ids.make_iban_dk(rng)
        return ids.group4(raw) if "grp" in opts else raw
    if kind == "regkto":  # Danish reg.nr + a ten-digit account drawn to read as a CPR
        return f"{rng.randint(1000, 9899)} {ids.date_like_ten(rng)}"
    if kind == "kto":  # ten-digit Danish account alone
        return ids.date_like_ten(rng)
    if kind == "clearing":
        return f"{rng.choice(['8327-9', '8105-9', '6000', '3000', '5001'])} {rng.randint(100, 999)} {rng.randint(100, 999)} {rng.randint(100, 999)}"
    if kind == "tel":
        country = next((o for o in opts if o in ("dk", "se", "sefix", "no", "fi")), "dk")
        return _phone(rng, country, opts)
    if kind == "date":
        d = _date(rng, dt.date(2019, 1, 1), dt.date(2026, 11, 30))
        return f"{d:%Y-%m-%d}" if "iso" in opts else f"{d.day}.{d.month}.{d.year}" if "dk" in opts else f"{d:%d.%m.%Y}"
    if kind == "bdate":  # a birth date written out (not an identifier); ``#key``: that person's
        if key:
            d = birth_date(*people[key])
        else:
            d = ids.random_birth_date(rng, *((2008, 2020) if "kid" in opts else (1950, 2004)))
        return f"{d:%Y-%m-%d}" if "iso" in opts else f"{d:%d.%m.%Y}"
    if kind == "amount":
        v = rng.randint(100_000_000, 999_999_999) / 100 if "big" in opts else rng.randint(100, 999999) / 100
        return f"{v:,.2f}".replace(",", " ").replace(".", ",")
    if kind == "digits":
        n = next((int(o) for o in opts if o.isdigit()), 8)
        return str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))
    if kind == "dhl":  # ten-digit waybill, often date-like
        return ids.date_like_ten(rng) if rng.random() < 0.6 else f"{rng.randint(10**9, 10**10 - 1)}"
    if kind == "sscc":
        return "00" + ids.make_ean13(rng, "57")[:-1] + f"{rng.randint(0, 99999):05d}"
    if kind == "badcpr":
        d = _bad_cpr(rng)
        return d if "plain" in opts else f"{d[:6]}-{d[6:]}"
    if kind == "badpnr":
        d = _bad_luhn(rng)
        return d if "plain" in opts else f"{d[:6]}-{d[6:]}"
    if kind == "badhetu":
        good = ids.make_hetu(rng)
        wrong = ids.HETU_CHECK[(ids.HETU_CHECK.index(good[-1]) + rng.randint(1, 30)) % 31]
        return good[:-1] + wrong
    if kind == "badfnr":
        good = ids.make_fodselsnummer(rng)
        return good[:-1] + str((int(good[-1]) + rng.randint(1, 9)) % 10)
    if kind == "year":
        return str(rng.randint(2019, 2026))
    raise ValueError(f"unknown negative slot {kind}")


def render(lang: str, source: str, rng: random.Random) -> Doc:
    """Fill the slots of one hand-written document; labels record the exact span of each true number."""
    doc = Doc(lang)
    people: dict[str, tuple[str, str]] = {}
    # People first, so a masked or quoted form may come before the full number in the text; a labelled slot
    # decides the person's country, an unlabelled one (a masked number alone) names it in its options.
    matches = list(SLOT.finditer(source))
    for m in [m for m in matches if m.group(3)] + [m for m in matches if m.group(6)]:
        key = m.group(3) or m.group(6)
        if key not in people:
            if m.group(1):
                kind, opts = m.group(1), set(filter(None, (m.group(2) or "").split(",")))
            else:
                opts = set(filter(None, (m.group(5) or "").split(",")))
                kind = next((k for k in ENTITY if k in opts), "cpr")
            people[key] = (kind, draw_true(kind, rng, opts, _same_birth(opts, people)))
    pos = 0
    for m in SLOT.finditer(source):
        doc.t(source[pos : m.start()])
        pos = m.end()
        if m.group(1):
            kind, opts, key = m.group(1), set(filter(None, (m.group(2) or "").split(","))), m.group(3)
            value = people[key][1] if key else draw_true(kind, rng, opts, _same_birth(opts, people))
            doc.lab(write_true(kind, value, opts, rng), ENTITY[kind])
        else:
            kind, opts, key = m.group(4), set(filter(None, (m.group(5) or "").split(","))), m.group(6) or ""
            if kind == "alt":  # the same person's number once more, but said not to be theirs: unlabelled
                pkind, value = people[key]
                doc.t(write_true(pkind, value, opts, rng))
            else:
                doc.t(draw_false(kind, rng, opts, people, key))
    doc.t(source[pos:])
    return doc
