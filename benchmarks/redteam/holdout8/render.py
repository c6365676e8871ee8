"""Fill «slots» in a hand-written or generated text with synthetic numbers; labelled slots become labels.

Slot syntax: «kind[.form][@YYYY-MM-DD][#key]». A ``#key`` slot repeats the value drawn at the key's first use.
Labelled kinds: cpr (modulus 11), cpr7 (issued since 2007, fails modulus 11), se, sesam (samordningsnummer),
seold (born 1926 or earlier: '+' in the short form), fi, no, nod (D-number). Everything else is an unlabelled
look-alike (see NEGATIVE). The offsets of every label come from here, never from a search in the text.
"""

from __future__ import annotations

import datetime as dt
import random
import re

from benchmarks.redteam.holdout8 import numbers as N

SLOT = re.compile(r"«([a-z0-9]+)(?:\.([a-zA-Z]+))?(?:@(\d{4}-\d{2}-\d{2}))?(?:#(\w+))?»")
ENTITY = {
    "cpr": "DK_CPR",
    "cpr7": "DK_CPR",
    "se": "SE_PERSONNUMMER",
    "sesam": "SE_PERSONNUMMER",
    "seold": "SE_PERSONNUMMER",
    "fi": "FI_PERSONAL_IDENTITY_CODE",
    "no": "NO_FODSELSNUMMER",
    "nod": "NO_FODSELSNUMMER",
}


def _cpr(rng: random.Random, kind: str, date: dt.date | None) -> tuple[str, dt.date]:
    mod11 = kind == "cpr"
    d = date or N.cpr_date(rng, mod11)
    return N.cpr_digits(rng, d, mod11=mod11), d


def _fmt_cpr(d10: str, form: str) -> str:
    if form == "plain":
        return d10
    if form == "space":
        return f"{d10[:6]} {d10[6:]}"
    if form == "endash":
        return f"{d10[:6]}\u2013{d10[6:]}"
    if form == "spdash":
        return f"{d10[:6]} - {d10[6:]}"
    if form == "dots":
        return f"{d10[:2]}.{d10[2:4]}.{d10[4:6]}-{d10[6:]}"
    return f"{d10[:6]}-{d10[6:]}"


def _positive(
    rng: random.Random, kind: str, form: str, date: dt.date | None, memo: dict[str, object], key: str | None
) -> str:
    if key and key in memo:
        raw = memo[key]
    else:
        if kind in ("cpr", "cpr7"):
            raw = _cpr(rng, kind, date)
        elif kind in ("se", "sesam", "seold"):
            if date is None:
                date = N.rand_date(rng, 1908, 1926) if kind == "seold" else N.rand_date(rng, 1935, 2008)
            raw = (*N.se_parts(rng, date, samordning=kind == "sesam"), date.year)
        elif kind == "fi":
            raw = (date or N.rand_date(rng, 1940, 2015),)
            raw = (raw[0], N.hetu(rng, raw[0]))
        else:
            d = date or N.rand_date(rng, 1935, 2015)
            raw = (N.fnr(rng, d, dnumber=kind == "nod"),)
        if key:
            memo[key] = raw
    if kind in ("cpr", "cpr7"):
        return _fmt_cpr(raw[0], form)  # type: ignore[index]
    if kind in ("se", "sesam", "seold"):
        full, tail, born = raw  # type: ignore[misc]
        return N.se_format(full, tail, form or "dash", born)
    if kind == "fi":
        value = str(raw[1])  # type: ignore[index]
        if form == "alt":  # the 2023 signs for the same century
            alt = {"-": "YXWVU", "A": "BCDEF"}.get(value[6], value[6])
            value = value[:6] + alt[rng.randrange(len(alt))] + value[7:]
        return value
    value = str(raw[0])  # type: ignore[index]
    return f"{value[:6]} {value[6:]}" if form == "space" else value


def _negative(rng: random.Random, kind: str, form: str, memo: dict[str, object], key: str | None) -> str:
    if key and key in memo:
        return str(memo[key])
    if kind == "cvr":
        v = N.cvr(rng)
        v = f"{v[:2]} {v[2:4]} {v[4:6]} {v[6:]}" if form == "space" else v
    elif kind == "pnr":  # P-nummer: ten digits, drawn to read as a CPR date
        v = N.date_like10(rng)
    elif kind == "d10":  # date-like, passes modulus 11
        v = N.date_like10(rng, mod11=True)
    elif kind == "d10x":  # date-like with a dash: DDMMYY-NNNN passing modulus 11
        v = N.date_like10(rng, mod11=True)
        v = f"{v[:6]}-{v[6:]}"
    elif kind == "l10":  # YYMMDD + Luhn
        v = N.luhn_date10(rng)
    elif kind == "l10d":
        v = N.luhn_date10(rng)
        v = f"{v[:6]}-{v[6:]}"
    elif kind == "org":
        v = N.orgnr(rng)
    elif kind == "tel":
        v = N.digits(rng, 8)
        v = " ".join(v[i : i + 2] for i in range(0, 8, 2)) if form != "plain" else v
    elif kind == "mob":
        v = "07" + rng.choice("02369") + N.digits(rng, 7, first_nonzero=False)
        v = f"{v[:3]}-{v[3:6]} {v[6:8]} {v[8:]}" if form != "plain" else v
    elif kind == "ocr":
        body = N.digits(rng, rng.choice([9, 11, 13, 15]))
        v = body + N.luhn_digit(body)
    elif kind == "mask":
        d = N.rand_date(rng, 1940, 2004)
        v = d.strftime("%d%m%y") + "-" + rng.choice(["XXXX", "xxxx", "****", "####"])
    elif kind == "smask":
        d = N.rand_date(rng, 1940, 2004)
        v = d.strftime("%y%m%d") + "-" + rng.choice(["XXXX", "****", "xxxx"])
    elif kind == "sebad":  # valid date, wrong Luhn digit
        full, tail = N.se_parts(rng, N.rand_date(rng, 1950, 2000))
        v = f"{full[2:]}-{tail[:3]}{(int(tail[3]) + rng.randint(1, 9)) % 10}"
    elif kind == "amt":
        v = f"{rng.randint(100, 99999):,}".replace(",", ".") + f",{rng.randint(0, 99):02d}"
    elif kind.startswith("n") and kind[1:].isdigit():
        v = N.digits(rng, int(kind[1:]))
    else:
        raise ValueError(f"unknown slot kind {kind}")
    if key:
        memo[key] = v
    return v


def render(text: str, rng: random.Random) -> tuple[str, list[dict[str, object]]]:
    out: list[str] = []
    labels: list[dict[str, object]] = []
    memo: dict[str, object] = {}
    pos = 0
    length = 0
    for m in SLOT.finditer(text):
        out.append(text[pos : m.start()])
        length += m.start() - pos
        kind, form, date_s, key = m.group(1), m.group(2) or "", m.group(3), m.group(4)
        date = dt.date.fromisoformat(date_s) if date_s else None
        if kind in ENTITY:
            value = _positive(rng, kind, form, date, memo, key)
            labels.append({"start": length, "end": length + len(value), "entity": ENTITY[kind]})
        else:
            value = _negative(rng, kind, form, memo, key)
        out.append(value)
        length += len(value)
        pos = m.end()
    out.append(text[pos:])
    rendered = "".join(out)
    assert "«" not in rendered and "»" not in rendered, text[:80]
    return rendered, labels
