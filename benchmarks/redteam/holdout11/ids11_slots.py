"""Slot markup for the v11 hand-written documents and layouts, rendered with numbers from ``ids.py``.

``[[kind:opts#key]]`` is a labelled identifier, ``{{kind:opts#key}}`` an unlabelled number of another kind
(or a masked/wrong one); ``#key`` repeats the same value within one document. The renderer records every
label's offsets while it writes the text, so no offset comes from a search.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from dataclasses import dataclass, field

from benchmarks.redteam import ids

SLOT = re.compile(r"\[\[(\w+)(?::([\w,]*))?(?:#(\w+))?\]\]|\{\{(\w+)(?::([\w,]+))?(?:#(\w+))?\}\}")
TODAY = dt.date(2026, 12, 2)
ENTITY = {"cpr": "DK_CPR", "pnr": "SE_PERSONNUMMER", "hetu": "FI_PERSONAL_IDENTITY_CODE", "fnr": "NO_FODSELSNUMMER"}


@dataclass
class Rendered:
    text: str
    labels: list[dict[str, object]] = field(default_factory=list)


def _date(rng: random.Random, first: int, last: int) -> dt.date:
    return ids.random_birth_date(rng, first, last)


def _cpr(rng: random.Random, opts: set[str]) -> str:
    if "kid" in opts:  # born after October 2007: modulus 11 no longer applies
        return ids.make_cpr(rng, _date(rng, 2008, 2025), mod11=rng.random() < 0.3)
    if "jan1" in opts:  # 1 January dates ran out of modulus-11 serials
        return ids.make_cpr(rng, dt.date(rng.randint(1960, 1992), 1, 1), mod11=False)
    if "nomod" in opts:  # issued since 2007 to someone born earlier
        return ids.make_cpr(rng, _date(rng, 1950, 2006), mod11=False)
    if "old" in opts:
        return ids.make_cpr(rng, _date(rng, 1925, 1945))
    return ids.make_cpr(rng)


def _cpr_form(digits: str, opts: set[str], rng: random.Random) -> str:
    head, tail = digits[:6], digits[6:]
    if "plain" in opts:
        return digits
    if "sp" in opts:
        return f"{head} {tail}"
    if "en" in opts:
        return f"{head}\u2013{tail}"
    if "nl" in opts:
        return f"{head}-\n{tail}"
    if "dots" in opts:
        return f"{head[:2]}.{head[2:4]}.{head[4:]}-{tail}"
    if "sds" in opts:
        return f"{head} - {tail}"
    return f"{head}-{tail}"


def _pnr(rng: random.Random, opts: set[str]) -> str:
    if "old" in opts or "plus" in opts:
        born = _date(rng, 1915, 1926)
    elif "kid" in opts:
        born = _date(rng, 2008, 2024)
    else:
        born = _date(rng, 1940, 2006)
    return ids.make_personnummer(rng, born, coordination="co" in opts)


def _pnr_form(twelve: str, opts: set[str]) -> str:
    forms = ids.pnr_forms(twelve, TODAY)
    if "l" in opts:
        return forms["long"]
    if "ld" in opts:
        return forms["long_dash"]
    if "lsp" in opts:
        return forms["long_space"]
    if "s" in opts:
        return forms["short"]
    if "nl" in opts:
        return forms["short_dash"].replace("-", "-\n").replace("+", "+\n")
    return forms["short_dash"]


def _fnr(rng: random.Random, opts: set[str]) -> str:
    digits = ids.make_fodselsnummer(rng, d_number="d" in opts)
    return f"{digits[:6]} {digits[6:]}" if "sp" in opts else digits


def _hetu(rng: random.Random, opts: set[str]) -> str:
    """A henkilötunnus; ``new`` uses the century signs added in 2023 (U-Y for 1900s, B-F for 2000s)."""
    if "kid" in opts:
        code = ids.make_hetu(rng, _date(rng, 2001, 2024))
    elif "old" in opts:
        code = ids.make_hetu(rng, _date(rng, 1930, 1960))
    else:
        code = ids.make_hetu(rng)
    if "new" in opts:
        signs = "BCDEF" if code[6] in "AB" else "UVWXY"
        code = code[:6] + rng.choice(signs) + code[7:]
    return code


def _luhn12(rng: random.Random) -> str:
    """Twelve digits starting with a year and a date, Luhn-valid over the last ten: an order number that reads
    as a long personnummer."""
    return ids.make_personnummer(rng, _date(rng, 1950, 2006))


def _luhn10(rng: random.Random) -> str:
    return ids.date_like_luhn_ten(rng)


def _phone(kind: str, rng: random.Random) -> str:
    d = lambda n: "".join(str(rng.randint(0, 9)) for _ in range(n))  # noqa: E731
    if kind == "tlfdk":
        return rng.choice([f"{rng.randint(20, 99)} {d(2)} {d(2)} {d(2)}", f"+45 {rng.randint(20, 99)}{d(6)}"])
    if kind == "tlfse":
        return rng.choice(
            [
                f"07{rng.choice('0236')}-{d(3)} {d(2)} {d(2)}",
                f"+46 7{rng.choice('0236')} {d(3)} {d(2)} {d(2)}",
                f"08-{d(3)} {d(2)} {d(2)}",
            ]
        )
    if kind == "mobse":  # ten digits 07xxxxxxxx: reads like a CPR date for some
        while True:
            s = "07" + rng.choice("0236") + d(7)
            if ids.cpr_birth_date(s) is not None or rng.random() < 0.3:
                return s
    if kind == "tlfno":
        return rng.choice([f"+47 {rng.choice('49')}{d(2)} {d(2)} {d(3)}", f"{rng.choice('49')}{d(7)}"])
    return rng.choice([f"+358 40 {d(3)} {d(4)}", f"040 {d(3)} {d(4)}"])


def _other(kind: str, opts: set[str], rng: random.Random) -> str:
    d = lambda n: "".join(str(rng.randint(0, 9)) for _ in range(n))  # noqa: E731
    if kind == "cvr":
        return ids.make_cvr(rng)
    if kind == "pnum":
        return ids.make_p_number(rng)
    if kind == "orgnr":
        return ids.make_se_orgnr(rng)
    if kind == "bg":
        return ids.make_bankgiro(rng)
    if kind == "pg":
        return ids.make_plusgiro(rng)
    if kind == "ocr":
        return ids.make_ocr(rng, 10 if "ten" in opts else None)
    if kind == "luhn10":
        v = _luhn10(rng)
        return f"{v[:6]}-{v[6:]}" if "dash" in opts else v
    if kind == "date10":
        v = ids.date_like_ten(rng)
        return f"{v[:6]}-{v[6:]}" if "dash" in opts else v
    if kind == "mod10":  # date-like, right century digit AND modulus 11: a CPR by every rule but its label
        v = ids.make_cpr(rng)
        return f"{v[:6]}-{v[6:]}" if "dash" in opts else v
    if kind == "regkto":
        return f"{rng.randint(1000, 9999)} {ids.date_like_ten(rng)}"
    if kind == "clkto":
        return f"{rng.randint(3000, 8999)}-{rng.randint(0, 9)}, {d(3)} {d(3)} {d(3)}-{d(1)}"
    if kind == "ean":
        return ids.make_ean13(rng, rng.choice(["57", "73", "579"]))
    if kind == "sscc":
        return "00" + ids.make_ean13(rng, "357") + d(5)
    if kind == "ibandk":
        return ids.group4(ids.make_iban_dk(rng))
    if kind == "ibanse":
        return ids.group4(ids.make_iban_se(rng))
    if kind in ("tlfdk", "tlfse", "mobse", "tlfno", "tlffi"):
        return _phone(kind, rng)
    if kind == "mcpr":
        return rng.choice(
            [f"{_date(rng, 1950, 2005):%d%m%y}-XXXX", f"XXXXXX-{d(4)}", f"{_date(rng, 1950, 2005):%d%m%y}-****"]
        )
    if kind == "mpnr":
        return rng.choice(
            [f"{_date(rng, 1950, 2005):%Y%m%d}-XXXX", f"{_date(rng, 1950, 2005):%y%m%d}-****", f"XXXXXX-{d(4)}"]
        )
    if kind == "badcpr":  # impossible date
        return f"{rng.randint(32, 39)}{rng.randint(1, 12):02d}{rng.randint(50, 99)}-{d(4)}"
    if kind == "badpnr":  # right date, wrong check digit
        v = ids.make_personnummer(rng)[2:]
        return f"{v[:6]}-{v[6:9]}{(int(v[9]) + rng.randint(1, 9)) % 10}"
    if kind == "badhetu":
        h = ids.make_hetu(rng)
        wrong = ids.HETU_CHECK[(ids.HETU_CHECK.index(h[-1]) + 3) % 31]
        return h[:-1] + wrong
    if kind == "fnrkto":  # Norwegian account number 4.2.5
        return f"{d(4)}.{d(2)}.{d(5)}"
    if kind == "noorg":
        return f"9{d(2)} {d(3)} {d(3)}"
    if kind == "kr":
        return f"{rng.randint(100, 99999):,}".replace(",", ".")
    if kind == "amount":
        return f"{rng.randint(100, 99999):,}".replace(",", ".") + f",{d(2)}"
    if kind == "date":
        return f"{_date(rng, 2019, 2026):%d.%m.%Y}"
    if kind == "isodate":
        return f"{_date(rng, 2019, 2026):%Y-%m-%d}"
    if kind == "n":
        return d(int(next(iter(opts))) if opts else 6)
    if kind == "luhn12":
        v = _luhn12(rng)
        return f"{v[:8]}-{v[8:]}" if "dash" in opts else v
    if kind == "gtin":
        return "0" + ids.make_ean13(rng, rng.choice(["57", "73"]))
    if kind == "tlfdk8":
        return f"{rng.randint(20, 99)}{d(6)}"
    if kind == "mhetu":
        return f"{_date(rng, 1950, 2005):%d%m%y}-XXXX"
    if kind == "badfnr":  # a valid date, one check digit off
        v = ids.make_fodselsnummer(rng)
        return v[:10] + str((int(v[10]) + rng.randint(1, 9)) % 10)
    if kind == "badmod":  # a valid CPR date, one digit changed: fails modulus 11, text calls it wrong
        v = ids.make_cpr(rng, _date(rng, 1950, 1990))
        return f"{v[:6]}-{v[6:9]}{(int(v[9]) + rng.randint(1, 9)) % 10}"
    if kind == "feb30":
        return f"{rng.randint(30, 31)}02{rng.randint(50, 99)}-{d(4)}"
    if kind == "time":
        return f"{rng.randint(6, 22):02d}:{rng.randint(0, 59):02d}"
    if kind == "track":
        return rng.choice(["JJD", "00"]) + d(18)
    raise KeyError(kind)


def render(src: str, rng: random.Random) -> Rendered:
    out: list[str] = []
    labels: list[dict[str, object]] = []
    memo: dict[str, str] = {}
    pos = 0
    length = 0
    for m in SLOT.finditer(src):
        lit = src[pos : m.start()]
        out.append(lit)
        length += len(lit)
        if m.group(1):
            kind, opts, key = m.group(1), set((m.group(2) or "").split(",")), m.group(3)
            # A repeated #key is the same person's number; each slot writes it in its own form.
            memo_key = f"L{kind}#{key}"
            if kind == "cpr":
                raw = memo[memo_key] if key and memo_key in memo else _cpr(rng, opts)
                value = _cpr_form(raw, opts, rng)
            elif kind == "pnr":
                raw = memo[memo_key] if key and memo_key in memo else _pnr(rng, opts)
                value = _pnr_form(raw, opts)
            elif kind == "hetu":
                raw = value = memo[memo_key] if key and memo_key in memo else _hetu(rng, opts)
            elif kind == "fnr":
                raw = value = memo[memo_key] if key and memo_key in memo else _fnr(rng, opts)
            else:
                raise KeyError(kind)
            if key:
                memo[memo_key] = raw
            labels.append({"start": length, "end": length + len(value), "entity": ENTITY[kind]})
        else:
            kind, opts, key = m.group(4), set(filter(None, (m.group(5) or "").split(","))), m.group(6)
            memo_key = f"U{kind}#{key}"
            if key and memo_key in memo:
                value = memo[memo_key]
            else:
                value = _other(kind, opts, rng)
                if key:
                    memo[memo_key] = value
        out.append(value)
        length += len(value)
        pos = m.end()
    out.append(src[pos:])
    return Rendered("".join(out), labels)
