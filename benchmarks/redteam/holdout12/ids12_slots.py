"""The v12 slot kinds: v11's renderer and kinds, plus a few look-alikes v11 lacks (all unlabelled).

Markup as in v10/v11: ``[[kind:opts#key]]`` a labelled identifier, ``{{kind:opts#key}}`` a number of another kind.
"""

from __future__ import annotations

import random

from benchmarks.redteam import ids
from benchmarks.redteam.holdout10.slots import ENTITY, SLOT, TODAY, Rendered, _date
from benchmarks.redteam.holdout11 import ids11_slots as v11

__all__ = ["ENTITY", "SLOT", "TODAY", "Rendered", "render"]

VIN = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
YTUNNUS_WEIGHTS = (7, 9, 10, 5, 8, 4, 2)


def _ytunnus(rng: random.Random) -> str:
    """A Finnish business ID (Y-tunnus) whose check digit is right."""
    while True:
        body = f"{rng.randint(1000000, 3299999)}"
        r = sum(int(c) * w for c, w in zip(body, YTUNNUS_WEIGHTS, strict=True)) % 11
        if r != 1:
            return f"{body}-{0 if r == 0 else 11 - r}"


def _other(kind: str, opts: set[str], rng: random.Random) -> str:
    """The kinds v12 adds; every other kind is v11's (and through it v10's)."""

    def d(n: int) -> str:
        return "".join(str(rng.randint(0, 9)) for _ in range(n))

    if kind == "fik":  # a Danish FIK payment line: creditor and reference both long digit runs
        return f"+71<{ids.make_ocr(rng, 15)} +{ids.make_cvr(rng)}<"
    if kind == "fnrlike":  # a valid fødselsnummer the text calls a KID or customer number
        return ids.make_fodselsnummer(rng)
    if kind == "ytunnus":
        return _ytunnus(rng)
    if kind == "imei":
        body = d(14)
        return body + ids.luhn_digit(body)
    if kind == "vin":
        return "".join(rng.choice(VIN) for _ in range(17))
    if kind == "plate":
        letters = "ABCDEFGHJKLMNPRSTUVXYZ"
        two, three = rng.choice(letters) + rng.choice(letters), "".join(rng.choice(letters) for _ in range(3))
        return f"{two} {d(2)} {d(3)}" if "dk" in opts else f"{three} {d(2)}{rng.choice([d(1), rng.choice(letters)])}"
    if kind == "epoch":  # a Unix time of early 2024: ten digits that read as a valid CPR date
        while True:
            s = str(rng.randint(1704067200, 1712999999))
            if ids.cpr_birth_date(s) is not None:
                return s
    if kind == "embed":  # a valid CPR inside a longer run (a barcode, a file id)
        return d(3) + ids.make_cpr(rng) + d(rng.randint(2, 4))
    if kind == "regdash":
        return f"{rng.randint(1000, 9999)}-{ids.date_like_ten(rng)}"
    if kind == "cvrsp":
        c = ids.make_cvr(rng)
        return f"{c[:2]} {c[2:4]} {c[4:6]} {c[6:]}"
    if kind == "dk00":
        return f"0045 {rng.randint(20, 99)}{d(6)}"
    if kind == "se00":
        return f"0046 7{rng.choice('0236')} {d(3)} {d(2)} {d(2)}"
    if kind == "uuid":
        return f"{d(8)}-{d(4)}-4{d(3)}-a{d(3)}-{d(12)}"
    if kind == "stamp":  # yyyymmddhhmmss: a long personnummer date in front
        return f"{_date(rng, 2020, 2026):%Y%m%d}{rng.randint(0, 23):02d}{d(4)}"
    if kind == "hin":  # a boat's hull identification number
        return f"{rng.choice(['DK', 'SE'])}-{rng.choice(['ABC', 'XDR', 'NMQ'])}{d(5)}{rng.choice('ABCDEFGHJKL')}{d(3)}"
    return v11._other(kind, opts, rng)


def render(src: str, rng: random.Random) -> Rendered:
    return v11.render(src, rng, _other)
