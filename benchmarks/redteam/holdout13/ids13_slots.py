"""The v13 slot kinds: v12's renderer and kinds, OCR'd forms of labelled numbers and a few look-alikes v12 lacks.

Markup as in v10-v12: ``[[kind:opts#key]]`` a labelled identifier, ``{{kind:opts#key}}`` a number of another kind.
New labelled options: ``ocr`` writes a CPR or personnummer as a scanner read it (one or two of 0/1/5/8 shown as
O/l/S/B), ``gap`` puts the space a scanner adds beside the dash (``120385 -1234``).
"""

from __future__ import annotations

import random

from benchmarks.redteam import ids
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
from benchmarks.redteam.holdout11.ids11_slots import _hetu
from benchmarks.redteam.holdout12 import ids12_slots as v12

__all__ = ["ENTITY", "SLOT", "TODAY", "Rendered", "render"]

OCR_SWAP = {"0": "O", "1": "l", "5": "S", "8": "B"}


def _ocr(value: str, rng: random.Random) -> str:
    """One or two digits a scanner misread as the letters that look like them."""
    spots = [i for i, c in enumerate(value) if c in OCR_SWAP]
    chars = list(value)
    for i in rng.sample(spots, min(len(spots), rng.choice([1, 1, 2]))):
        chars[i] = OCR_SWAP[chars[i]]
    return "".join(chars)


def _gap(value: str, rng: random.Random) -> str:
    for sep in ("-", "+"):
        if sep in value and "\n" not in value:
            head, tail = value.split(sep, 1)
            return f"{head} {sep}{tail}" if rng.random() < 0.5 else f"{head}{sep} {tail}"
    return value


def _digits_stamp(rng: random.Random, fmt: str, ok: object) -> str:
    while True:
        s = f"{_date(rng, 2019, 2026):{fmt}}{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}"
        if callable(ok) and ok(s):
            return s


def _other(kind: str, opts: set[str], rng: random.Random) -> str:
    """The kinds v13 adds; every other kind is v12's (and through it v11's and v10's)."""
    if kind == "hl7ts":  # yyyymmddhhmm, Luhn-valid over the last ten: a twelve-digit personnummer by the digits
        return _digits_stamp(rng, "%Y%m%d", lambda s: ids.luhn_ok(s[2:]))
    if kind == "tenstamp":  # yymmddhhmm, Luhn-valid: a ten-digit personnummer by the digits
        return _digits_stamp(rng, "%y%m%d", ids.luhn_ok)
    if kind == "dkstamp":  # ddmmyyhhmm with a valid CPR date, century digit and modulus 11
        return _digits_stamp(rng, "%d%m%y", lambda s: ids.cpr_birth_date(s) is not None and ids.cpr_is_mod11(s))
    if kind == "dlnr":  # a Danish land-registry dato/løbenummer: the løbenummer reads as a CPR date
        return f"{_date(rng, 2005, 2026):%d.%m.%Y}-{ids.make_p_number(rng)}"
    if kind == "ocrkto":  # an OCR'd account number that reads back as a CPR by every rule
        return _ocr(ids.make_cpr(rng), rng)
    if kind == "lab":  # a lab sample id: ten digits, CPR date, century digit and modulus 11
        return ids.make_cpr(rng)
    return v12._other(kind, opts, rng)


def _labelled(kind: str, opts: set[str], raw: str | None, rng: random.Random) -> tuple[str, str]:
    """(raw value to remember under the slot's key, the value as written)."""
    if kind == "cpr":
        raw = raw or _cpr(rng, opts)
        value = _cpr_form(raw, opts, rng)
    elif kind == "pnr":
        raw = raw or _pnr(rng, opts)
        value = _pnr_form(raw, opts)
    elif kind == "hetu":
        raw = value = raw or _hetu(rng, opts)
    elif kind == "fnr":
        raw = value = raw or _fnr(rng, opts)
    else:
        raise KeyError(kind)
    if "gap" in opts:
        value = _gap(value, rng)
    if "ocr" in opts and kind in ("cpr", "pnr"):
        value = _ocr(value, rng)
    return raw, value


def render(src: str, rng: random.Random) -> Rendered:
    """The text and its labels, offsets recorded while writing; a repeated ``#key`` is the same person's number,
    each slot writing it in its own form."""
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
            memo_key = f"L{kind}#{key}"
            raw, value = _labelled(kind, opts, memo.get(memo_key) if key else None, rng)
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
