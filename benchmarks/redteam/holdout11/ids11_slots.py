"""Slot markup for the v11 hand-written documents and layouts, rendered with numbers from ``ids.py``.

``[[kind:opts#key]]`` is a labelled identifier, ``{{kind:opts#key}}`` an unlabelled number of another kind
(or a masked/wrong one); ``#key`` repeats the same value within one document. The renderer records every
label's offsets while it writes the text, so no offset comes from a search.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from benchmarks.redteam import ids
from benchmarks.redteam.holdout10 import slots as v10
from benchmarks.redteam.holdout10.slots import (
    ENTITY,
    SLOT,
    TODAY,
    Rendered,
    _cpr,
    _cpr_form,
    _date,
    _fnr,
    _pnr,
    _pnr_form,
)

__all__ = ["ENTITY", "SLOT", "TODAY", "Rendered", "render"]


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


def _other(kind: str, opts: set[str], rng: random.Random) -> str:
    """The kinds v11 adds; every other kind is v10's."""
    d = lambda n: "".join(str(rng.randint(0, 9)) for _ in range(n))  # noqa: E731
    if kind == "kr":
        return f"{rng.randint(100, 99999):,}".replace(",", ".")
    if kind == "luhn12":
        v = _luhn12(rng)
        return f"{v[:8]}-{v[8:]}" if "dash" in opts else v
    if kind == "gtin":
        return "0" + ids.make_ean13(rng, rng.choice(["57", "73"]))
    if kind == "tlfdk8":
        return f"{rng.randint(20, 99)}{d(6)}"
    if kind == "mhetu":
        return f"{_date(rng, 1950, 2005):%d%m%y}-XXXX"
    if kind == "feb30":
        return f"{rng.randint(30, 31)}02{rng.randint(50, 99)}-{d(4)}"
    if kind == "time":
        return f"{rng.randint(6, 22):02d}:{rng.randint(0, 59):02d}"
    if kind == "badfnr":  # a valid date, one check digit off
        v = ids.make_fodselsnummer(rng)
        return v[:10] + str((int(v[10]) + rng.randint(1, 9)) % 10)
    if kind == "badmod":  # a valid CPR date, one digit changed: fails modulus 11, text calls it wrong
        v = ids.make_cpr(rng, _date(rng, 1950, 1990))
        return f"{v[:6]}-{v[6:9]}{(int(v[9]) + rng.randint(1, 9)) % 10}"
    return v10._other(kind, opts, rng)


Other = Callable[[str, set[str], random.Random], str]


def render(src: str, rng: random.Random, other: Other | None = None) -> Rendered:
    """The text and its labels; ``other`` draws the unlabelled kinds (a later set passes its own, which falls
    back to this one's)."""
    other = other or _other
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
                value = other(kind, opts, rng)
                if key:
                    memo[memo_key] = value
        out.append(value)
        length += len(value)
        pos = m.end()
    out.append(src[pos:])
    return Rendered("".join(out), labels)
