"""Features of a reported national identifier, for the learned precision filter tried in session 18
(``benchmarks/ids_lowo.py``, judged leave-one-writer-out; not shipped: it did not generalise).

What a careful reader looks at before believing a number is a person's identifier: the label word before it
(closed classes: person-id labels, other-number labels, time labels, phone labels), its column's header and
the other cells of its column (all digits, all the same length, increasing, time-like tails), its separators,
whether its date is a plausible birth date (age 0-110, not in the future) or has a time of day for a tail (a
timestamp YYYYMMDDhhmm), the row's other fields (e-mail, a name, a clock time, an ISO date, key=value) and the
document's language. Each is a binary feature named by a string (no digit of the number is kept), scored by a
logistic regression per entity (:func:`probability_with`, a sparse dot product: pure Python).

To ship it: move this module under pii_scanner/detect/ (outside the compiled rule modules, so both paths share
it), call it in ``Engine._scan`` on each DK_CPR/SE_PERSONNUMMER finding with the window text ``hay`` and drop a
finding whose probability is below the entity's cut-off. Features look at most ``_REACH`` characters either
side, less than the engine's window overlap, so a long text read in windows gets the same answers.
"""

from __future__ import annotations

import datetime
import math
import re
from collections.abc import Iterable

from pii_scanner.core.model import Finding

DK_CPR, SE_PERSONNUMMER = "DK_CPR", "SE_PERSONNUMMER"

ENTITIES = (DK_CPR, SE_PERSONNUMMER)
_REACH = 500  # characters looked at either side (the engine's overlap is larger)

# Closed classes of label words (lower case, compared on the word before the number and the column header).
_PERSON = frozenset(
    "cpr cprnr cprnummer personnummer personnr pnr persnr fødselsnummer födelsenummer personid "
    "personnummret cprnummeret personnummer: ssn idnr identitet legitimation".split()
)
_OTHER = frozenset(
    "cvr cvrnr orgnr organisationsnummer organisationsnr org ocr ocrnr faktura fakturanr fakturanummer invoice "
    "ordre ordrenr ordrenummer order ordernr ordernummer kunde kundenr kundenummer kundnr kundnummer customer "
    "konto kontonr kontonummer account sag sagsnr sagsnummer ärende ärendenr ärendenummer diarienr diarienummer "
    "journalnr journal løbenr løbenummer löpnr löpnummer lopnr batch batchnr ticket ticketnr ref refnr reference "
    "referens referensnr bilag bilagsnr transaktion transaktionsnr transaction id nr nummer no serienr serial "
    "version build lager vare varenr artikel artikelnr art artnr pnummer sku ean policenr police polisnr "
    "bestilling bestillingsnr booking bokning bokningsnr medlemsnr medlem abonnement abonnemangsnr aftale "
    "avtal avtalsnr kontrakt kontraktnr afsender pakke kolli sporing tracking forsendelse leverance levering "
    "leverans betaling betalingsid runde kørsel körning job jobid opgave uppgift sekvens sekvensnr sequence".split()
)
_TIME = frozenset(
    "tid tidspunkt tidsstempel tidsstämpel timestamp ts kl klokken klockan dato datum date time oprettet "
    "skapad created updated opdateret uppdaterad logget loggad modtaget mottaget received sendt skickad "
    "ændret ändrad modified start slut stop end".split()
)
_PHONE = frozenset("tlf tel telefon telefonnr mobil mobilnr mobile phone sms fax".split())
_LABEL_CLASSES = (("person", _PERSON), ("other", _OTHER), ("time", _TIME), ("phone", _PHONE))

# A word, compounds joined by "-" or "." kept whole ("cpr-nr.", "org.nr", "p-nr"): their parts name no class
_WORD = re.compile(r"[^\W\d_](?:[\w.-]*[^\W\d_])?")
_DIGITS = re.compile(r"\d+")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
_CLOCK = re.compile(r"(?<!\d)(?:[01]\d|2[0-3])[:.][0-5]\d(?!\d)")
_ISO_DATE = re.compile(r"(?<!\d)(?:19|20)\d\d-[01]\d-[0-3]\d(?!\d)")
_KEY_VALUE = re.compile(r"\b\w+=")
_CAPITALISED = re.compile(r"\b[A-ZÆØÅÄÖ][a-zæøåäöéü]+ [A-ZÆØÅÄÖ][a-zæøåäöéü]+\b")
_SEPARATORS = (";", "\t", "|", ",")


def _label_class(word: str) -> str:
    word = word.casefold().replace(".", "").replace("-", "").replace("_", "")
    for name, words in _LABEL_CLASSES:
        if word in words:
            return name
    return ""


def _classes(words: Iterable[str]) -> set[str]:
    found = set()
    for word in words:
        kind = _label_class(word)
        if kind:
            found.add(kind)
    return found


def _born(entity: str, digits: str, sep: str, today: datetime.date) -> datetime.date | None:
    """The birth date the number states (None: no valid date)."""
    try:
        if entity == DK_CPR:
            if len(digits) != 10:
                return None
            day, month, yy, d7 = int(digits[:2]), int(digits[2:4]), int(digits[4:6]), int(digits[6])
            if day > 60:
                day -= 60  # a replacement number
            if d7 <= 3:
                century = 1900
            elif d7 in (4, 9):
                century = 2000 if yy <= 36 else 1900
            else:
                century = 2000 if yy <= 57 else 1800
            return datetime.date(century + yy, month, day)
        if len(digits) == 12:
            year, month, day = int(digits[:4]), int(digits[4:6]), int(digits[6:8])
        elif len(digits) == 10:
            yy, month, day = int(digits[:2]), int(digits[2:4]), int(digits[4:6])
            year = 2000 + yy if 2000 + yy <= today.year else 1900 + yy
            if sep == "+":
                year -= 100
        else:
            return None
        if day > 60:
            day -= 60  # a samordningsnummer
        return datetime.date(year, month, day)
    except ValueError:
        return None


def _age_class(born: datetime.date | None, today: datetime.date) -> str:
    if born is None:
        return "none"
    days = (today - born).days
    if days < 0:
        return "future"
    years = days / 365.25
    if years < 2:
        return "0-1"
    if years < 18:
        return "2-17"
    if years <= 110:
        return "18-110"
    return "over110"


def _clock_tail(digits: str) -> bool:
    """The last four digits read as a time of day hhmm."""
    return int(digits[-4:-2]) <= 23 and int(digits[-2:]) <= 59


def _cells(line: str) -> tuple[str, list[str]] | None:
    for sep in _SEPARATORS:
        if line.count(sep) >= 2:
            return sep, line.split(sep)
    return None


def features(text: str, finding: Finding, lang: str | None, today: datetime.date) -> list[str]:
    """The binary features of a reported identifier (names only: no digit of the number is kept)."""
    start, end = finding.start, finding.end
    raw = text[start:end]
    digits = "".join(ch for ch in raw if ch.isdigit())
    seps = "".join(sorted({ch for ch in raw if not ch.isdigit()}))
    sep = {"": "none", "-": "hyphen", "+": "plus", " ": "space", "/": "slash", ".": "dot"}.get(seps, "other")
    out = ["bias", f"sep:{sep}", f"len:{len(digits)}"]
    explanation = finding.explanation
    if explanation is not None:
        out.append("ctx" if explanation.context else "noctx")
        if explanation.negative_context:
            out.append("negctx")
        out.append(f"chk:{explanation.checksum}")
    born = _born(finding.entity_type, digits, seps, today)
    age = _age_class(born, today)
    out.append(f"age:{age}")
    clock = len(digits) >= 10 and _clock_tail(digits)
    if clock:
        out.append("tail:hhmm")
        out.append(f"tail:hhmm&age:{age}")
        out.append(f"tail:hhmm&sep:{sep}")
    if len(digits) == 12 and digits[:2] == "20":
        out.append("century:20")
    # The line and the words on it before the number
    lo = text.rfind("\n", max(0, start - _REACH), start) + 1
    hi = text.find("\n", end, min(len(text), end + _REACH))
    hi = min(len(text), end + _REACH) if hi < 0 else hi
    line, before, after = text[lo:hi], text[lo:start], text[end:hi]
    words_before = _WORD.findall(before[-40:])
    last = _label_class(words_before[-1]) if words_before else ""
    out.append(f"label:{last or 'none'}")
    for kind in sorted(_classes(_WORD.findall(before)) - {last}):
        out.append(f"line_label:{kind}")
    for kind in sorted(_classes(_WORD.findall(after[:30]))):
        out.append(f"after_label:{kind}")
    if not before.strip():
        out.append("line_start")
    if _EMAIL.search(line):
        out.append("row:email")
    if _CLOCK.search(line):
        out.append("row:clock")
    if _ISO_DATE.search(line):
        out.append("row:isodate")
    if _KEY_VALUE.search(line):
        out.append("row:key_value")
    if _CAPITALISED.search(before) or _CAPITALISED.search(after):
        out.append("row:name")
    # Other numbers of the same length on the lines around: a running or time-stamped series
    window = text[max(0, start - _REACH) : min(len(text), end + _REACH)]
    same = [m.group() for m in _DIGITS.finditer(window) if len(m.group()) == len(digits)]
    if len(digits) in (10, 12) and len(same) >= 3:
        out.append("near:same_len")
        values = [int(s) for s in same]
        if values == sorted(values) and len(set(values)) == len(values):
            out.append("near:increasing")
        if max(values) - min(values) < 10 ** (len(digits) - 4):
            out.append("near:close_values")
        if sum(_clock_tail(s) for s in same) == len(same):
            out.append("near:all_hhmm")
    # A table: the number's column header and the other cells of its column
    cells = _cells(line)
    if cells is not None:
        sep_char, row = cells
        index = line[: start - lo].count(sep_char)
        out.append("table")
        header = _header(text, lo, sep_char, max(0, start - _REACH))
        if header is not None and index < len(header):
            kinds = _classes(_WORD.findall(header[index]))
            out.extend(f"col:{k}" for k in sorted(kinds))
            if not kinds:
                out.append("col:none")
        column = _column(text, lo, hi, sep_char, index, max(0, start - _REACH), min(len(text), end + _REACH))
        numeric = [c for c in column if c.isdigit()]
        if len(column) >= 2 and len(numeric) == len(column):
            out.append("col:all_digits")
            if len({len(c) for c in numeric}) == 1:
                out.append("col:same_len")
            values = [int(c) for c in numeric]
            if values == sorted(values):
                out.append("col:increasing")
            if len(digits) >= 10 and all(len(c) >= 10 and _clock_tail(c) for c in numeric):
                out.append("col:all_hhmm")
        if any(_EMAIL.search(c) for c in row):
            out.append("row:cell_email")
    # What a reader weighs together: a timestamp's shape with nothing saying whose number it is
    named = "ctx" in out or "row:name" in out or out[out.index(f"label:{last or 'none'}")] == "label:person"
    if len(digits) == 12 and digits[:2] == "20" and clock and sep == "none":
        out.append("stamp12" if named else "stamp12&unnamed")
    if not named:
        out.append(f"unnamed&sep:{sep}")
        out.append(f"unnamed&age:{age}")
    lang_ok = {DK_CPR: ("da", "no", "nb", "nn"), SE_PERSONNUMMER: ("sv",)}[finding.entity_type]
    out.append("lang:none" if not lang else ("lang:own" if lang in lang_ok else "lang:other"))
    return out


def _header(text: str, lo: int, sep: str, floor: int) -> list[str] | None:
    """The first line of the block of lines with ``sep`` cells that the line at ``lo`` belongs to."""
    header: str | None = None
    pos = lo
    while pos > floor:
        cut = text.rfind("\n", floor, pos - 1)
        if cut < 0 and floor > 0:
            break  # the line above starts before the reach: not read (a window would not see it whole)
        candidate = text[cut + 1 : pos - 1]
        if candidate.count(sep) < 2:
            break
        header = candidate
        pos = cut + 1
    return header.split(sep) if header is not None else None


def _column(text: str, lo: int, hi: int, sep: str, index: int, floor: int, ceiling: int) -> list[str]:
    """The other cells of the column (stripped) in the rows of the block around the line ``[lo, hi)``."""
    cells: list[str] = []
    for part in (text[floor:lo].split("\n")[1:-1], text[hi + 1 : ceiling].split("\n")[:-1]):
        for row in part:
            if row.count(sep) >= 2:
                values = row.split(sep)
                if index < len(values):
                    cells.append("".join(ch for ch in values[index] if ch not in " -+"))
    return cells


def probability_with(weights: dict[str, float], names: Iterable[str]) -> float:
    """The odds a logistic regression with ``weights`` gives features ``names``, as a probability."""
    if not weights:
        return 1.0
    z = sum(weights.get(name, 0.0) for name in names)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
