"""Numbers for hold-out v7: the national identifiers (from ``ids.py``) in their written forms, and hard negatives
drawn to pass the check they imitate (written for this set from the public rules only)."""

from __future__ import annotations

import datetime as dt
import random
import string

from benchmarks.redteam import ids

TODAY = dt.date(2026, 12, 1)
OCR_SWAP = {"0": "O", "1": "l", "5": "S", "8": "B"}

# kinds that carry a label, and the entity they are labelled with
LABELLED = {
    "cpr": "DK_CPR",
    "pnr": "SE_PERSONNUMMER",
    "sam": "SE_PERSONNUMMER",
    "hetu": "FI_PERSONAL_IDENTITY_CODE",
    "fnr": "NO_FODSELSNUMMER",
    "dnr": "NO_FODSELSNUMMER",
}


def _date(rng: random.Random, first: int, last: int) -> dt.date:
    return ids.random_birth_date(rng, first, last)


def born_for(rng: random.Random, opts: set[str]) -> dt.date:
    if "old" in opts:
        return _date(rng, 1917, 1926)
    if "senior" in opts:
        return _date(rng, 1930, 1950)
    if "child" in opts:
        return _date(rng, 2008, 2024)
    if "young" in opts:
        return _date(rng, 1995, 2007)
    if "jan1" in opts:
        return dt.date(rng.randint(1960, 1992), 1, 1)
    return _date(rng, 1942, 2004)


def birth(kind: str, rng: random.Random, opts: set[str]) -> dt.date:
    """The birth date a new number of this kind is drawn for."""
    if kind == "cpr" and "nomod" in opts and not (opts & {"old", "senior", "child", "young", "jan1"}):
        pick = rng.random()
        if pick < 0.5:
            opts = opts | {"jan1"}
        elif pick < 0.75:
            opts = opts | {"child"}
    if kind == "hetu":
        return _date(rng, 2001, 2023) if "child" in opts else _date(rng, 1935, 1999)
    if kind in ("fnr", "dnr"):
        opts = opts - {"old"}
    return born_for(rng, opts)


def new_value(kind: str, rng: random.Random, opts: set[str], born: dt.date | None = None) -> str:
    """The compact value of a labelled kind (CPR 10 digits, personnummer 12, HETU 11 chars, fnr 11), for the
    given birth date (one person's numbers in two countries share it) or a new one."""
    born = born or birth(kind, rng, opts)
    if kind == "cpr":
        return ids.make_cpr(rng, born, mod11="nomod" not in opts)
    if kind in ("pnr", "sam"):
        return ids.make_personnummer(rng, born, coordination=kind == "sam")
    if kind == "hetu":
        return ids.make_hetu(rng, born)
    if kind in ("fnr", "dnr"):
        return ids.make_fodselsnummer(rng, born, d_number=kind == "dnr")
    raise ValueError(kind)


def born_of(kind: str, value: str) -> dt.date:
    """The birth date of a compact value made by ``new_value``."""
    if kind == "cpr":
        date = ids.cpr_birth_date(value)
        assert date is not None
        return date
    if kind in ("pnr", "sam"):
        day = int(value[6:8])
        return dt.date(int(value[:4]), int(value[4:6]), day - 60 if day > 60 else day)
    if kind == "hetu":
        century = {"+": 1800, "-": 1900, "Y": 1900, "A": 2000, "B": 2000}[value[6]]
        return dt.date(century + int(value[4:6]), int(value[2:4]), int(value[:2]))
    day = int(value[:2])
    year = int(value[4:6])
    individual = int(value[6:9])
    century = 2000 if individual >= 500 and year < 40 else 1900
    return dt.date(century + year, int(value[2:4]), day - 40 if day > 40 else day)


def typo(value: str) -> str:
    """A personnummer written with its last digit wrong (fails Luhn): short form with dash."""
    wrong = str((int(value[-1]) + 3) % 10)
    return f"{value[2:8]}-{value[8:11]}{wrong}"


def _ocr_damage(text: str, rng: random.Random) -> str:
    spots = [i for i, c in enumerate(text) if c in OCR_SWAP]
    if not spots:
        return text
    chars = list(text)
    for i in rng.sample(spots, min(len(spots), rng.choice([1, 1, 2]))):
        chars[i] = OCR_SWAP[chars[i]]
    return "".join(chars)


def write_labelled(kind: str, value: str, form: str, rng: random.Random) -> str:
    if kind == "cpr":
        head, tail = value[:6], value[6:]
        forms = {
            "dash": f"{head}-{tail}",
            "plain": value,
            "space": f"{head} {tail}",
            "endash": f"{head}\u2013{tail}",
            "nl": f"{head}-\n{tail}",
            "ocr": _ocr_damage(f"{head}-{tail}", rng),
            "dots": f"{head[:2]}.{head[2:4]}.{head[4:]}-{tail}",
        }
        return forms[form or "dash"]
    if kind in ("pnr", "sam"):
        born_year = int(value[:4])
        sep = "+" if TODAY.year - born_year >= 100 else "-"
        short, tail = value[2:8], value[8:]
        forms = {
            "short_dash": f"{short}{sep}{tail}",
            "short": f"{short}{tail}",
            "long_dash": f"{value[:8]}-{tail}",
            "long": value,
            "long_space": f"{value[:8]} {tail}",
            "short_space": f"{short} {tail}",
            "nl": f"{short}{sep}\n{tail}",
            "ocr": _ocr_damage(f"{value[:8]}-{tail}", rng),
        }
        return forms[form or "short_dash"]
    if kind == "hetu":
        return value
    if kind in ("fnr", "dnr"):
        forms = {"plain": value, "space": f"{value[:6]} {value[6:]}"}
        return forms[form or "plain"]
    raise ValueError(kind)


# --- hard negatives ----------------------------------------------------------------------------------


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _gs1(body: str) -> str:
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return body + str((10 - total % 10) % 10)


def _mod11_weighted(body: str, weights: tuple[int, ...]) -> int | None:
    r = 11 - sum(int(d) * w for d, w in zip(body, weights, strict=True)) % 11
    if r == 11:
        return 0
    if r == 10:
        return None
    return r


def kennitala(rng: random.Random) -> str:
    while True:
        born = _date(rng, 1940, 2015)
        body = born.strftime("%d%m%y") + f"{rng.randint(20, 99):02d}"
        check = _mod11_weighted(body, (3, 2, 7, 6, 5, 4, 3, 2))
        if check is None:
            continue
        century = "9" if born.year < 2000 else "0"
        digits = body + str(check) + century
        return f"{digits[:6]}-{digits[6:]}"


def y_tunnus(rng: random.Random) -> str:
    while True:
        body = str(rng.randint(1000000, 3299999))
        r = sum(int(d) * w for d, w in zip(body, (7, 9, 10, 5, 8, 4, 2), strict=True)) % 11
        if r == 1:
            continue
        return f"{body}-{0 if r == 0 else 11 - r}"


def no_orgnr(rng: random.Random) -> str:
    while True:
        body = rng.choice("89") + _digits(rng, 7)
        check = _mod11_weighted(body, (3, 2, 7, 6, 5, 4, 3, 2))
        if check is not None:
            return body + str(check)


def se_phone_mobile_datelike(rng: random.Random) -> str:
    """07XXXXXXXX that reads as YYMMDD + Luhn-valid four digits (a short personnummer without context)."""
    while True:
        body = "07" + f"{rng.randint(1, 12):02d}" + f"{rng.randint(1, 28):02d}" + _digits(rng, 3)
        if body[2] in "0369" and ids.luhn_ok(body + ids.luhn_digit(body)):
            return body + ids.luhn_digit(body)


def vin(rng: random.Random) -> str:
    alphabet = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    wmi = rng.choice(["WVW", "YV1", "VF1", "WBA", "TMB", "YS3", "WAU", "ZFA", "SJN", "VSS", "KNA"])
    return (
        wmi
        + "".join(rng.choice(alphabet) for _ in range(6))
        + rng.choice("LMNPRST")
        + rng.choice(alphabet)
        + _digits(rng, 6)
    )


def date_like_cpr(rng: random.Random, first: int = 1940, last: int = 2024) -> str:
    while True:
        born = _date(rng, first, last)
        digits = born.strftime("%d%m%y") + _digits(rng, 4)
        if ids.cpr_birth_date(digits) is not None:
            return digits


def dk_phone(rng: random.Random, form: str) -> str:
    d = rng.choice("2345678") + _digits(rng, 7)
    return {
        "plain": d,
        "pairs": " ".join(d[i : i + 2] for i in range(0, 8, 2)),
        "intl": "+45 " + " ".join(d[i : i + 2] for i in range(0, 8, 2)),
        "00": "0045" + d,
        "fours": f"{d[:4]} {d[4:]}",
    }[form or "pairs"]


def se_phone(rng: random.Random, form: str) -> str:
    if form == "datelike":
        return se_phone_mobile_datelike(rng)
    mob = "07" + rng.choice("02369") + _digits(rng, 7)
    return {
        "mobile": f"{mob[:3]}-{mob[3:6]} {mob[6:8]} {mob[8:]}",
        "intl": f"+46 {mob[1:3]} {mob[3:6]} {mob[6:8]} {mob[8:]}",
        "sthlm": f"08-{_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 2)}".replace(" ", " ", 1),
        "gbg": f"031-{_digits(rng, 2)} {_digits(rng, 2)} {_digits(rng, 2)}",
        "plain": mob,
        "": f"{mob[:3]}-{mob[3:6]} {mob[6:8]} {mob[8:]}",
    }[form]


def negative(kind: str, form: str, rng: random.Random) -> str:
    if kind == "cvr":
        v = ids.make_cvr(rng)
        return {"spaced": f"{v[:2]} {v[2:4]} {v[4:6]} {v[6:]}", "dk": f"DK{v}", "dkspace": f"DK {v}"}.get(form, v)
    if kind == "pnum":
        return ids.make_p_number(rng, date_like=True)
    if kind == "orgnr":
        v = ids.make_se_orgnr(rng)
        return {"plain": v.replace("-", ""), "moms": f"SE{v.replace('-', '')}01", "long": "16" + v}.get(form, v)
    if kind == "bg":
        return ids.make_bankgiro(rng)
    if kind == "pg":
        return ids.make_plusgiro(rng)
    if kind == "ocrse":
        return ids.date_like_luhn_ten(rng)
    if kind == "dlluhn":  # a date-like Luhn-valid 10-digit number written like a short personnummer
        v = ids.date_like_luhn_ten(rng)
        return f"{v[:6]}-{v[6:]}" if form == "dash" else v
    if kind == "dl10":
        v = date_like_cpr(rng)
        return {"dash": f"{v[:6]}-{v[6:]}", "space": f"{v[:6]} {v[6:]}"}.get(form, v)
    if kind == "dlmod":  # a date-like 10-digit number that also passes CPR modulus 11
        v = ids.make_cpr(rng, _date(rng, 1945, 2005))
        return {"dash": f"{v[:6]}-{v[6:]}"}.get(form, v)
    if kind == "phdk":
        return dk_phone(rng, form)
    if kind == "phse":
        return se_phone(rng, form)
    if kind == "phno":
        d = rng.choice("49") + _digits(rng, 7)
        return f"+47 {d[:3]} {d[3:5]} {d[5:]}" if form != "plain" else d
    if kind == "phfi":
        return (
            f"+358 40 {_digits(rng, 3)} {_digits(rng, 4)}"
            if form != "local"
            else f"040 {_digits(rng, 3)} {_digits(rng, 4)}"
        )
    if kind == "imei":
        body = rng.choice(["35", "86", "01", "35"]) + _digits(rng, 12)
        return body + ids.luhn_digit(body)
    if kind == "ean":
        return ids.make_ean13(rng, rng.choice(["57", "73", "40", "50"]))
    if kind == "gln":
        return _gs1(rng.choice(["579", "735"]) + _digits(rng, 9))
    if kind == "sscc":
        v = _gs1(rng.choice(["0", "1", "3"]) + rng.choice(["5790", "7350"]) + _digits(rng, 12))
        return f"(00) {v}" if form == "ai" else v
    if kind == "vin":
        return vin(rng)
    if kind == "ibandk":
        v = ids.make_iban_dk(rng)
        return ids.group4(v) if form != "plain" else v
    if kind == "ibanse":
        v = ids.make_iban_se(rng)
        return ids.group4(v) if form != "plain" else v
    if kind == "noorg":
        v = no_orgnr(rng)
        return {"mva": f"NO {v[:3]} {v[3:6]} {v[6:]} MVA", "spaced": f"{v[:3]} {v[3:6]} {v[6:]}"}.get(form, v)
    if kind == "ytunnus":
        return y_tunnus(rng)
    if kind == "kt":
        return kennitala(rng)
    if kind == "regkonto":
        reg = f"{rng.randint(1000, 9899)}"
        konto = date_like_cpr(rng)
        return {"dash": f"{reg}-{konto}", "space": f"{reg} {konto}"}.get(form, f"{reg} {konto}")
    if kind == "konto10":
        return date_like_cpr(rng)
    if kind == "clearing":
        return f"{rng.randint(3000, 9699)}-{rng.randint(0, 9)}, {_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 3)}-{rng.randint(0, 9)}"
    if kind == "fik":
        body = _digits(rng, 14)
        return f"+71<{body}{ids.luhn_digit(body)}+{rng.randint(80000000, 89999999)}<"
    if kind == "case":
        return f"{rng.choice([2024, 2025, 2026])}-{rng.randint(100, 99999):05d}"
    if kind == "n":  # plain running number of n digits (form gives the length)
        return str(rng.randint(1, 9)) + _digits(rng, int(form or "6") - 1)
    if kind == "ts":
        return str(rng.randint(1735689600, 1764547200))
    if kind == "tingl":
        when = _date(rng, 2005, 2026)
        return f"{when:%d.%m.%Y}-{date_like_cpr(rng, 1990, 2024)}"
    if kind == "mask":
        born = _date(rng, 1950, 2005)
        return {"se": f"{born:%y%m%d}-****", "sex": f"{born:%y%m%d}-XXXX", "se8": f"{born:%Y%m%d}-XXXX"}.get(
            form, f"{born:%d%m%y}-XXXX"
        )
    if kind == "badpnr":  # personnummer shape, valid date, wrong Luhn digit
        v = ids.make_personnummer(rng, _date(rng, 1950, 2000))
        bad = str((int(v[-1]) + rng.randint(1, 9)) % 10)
        return f"{v[2:8]}-{v[8:11]}{bad}"
    if kind == "lotto":
        return " ".join(f"{x:02d}" for x in sorted(rng.sample(range(1, 37), 7)))
    if kind == "amount":
        return f"{rng.randint(100, 99999):,}".replace(",", ".") + f",{rng.randint(0, 99):02d}"
    if kind == "hex":
        return "".join(rng.choice("0123456789abcdef") for _ in range(int(form or "8")))
    raise ValueError(f"unknown number kind {kind!r}")
