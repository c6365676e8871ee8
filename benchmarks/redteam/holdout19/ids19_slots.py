"""Slot renderer for the v19 identifier hold-out: v18's mechanics (``ids18_slots``) with new written forms and
new look-alikes.

Markup is v18's (``⟦kind:opts#tag⟧`` labelled, ``⟨kind#tag⟩`` unlabelled filler). New options:
- CPR ``o1`` "DDMM YY-SSSS" and ``o2`` "DDMMYY-SS SS" (a space an OCR pass put inside the number), ``o3``
  "DDMMYY -SSSS"; personnummer ``o1`` "YYMM DD-NNNN" and ``o2`` "YYYYMMDD- NNNN".
- New look-alikes (unlabelled): ``guid`` (a GUID whose last group is twelve digits passing the personnummer date
  and Luhn), ``hash`` (a hex digest holding a run of ten digits with a CPR date and modulus 11), ``isodt`` (a
  compact ISO date-time yyyymmddThhmmss), ``dt14`` (yyyymmddhhmmss), ``seq`` (a log sequence number: 12 digits
  passing the personnummer date and Luhn), ``track`` (a PostNord/GLS style parcel number: 10-digit CPR-like core
  between letters), ``meter`` (a meter number: ten digits Luhn-valid with a date), ``coupon`` (a lottery or
  coupon number: ten digits passing the CPR checks), ``zdt`` (a Zendesk-style ticket number), ``inc`` (a
  ServiceNow INC number with ten digits passing the CPR checks).
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable

from benchmarks.redteam import ids
from benchmarks.redteam.holdout18 import ids18_slots as v18
from benchmarks.redteam.holdout18.ids18_slots import ENTITY, SLOT, Rendered

TODAY = v18.TODAY


def _write(kind: str, p: v18._Person, opts: set[str]) -> str:
    n = p.number
    if kind == "cpr":
        if "o1" in opts:
            return f"{n[:4]} {n[4:6]}-{n[6:]}"
        if "o2" in opts:
            return f"{n[:6]}-{n[6:8]} {n[8:]}"
        if "o3" in opts:
            return f"{n[:6]} -{n[6:]}"
    if kind == "pnr":
        sign = "+" if TODAY.year - int(n[:4]) >= 100 else "-"
        if "o1" in opts:
            return f"{n[2:6]} {n[6:8]}{sign}{n[8:]}"
        if "o2" in opts:
            return f"{n[:8]}- {n[8:]}"
    return v18._write(kind, p, opts)


def _guid(rng: random.Random) -> str:
    hexd = "0123456789abcdef"
    parts = ["".join(rng.choice(hexd) for _ in range(k)) for k in (8, 4, 4, 4)]
    return "-".join([*parts, ids.make_personnummer(rng, ids.random_birth_date(rng, 1950, 2015))])


def _hex(rng: random.Random, k: int) -> str:
    """k hex characters without a run of more than four digits (only the planted run reads as a number)."""
    out: list[str] = []
    run = 0
    for _ in range(k):
        c = rng.choice("abcdef") if run >= 4 else rng.choice("0123456789abcdef")
        run = run + 1 if c.isdigit() else 0
        out.append(c)
    return "".join(out)


def _hash(rng: random.Random) -> str:
    head = _hex(rng, rng.randint(6, 18)) + rng.choice("abcdef")
    tail = rng.choice("abcdef") + _hex(rng, 39 - len(head) - 10)
    return head + v18._cprlike(rng) + tail


def _isodt(rng: random.Random) -> str:
    d = v18._between(rng, dt.date(2023, 1, 1), dt.date(2026, 11, 30))
    return f"{d:%Y%m%d}T{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}{rng.randint(0, 59):02d}"


def _dt14(rng: random.Random) -> str:
    return _isodt(rng).replace("T", "")


def _track(rng: random.Random) -> str:
    return f"{rng.choice(['RR', 'CX', 'LA', 'UV'])}{v18._cprlike(rng)}{rng.choice(['DK', 'SE', 'NO'])}"


FILL: dict[str, Callable[[random.Random], str]] = {
    **v18.FILL,
    "guid": _guid,
    "hash": _hash,
    "isodt": _isodt,
    "dt14": _dt14,
    "seq": v18._stamp12,
    "track": _track,
    "meter": v18._luhn10,
    "coupon": v18._cprlike,
    "zdt": lambda rng: str(rng.randint(100000, 9999999)),
    "inc": lambda rng: f"INC{v18._cprlike(rng)}",
    "jira": lambda rng: f"{rng.choice(['HR', 'LON', 'SUP', 'KS', 'IT'])}-{rng.randint(100, 9999)}",
}


def render(markup: str, rng: random.Random) -> Rendered:
    """Fill every slot of ``markup``; labels record the offsets of the identifiers as they are written."""
    out: list[str] = []
    labels: list[dict[str, object]] = []
    tags: dict[str, v18._Person] = {}
    names: dict[str, str] = {}
    for m in SLOT.finditer(markup):
        if m.group(1) and m.group(3) and m.group(3) not in tags:
            tags[m.group(3)] = v18._make(m.group(1), rng, set(filter(None, (m.group(2) or "").split(","))))
    pos = 0
    length = 0
    for m in SLOT.finditer(markup):
        chunk = markup[pos : m.start()]
        out.append(chunk)
        length += len(chunk)
        pos = m.end()
        if m.group(1):
            kind, opts, tag = m.group(1), set(filter(None, (m.group(2) or "").split(","))), m.group(3)
            person = tags.get(tag) if tag else None
            if person is None:
                person = v18._make(kind, rng, opts)
                if tag:
                    tags[tag] = person
            value = _write(kind, person, opts)
            labels.append({"start": length, "end": length + len(value), "entity": ENTITY[kind]})
        else:
            name, tag = m.group(4), m.group(5)
            if name in ("born", "year"):
                born = tags[tag].born
                value = f"{born:%d.%m.%Y}" if name == "born" else str(born.year)
            elif tag:
                value = names.setdefault(f"{name}#{tag}", FILL[name](rng))
            else:
                value = FILL[name](rng)
        out.append(value)
        length += len(value)
    out.append(markup[pos:])
    return Rendered("".join(out), labels)
