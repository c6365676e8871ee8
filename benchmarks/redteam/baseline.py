"""A context-free reference scanner for the identifiers set: regular expressions and check digits only.

Not the tool: it shows how much of the set a scanner gets from checksums alone, so the tool's figures can be read
against it. Country ties (a number valid as CPR and as personnummer) go to the document's language.
"""

from __future__ import annotations

import datetime as dt
import re

from benchmarks.redteam import ids

TEN = re.compile(r"(?<![\w+-])(\d{2})?(\d{6})([-+\u2013 ]?)(\d{4})(?![\w-])")
HETU = re.compile(r"(?<![\w-])\d{6}[-+A-FU-Y]\d{3}[0-9A-Y](?![\w-])")
FNR = re.compile(r"(?<![\w-])\d{6} ?\d{5}(?![\w-])")


def _pnr_ok(century: str | None, six: str, sep: str, four: str) -> bool:
    digits = six + four
    if not ids.luhn_ok(digits):
        return False
    yy, mm, dd = int(six[:2]), int(six[2:4]), int(six[4:6])
    if dd > 60:
        dd -= 60
    year = int(century) * 100 + yy if century else 2000 + yy if 2000 + yy <= 2026 else 1900 + yy
    try:
        dt.date(year, mm, dd)
    except ValueError:
        return False
    return True


def find(text: str, lang: str) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    taken: list[tuple[int, int]] = []
    for m in HETU.finditer(text):
        if ids.hetu_ok(m.group()) and not m.group()[7:10].isalpha():
            out.append((m.start(), m.end(), "FI_PERSONAL_IDENTITY_CODE"))
            taken.append((m.start(), m.end()))
    for m in FNR.finditer(text):
        if ids.fodselsnummer_ok(m.group().replace(" ", "")):
            out.append((m.start(), m.end(), "NO_FODSELSNUMMER"))
            taken.append((m.start(), m.end()))
    for m in TEN.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        century, six, sep, four = m.groups()
        se = _pnr_ok(century, six, sep, four)
        dk = century is None and sep != "+" and ids.cpr_birth_date(six + four) is not None
        if se and dk:
            out.append((m.start(), m.end(), "DK_CPR" if lang == "da" else "SE_PERSONNUMMER"))
        elif se:
            out.append((m.start(), m.end(), "SE_PERSONNUMMER"))
        elif dk:
            out.append((m.start(), m.end(), "DK_CPR"))
    return out
