"""Slot templates for the v2 hold-out: «kind», «kind:form», «kind#key», «kind:form#key».

A template is ordinary text with slots. Rendering fills each slot with a synthetic value drawn from the public
rules in ``benchmarks/redteam/ids.py`` and records a label (code-point offsets) for the true national
identifiers. Slots with the same ``#key`` reuse the same person or number (a later form may differ: the same
CPR written once with and once without its dash). Everything else is an unlabelled value: the hard negatives
are drawn to pass the checks they imitate (date-like, Luhn, modulus 11).
"""

from __future__ import annotations

import datetime as dt
import random
import re
import unicodedata
from dataclasses import dataclass, field

from benchmarks.redteam import ids
from benchmarks.redteam.holdout2 import pools

TODAY = dt.date(2026, 11, 30)
SLOT = re.compile(r"«([A-Za-z_0-9]+)(?::([a-z_0-9]+))?(?:#(\w+))?»")

Label = dict[str, object]


def ascii_fold(text: str) -> str:
    text = text.replace("æ", "ae").replace("ø", "oe").replace("å", "aa").replace("Æ", "Ae").replace("Ø", "Oe")
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c))


@dataclass
class Person:
    first: str
    last: str
    country: str

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"


@dataclass
class Filler:
    rng: random.Random
    lang: str
    memo: dict[tuple[str, str], object] = field(default_factory=dict)

    # --- people -------------------------------------------------------------------------------------------

    def person(self, country: str | None = None, key: str | None = None) -> Person:
        country = country or {"da": "dk", "sv": "se"}.get(self.lang, self.lang)
        if key is not None and ("person", key) in self.memo:
            return self.memo[("person", key)]  # type: ignore[return-value]
        r = self.rng
        if country == "dk":
            first = r.choice(pools.DA_FIRST_F + pools.DA_FIRST_M)
            last = r.choice(pools.DA_LAST)
        elif country == "se":
            first = r.choice(pools.SV_FIRST_F + pools.SV_FIRST_M)
            last = r.choice(pools.SV_LAST)
        elif country == "no":
            first, last = r.choice(pools.NO_FIRST), r.choice(pools.NO_LAST)
        else:
            first, last = r.choice(pools.FI_FIRST), r.choice(pools.FI_LAST)
        p = Person(first, last, country)
        if key is not None:
            self.memo[("person", key)] = p
        return p

    def email(self, p: Person) -> str:
        domains = pools.DA_DOMAINS if p.country == "dk" else pools.SV_DOMAINS
        local = ascii_fold(f"{p.first}.{p.last}").lower().replace(" ", "").replace("-", "")
        return f"{local}@{self.rng.choice(domains)}"

    # --- numbers ------------------------------------------------------------------------------------------

    def raw(self, kind: str, form: str, key: str | None) -> str:
        """The underlying number of a slot (memoised per key so the same person's number can repeat)."""
        if key is not None and (kind, key) in self.memo:
            return str(self.memo[(kind, key)])
        r = self.rng
        value: str
        if kind == "DK":
            if form in ("nomod", "nomodplain"):
                value = ids.make_cpr(r, ids.random_birth_date(r, 1960, 2025), mod11=False)
            elif form == "int":
                born = ids.random_birth_date(r)
                born = born.replace(day=max(born.day, 10))
                value = ids.make_cpr(r, born)
            else:
                value = ids.make_cpr(r, mod11=r.random() > 0.1)
        elif kind == "SE":
            if form.startswith("old"):
                value = ids.make_personnummer(r, ids.random_birth_date(r, 1918, 1926))
            else:
                value = ids.make_personnummer(r)
        elif kind == "SAM":
            value = ids.make_personnummer(r, coordination=True)
        elif kind == "FI":
            value = ids.make_hetu(r)
        elif kind == "NO":
            value = ids.make_fodselsnummer(r, d_number=form == "dnum")
        else:
            raise KeyError(kind)
        if key is not None:
            self.memo[(kind, key)] = value
        return value

    def identifier(self, kind: str, form: str, key: str | None) -> tuple[str, str]:
        raw = self.raw(kind, form, key)
        r = self.rng
        if kind == "DK":
            if form in ("", "any"):
                form = r.choices(["dash", "plain", "space", "endash"], [50, 25, 15, 10])[0]
            head, tail = raw[:6], raw[6:]
            written = {
                "dash": f"{head}-{tail}",
                "nomod": f"{head}-{tail}",
                "plain": raw,
                "nomodplain": raw,
                "int": raw,
                "space": f"{head} {tail}",
                "endash": f"{head}\u2013{tail}",
                "broken": f"{head}-\n{tail}",
                "spaced": f"{head} - {tail}",
                "dotted": f"{raw[0:2]}.{raw[2:4]}.{raw[4:6]}-{tail}",
            }[form]
            return written, "DK_CPR"
        if kind in ("SE", "SAM"):
            forms = ids.pnr_forms(raw, TODAY)
            if form == "old":  # born 100 or more years ago: the short form takes "+"
                form = r.choices(["short_dash", "long_dash"], [75, 25])[0]
            elif form == "oldshort":
                form = "short_dash"
            if form in ("", "any"):
                form = r.choices(["long_dash", "long", "short_dash", "short", "long_space"], [30, 15, 35, 12, 8])[0]
            if form == "broken":
                return forms["short_dash"].replace("-", "-\n").replace("+", "+\n"), "SE_PERSONNUMMER"
            return forms[form], "SE_PERSONNUMMER"
        if kind == "FI":
            return raw, "FI_PERSONAL_IDENTITY_CODE"
        if kind == "NO":
            if form == "space":
                return f"{raw[:6]} {raw[6:]}", "NO_FODSELSNUMMER"
            return raw, "NO_FODSELSNUMMER"
        raise KeyError(kind)

    def negative(self, kind: str, form: str) -> str:
        r = self.rng
        if kind == "cprlike":  # mod-11 valid, date valid: only its label says it is not a CPR
            v = ids.make_cpr(r, ids.random_birth_date(r, 1950, 2025))
            return f"{v[:6]}-{v[6:]}" if form == "dash" else v
        if kind == "date10":
            return ids.date_like_ten(r)
        if kind == "luhn10":
            v = ids.date_like_luhn_ten(r)
            return f"{v[:6]}-{v[6:]}" if form == "dash" else v
        if kind == "luhn12":  # YYYYMMDD-NNNN ticket ids: Luhn-valid like a long personnummer of this year
            born = dt.date.fromordinal(r.randint(dt.date(2024, 1, 1).toordinal(), TODAY.toordinal()))
            v = ids.make_personnummer(r, born)
            return v if form == "plain" else f"{v[:8]}-{v[8:]}"
        if kind == "pnum":
            return ids.make_p_number(r, date_like=r.random() < 0.85)
        if kind in ("cvr", "senr"):
            v = ids.make_cvr(r)
            return " ".join(v[i : i + 2] for i in range(0, 8, 2)) if form == "spaced" else v
        if kind == "ean":
            return ids.make_ean13(r, "57")
        if kind == "orgnr":
            return ids.make_se_orgnr(r)
        if kind == "momsse":
            return "SE" + ids.make_se_orgnr(r).replace("-", "") + "01"
        if kind == "bg":
            return ids.make_bankgiro(r)
        if kind == "pg":
            return ids.make_plusgiro(r)
        if kind == "ocr":
            return ids.make_ocr(r, int(form) if form else None)
        if kind == "reg":
            return f"{r.randint(1000, 9899)}"
        if kind == "clearing":
            return f"{r.choice(['8', '6', '3', '5', '9'])}{r.randint(100, 999)}"
        if kind == "konto10":  # a bank account that happens to be a valid CPR (date, century, modulus 11)
            v = ids.make_cpr(r, ids.random_birth_date(r, 1940, 2025))
            return v
        if kind == "kontose":
            return f"{r.randint(100, 999)} {r.randint(100, 999)} {r.randint(100, 999)}"
        if kind == "iban":
            v = ids.make_iban_dk(r) if form != "se" else ids.make_iban_se(r)
            return ids.group4(v) if r.random() < 0.6 else v
        if kind == "phone_dk":
            n = f"{r.choice('2345678')}{r.randint(0, 9999999):07d}"
            style = form or r.choice(["plain", "pairs", "intl"])
            if style == "pairs":
                return " ".join(n[i : i + 2] for i in range(0, 8, 2))
            if style == "intl":
                return f"+45 {n[:4]} {n[4:]}"
            return n
        if kind == "phone_se":
            if form == "datelike":  # 070MDD...: reads as YYMMDD and passes Luhn
                while True:
                    born = ids.random_birth_date(r, 2007, 2007)
                    body = f"07{born:%m%d}{r.randint(0, 999):03d}"
                    if body[:3] in ("070",):
                        return body + ids.luhn_digit(body)
            n = f"7{r.choice('02369')}{r.randint(0, 9999999):07d}"
            style = form or r.choice(["dash", "intl", "plain"])
            if style == "intl":
                return f"+46 {n[:2]} {n[2:5]} {n[5:7]} {n[7:]}"
            if style == "plain":
                return "0" + n
            return f"0{n[:2]}-{n[2:5]} {n[5:7]} {n[7:]}"
        if kind == "phone_no":
            return f"+47 {r.choice('49')}{r.randint(10, 99)} {r.randint(10, 99)} {r.randint(100, 999)}"
        if kind == "phone_fi":
            return f"+358 4{r.randint(0, 9)} {r.randint(100, 999)} {r.randint(1000, 9999)}"
        if kind == "amount":
            kroner = r.randint(100, 250000)
            ore = r.randint(0, 99)
            return f"{kroner:,}".replace(",", ".") + f",{ore:02d}"
        if kind == "date":
            d = dt.date.fromordinal(r.randint(dt.date(2024, 1, 1).toordinal(), TODAY.toordinal()))
            style = form or r.choice(["iso", "dk", "dots"])
            return {"iso": d.isoformat(), "dk": f"{d.day}.{d.month}.{d.year}", "dots": f"{d:%d.%m.%Y}"}[style]
        if kind == "time":
            return f"{r.randint(7, 18):02d}:{r.randint(0, 59):02d}"
        if kind == "case":
            return f"{r.randint(2023, 2026)}-{r.randint(1, 99999):05d}"
        if kind == "order":
            return str(r.randint(10 ** (int(form or 7) - 1), 10 ** int(form or 7) - 1))
        if kind == "badcpr":  # CPR-shaped, impossible date
            dd = r.choice([r.randint(32, 39), r.randint(1, 28)])
            mm = r.randint(13, 19) if dd <= 28 else r.randint(1, 12)
            return f"{dd:02d}{mm:02d}{r.randint(40, 99):02d}-{r.randint(0, 9999):04d}"
        if kind == "badse":  # personnummer-shaped, wrong Luhn digit
            v = ids.make_personnummer(r)
            wrong = str((int(v[-1]) + r.randint(1, 9)) % 10)
            v = v[:-1] + wrong
            return f"{v[2:8]}-{v[8:]}" if form != "long" else f"{v[:8]}-{v[8:]}"
        if kind == "masked":
            v = ids.make_cpr(r)
            return {"dk": f"{v[:6]}-XXXX", "se": f"19{v[4:6]}{v[2:4]}{v[:2]}-****", "dk2": f"{v[:6]}-****"}[
                form or "dk"
            ]
        if kind == "fik":
            pay = f"{r.randint(0, 10**15 - 1):015d}"
            return f"+71<{pay}+{ids.make_cvr(r)}<"
        if kind == "journal":
            return f"{r.randint(1000, 9999)}-{r.randint(10000, 99999)}-{r.randint(1, 999):05d}-{r.randint(23, 26)}"
        if kind == "ytunnus":
            return f"{r.randint(1000000, 9999999)}-{r.randint(0, 9)}"
        if kind == "noorg":
            return f"{r.randint(900, 999)} {r.randint(100, 999)} {r.randint(100, 999)}"
        if kind == "hex":
            return "".join(r.choice("0123456789abcdef") for _ in range(int(form or 12)))
        if kind == "num":
            return str(r.randint(1, 10 ** int(form or 3) - 1))
        if kind == "zip_dk":
            return r.choice(pools.DA_TOWNS)[0]
        raise KeyError(kind)

    def text_slot(self, kind: str, form: str, key: str | None) -> str | None:
        r = self.rng
        country = form if form in ("dk", "se", "no", "fi") else None
        if kind in ("name", "first", "last", "email", "NAME"):
            p = self.person(country, key)
            if kind == "name":
                return p.full
            if kind == "NAME":
                return p.full.upper()
            if kind == "first":
                return p.first
            if kind == "last":
                return p.last
            return self.email(p)
        if kind == "street":
            streets = pools.DA_STREETS if (country or self.lang) in ("dk", "da") else pools.SV_STREETS
            return f"{r.choice(streets)} {r.randint(1, 140)}"
        if kind == "town":
            towns = pools.DA_TOWNS if (country or self.lang) in ("dk", "da") else pools.SV_TOWNS
            z, t = r.choice(towns)
            return f"{z} {t}"
        if kind == "city":
            towns = pools.DA_TOWNS if (country or self.lang) in ("dk", "da") else pools.SV_TOWNS
            return r.choice(towns)[1]
        if kind == "firm":
            return r.choice(pools.DA_FIRMS if (country or self.lang) in ("dk", "da") else pools.SV_FIRMS)
        return None

    # --- rendering ----------------------------------------------------------------------------------------

    def render(self, template: str) -> tuple[str, list[Label]]:
        out: list[str] = []
        labels: list[Label] = []
        length = 0
        pos = 0
        for m in SLOT.finditer(template):
            literal = template[pos : m.start()]
            out.append(literal)
            length += len(literal)
            kind, form, key = m.group(1), m.group(2) or "", m.group(3)
            if kind in ("DK", "SE", "SAM", "FI", "NO"):
                value, entity = self.identifier(kind, form, key)
                labels.append({"start": length, "end": length + len(value), "entity": entity})
            else:
                text = self.text_slot(kind, form, key)
                if text is None:
                    if key is not None and (kind, key) in self.memo:
                        text = str(self.memo[(kind, key)])
                    else:
                        text = self.negative(kind, form)
                        if key is not None:
                            self.memo[(kind, key)] = text
                value = text
            out.append(value)
            length += len(value)
            pos = m.end()
        out.append(template[pos:])
        return "".join(out), labels


def ocr_noise(rng: random.Random, template: str, rate: float = 0.08) -> str:
    """Swap l/1 and O/0 in words outside the slots, as a poor scan does (numbers in slots stay as issued)."""
    parts = re.split(r"(«[^»]*»)", template)
    swaps = {"l": "1", "O": "0", "o": "0", "I": "l", "rn": "m", "m": "rn"}
    for i, part in enumerate(parts):
        if part.startswith("«"):
            continue
        chars = []
        j = 0
        while j < len(part):
            two = part[j : j + 2]
            if two == "rn" and rng.random() < rate:
                chars.append("m")
                j += 2
                continue
            c = part[j]
            if c in swaps and c.isalpha() and rng.random() < rate:
                chars.append(swaps[c])
            else:
                chars.append(c)
            j += 1
        parts[i] = "".join(chars)
    return "".join(parts)
