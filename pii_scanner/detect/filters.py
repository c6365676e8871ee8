"""Named filters that drop a verified candidate, chosen per entity (the detect-secrets idea).

A recognizer turns a candidate into readings (checksum, date, context); before a reading becomes a
finding the filters of its entity look at where it stands. Each filter is a small, separately
tested function with a name that shows up in tests and docs; :data:`FILTERS` says which apply to
which entity. Adding one: write the function, give it a :class:`Filter` entry, list it for the
entities it concerns.
"""

from __future__ import annotations

import datetime
import functools
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from pii_scanner.core.entities import CATALOGUE, COUNTRY_LANGUAGE, NATIONAL_IDS
from pii_scanner.core.regex_cache import regex
from pii_scanner.detect import country, fastpath, fields, layout
from pii_scanner.detect.identifiers import dk_cpr, fi_hetu, no_fodselsnummer, se_personnummer
from pii_scanner.detect.recognizers.base import ContextHit, Env, after_phone_prefix, context_windows

_TEN_SHAPE = regex(r"\d{6}[-+ \u2010-\u2013\u2212\u00a0]?\d{4}")
_TWELVE_SHAPE = regex(r"(?:19|20)\d{6}[-+\u2010-\u2013\u2212]?\d{4}")  # a personnummer with its century
# Cells of a column of national identifiers of several countries (a Nordic roster): counted too.
_ID_SHAPES = (
    _TEN_SHAPE,
    _TWELVE_SHAPE,
    regex(r"\d{6} ?\d{5}"),  # fødselsnummer
    regex(r"\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]"),  # HETU
)
_NON_DIGITS = regex(r"\D")


@dataclass(frozen=True, slots=True)
class Candidate:
    """One reading of a candidate: the entity it would be reported as, where, and its context."""

    entity: str
    start: int
    end: int
    context: ContextHit
    born: datetime.date | None = None  # the reading's birth date, for identifiers that carry one


@dataclass(frozen=True, slots=True)
class Filter:
    name: str
    rejects: Callable[[Candidate, Env], bool]
    # True when the answer depends only on where the number stands (not on the reading's context):
    # asked once per candidate however many readings it has.
    positional: bool = False


def negative_context(candidate: Candidate, env: Env) -> bool:
    """A negative word labels the number ("Ordre 0707614285") and no positive word stands nearer.
    A negative word that a denial or a preposition heads ("CPR-nr. (privatperson uden CVR):", "his
    CPR over the phone (...)") or that is an amount's unit ("1 600 SEK (provided: ...)") labels
    nothing."""
    if not candidate.context.suppressed:
        return False
    if candidate.entity == "SE_PERSONNUMMER" and all(
        word in env.rules.labels.personal_numbers for word in candidate.context.negative
    ):
        # "#ORGNR 911127-4800": an organisationsnummer that validates as a personnummer (a legal person's
        # has a third digit of 2 or more, never a month) is a sole trader's, i.e. the personnummer itself.
        return False
    if (
        candidate.entity == "DK_CPR"
        and _CPR_OWN_FORM.fullmatch(env.text, candidate.start, candidate.end) is not None
        and all(word.rstrip(".").replace(".", "-") in _CVR_WORDS for word in candidate.context.negative)
    ):
        # A CVR number has eight digits: a CPR in its own form under "CVR" is a sole trader's without a CVR number
        # ("Malerfirmaet Lund (enkeltm.)  081249-3256": the owner's CPR stands in its place).
        return False
    if _folder_names_the_document(candidate, env):
        return False
    if (
        candidate.entity == "DK_CPR"
        and candidate.context.positive
        and all(word.rstrip(".").replace(".", "-") in _CVR_WORDS for word in candidate.context.negative)
        and _CPR_OR_CVR.search(env.text, max(0, candidate.start - 50), candidate.start) is not None
    ):
        # "Cpr-nummer eller CVR-nummer: 2406750607": the label offers both; a CVR number has eight digits
        return False
    return not _negatives_disowned(candidate, env)


_CPR_OR_CVR = regex(
    r"(?i)(?:cpr[\w.-]*[ \t]*(?:eller|el\.|or|/)[ \t]*cvr[\w.-]*|cvr[\w.-]*[ \t]*(?:eller|el\.|or|/)[ \t]*cpr[\w.-]*)"
    r"[ \t]*:?[ \t]*$"
)


# Labels joined by "/" and their values joined by "/" in the same order: "CVR/P-nr.: 55053901 / 1008441428".
_PAIRED_LABELS = regex(
    r"(?<![\w/])([^\W\d][\w.-]*(?:[ \t]*/[ \t]*[^\W\d][\w.-]*)+)[ \t]*:[ \t]*((?:[^\s/:]+[ \t]*/[ \t]*)+)$"
)


def _paired_label_names_other(candidate: Candidate, env: Env) -> bool:
    """The number is the k-th of values joined by "/" after labels joined by "/" ("CVR/P-nr.: 55053901 /
    1008441428"): the k-th label is its own, and it names another kind of number."""
    text = env.text
    if "/" not in text[max(0, candidate.start - 4) : candidate.start]:
        return False  # the common case
    m = _PAIRED_LABELS.search(text, max(0, candidate.start - 80), candidate.start)
    if m is None:
        return False
    labels = [part.strip().rstrip(".").lower() for part in m.group(1).split("/")]
    index = m.group(2).count("/")
    if index >= len(labels) or len(labels) != index + 1 + text.count(
        "/", candidate.end, _line_end(text, candidate.end)
    ):
        return False
    own = labels[index]
    # "P-nr" names a Swedish personnummer too: only a word naming this reading's identifier keeps it
    return not _own_word_in(own, candidate.entity, env) and _names_other_number(own, candidate.entity, env)


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


_GLUED_WORD_AFTER = regex(r"[_-]([^\W\d_]+)")


def _file_name_word_names_other(candidate: Candidate, env: Env) -> bool:
    """In a file's name, the word glued right after the number names another kind of number ("200508311081_faktura.pdf",
    "1505863050-ordre.pdf"): the file is that thing, the number its number. A word naming a document about a person
    ("_beslut_bostadsbidrag", "_loenseddel", "_kontrakt") says nothing."""
    text = env.text
    word = _GLUED_WORD_AFTER.match(text, candidate.end)
    if word is None or not in_file_name(text, candidate.start, candidate.end):
        return False
    low = word.group(1).lower()
    if _names_an_identifier(env, low):
        return False
    # A negative word of the reading or a word ending in a number word; a numbered thing alone ("_kontrakt") is a
    # document filed under its holder's number.
    labels = env.rules.labels
    own = env.rules.context.get(candidate.entity)
    for stem in _singulars(low):
        if labels.suffix is not None and labels.suffix.fullmatch(stem):
            return True
        found = None if own is None or own.both is None else own.both.fullmatch(stem)
        if found is not None and found.lastgroup == "n":
            return True
    return False


def _folder_names_the_document(candidate: Candidate, env: Env) -> bool:
    """The number opens a file's name that holds more than the number ("/scan/sag/1403723238-2019-10-08.pdf",
    "\\personalesager\\0809862747_kontrakt.pdf") and every negative word is a folder's name: the folder names
    the kind of document filed there, the file's own name whose document it is. A file named by the number
    alone ("/faktura/3101754483.pdf") is that thing's number."""
    text = env.text
    rest = _FILE_NAME_REST.match(text, candidate.end)
    if rest is None or rest.group().startswith(".") or not in_file_name(text, candidate.start, candidate.end):
        return False
    token_lo = max(text.rfind(c, max(0, candidate.start - 200), candidate.start) for c in " \t\n\"'<>(") + 1
    folder_end = max(text.rfind("/", token_lo, candidate.start), text.rfind("\\", token_lo, candidate.start))
    if folder_end < 0 or folder_end != candidate.start - 1:
        return False
    folders = text[token_lo:folder_end].lower()
    own = text[candidate.end : rest.end()].lower()
    return all(word in folders and word not in own for word in candidate.context.negative)


_CVR_WORDS = frozenset(("cvr", "cvr-nr", "cvr-nummer", "cvrnr", "cvr nr"))
_CPR_OWN_FORM = regex(r"\d{6}[-\u2010-\u2013\u2212]\d{4}")


_ARTICLES = frozenset(("the", "a", "an", "en", "et", "ett", "den", "det"))
_WORD_BEFORE = regex(r"([^\W_][\w.]*)[ \t]+$")
_AMOUNT_BEFORE = regex(r"\d[ \t]*$")


def _negatives_disowned(candidate: Candidate, env: Env) -> bool:
    """Every place of each negative word in the context windows is headed by a denial or a
    preposition of ``disowning``, or is a currency right after an amount (``amount_units``)."""
    labels = env.rules.labels
    if not labels.disowning and not labels.amount_units:
        return False
    before, after = context_windows(env, candidate.start, candidate.end)
    lo = candidate.start - len(before)
    low = (before + env.text[candidate.start : candidate.end] + after).lower()
    seen = 0
    for word in candidate.context.negative:
        for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", low):
            if lo + m.start() < candidate.end and lo + m.end() > candidate.start:
                continue
            seen += 1
            # the words before it, also where the window cuts them ("...r kontonummer: ...")
            head = env.text[max(0, lo + m.start() - 30) : lo + m.start()].lower()
            if (
                word.rstrip(".") in labels.amount_units
                and lo + m.start() < candidate.start
                and _AMOUNT_BEFORE.search(head)
                and low[m.end() : m.end() + 1] != ":"  # "sek:" is a label
            ):
                continue  # "1 600 SEK (provided: ...)": the currency of an amount before, not of this number
            if lo + m.start() >= candidate.end and _CODE_VALUE.match(env.text, lo + m.end()):
                continue  # "170968-0664, reg.nr. UG 02 962": the word after labels a code of its own (a plate)
            w = _WORD_BEFORE.search(head)
            if w is not None and w.group(1) in _ARTICLES:
                w = _WORD_BEFORE.search(head, 0, w.start())
            if w is None or w.group(1) not in labels.disowning:
                return False
        if not seen:
            # The word heads a list the number is in ("Följande saknar kontonummer: 670613-7855, ..., 860777-0206"):
            # its place is on the line before the window.
            line_lo = env.text.rfind("\n", max(0, candidate.start - _LIST_REACH), candidate.start) + 1
            head_line = env.text[line_lo : candidate.start].lower()
            at = head_line.rfind(word)
            if at < 0:
                continue
            seen += 1
            w = _WORD_BEFORE.search(head_line, 0, at)
            if w is None or w.group(1) not in labels.disowning:
                return False
    return seen > 0


_LIST_REACH = 300
# A value of capitals and digits after its label: a plate, a chassis or a hull number ("reg.nr. UG 02 962").
_CODE_VALUE = regex(r"[ \t.:#=-]*[A-ZÆØÅÄÖ]{1,8}[ -]?\d")


# A JSON string value opens right before the number ('"system":"http://.../personnummer","value":"'): a URL
# before it is another field's value (minified JSON has no space to end the URL's token).
_JSON_VALUE_OPENS = regex(r'"[\w-]{1,40}"[ \t]*:[ \t]*"$')


def url_or_path(candidate: Candidate, env: Env) -> bool:
    """The number is part of a URL, query string or file path, but not of the file's own name: a
    name holding an identifier ("/løn/lønseddel_1203880762.pdf") is personal data itself."""
    if not env.kernel.url_or_path(env.text, candidate.start):  # base.inside_url_or_path, maybe compiled
        return False
    return not (
        in_file_name(env.text, candidate.start, candidate.end)
        or _JSON_VALUE_OPENS.search(env.text, max(0, candidate.start - 48), candidate.start) is not None
        or slash_record_field(env.text, candidate.start, candidate.end)
        or _SLASHED_CONTACT.search(env.text, max(0, candidate.start - 50), candidate.start) is not None
        or dn_serial_number(env.text, candidate.start)
        or _hash_delimited_row(env.text, candidate.start)
        or _url_key_names_holder(candidate, env)
        or _second_of_pair(env.text, candidate.start)
        or _NUMBERED_ITEM.search(env.text, max(0, candidate.start - 5), candidate.start) is not None
    )


# A numbered item's mark right before the number ("Ansøger #1:0910829629#2:2106939325"): no URL fragment.
_NUMBERED_ITEM = regex(r"(?:^|[\s(])#\d{1,2}[:.)][ \t]*$|(?<=\d)#\d{1,2}[:.)][ \t]*$")


# An identifier's shape, then "/" right before the number: "2410709670/2104689623", a pair of one kind.
_FIRST_OF_PAIR = regex(r"(?:^|(?<=[\s(\[:;,]))\d{6}[-+]?\d{4}/$")


def _second_of_pair(text: str, start: int) -> bool:
    """The number is the second of two identifier-shaped numbers joined by "/" (spouses' CPRs on one return):
    the "/" joins two numbers of one kind, no path's folder (read after a word naming the identifier only)."""
    return text[start - 1 : start] == "/" and _FIRST_OF_PAIR.search(text, max(0, start - 13), start) is not None


_URL_SIGNS = regex(r"://|www\.|[/?]")


def _hash_delimited_row(text: str, start: int) -> bool:
    """A sheet pasted with "#" between its cells ("Bo Lind#5801076067#4 639,22"): a "#" that no URL
    mark ("://", "/", "?") goes with, on a line with two or more of them, sets cells apart and opens
    no URL fragment."""
    lo, hi = layout.line_bounds(text, start)
    if text.count("#", lo, hi) < 2 or text[start - 1 : start] != "#":
        return False
    token_lo = max(text.rfind(" ", lo, start), text.rfind("\t", lo, start), lo - 1) + 1
    return _URL_SIGNS.search(text, token_lo, start) is None


# A URL's query key or the path segment right before the number ("?cpr=1905482668",
# "/borger/2201762017/sager"): the key says what the number is.
# Percent-encoded too (a URL inside a query or a log: "%3Fcpr%3D", "%2Fborger%2F").
_URL_KEY = regex(
    r"(?:(?:[?&;=]|%3[fF]|%26)([^\W\d][\w.\[\]-]{0,40})(?:=|:|%3[dDaA])|(?:/|%2[fF])([^\W\d][\w.-]{0,40})(?:/|%2[fF]))$"
)


def _url_key_names_holder(candidate: Candidate, env: Env) -> bool:
    """The number's query key or path segment in a URL names the identifier or its holder ("cpr",
    "personnummer", "borger", "patient"), or the number is a personnummer with its century (its own
    form) under a segment of a web path naming no numbered thing ("/kunder/199206294671/").
    "/order/6410057134/", "?id=..." stay parts of a URL."""
    text = env.text
    m = _URL_KEY.search(text, max(0, candidate.start - 42), candidate.start)
    if m is None:
        return False
    raw_key = m.group(1) or m.group(2)
    key = raw_key.lower()
    words = fields.Field(raw_key, "pair").words.lower()  # "patient_cpr", "borgerCpr" read as words
    if _names_an_identifier(env, words) or any(
        stem in env.rules.labels.persons or _own_word_in(stem, candidate.entity, env) for stem in _singulars(key)
    ):
        return True  # "?cpr=", "borgerCpr=", "/borger/", "/patienter/" ("patient")
    if m.group(2) is None or not key.isalpha() or _TWELVE_SHAPE.fullmatch(text, candidate.start, candidate.end) is None:
        return False
    lo, hi = layout.line_bounds(text, candidate.start)
    return _WEB_PATH.search(text, lo, hi) is not None and not any(
        _names_other_number(stem, candidate.entity, env) for stem in _singulars(key)
    )


_PLURAL_ENDINGS = ("erne", "arna", "orna", "er", "ar", "or", "es", "s", "r", "e")


def url_key_words(text: str, start: int) -> list[str]:
    """The words of the URL query key or path segment right before ``start`` ("borgerCpr" -> "borger",
    "cpr"; "patienter" -> "patienter", "patient"), nearest last; [] when the number stands under none."""
    m = _URL_KEY.search(text, max(0, start - 42), start)
    if m is None or not url_or_path_token(text, start):
        return []
    raw_key = m.group(1) or m.group(2)
    words: list[str] = []
    for word in re.split(r"[^\w]+|_", fields.Field(raw_key, "pair").words.lower()):
        if word:
            words += _singulars(word)[::-1]
    return words


def url_or_path_token(text: str, start: int) -> bool:
    """The token ending at ``start`` is part of a URL, query string or path (the kernel's answer)."""
    return fastpath.url_or_path(text, start)


def _singulars(word: str) -> list[str]:
    """``word`` and what it is without a plural ending ("ordrer" -> "ordre", "orders" -> "order")."""
    return [word] + [word[: -len(end)] for end in _PLURAL_ENDINGS if word.endswith(end) and len(word) > len(end) + 2]


# A web address or an HTTP request line: its path names resources ("GET /v1/kunder/19920629...");
# a local path ("/srv/data/19811218...") names folders.
# (an access log quotes the request line: '"GET /api/... HTTP/1.1"')
_WEB_PATH = regex(r"://|(?:^|[\s\"'])(?:GET|POST|PUT|PATCH|DELETE|HEAD)[ \t]+/", re.MULTILINE)


# A certificate's subject or a directory entry (attribute=value pairs with a common name, "CN="): its
# serialNumber attribute holds the subject's national identity number (BankID: "serialNumber=
# 199005300422"; ETSI EN 319 412-1: "PNOSE-199005300422"), not a serial number of a thing.
_DN_SERIAL = regex(r"(?:^|[\s,;/+])(?:serialnumber|2\.5\.4\.5)[ \t]*=[ \t]*[\"']?(?:PNO[A-Z]{2}[-:])?$", re.IGNORECASE)
_DN_CN = regex(r"(?:^|[\s,;/+])CN[ \t]*=", re.IGNORECASE)


# The same attribute in an LDIF entry ("dn: cn=Eva Lund,..." above, "serialNumber: 198112189876").
_LDIF_SERIAL = regex(r"(?:^|\n)serialNumber[ \t]*:[ \t]*$", re.IGNORECASE)
_LDIF_DN = regex(r"(?:^|\n)dn:[^\n]*\bcn=", re.IGNORECASE)


def dn_serial_number(text: str, start: int) -> bool:
    """The number is the serialNumber attribute of a distinguished name (see ``_DN_SERIAL``) or of an
    LDIF entry whose "dn:" names a common name (the entry's lines above, no blank line between)."""
    lo, hi = layout.line_bounds(text, start)
    if _LDIF_SERIAL.search(text, max(0, lo - 1), start) is not None:
        head = text[max(0, lo - 600) : lo]
        entry = head[head.rfind("\n\n") + 1 :]
        return _LDIF_DN.search(entry) is not None
    if _DN_SERIAL.search(text, max(0, start - 40), start) is None:
        return False
    return _DN_CN.search(text, lo, hi) is not None


_CODE_FIELD = regex(r"[A-Z0-9]{1,8}")
# A contact's fields written with "/" between them ("Lea Brun/250839-9491/93 73 44 02/lea@brun.dk"): a person's
# name (two capitalised words, a space between) right before the "/" is no path's folder.
_SLASHED_CONTACT = regex(
    r"(?:^|[\s:;,])[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:[- ][A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)*[ ][A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]{1,}[ \t]*/$"
)


def slash_record_field(text: str, start: int, end: int) -> bool:
    """The number is a whole field of a record written with "/" between fields in capitals, as
    reservation systems print them ("SSR DOCS SK HK1/I/SWE/198112189876/SWE/18DEC81/F/..."): no path."""
    coded = text[start - 3 : start] == "/NI"  # IATA's code of a national identity number ("FOID/NI...")
    if not (coded or text[start - 1 : start] == "/") or text[end : end + 1] not in ("/", "", " ", "-", "\n", "\r"):
        return False
    lo = max(text.rfind(c, max(0, start - 120), start) for c in " \t\n") + 1
    fields = text[lo : start - (3 if coded else 1)].split("/")
    return len(fields) >= (1 if coded else 2) and all(_CODE_FIELD.fullmatch(f) for f in fields)


_FILE_NAME_REST = regex(r"(?:[_ -][^\s/\\:;,\"'<>|()?#&=]*)?\.[A-Za-z][A-Za-z0-9]{1,4}(?![\w./\\])")
_URL_MARKS = ("://", "www.", "?", "=")


def in_file_name(text: str, start: int, end: int) -> bool:
    """The number stands in the last segment of a local or share path that ends with a file
    extension ("C:\\Løn\\lønseddel_1203880762.pdf", "/srv/CPR-0707614285.docx"), not in a URL."""
    if _FILE_NAME_REST.match(text, end) is None:
        return False
    lo = max(text.rfind(c, max(0, start - 200), start) for c in " \t\n\"'<>(")
    token = text[lo + 1 : start]
    segment = token[max(token.rfind("/"), token.rfind("\\")) + 1 :]
    return not any(mark in token for mark in _URL_MARKS) and not any(ch.isdigit() for ch in segment[-1:])


def phone_prefix(candidate: Candidate, env: Env) -> bool:
    """A country prefix (+45, 0046) stands right before: the number is a phone number."""
    return after_phone_prefix(env.text, candidate.start)


def _column(candidate: Candidate, env: Env) -> layout.Column | None:
    cached = env.memo.get("column")
    if cached is not None and cached[0] == candidate.start:
        found: layout.Column | None = cached[1]
        return found
    neighbours = int(env.rules.setting("table", "neighbours"))
    found = layout.column(env.text, candidate.start, candidate.end, neighbours, env.memo)
    env.memo["column"] = (candidate.start, found)
    return found


def _table_numbers(candidate: Candidate, env: Env) -> list[str] | None:
    if candidate.context.positive:
        return None  # "CPR" in the header or next to the number: a list of identifiers
    col = _column(candidate, env)
    if col is None:
        return None
    if not col.delimited:
        found = fields.at(env.text, candidate.start, candidate.end, env.memo)
        if found is not None and found.kind in _KEYED_KINDS:
            return None  # "subject_id=..." in a log: its key labels it, not numbers above it by chance
    return [c for c in col.cells if any(shape.fullmatch(c.strip()) for shape in _ID_SHAPES)]


_KEYED_KINDS = frozenset(("pair", "json", "xml", "line"))


# A row about a person: a name (two capitalised words, or two in capitals in a fixed-width report)
# or an e-mail address.
_PERSON_ON_ROW = regex(
    r"[A-ZÆØÅÄÖÜ][a-zæøåäöüéè]+[ \t]+(?:[a-zæøåäö]{1,3}[ \t]+)?[A-ZÆØÅÄÖÜ][a-zæøåäöüéè]+"
    r"|\b[A-ZÆØÅÄÖÜ]{2,}[ \t][A-ZÆØÅÄÖÜ]{2,}\b|[\w.+-]+@[\w-]+\.\w"
)
_ID_CELL = regex(
    r"(?:(?:19|20)\d{6}|\d{6})[-+ \u2010-\u2013\u2212\u00a0]?\d{4}|\d{6} ?\d{5}|\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]"
)


def identifier_column(candidate: Candidate, env: Env) -> bool:
    """The candidate's column holds identifiers whatever its header says ("IDNR", "Nummer"): the
    rows are about people (a name, an e-mail address), no other column's header names an
    identifier, at least ``table.id_column_cells`` cells of the column (the candidate included) have
    an identifier's shape and are most of it, at least half are written in an identifier's own form
    (its separator, or twelve digits with the century: the form people's numbers are exported in),
    at least ``table.id_column_valid_share`` validate, and the birth dates spread over at least
    ``table.id_column_years`` years (date-prefixed serials cluster on the days they were issued).
    A column of running numbers is dropped by its own filter whatever this says."""
    if not _per_place("identifier_column", candidate, env, lambda: _identifier_column(candidate, env)):
        return False
    # A CPR reading (DDMMYY) of numbers whose YYMMDD reading clusters on a season: case numbers.
    return candidate.entity != "DK_CPR" or not _per_place(
        "issued_together", candidate, env, lambda: _issued_together(_column_numbers(candidate, env), env)
    )


def _identifier_column(candidate: Candidate, env: Env) -> bool:
    text = env.text
    lo, hi = layout.line_bounds(text, candidate.start)
    if _PERSON_ON_ROW.search(text, lo, hi) is None:
        return False
    col = _column(candidate, env)
    if col is None:
        return False
    others = col.header_row.replace(col.header or "", " ", 1) if col.header else col.header_row
    if others and _names_an_identifier(env, others):
        return False  # "Namn | Personnr | Medlemsnr": the identifiers are in the other column
    cells = [c for c in (cell.strip() for cell in col.cells) if c]
    shaped = [c for c in cells if _ID_CELL.fullmatch(c)]
    setting = env.rules.setting
    if len(shaped) + 1 < setting("table", "id_column_cells") or 2 * len(shaped) < len(cells):
        return False
    numbers = [*shaped, text[candidate.start : candidate.end]]
    if 2 * sum(not n.isdigit() or len(n) == 12 for n in numbers) < len(numbers):
        return False  # mostly ten plain digits: what member and order numbers look like
    if sum(_date_like(n, env) for n in numbers) < setting("table", "id_column_valid_share") * len(numbers):
        return False
    years = [y for y in (_birth_year(n, env) for n in numbers) if y is not None]
    return bool(years) and max(years) - min(years) >= setting("table", "id_column_years")


def _column_numbers(candidate: Candidate, env: Env) -> list[str]:
    """The identifier-shaped cells of the candidate's column, the candidate included."""
    col = _column(candidate, env)
    cells = [] if col is None else [c.strip() for c in col.cells if _ID_CELL.fullmatch(c.strip())]
    return [*cells, env.text[candidate.start : candidate.end]]


def _issued_together(numbers: list[str], env: Env) -> bool:
    """Most numbers start with a YYMMDD date and those dates lie within ``table.id_column_serial_days``
    of each other: case or invoice numbers of one season ("241117-0205", "241103-0113"), whatever
    their DDMMYY reading says."""
    days = env.rules.setting("table", "id_column_serial_days")
    dates = []
    for number in numbers:
        digits = _NON_DIGITS.sub("", number)
        head = digits[2:8] if len(digits) == 12 else digits[:6]
        try:
            dates.append(datetime.date(2000 + int(head[:2]), int(head[2:4]), int(head[4:6])).toordinal())
        except ValueError:
            continue
    return 4 * len(dates) >= 3 * len(numbers) and max(dates) - min(dates) <= days


def _birth_year(number: str, env: Env) -> int | None:
    """The birth year a valid identifier-shaped number gives (CPR first, then personnummer)."""
    plain = number.translate(_PLAIN_DASH).strip()
    digits = _NON_DIGITS.sub("", plain)
    if len(digits) == 10 and dk_cpr.is_valid(digits, env.today):
        return dk_cpr.birth_date(digits).year
    try:
        return se_personnummer.birth_date(plain, env.today).year
    except ValueError:
        return None


# Since 1 October 2007 the CPR office issues numbers without modulus 11: for a birth date since then
# a failing check says nothing.
_MOD11_OPTIONAL_FROM = datetime.date(2007, 10, 1)


_PLAIN_DASH = str.maketrans(dict.fromkeys("\u2010\u2011\u2012\u2013\u2212", "-") | {"\u00a0": " "})


def _date_like(number: str, env: Env) -> bool:
    # A table's numbers are looked at again for each of their neighbours: validated once per scan.
    known: dict[str, bool] = env.memo.setdefault("date_like", {})
    answer = known.get(number)
    if answer is None:
        answer = known[number] = _validates(number.translate(_PLAIN_DASH), env)
    return answer


def _validates(number: str, env: Env) -> bool:
    digits = _NON_DIGITS.sub("", number)
    if len(digits) == 10 and dk_cpr.is_valid(digits, env.today):
        born = dk_cpr.birth_date(digits)
        if dk_cpr.mod11_ok(digits) or born >= _MOD11_OPTIONAL_FROM or (born.month, born.day) == (1, 1):
            return True
    if len(digits) == 11:
        return no_fodselsnummer.is_valid(digits, env.today)
    return se_personnummer.is_valid(number.strip(), env.today) or fi_hetu.is_valid(number.strip(), env.today)


def _per_place(name: str, candidate: Candidate, env: Env, answer: Callable[[], bool]) -> bool:
    """``answer()`` kept for the candidate's place: a filter that reads only where the number
    stands and whether a positive word labels it gives every reading of a candidate the same
    answer."""
    key = (candidate.start, candidate.end, bool(candidate.context.positive))
    last = env.memo.get(name)
    if last is not None and last[0] == key:
        return bool(last[1])
    value = answer()
    env.memo[name] = (key, value)
    return value


def number_table(candidate: Candidate, env: Env) -> bool:
    """The number stands in a column of same-shaped numbers that mostly fail validation.

    A payroll list of real CPR numbers validates and is kept; a column of order or account
    numbers in which one happens to look like a date is dropped. A positive context word (also in
    the column header) keeps the column.
    """
    if _per_place("number_table", candidate, env, lambda: _number_table(candidate, env)):
        return True
    if _per_place("stamp_column", candidate, env, lambda: _stamp_column(candidate, env)):
        return True  # a log's column of ddmmyyhhmm stamps
    # A CPR reading (DDMMYY) of a column whose YYMMDD reading clusters on a season ("250628-0277" over
    # "250625-0204"...): case numbers of those days, not birth dates.
    return candidate.entity == "DK_CPR" and _per_place(
        "serial_table", candidate, env, lambda: _serial_table(candidate, env)
    )


_STAMP_COLUMN_YEARS = 5  # a log's stamps are of the last few years


def _stamp_column(candidate: Candidate, env: Env) -> bool:
    """Ten plain digits in a column whose every number (two or more) reads as ddmmyyhhmm: a date of the last five
    years, not after today, and a time of day ("2103241106" over "2706262019" in a door log). Two CPRs read so only
    if both holders are small children whose serials read as clock times; a label naming the identifier keeps them."""
    raw = env.text[candidate.start : candidate.end]
    if candidate.context.positive or not (raw.isdigit() and len(raw) == 10):
        return False
    numbers = _table_numbers(candidate, env)
    if not numbers:
        return False
    return all(_recent_stamp_ten(_NON_DIGITS.sub("", n), env.today) for n in [*numbers, raw])


def _recent_stamp_ten(digits: str, today: datetime.date) -> bool:
    if len(digits) != 10 or int(digits[6:8]) > 23 or int(digits[8:]) > 59:
        return False
    try:
        day = datetime.date(2000 + int(digits[4:6]), int(digits[2:4]), int(digits[:2]))
    except ValueError:
        return False
    return today.year - _STAMP_COLUMN_YEARS <= day.year and day <= today


def _serial_table(candidate: Candidate, env: Env) -> bool:
    numbers = _table_numbers(candidate, env)
    if numbers is None or len(numbers) < int(env.rules.setting("table", "min_numbers")):
        return False
    return _issued_together([*numbers, env.text[candidate.start : candidate.end]], env)


def _number_table(candidate: Candidate, env: Env) -> bool:
    numbers = _table_numbers(candidate, env)
    if numbers is None or len(numbers) < int(env.rules.setting("table", "min_numbers")):
        return False
    # The candidate itself counts (it passed its checks): two other cells, one of them a CPR issued
    # without modulus 11, do not make a payroll list a column of order numbers.
    valid = 1 + sum(_date_like(n, env) for n in numbers)
    if valid / (len(numbers) + 1) > env.rules.setting("table", "max_valid_share"):
        return False
    if candidate.entity == "SE_PERSONNUMMER" and _organisation_column(candidate, env):
        # A legal person's organisationsnummer never reads as a date (third digit 2 or more): in a column of them
        # the one that validates as a personnummer is a sole trader's, whose organisationsnummer IS the
        # personnummer ("Elin Ek (enskild firma)  690608-3990" among "556755-4034", "232225-9561").
        return False
    return not _people_numbers(candidate, numbers, env)


def _organisation_column(candidate: Candidate, env: Env) -> bool:
    header = layout.header(env.text, candidate.start, candidate.end, env.memo)
    return header is not None and header.strip().lower() in env.rules.labels.personal_numbers


def _people_numbers(candidate: Candidate, numbers: list[str], env: Env) -> bool:
    """Every number of the column reads as a real CPR date, the dates spread over years (serials of
    a season do not) and the candidate's row names a person ("├─ Katrine Eriksen 280800-7994" in a
    family tree, "Rasmus Bisgaard;30.03.1993;3003939526"): people's CPRs, many issued without modulus
    11 since 2007, not order numbers (a random number reads as a date about 1 in 27)."""
    text = env.text
    lo, hi = layout.line_bounds(text, candidate.start)
    if _PERSON_ON_ROW.search(text, lo, hi) is None:
        return False
    cells = [_NON_DIGITS.sub("", n) for n in numbers] + [_NON_DIGITS.sub("", text[candidate.start : candidate.end])]
    if not all(len(c) == 10 and dk_cpr.is_valid(c, env.today) for c in cells):
        return False
    years = [dk_cpr.birth_date(c).year for c in cells]
    if max(years) - min(years) < env.rules.setting("table", "id_column_years"):
        return False
    return not _issued_together(cells, env)  # "240226-0190" over "240305-0322": case numbers of one season


def running_numbers(candidate: Candidate, env: Env) -> bool:
    """The number is one of a column (or a list on its line) of running numbers ("Løbenr."):
    values a small step apart.

    Real identifiers in a list are not consecutive (the date comes first, so two people differ
    by millions); running numbers are, whether or not most of them happen to be valid dates.
    """
    return _per_place("running_numbers", candidate, env, lambda: _running_numbers(candidate, env))


def _running_numbers(candidate: Candidate, env: Env) -> bool:
    least = int(env.rules.setting("table", "min_numbers"))
    numbers = _table_numbers(candidate, env)
    if (numbers is None or len(numbers) < least) and not candidate.context.positive:
        numbers = _line_numbers(candidate, env)  # "Løbenr. 1203850001, 1203850002, 1203850003"
    if numbers is None or len(numbers) < least:
        return False
    values = sorted({int(_NON_DIGITS.sub("", n)) for n in numbers} | {_value(env, candidate)})
    steps = [b - a for a, b in itertools.pairwise(values)]
    return bool(steps) and max(steps) <= env.rules.setting("table", "running_step")


def _line_numbers(candidate: Candidate, env: Env) -> list[str]:
    """The other numbers of the candidate's shape on its line."""
    lo, hi = layout.line_bounds(env.text, candidate.start)
    return [
        m.group() for m in _TEN_SHAPE_IN_TEXT.finditer(env.text, lo, hi) if not (m.start() <= candidate.start < m.end())
    ]


_TEN_SHAPE_IN_TEXT = regex(r"(?<![\w])\d{6}[-+ \u2010-\u2013\u2212\u00a0]?\d{4}(?![\w])")


def _value(env: Env, candidate: Candidate) -> int:
    return int(_NON_DIGITS.sub("", env.text[candidate.start : candidate.end]) or 0)


_FOREIGN_RUN = regex(r"(?:\+\d{1,3}|\(\d{1,5}\)|\d{1,5})[ \-./]?$")


def inside_longer_number(candidate: Candidate, env: Env) -> bool:
    """A national phone shape that continues a longer number: "+44 (20) 7123 4567" is one
    British number, not a Danish "7123 4567"."""
    before = env.text[max(0, candidate.start - 8) : candidate.start]
    after = env.text[candidate.end : candidate.end + 3]
    if _FOREIGN_RUN.search(before) is not None:
        return True
    return len(after) >= 2 and after[0] in " -" and after[1].isdigit()


def payment_code(candidate: Candidate, env: Env) -> bool:
    """A number inside a payment code line ("+71<425218326599654>", "#1234567890123#"): a giro or
    FIK reference, not a card."""
    before = env.text[candidate.start - 1 : candidate.start] if candidate.start else ""
    after = env.text[candidate.end : candidate.end + 1]
    return before in ("<", "#", ">") or after in ("<", ">", "#")


# A code glued to its number ("INV-0707614285", "#0707614285"), and a bank's four-digit registration
# number before an account number ("1234 0707614285", "Reg. 1234 / 0707614285").
_GLUED_PREFIX = regex(r"(?:[^\W\d_]{1,12}[-=]|#)$")  # "INV-", "session=", "#"
_UNDERSCORE_WORD = regex(r"(?<![^\W\d_])([^\W\d_]{2,20})_$")


def names_thing(word: str, env: Env) -> bool:
    """``word`` (lower case) is a compound ending in a numbered thing ("leverantörsfaktura",
    "pensionsordning") whose first part names no person or identifier ("patientjournal" is the
    patient's)."""
    # The answer depends on the word and the rules only: kept for the scan (label words repeat).
    known: dict[str, bool] = env.memo.setdefault("names_thing", {})
    answer = known.get(word)
    if answer is None:
        if len(known) >= _KEPT_WORDS:
            known.clear()
        answer = known[word] = _names_thing(word, env)
    return answer


_KEPT_WORDS = 4096


def _names_thing(word: str, env: Env) -> bool:
    pattern = env.rules.labels.compound_thing
    m = pattern.fullmatch(word) if pattern is not None else None
    if m is None:
        return False
    head = m.group("head")
    return head not in env.rules.labels.persons and not _names_an_identifier(env, head)


_GLUED_ID = regex(r"([^\W\d_]{3,20})[-_]?id:?")


def _glued_id(word: str, env: Env) -> bool:
    """``word`` is a noun glued to "id" whose number ("<noun>nr", "<noun>nummer") is a word naming another kind of
    number, or a numbered thing glued to "id" ("kundid", "ordreid", "sagsid"); "tid" and "Ingrid" are none."""
    m = _GLUED_ID.fullmatch(word)
    if m is None:
        return False
    stem = m.group(1)
    if stem in env.rules.labels.things:
        return True
    for words in env.rules.context.values():
        if words.both is None:
            continue
        for form in (f"{stem}nr", f"{stem}nummer", f"{stem}-nr", f"{stem}enr", f"{stem}snr"):
            found = words.both.fullmatch(form)
            if found is not None and found.lastgroup == "n":
                return True
    return False


def names_other_number(label: str, entity: str, env: Env) -> bool:
    """A column header or label's last word names a kind of number other than ``entity`` ("Receptnr", "Ordre")."""
    words = _WORD_RUN.findall(label.lower())
    if not words or _names_an_identifier(env, label):
        return False
    return _names_other_number(words[-1].rstrip("."), entity, env)


def row_names_other_number(env: Env, start: int, end: int) -> bool:
    """Another cell of the number's row names a kind of number ("...;1206174937;FEJL – ordrenummer tastet i
    cpr-feltet"): the row says what the number is, so rows around holding CPRs are no evidence for it."""
    lo, hi = layout.line_bounds(env.text, start)
    labels = env.rules.labels
    for word in _WORD_RUN.findall(env.text[end:hi].lower() + " " + env.text[lo:start].lower()):
        word = word.rstrip(".")
        if (
            labels.suffix is not None
            and labels.suffix.fullmatch(word)
            and word not in labels.bare
            and not _names_an_identifier(env, word)
        ):
            return True
    return False


def _names_other_number(word: str, entity: str, env: Env) -> bool:
    """``word`` names a kind of number other than ``entity``: a numbered thing ("ordre"), a word
    ending in a number word ("kundenr") or a negative context word of the entity ("faktura")."""
    labels = env.rules.labels
    if word in labels.things or (labels.suffix is not None and labels.suffix.fullmatch(word)):
        return True
    own = env.rules.context.get(entity)
    found = None if own is None or own.both is None else own.both.fullmatch(word)
    return found is not None and found.lastgroup == "n"


# Nordea's personkonto: clearing number 3300, then the holder's personnummer (YYMMDDNNNN) as the account number.
_PERSONKONTO = regex(
    r"(?<![\w.,])3300(?:[ \t]{1,2}|-|,?[ \t]+(?:konto(?:nummer|nr\.?)|kontonr\.?|account(?: number)?):?[ \t]+)$"
)
# A bank's registration or clearing number right before the account number: four digits, Swedbank's with a fifth
# check digit after a dash ("8327-9"), then a space, a slash or dash, or a comma ("Clearing 8327-9, 0907300156").
_BANK_REG = regex(
    r"(?<![\w.,])(?:\d{4}(?:-\d)?[ \t]{0,2}(?:[/-][ \t]{0,2})?|\d{4}-\d,[ \t]{0,2}|(?P<comma>\d{4}),[ \t]{0,2})$"
)  # a column gap is no registration number
# Before a comma, four digits read as a year ("født 1961, 0707614285") unless a bank's word stands on the line.
_BANK_WORDS = regex(r"(?i)\b(?:clearing\w*|reg\.?(?:[ \t]*nr\.?|istrerings\w*)?|konto\w*|bank\w*|account)(?![\w])")
_YEARS = range(1900, 2100)
_THING_NUMBER_WORDS = frozenset(("nr", "no", "nummer", "number", "id"))  # "job nr. 8301249614"
_CELL_START = regex(r"[;\t|,(\[]\s*$")
_LABEL_TOKEN = regex(r"[^\s:#]+")
_KEY_PARTS = regex(r"[-._\s]+")
_NAME_WORD = regex(r"[A-ZÆØÅÄÖÜ][a-zæøåäöüéè]+")
_NAME_OR_INITIAL = regex(r"[A-ZÆØÅÄÖÜ](?:[a-zæøåäöüéè]+|\.?)")  # "Johan K:" in a chat export


def _label_of(
    tokens: list[str], colon: bool, compact: bool, line_start: bool, env: Env, about_ids: bool = False
) -> bool:
    """True when the words right before a number label it as something else (see
    :func:`labelled_otherwise`); ``tokens`` are the words before it on its line, nearest last.
    ``about_ids``: the line speaks of an identifier ("dit cpr ... du skrev 2408017931"), so only a
    word naming another kind of number labels it."""
    words = env.rules.labels
    last = tokens[-1].rstrip(".").lower()
    if _label_across(tokens, env):
        return True  # "Mit medlemsnummer hos jer er ...", "Sagen hos kommunen har nr. ..."
    if (
        colon
        and len(tokens) >= 2
        and tokens[-2].lower() in words.disowning
        and words.suffix
        and words.suffix.fullmatch(last)
    ):
        return False  # "Följande saknar kontonummer: ...": the people listed lack one
    if not last or last in words.not_labels or last in words.persons:
        return False  # a small word, or a noun naming the holder ("Pt.:", "Ejer:")
    if (
        words.suffix is not None
        and words.suffix.fullmatch(tokens[-1].lower())
        and last not in words.bare
        and tokens[-1].lower() not in words.personal_numbers
        and not (colon and len(tokens) >= 2 and tokens[-2].lower() in words.disowning)  # "Följande saknar kontonummer:"
    ):
        return True  # "Policenummer", "Lejemålsnr.", "Kunde-ID"
    if _glued_id(tokens[-1].lower(), env):
        return True  # "kundid 8702156541": a customer's id, as "kundnr" would be its number
    if about_ids:
        return False
    if last in words.bare:
        if not compact and not (line_start and len(tokens) == 2 and tokens[0][:1].isupper()):
            return False  # "det rigtige nummer: 131198-3764", but "Sag nr. 070902-3212"
        before = tokens[-2].rstrip(".:").lower() if len(tokens) > 1 else ""
        # "Contract no.", not "Hans nummer"; "ID no.", "Personal no." name a person's identity number
        return before.isalpha() and before not in words.not_labels and before not in _IDENTITY_NOUNS
    if not tokens[-1].rstrip(".").isalpha():
        return False
    if not compact:
        return False  # "070761-4285" has the identifier's own shape: a role word may head it ("Elev:")
    if colon:
        if _FORM_LABEL.search(" ".join(tokens[-4:])):
            return False  # "10-siffrigt utan streck: 9711023912": the label tells how it is written, not what it is
        # "Ange vid betalning: 8112189876" labels it; "Jens Hansen: 0707614285" names its holder.
        return not (
            len(tokens) >= 2 and _NAME_WORD.fullmatch(tokens[-2]) is not None and _NAME_OR_INITIAL.fullmatch(tokens[-1])
        )
    # "Kørsel 2311151430" at the start of a line; a capitalised word after others may be a name
    # ("Anders And 0606800002").
    if not tokens[-1].islower():
        return line_start and len(tokens) == 1
    # A lower-case word is a noun naming the number only after a small word ("Tak for din bestilling
    # 0707614285", "betaling for aftale 0707614285"); alone or after a noun it is a verb that acts on
    # it ("slettet 0707614285", "bruger oprettet 0707614285"), and after an auxiliary a participle
    # ("det er slettet 0707614285").
    before = tokens[-2].rstrip(".,:").lower() if len(tokens) > 1 else ""
    return before in words.not_labels and before not in words.auxiliaries


# A label describing how the number is written (its digits, its dash or space), not what kind it is.
_FORM_LABEL = regex(
    r"(?i)(?:\b\d{1,2}|\bti|\btio|\btolv|\bten|\btwelve)[- ]?(?:siffr|cifr|digit)\w*"
    r"|\b(?:utan|uden|uten|without|med|with)[ \t]+(?:bindestreck|bindestreg|streck|streg|mellanslag|mellemrum|dash"
    r"|hyphen|space|sekel|århundrede|century)\w*"
)
# Nouns before "no."/"nr." naming a person's identity number ("ID no. 120689 93367", "Personal no.").
_IDENTITY_NOUNS = frozenset(
    (
        *("id", "identity", "identification", "personal", "national", "person", "ssn", "pin"),
        # a country's adjective names its national identity number ("Norwegian ID 16048511418", "svensk id-nr")
        *("danish", "swedish", "norwegian", "finnish", "icelandic", "dansk", "danske", "svensk", "svenska"),
        *("svenske", "norsk", "norska", "norske", "finsk", "finska", "finske", "islandsk", "isländsk"),
        *("svenskt", "danskt", "norskt", "finskt", "isländskt"),  # "Tidigare svenskt nr": the neuter
    )
)
# Words of a short phrase between a label and its copula ("medlemsnummer hos jer er", "ordrenummer till oss är").
_PHRASE_WORDS = frozenset(
    ("hos", "jer", "os", "dig", "mig", "dem", "oss", "er", "dere", "meg", "deg", "you", "us", "me", "them", "with")
)
_PHRASE_REACH = 5
_FROM_TO = frozenset(("fra", "til", "från", "till", "from", "to"))


def _label_across(tokens: list[str], env: Env) -> bool:
    """A word naming another kind of number, then a copula after at most a short phrase of small words, right
    before the number ("Mit medlemsnummer hos jer er 2505821494"); a numbered thing opening the clause, then
    "har nr." ("Sagen hos kommunen har nr. 071140-1199"); a numbered thing, then "from"/"to" ("Overførsel fra
    1601864645": the account it came from)."""
    words = env.rules.labels
    low = [t.rstrip(".,:").lower() for t in tokens[-_PHRASE_REACH - 1 :]]
    if len(low) < 2:
        return False
    if low[-1] in _FROM_TO and low[-2] in words.things:
        return True  # "Overførsel fra 1601864645": a transfer from an account
    if low[-1] in words.bare and low[-2] in words.auxiliaries and low[-2] not in ("er", "är", "is", "var", "was"):
        # "har nr.": the clause's subject is what the number numbers
        return any(word in words.things for word in low[:-2])
    if low[-1] not in words.auxiliaries:
        return False
    for word in reversed(low[:-1]):
        if word in _PHRASE_WORDS or word in words.not_labels:
            continue
        return (
            words.suffix is not None
            and words.suffix.fullmatch(word) is not None
            and word not in words.bare
            and not _names_an_identifier(env, word)
        )
    return False


_OCR_LETTERS = str.maketrans("0157", "olst")


def _names_an_identifier(env: Env, text: str) -> bool:
    """A positive word of any national identifier ("cpr", "pnr", "ID-nummer") stands in ``text``,
    also as a scanner reads it ("Pers0nnummer": a digit inside a word is a misread letter)."""
    if env.rules.id_words is None:
        return False
    low = text.lower()
    if env.rules.id_words.search(low) is not None:
        return True
    if "-" in low:
        # "Person-/org.nr", "CPR- eller CVR-nr.": a compound's shared ending written once, after the last part
        for m in _SHARED_ENDING.finditer(low):
            if env.rules.id_words.search(m.group(1) + m.group(2)) is not None:
                return True
    if " " in low and len(low) <= _SQUEEZED_LABEL:
        # A scanner splits a short label with a stray space ("Per son-nr:", "CPR -nr").
        squeezed = low.replace(" ", "")
        if env.rules.id_words.search(squeezed) is not None:
            return True
    return _LETTER_DIGIT.search(low) is not None and env.rules.id_words.search(low.translate(_OCR_LETTERS)) is not None


_SQUEEZED_LABEL = 40
_SHARED_ENDING = regex(
    r"([^\W\d_]+)-[ \t]*(?:/|,|&|og|och|eller|or|and)[ \t]*[^\W\d_]+[.-]?[ \t]*((?:nr|nummer|numret|number|no)\b)"
)


_LETTER_DIGIT = regex(r"[^\W\d_][0157]|[0157][^\W\d_]")


def labelled_otherwise(candidate: Candidate, env: Env) -> bool:
    """The number's own label, one the context words do not list, says it is something else.

    Business text labels its numbers with words nobody can list in advance ("Målernummer",
    "Er referens:", "Tak for din bestilling 0707614285", "INV-0707614285", a bank's registration
    number before an account). A word that names a kind of number (``recognizers/labels.yaml``),
    a label ending in ":" that is not a name, a code prefix or a registration number labels the
    number; a positive context word on the number's own line keeps it.
    """
    text = env.text
    if candidate.context.positive and _denied(env, candidate.start, candidate.end):
        return True  # "Patient-id: 0308116094 (inte ditt personnummer)"
    if _list_denied(env, candidate.start):
        return True  # "Elevnumre (ikke CPR!):" over a list of names and numbers
    if _said_invalid(text, candidate.end, candidate.start):
        return True  # "personnummer 841017-9319 har felaktig kontrollsiffra": the text itself rejects it
    if candidate.context.positive and subject_named(env, candidate.start) in candidate.context.positive:
        return False  # "hun har skrevet sit personnummer i emnefeltet" and "Emne: Ang. ansøgning 0311904361"
    if _label_defined_otherwise(candidate, env):
        return True  # "lejer-id 2302489737" and, elsewhere, "lejer-id er boligforeningens nummer"
    if candidate.context.positive and _said_missing_after(env, candidate.start, candidate.end):
        return True  # "Kunde 0708149873: cpr mangler": the row says its holder's identifier is missing
    if not candidate.context.positive and _direct_debit(text, candidate.start):
        return True  # "Autogiro Telia 6602179191" on a bank statement: the payer's number at the payee
    if _test_identity(text, candidate.start, candidate.end):
        return True  # "Testpersonnummer från Skatteverket (fiktiva, används i test): 19121212-1212"
    if _said_other_kind_after(candidate, env):
        return True  # "0212858659 i cpr-feltet, men det er hendes gamle medarbejdernummer"
    if _invalid_label(text, candidate.start) and (
        _invalid_label_names_other(text, candidate.start, candidate.entity)
        or country.hint(env, candidate.start, candidate.end) not in (None, COUNTRY_LANGUAGE.get(candidate.entity))
    ):
        # "ValueError: ogiltigt personnummer: '801022-4336'" in a Swedish log: the text says it fails, and only another
        # country's check passes (by chance). "ugyldigt CPR 0908612191 (dødsfald registreret)" in a Danish log is a
        # valid CPR a system refused for another reason.
        return True
    if _paired_label_names_other(candidate, env):
        return True  # "CVR/P-nr.: 55053901 / 1008441428": the second value is the P-number
    if _file_name_word_names_other(candidate, env):
        return True  # "200508311081_faktura.pdf": the file's own name says whose number it is
    if _example_of_other_kind(candidate, env):
        return True  # "sagsnumre på formen ÅÅMMDD-LLLL (fx 090236-1111)": an example of another kind of number
    if _test_row(candidate, env):
        return True  # "1212410930,demo": a seed file's demonstration row
    ordered = layout.ordered_legend(text, candidate.start, candidate.end)
    if ordered is not None:
        # "250500-9870 040350-3819" over "(først cpr, dernæst policenr.)": the legend names each number in turn
        own = ordered.lower().rstrip(".")
        if _own_word_in(own, candidate.entity, env):
            return False
        if _names_other_number(own.split()[-1], candidate.entity, env):
            return True
    if not candidate.context.positive and _titled_list_of_things(candidate, env):
        return True  # "Ärendelista kundtjänst" over "196302263766 – stängt": the list's title says what it numbers
    told = fields.declared(env, candidate.start, candidate.end).words
    if told:
        # A scheme or type field beside the value says what it is: an identifier ("NIDN", "DK:CPR") or
        # another kind of number ("CUST", "CUSTOMER_NO"), whatever the value's own key.
        if _names_an_identifier(env, told):
            return False
        if _key_names_other_number(fields.Field(told, "xml"), env):
            return True
    if _timed_otherwise(candidate, env):
        return True  # "DTM+137:202107011914:203'", "dump --since 2705231314": a date and a time of day
    if _LEDGER_PARTY.search(text, max(0, candidate.start - 60), candidate.start):
        return True  # "Indbetaling kunde 3004024043": a ledger's customer (debtor) number
    if (
        _CUSTOMER_BEFORE.search(text, max(0, candidate.start - 12), candidate.start)
        and _TEN_PLAIN.fullmatch(text, candidate.start, candidate.end)
        and not _names_an_identifier(env, text[candidate.end : layout.line_bounds(text, candidate.start)[1]])
    ):
        # "[kunde 0811621402] {ordre 2507097086}": the customer's number, as "ordre <n>" is the order's; "Kunde
        # 0707614285: cpr oplyst" says after it what it is
        return True
    if _chat_asks_other_number(candidate, env, layout.line_bounds(text, candidate.start)[0]):
        return True  # "Gitte: 1501912383" answering "kan du give mig ordrenummeret?": the order's number
    found = fields.at(text, candidate.start, candidate.end, env.memo)
    if found is not None:
        return _key_labels_otherwise(candidate, env, found)
    if not candidate.context.positive and _plain_beside_own_form_column(candidate, env):
        return True  # "insert into kunde values (801, '<n>', '<ddmmyy-ssss>', ...)": the identifier's column is another
    # The line and the label before depend on the place only: read once for all its readings.
    place = env.memo.get("own_label")
    if place is not None and place[0] == candidate.start:
        _, lo, hi, own_label = place
    else:
        lo, hi = layout.line_bounds(text, candidate.start)
        own_label = _own_label_before(text, lo, candidate.start, env, candidate.end)
        env.memo["own_label"] = (candidate.start, lo, hi, own_label)
    if own_label and not (
        candidate.entity == "SE_PERSONNUMMER"
        and _PERSONKONTO.search(text, max(lo, candidate.start - 30), candidate.start)
    ):
        return True  # "exporterede rapport 0508715414", "(ärende 6312165720)", "kontraktsnummer 810118-8616"
    if candidate.context.positive:
        line = text[lo:hi].lower()
        if any(word in line for word in candidate.context.positive):
            return False
        legend = layout.legend_field(text, candidate.start, candidate.end)
        if legend is not None and any(word in legend.lower() for word in candidate.context.positive):
            return False  # the legend under a record names this field: "(kommunekode, cpr, dato og beløb)"
    head = text[lo : candidate.start]
    if _own_word_in(head[-40:].lower(), candidate.entity, env):
        return False  # "cpr 0707614285": the label is the reading's own ("Pnr." is a Danish P-number)
    if " / " in text[lo:hi] and _other_field_names_the_id(text, lo, hi, candidate.start, env):
        return True  # "Kund 810915-6060 / Order ... / Personnr 700403-5593": the identifier is the Personnr field's
    if candidate.entity == "SE_PERSONNUMMER" and _PERSONKONTO.search(head):
        return False  # the personkonto's account number is the personnummer
    # The rest reads only where the number stands: asked once per candidate, whatever the reading.
    key = (candidate.start, candidate.end)
    last = env.memo.get("labelled_otherwise")
    if last is not None and last[0] == key:
        return bool(last[1])
    answer = _labelled_by_layout(candidate, env, lo, hi, head)
    env.memo["labelled_otherwise"] = (key, answer)
    return answer


_ROW_WORD = regex(r"[^\W\d_]+")
_ROW_REST = regex(r"[\s,;|\t+\-\"']*")  # what else a test row holds: delimiters, quotes, a diff marker


# A mail's subject line, and a sentence saying the identifier was written there ("hun har skrevet sit personnummer i
# emnefeltet", "han skrev sitt personnummer i ämnesraden", "she put her CPR in the subject line").
_SUBJECT_LINE = regex(r"[ \t>]*(?:emne|ämne|amne|subject|betreff|aihe|emnelinje)[ \t]*:", re.IGNORECASE)
_IN_SUBJECT = regex(
    r"(?:\bi|\bin)[ \t]+(?:the[ \t]+)?(?:emnefelt\w*|emnelinje\w*|emnet|ämnesrad\w*|ämnesfält\w*|ämnet"
    r"|subject(?:[ \t]+(?:line|field))?)\b",
    re.IGNORECASE,
)
_SUBJECT_REACH = 2000


def subject_named(env: Env, start: int) -> str:
    """The identifier word of a sentence saying the identifier stands in the mail's subject, when the number is on the
    subject line ("Emne: Ang. ansøgning 0311904361"), else "". A numbered thing on that line then names nothing."""
    text = env.text
    lo, _ = layout.line_bounds(text, start)
    if _SUBJECT_LINE.match(text, lo) is None or env.rules.id_words is None:
        return ""
    for m in _IN_SUBJECT.finditer(text, max(0, start - _SUBJECT_REACH), min(len(text), start + _SUBJECT_REACH)):
        s_lo = max(text.rfind(".", 0, m.start()), text.rfind("\n", 0, m.start()), m.start() - 120) + 1
        sentence = text[s_lo : m.start()].lower()
        found = list(env.rules.id_words.finditer(sentence))
        if found and not any(word in env.rules.labels.negations for word in _WORD_RUN.findall(sentence)):
            return found[-1].group()  # not "skriv ikke dit cpr i emnefeltet"
    return ""


def _test_row(candidate: Candidate, env: Env) -> bool:
    """The number's line holds nothing but the number, delimiters and words marking test data ("demo")."""
    words = env.rules.labels.test_values
    if not words:
        return False
    text = env.text
    lo, hi = layout.line_bounds(text, candidate.start)
    if hi - lo > 80:
        return False
    rest = text[lo : candidate.start] + " " + text[candidate.end : hi]
    found = _ROW_WORD.findall(rest)
    return (
        bool(found)
        and all(word.lower() in words for word in found)
        and _ROW_REST.fullmatch(_ROW_WORD.sub("", rest)) is not None
    )


def own_word_in(low: str, entity: str, env: Env) -> bool:
    """A positive context word of ``entity`` stands in ``low`` (lower case)."""
    return _own_word_in(low, entity, env)


def _own_word_in(low: str, entity: str, env: Env) -> bool:
    """A positive context word of ``entity`` stands in ``low`` (lower case): the matches of the
    entity's context pattern, found by the kernel's word trie when it has one (the same matches)."""
    own = env.rules.context.get(entity)
    if own is None or own.both is None:
        return False
    finder = env.finders.get(entity)
    if finder is not None:
        return any(positive for _, _, positive in finder.find_all(low))
    return any(m.lastgroup == "p" for m in own.both.finditer(low))


# A line of "Label value" fields set apart by " / " ("Kund 810915-6060 / Order 660901-6719 / Personnr ...").
_SLASHED_FIELD = regex(r"[ \t]*([^\W\d][\w.\-]*(?:[ \t][^\W\d][\w.\-]*){0,2})[ \t]*:?[ \t]+[\d][\d \-+]{5,14}\d[ \t]*")


def _other_field_names_the_id(text: str, lo: int, hi: int, start: int, env: Env) -> bool:
    """The number is one field of a line of at least three "Label number" fields set apart by " / ",
    its own label names no identifier and another field's label does: that field holds the identifier,
    this one another number (a customer's, an order's)."""
    labels: list[str] = []
    own = None
    cursor = lo
    for part in text[lo:hi].split(" / "):
        m = _SLASHED_FIELD.fullmatch(part)
        if m is None:
            return False
        if cursor <= start < cursor + len(part):
            own = m.group(1)
        labels.append(m.group(1))
        cursor += len(part) + 3
    if own is None or len(labels) < 3 or _names_an_identifier(env, own):
        return False
    return any(_names_an_identifier(env, label) for label in labels if label is not own)


def _own_label_before(text: str, lo: int, start: int, env: Env, end: int | None = None) -> bool:
    """Right before ``start`` stands a noun naming a numbered thing (``numbered_things``: "rapport
    0508715414", "(ärende 6312165720)", "job nr. 8301249614") or a word naming another kind of number
    ("kontraktsnummer 810118-8616", "Körkortsnummer 2910053563"): the number's own label, nearer than
    any identifier word elsewhere on the line. A copula or "har" may stand between ("Avinumret är
    4707179513", "Ditt ärende har nummer 9206205164"); a preposition may not ("sagen vedr. ...")."""
    head = text[max(lo, start - 50) : start].rstrip(" \t:#")
    if head.endswith("(") and end is not None and text[end : end + 1] == ")":
        head = head[:-1].rstrip(" \t")  # "SKAT har sagen (2203772699)": the number in brackets after its thing
    if head.endswith(".."):
        head = head.rstrip(". \t:")  # "Lønmodtagernr ....... 2602005243": a form's dot leader joins label and value
    if not head[-1:].isalpha() and head[-1:] != "." and not (head[-1:] == "," and head[-2:-1].isdigit()):
        return False  # the common case (a cell, a bracket, a digit), decided without splitting
    if end is not None:
        # "Slå ihop kundkorten 0612032664 och 1001311289": the label heads every number of the list (the numbers
        # before this one written alike, joined by "och"/"og"/"and"/",")
        listed = _LISTED_BEFORE.search(text, max(lo, start - 80), start)
        if listed is not None and all(len(n) == end - start for n in _LIST_NUMBER.findall(listed.group())):
            head = text[max(lo, listed.start() - 50) : listed.start()].rstrip(" \t:#")
    tokens = head.split()[-8:]
    labels = env.rules.labels
    numbered = ""
    if len(tokens) >= 2 and tokens[-1].rstrip(".").lower() in _THING_NUMBER_WORDS:
        numbered = tokens.pop()
    copula = False
    for _ in range(2):
        if len(tokens) >= 2 and tokens[-1].lower() in labels.auxiliaries:
            tokens.pop()
            copula = True
            # "ärendenumret ni gav mig var 1003138748": a short clause of pronouns and a verb of giving between
            # the label and its copula
            clause = 0
            while len(tokens) >= 2 and clause < 4 and tokens[-1].lower() in _GIVEN_CLAUSE:
                tokens.pop()
                clause += 1
    if len(tokens) >= 2 and tokens[-1].rstrip(".").lower() in _THING_NUMBER_WORDS:
        tokens.pop()  # "ärende har nummer"
    if numbered and len(tokens) >= 2 and tokens[-1].lower() in _HAVING_WORDS:
        tokens.pop()  # "ditt bolån med nummer ...", "the loan with number ...": the thing that has the number
    if not tokens:
        return False
    word = tokens[-1].lstrip("([\"'").lower()
    if numbered and len(word) > 5 and word.endswith("s") and word.isalpha():
        # "Lånesagens nr.", "ärendets nummer": a thing's genitive before its number word names that thing's number
        stem = word[:-1]
        if stem in labels.things or names_thing(stem, env) or _definite_thing(stem, env):
            word = stem
    if word.isalpha() and (word in labels.things or names_thing(word, env) or _plural_of_thing(word, env)):
        if copula and not numbered and _identifier_before_preposition(tokens, env):
            return False  # "the CPR quoted in the incident report is ...": the thing is no subject of the copula
        # "Medarbejdere på projektet: 140451-4047", "i samma ärende: 19541231-6118": a thing after a
        # small word and before a colon is the topic of what follows, and a number in an
        # identifier's own form after it is no number of that thing.
        topic = len(tokens) >= 2 and tokens[-2].lower() in labels.not_labels
        if len(tokens) >= 3 and tokens[-2].lower() in _ARTICLES:
            topic = tokens[-3].lower() in labels.not_labels  # "in the contract:", "i det nye kontrakt:"
        own_form = end is not None and not text[start:end].isdigit()
        colon = text[lo:start].rstrip().endswith(":")
        if colon and len(tokens) >= 2 and tokens[-2].lower() in _SOURCE_WORDS:
            return False  # "Rätt uppgift enligt anställningsavtalet: ...": the thing the value was read in
        return not (topic and own_form and colon)
    if (
        numbered
        and numbered != "NO"  # Norway's country code ("Ola Dahl NO 15108695088")
        and not (len(tokens) >= 2 and tokens[-1][:1].isupper() and tokens[-2][:1].isupper())  # a name: "Eva Holm nr"
        and _noun_numbers_other(word, numbered, env)
        # "civil registration no.": the noun with the word before it, in its own clause, names the identifier
        and not (
            len(tokens) >= 2
            and not tokens[-2].endswith((",", ";", ":"))
            and _names_an_identifier(env, f"{tokens[-2]} {tokens[-1]} {numbered}")
        )
    ):
        return True  # "beslut nr 195510176406", "Medlem nr. 0707614285": the noun's number, not a person's identifier
    if (
        word.rstrip(".:") in _CVR_WORDS
        and len(tokens) >= 3
        and tokens[-2].lower() in ("eller", "el.", "or")
        and _names_an_identifier(env, tokens[-3])
    ):
        return False  # "Cpr-nummer eller CVR-nummer: ...": a CVR number has eight digits, this is the CPR
    return (
        labels.suffix is not None
        and labels.suffix.fullmatch(word) is not None
        and word.rstrip(".") not in labels.bare
        and word not in labels.personal_numbers  # "Org.nr: 700122-0958": a sole trader's personnummer
        and not _names_an_identifier(env, word)
        and not (len(tokens) >= 2 and _names_an_identifier(env, f"{tokens[-2]} {word}"))  # "Per son-nr"
        # "Följande saknar kontonummer: ...": a list of the people who lack one
        and not (len(tokens) >= 2 and tokens[-2].lower() in labels.disowning and text[lo:start].rstrip().endswith(":"))
    )


_THING_PREPOSITIONS = frozenset(("i", "in", "på", "on", "fra", "från", "from", "of", "af", "av"))


def _identifier_before_preposition(tokens: list[str], env: Env) -> bool:
    """The thing before a copula stands in a prepositional phrase ("in the incident report", "i rapporten") whose
    head, a few words before, names an identifier: that identifier is the copula's subject."""
    rest = tokens[:-1][-5:]
    for i in range(len(rest) - 1, -1, -1):
        if rest[i].lower() in _THING_PREPOSITIONS:
            return any(_names_an_identifier(env, token) for token in rest[max(0, i - 3) : i])
    return False


# Prepositions naming who holds or gave a number ("hos Polisen", "ved kommunen", "at the bank").
_HELD_AT = frozenset(("hos", "ved", "vid", "at", "with", "fra", "från", "from", "i", "på"))


# "kunde"/"kund"/"customer" right before ten plain digits: a business numbers its customers, and a customer's CPR is
# written under a label naming it ("kunde, cpr ...") or in its own form. Spaces only: after a TAB "Kunde" is a
# cell of a table whose header names the column ("Navn<TAB>CPR").
_CUSTOMER_BEFORE = regex(r"(?i)(?<![\w-])(?:kunde|kund|customer) +$")
_TEN_PLAIN = regex(r"\d{10}")
_CUSTOMER_KEYS = frozenset(("kunde", "kund", "customer"))  # a record's key that is the customer alone
# A ledger line's payment and its party: "Indbetaling kunde 3004024043" books a payment from the customer (debtor)
# account with that number, as "Betaling leverandør ..." books one to a supplier's.
_LEDGER_PARTY = regex(
    r"(?i)(?<![\w])(?:indbetaling|udbetaling|betaling|inbetalning|utbetalning|betalning|innbetaling|utbetaling|payment"
    r"|refusion|återbetalning|tilbagebetaling|refund|kreditnota)[ \t]+(?:fra[ \t]+|från[ \t]+|from[ \t]+|til[ \t]+"
    r"|till[ \t]+|to[ \t]+)?(?:kunde|kund|customer|leverandør|leverantör|supplier|debitor|kreditor)"
    r"[ \t]*(?:nr\.?|no\.?)?[ \t]*$"
)


_HAVING_WORDS = frozenset(("med", "with", "mit"))
_DEFINITE_ENDINGS = ("en", "et", "n", "t")


def _definite_thing(word: str, env: Env) -> bool:
    """``word`` is the definite form of a numbered thing ("lånesagen", "ärendet")."""
    return any(
        word.endswith(end) and (word[: -len(end)] in env.rules.labels.things or names_thing(word[: -len(end)], env))
        for end in _DEFINITE_ENDINGS
        if len(word) - len(end) >= 3
    )


def _noun_numbers_other(word: str, numbered: str, env: Env) -> bool:
    """``word`` is a noun before "nr"/"no."/"nummer" naming no identifier, person or identity ("beslut nr",
    "medlem nr."): the number numbers that noun ("person nr", "cpr nr", "ID no.", "hans nr" do not)."""
    labels = env.rules.labels
    return (
        len(word) >= 3
        and word.isalpha()
        and word not in labels.not_labels
        and word not in labels.auxiliaries
        and word not in labels.persons
        and word not in labels.kin
        and word not in labels.recipients
        and word not in _IDENTITY_NOUNS
        and not _names_an_identifier(env, f"{word} {numbered}")
        and not _names_an_identifier(env, word + numbered.rstrip(".").lower())
    )


def _plural_of_thing(word: str, env: Env) -> bool:
    """``word`` is the plural of a numbered thing ("kvitton 1402132573, 8309244385", "fakturaer", "ordrer")."""
    forms = [word[: -len(end)] for end in _THING_PLURALS if word.endswith(end)]
    return any(len(form) >= 4 and form in env.rules.labels.things for form in forms)


# Plural endings of numbered things ("ordrer", "fakturaer", "kvitton", "orders"); not "-e" ("side" is no "sid").
_THING_PLURALS = ("erne", "arna", "orna", "er", "ar", "or", "es", "s", "r", "na", "n")


# Numbers of one list right before the candidate: "<n> og ", "<n>, <n> och ".
_LIST_NUMBER = regex(r"\d+")
_LISTED_BEFORE = regex(r"(?:(?<=\s)\d{10,12}(?:,[ \t]*|[ \t]+(?:og|och|and|samt|eller|or)[ \t]+))+$")


# A relative clause between a label and its copula: who gave or sent the number to whom ("... ni gav mig var").
_GIVEN_CLAUSE = frozenset(
    (
        *("ni", "du", "de", "vi", "jeg", "jag", "you", "we", "they", "som", "der", "mig", "meg", "me", "os", "oss"),
        *("us", "dig", "deg", "dem", "gav", "gave", "given", "sendte", "skickade", "sent", "fik", "fick", "got"),
        *("oplyste", "uppgav", "angav", "opgav"),
    )
)
_FHIR_RESOURCE = "resourceType"


# A key naming a time ("created_at", "updatedTime", "ts", "tidspunkt", a JWT's "iat"/"exp"/"nbf"), and a value of
# ten plain digits that is a Unix time between 2001 and 2033: the number is that time.
_TIME_KEY_PARTS = frozenset(
    (
        *("at", "ts", "time", "timestamp", "tstamp", "date", "datetime", "epoch", "unix", "created", "updated"),
        *("modified", "changed", "expires", "expiry", "exp", "iat", "nbf", "auth_time", "tid", "tidspunkt"),
        *("tidsstempel", "tidsstämpel", "dato", "datum", "when", "seen", "login", "logout", "tidpunkt"),
        *("since", "until", "before", "after", "sent", "received", "modtaget", "mottaget", "sendt", "skickat"),
        *("oprettet", "ændret", "opdateret", "skapad", "skapat", "ändrad", "uppdaterad", "start", "slut", "stop"),
    )
)
_KEY_SPLIT = regex(r"[-._\s]+|(?<=[a-zæøåäö])(?=[A-ZÆØÅÄÖ])")
_UNIX_TIME_RANGE = (1_000_000_000, 2_000_000_000)


def _unix_time_field(key: str, raw: str) -> bool:
    if not (raw.isdigit() and len(raw) == 10 and _UNIX_TIME_RANGE[0] <= int(raw) < _UNIX_TIME_RANGE[1]):
        return False
    parts = [part.lower() for part in _KEY_SPLIT.split(key) if part]
    if any(part.startswith(("birth", "dob", "born", "fød", "föd")) for part in parts):
        return False  # "birth_date": a birth date's key may hold the identifier that carries it
    return any(part in _TIME_KEY_PARTS for part in parts)


def _time_key(key: str) -> bool:
    parts = [part.lower() for part in _KEY_SPLIT.split(key) if part]
    if any(part.startswith(("birth", "dob", "born", "fød", "föd")) for part in parts):
        return False  # "birth_date": a birth date's key may hold the identifier that carries it
    return any(part in _TIME_KEY_PARTS for part in parts)


def date_time_digits(raw: str) -> bool:
    """``raw`` reads as a date and a time of day written as digits only: yyyymmddhhmm (an HL7 or EDIFACT
    date-time), yymmddhhmm or ddmmyyhhmm (a log's or a job's stamp)."""
    if not raw.isdigit() or len(raw) not in (10, 12):
        return False
    hour, minute = int(raw[-4:-2]), int(raw[-2:])
    if hour > 23 or minute > 59:
        return False
    day = raw[:-4]
    forms = (
        ((int(day[:4]), int(day[4:6]), int(day[6:8])),)
        if len(day) == 8
        else (
            (2000 + int(day[:2]), int(day[2:4]), int(day[4:6])),  # yymmdd
            (2000 + int(day[4:6]), int(day[2:4]), int(day[:2])),  # ddmmyy
        )
    )
    for year, month, mday in forms:
        try:
            datetime.date(year, month, mday)
        except ValueError:
            continue
        return True
    return False


def _stamp_field(key: str, raw: str) -> bool:
    """A key naming a time ("MSH-7" message date/time, "<tidpunkt>", "--since") holding a date and a time of day
    written as digits: the number is that moment, not a personnummer whose serial reads as a time."""
    return date_time_digits(_stamp_digits(raw)) and _time_key(key)


def _stamp_digits(raw: str) -> str:
    """A date and a time joined by a hyphen ("20241105-1952", yyyymmdd-hhmm: a stamp as systems write it in file
    names and exports) as its twelve digits; anything else as it is."""
    if len(raw) == 13 and raw[8] == "-" and raw[:8].isdigit() and raw[9:].isdigit():
        return raw[:8] + raw[9:]
    return raw


# A word telling that something was recorded, sent or printed at a moment ("registrerad 202009261658", "Export från
# HR-systemet 20230415-1448", "inkommen via e-tjänst 202307250809", "utskrift 20230613-1810", "KØRT 202602020646"): a
# closed class of participles and nouns of recording, up to three words before twelve digits reading as a date of
# the last years and a time of day: the number is that moment, not a child's personnummer whose serial reads as a time.
_RECORDED_WORDS = (
    r"registrer(?:et|ede|t)|modtaget|sendt|indsendt|oprettet|ændret|opdateret|udskrevet|udskrift|eksporteret|eksport"
    r"|kørt|kørsel|logget|gemt|dannet|genereret"
    r"|registrera(?:d|t|des)|mottag(?:en|et|its)|skicka(?:d|t|des)|inskicka(?:d|t)|inkom(?:men|met|mit)"
    r"|skapa(?:d|t|des)|ändra(?:d|t)|uppdatera(?:d|t)|utskrift|utskriv(?:en|et)|exportera(?:d|t)|export|kör(?:d|des|ning)"
    r"|logga(?:d|t)|spara(?:d|t)"
    r"|registrert|mottatt|innsendt|opprettet|endret|oppdatert|utskrevet|eksportert|kjørt"
    r"|registered|received|sent|submitted|created|updated|modified|printed|exported|generated|logged|saved"
)
_RECORDED_BEFORE = regex(
    rf"(?i)(?<![\w-])(?:{_RECORDED_WORDS})(?![\w-])[ \t:]*"
    rf"(?:(?:[^\W\d]|[-.])+[ \t:]+){{0,3}}(?:den[ \t]+|kl\.?[ \t]+)?$"
)
_RECENT_STAMP_YEARS = 10
_RECORDED_WORD = regex(rf"(?i)(?:{_RECORDED_WORDS})")


def _only_recording_words(positive: tuple[str, ...]) -> bool:
    """No context word, or only words of recording ("registrerad"): no label names the identifier."""
    return all(_RECORDED_WORD.fullmatch(word) is not None for word in positive)


def _recorded_stamp(text: str, start: int, end: int, today: datetime.date) -> bool:
    """Twelve digits (yyyymmddhhmm, perhaps a hyphen before the time) after a word of recording on their line, reading
    as a date of the last ten years (not after today) and a time of day."""
    raw = _stamp_digits(text[start:end])
    if len(raw) != 12 or not date_time_digits(raw):
        return False
    try:
        day = datetime.date(int(raw[:4]), int(raw[4:6]), int(raw[6:8]))
    except ValueError:
        return False
    if not (today.year - _RECENT_STAMP_YEARS <= day.year and day <= today):
        return False
    lo = max(layout.line_bounds(text, start)[0], start - 80)
    return _RECORDED_BEFORE.search(text, lo, start) is not None


# An HL7 v2 field named by its place only ("OBR-27", no assigning authority or identifier type): twelve digits there
# reading as yyyymmddhhmm are a date/time (HL7's TS/DTM type), unless the field holds a person's identifier in the
# standard (PID-2/3/4 patient ids, PID-19 SSN, GT1-12, IN2-2...), an observation's value (OBX-5) or a site-defined
# segment's (Z..) whose fields the standard does not define.
_HL7_PLACE = regex(r"[A-Y][A-Z0-9]{2}-\d{1,3}")
_HL7_PERSON_FIELDS = frozenset(
    (
        *("PID-2", "PID-3", "PID-4", "PID-19", "PID-20", "PID-21", "NK1-33", "NK1-37", "GT1-12", "GT1-19"),
        *("IN1-49", "IN2-2", "MRG-1", "MRG-4", "OBX-5", "STF-2", "PRD-7", "CTD-7", "PD1-4", "PV1-7", "PV1-8"),
    )
)


def _hl7_date_time(found: fields.Field, raw: str) -> bool:
    return (
        found.kind == "hl7"
        and len(raw) == 12
        and _HL7_PLACE.fullmatch(found.key) is not None
        and found.key not in _HL7_PERSON_FIELDS
        and date_time_digits(raw)
    )


# An EDIFACT DTM segment (date/time/period): "DTM+137:202107011914:203'" holds a date or a date-time after its
# qualifier, whatever the digits also read as.
_EDIFACT_DTM = regex(r"(?:^|['\n])[ \t]*DTM\+\d{1,3}:$")
# A command line's option before its value ("dump --since 2705231314", "--order=0707614285").
_CLI_OPTION = regex(r"(?:^|(?<=\s))--?([A-Za-z][\w-]{1,30})(?:[ \t]+|=)$")


def _timed_otherwise(candidate: Candidate, env: Env) -> bool:
    """The number is a date-time by where it stands: an EDIFACT DTM element, or a command-line option naming a
    time ("--since", "--before")."""
    text = env.text
    raw = text[candidate.start : candidate.end]
    if _only_recording_words(candidate.context.positive) and _recorded_stamp(
        text, candidate.start, candidate.end, env.today
    ):
        # "registrerad 202009261658", "Export från HR-systemet 20230415-1448": the moment of recording ("registrerad"
        # is a context word of the personnummer, but before a date and a time of day it tells when)
        return True
    if not raw.isdigit():
        return False
    lo = max(0, candidate.start - 40)
    if text[candidate.start - 1 : candidate.start] == ":" and _EDIFACT_DTM.search(text, lo, candidate.start):
        return True
    if _CLOCK_WORD.search(text, lo, candidate.start) and date_time_digits(raw):
        return True  # "ringede kl. 0404252100": after the word for o'clock, a date and a time of day
    option = _CLI_OPTION.search(text, lo, candidate.start)
    return option is not None and _stamp_field(option.group(1), raw)


# The word for "o'clock" right before a number: the number is a time (with its date), never a person's number.
_CLOCK_WORD = regex(r"(?i)(?<![\w.])(?:kl\.?|klokka|klokken|klockan|kello|klo\.?)[ \t]*$")


def _key_labels_otherwise(candidate: Candidate, env: Env, found: fields.Field) -> bool:
    """A record field's key (or a table cell's column header) is the number's label: it drops the
    number when it names another kind of number ("PNummer", "lev_nr", "Løbenr.", "jobId", "kundeId",
    "session"). A key naming nothing ("subject", "Afdeling") leaves the number to its checks."""
    plain = found.key.lower().rstrip(".")
    raw = env.text[candidate.start : candidate.end]
    if _unix_time_field(found.key, raw):
        return True  # "created_at": 1706870012, "ts=1706870012", a JWT's "iat": a Unix time, not a CPR
    if _stamp_field(found.key, raw) or _hl7_date_time(found, raw):
        return True  # "<tidpunkt>202210141335</tidpunkt>", an HL7 message's date/time (MSH-7): a moment
    if (
        found.kind != "cell"  # a "pnr" column of a roster holds each row's identifier, whatever its country
        and raw.isdigit()
        and len(raw) == 10  # a P-number's shape: "pnr=841223-3838" is none
        and plain in env.rules.negative_in
        and country.hint(env, candidate.start, candidate.end) in env.rules.negative_in[plain]
    ):
        return True  # <Pnr> in a Danish export: a P-number (produktionsenhed)
    if found.kind == "cell" and _register_id_beside_identifier(candidate, env, found.key):
        return True  # "Elev-id;Namn;Personnummer": the school's own id of the pupil
    if (
        found.kind == "cell"
        and not candidate.context.positive
        and _identifier_in_other_column(candidate, env, found.key)
    ):
        return True  # "navn|cpr|kunde": the identifier has its own column; the customer's is another number
    if (
        found.kind == "sql"
        and not _names_an_identifier(env, found.key)
        and any(_names_an_identifier(env, column) for column in found.columns if column != found.key)
    ):
        return True  # INSERT INTO elev (elev_nr, cpr_nr, ...): the row's identifier is in the cpr_nr column
    if (
        found.kind == "json"
        and not _names_an_identifier(env, found.words)
        and any(
            _names_an_identifier(env, fields.Field(key, "json").words)  # "partner_cpr", "borgerCpr" as words
            for key in fields.json_sibling_keys(env.text, candidate.start)
        )
    ):
        return True  # {"id": ..., "navn": ..., "cpr": ...}: the record's identifier is in its "cpr" field
    if (
        found.kind == "json"
        and found.key == "id"
        and not found.parent
        and _FHIR_RESOURCE in fields.json_sibling_keys(env.text, candidate.start)
    ):
        return True  # a FHIR resource's "id" is its logical id on the server; the person's are under "identifier"
    if candidate.context.positive or _names_an_identifier(env, found.key):
        return False  # the key names an identifier ("CPRNummer", "personnr")
    if found.kind != "cell" and found.key.lower() in _CUSTOMER_KEYS and _TEN_PLAIN.fullmatch(raw):
        return True  # {"customer": "5206276163"}, kunde=...: the customer's number, as "kunde 5206276163" is in a line
    if found.kind == "pair" and found.parent is None and found.key.lower() == "id" and _record_own_id(candidate, env):
        return True  # "id=2107131712 till=0729689494 status=levererat": the delivery report's own id
    if fields.employee_attribute_in_own_form(env.text, candidate.start, candidate.end, found):
        return False  # a directory entry's employeeNumber holding the person's CPR in its own form
    if not _key_names_other_number(found, env):
        return False
    # "IDNR" heading a column of checked identifiers in rows about people names nothing it says.
    return found.kind != "cell" or not identifier_column(candidate, env)


_II_VALUE = "extension"  # HL7 v3 / CDA: <id root="OID" extension="value"/>
# A key's own noun before "Identifier" ("LetterIdentifier", "EANIdentifier") names what it identifies; "Identifier"
# alone is read with its scheme or value, not with the element it stands in (<Party><Identifier scheme=...>).
_IDENTIFIER = "identifier"


_PAIR_KEYS = regex(r"(?:^|(?<=[\s,;&]))([A-Za-z_][\w.\-]{0,40})=")
# Keys of a record about a person: its bare "id" may be the person's identifier.
_PERSON_KEYS = frozenset(
    (
        *("name", "navn", "namn", "fornavn", "efternavn", "fornamn", "efternamn", "firstname", "lastname", "user"),
        *("username", "bruger", "brugernavn", "anvandare", "användare", "email", "mail", "adresse", "address"),
    )
)


def _record_own_id(candidate: Candidate, env: Env) -> bool:
    """A bare "id" key opening a log record of key=value pairs (no pair or word before it names whose id it is) is
    the record's own id (a message's, an event's) when two or more other keys stand on the line and none names an
    identifier, a person or a person's name or address."""
    lo, hi = layout.line_bounds(env.text, candidate.start)
    keys = [m.group(1) for m in _PAIR_KEYS.finditer(env.text, lo, hi)]
    others = [key for key in keys if key.lower() != "id"]
    if len(others) < 2 or len(keys) != len(others) + 1:
        return False
    for key in others:
        words = fields.Field(key, "pair").words.lower()
        if _names_an_identifier(env, words) or any(
            w in _PERSON_KEYS or w in env.rules.labels.persons for w in words.split()
        ):
            return False
    return True


def _key_names_other_number(found: fields.Field, env: Env) -> bool:
    words = env.rules.labels
    whole = found.key.lower()
    if whole in words.personal_numbers:
        return False  # a sole trader's organisationsnummer is the personnummer
    tokens = [t.rstrip(".").lower() for t in _LABEL_TOKEN.findall(found.words)]
    if words.suffix is not None and words.suffix.fullmatch(whole) and whole.rstrip(".") not in words.bare:
        # "Anstallningsnummer", "PNummer", "Lev.nr"; but "Ejer-ID", "Ägar-ID": the owner's (a person's) number
        parts = _KEY_PARTS.split(whole.rstrip("."))
        return not (len(parts) >= 2 and parts[-1] in words.bare and parts[-2] in words.persons)
    if (
        found.parent
        and len(tokens) == 1
        and (tokens[0] in words.bare or (tokens[0] == _II_VALUE and found.kind == "pair"))
    ):
        # <remissId root="..." extension="...">: an HL7 v3 instance identifier's value is named by its element
        if _names_an_identifier(env, found.parent) or found.parent.lower() in words.persons:
            return False  # {"borger": {"id": ...}}, <Person id="...">
        if found.loose:
            # "request id=": only a noun naming a numbered thing says whose id it is ("deleted id=" is a verb)
            loose = found.parent.lower()
            return loose in words.things or names_thing(loose, env) or _names_other_number(loose, "", env)
        if tokens[0] == _II_VALUE:
            tokens = [t.rstrip(".").lower() for t in _LABEL_TOKEN.findall(fields.Field(found.parent, "xml").words)]
        else:
            tokens = [t.rstrip(".").lower() for t in _LABEL_TOKEN.findall(found.parent)] + tokens
    for reach in (2, 3):
        if len(tokens) > reach and tokens[-reach] in _HELD_AT:
            tokens = tokens[:-reach]  # "Ärendenummer hos Polisen", "Kundenummer ved Nets": who gave the number
            break
    if not tokens:
        return False
    last = tokens[-1]
    if last in words.things or (last.isalpha() and names_thing(last, env)):
        return True  # "session", "job", "arende", "leverantorsfaktura"
    if _glued_id(last, env):
        return True  # "msgid=", "ordreid": a numbered thing glued to "id"
    if words.suffix is not None and words.suffix.fullmatch(last) and last not in words.bare:
        return True  # "Medarbejder Lønnummer"
    # "kunde Id", "job Id", "ordre id": a noun before a word that says only "number"; a person's
    # ("subject_id", "person_nr") is the holder's identifier.
    if (last not in words.bare and last != _IDENTIFIER) or len(tokens) < 2:
        return False
    noun = tokens[-2]
    if last == _IDENTIFIER and _names_an_identifier(env, noun):
        return False  # "PatientIdentifier", "CitizenIdentifier": the holder's
    return noun.isalpha() and noun not in words.not_labels and noun not in words.persons


_WORD_RUN = regex(r"[^\W\d_][\w.-]*")
_DENIAL_AFTER = regex(r"[ \t]*[(,\u2013-]?[ \t]*")  # "0308116094 (inte ditt personnummer)"
_DENIAL_BEFORE = regex(r"[ \t]*[:=]?[ \t]*$")  # "ikke dit CPR-nummer: 0707614285"
_SENTENCE_BREAK = regex(r"[;!?][ \t]+|\.[ \t]+(?=[A-ZÆØÅÄÖ])")


# The words right after a number say its check digit or check fails ("841017-9319 har felaktig kontrollsiffra",
# "har forkert kontrolciffer", "fejler modulus 11", "has an invalid check digit"): a validation message about a
# number the text itself rejects, not a holder's identifier.
_CHECK_WORDS = regex(r"kontrol|check|modul|luhn", re.IGNORECASE)  # cheap first look
_SAID_INVALID = regex(
    r"[\s\"'`)\]]*(?:[,:\u2013-][ \t]*)?"
    # "230989-1429 – nummeret er forkert (kontrolcifferet passer ikke ...)": the number called wrong first
    r"(?:(?:nummeret|numret|numberet|the[ \t]+number|det|it|den|dette)[ \t]+(?:er|är|is)[ \t]+"
    r"(?:forkert|fel|felaktigt|ugyldigt|ogiltigt|wrong|invalid|incorrect)[ \t]*[,;:\u2013-]?[ \t]*)?(?:"
    r"(?:har|hade|has|had|have|med|with|fik|fick|got)[ \t]+(?:en|et|ett|an|a|the)?[ \t]*"
    r"(?:fel|felaktig|ogiltig|forkert|ugyldig|ugyldigt|invalid|wrong|incorrect|bad)[ \t]+"
    r"(?:kontrollsiffra|kontrolsiffra|kontrolciffer|kontroltal|check[ \t-]?digit|check[ \t-]?sum|kontrollsumma)"
    # "fejl i kontrolciffer (født før 2007)", "fel i kontrollsiffran", "error in check digit"
    r"|(?:fejl|fel|error)[ \t]+(?:i|in|på)[ \t]+(?:the[ \t]+)?(?:kontrolciffer(?:et)?|kontrollsiffr(?:a|an)"
    r"|check[ \t-]?digit|check[ \t-]?sum|modulus|mod[ \t-]?11|luhn)"
    r"|(?:fejler|fejlede|failer|fails|failed|klarar[ \t]+inte|klarede[ \t]+ikke|består[ \t]+ikke|underkänns)[ \t]+"
    r"(?:i[ \t]+|the[ \t]+)?(?:modulus|mod[ \t-]?11|luhn|kontrol|check)"
    # "(kontrollsiffran stämmer inte)", "- kontrolcifferet passer ikke", "(check digit is wrong)"
    r"|\(?[ \t]*(?:kontrollsiffran|kontrolsiffran|kontrolcifferet|kontrolcifret|kontroltallet"
    r"|the[ \t]+check[ \t-]?digit|check[ \t-]?digit|checksum(?:men)?|kontrollsumman)[ \t]+"
    r"(?:stämmer[ \t]+inte|passer[ \t]+ikke|stemmer[ \t]+ikke|matcher[ \t]+ikke|är[ \t]+fel|er[ \t]+forkert"
    r"|is[ \t]+wrong|is[ \t]+invalid|does[ \t]+not[ \t]+match|fails))",
    re.IGNORECASE,
)
# A word saying the number is invalid right before the word naming it, as a validator's message writes it
# ("ValueError: ogiltigt personnummer: '801022-4336'", "ugyldigt CPR-nummer 070761-4285").
_INVALID_LABEL = regex(
    r"(?:^|[\s:(\[\"'])(?:ogiltig|ogiltigt|ogiltiga|ugyldig|ugyldigt|ugyldige|invalid|felaktigt|felaktig"
    # "is not a valid personnummer", "er ikke et gyldigt CPR-nummer", "är inte ett giltigt personnummer"
    r"|not[ \t]+an?[ \t]+valid|ikke[ \t]+(?:et[ \t]+|en[ \t]+)?gyldigt?"
    r"|inte[ \t]+(?:ett[ \t]+|en[ \t]+)?giltigt?)[ \t]+"
    r"(?:cpr[\w.-]*|personnumm?e?r\w*|personnr\.?|pnr\.?|person-nr\.?|samordningsnummer\w*|personal[ \t]+(?:id|number)"
    r"|national[ \t_-]?id(?:entity)?(?:[ \t]+(?:number|no\.?))?|id[ \t-]?(?:number|nummer|nr\.?))"
    r"[ \t]*[:=]?[ \t]*[\"'`]?$",
    re.IGNORECASE,
)
_INVALID_WORDS = regex(r"giltig|gyldig|valid|felaktig", re.IGNORECASE)  # cheap first look
# The identifier an invalid label names, by its country's words: the text says the number fails THAT check.
_INVALID_NAMES = (("DK_CPR", regex(r"(?i)cpr")), ("SE_PERSONNUMMER", regex(r"(?i)personn|person-nr|pnr|samordning")))


# "fx", "t.ex.", "e.g." right before the number: it is an example of the kind of number the clause before names.
_EXAMPLE_BEFORE = regex(
    r"(?:^|[\s(\[,;])(?:fx|f\.[ ]?eks\.|t\.[ ]?ex\.|e\.g\.|eg\.|z\.b\.|for eksempel|till exempel|for example|"
    r"eksempelvis|exempelvis)[ \t:,]*$",
    re.IGNORECASE,
)
_CLAUSE_BREAK = regex(r"(?:[.!?](?:\s|$)|\n)(?!.*(?:[.!?](?:\s|$)|\n))", re.DOTALL)


def _example_of_other_kind(candidate: Candidate, env: Env) -> bool:
    """The number is given as an example ("fx", "t.ex.") of a kind of number that the nearest context word
    before it in its sentence names as another ("sagsnumre på formen ÅÅMMDD-LLLL (fx 090236-1111)")."""
    text, start = env.text, candidate.start
    example = _EXAMPLE_BEFORE.search(text, max(0, start - 24), start)
    words = env.rules.context.get(candidate.entity)
    if example is None or words is None or words.both is None:
        return False
    clause = text[max(0, example.start() - 100) : example.start()]
    cut = _CLAUSE_BREAK.search(clause)
    low = (clause[cut.end() :] if cut else clause).lower()
    found = [m for m in words.both.finditer(low) if m.lastgroup == "n" or _NUMBER_WORD.search(m.group())]
    last = found[-1].end() if found else 0
    # A word naming a kind of number after the last context word: "medlemsnumre har 10 cifre og starter med jeres
    # fødselsdato (fx ...)" ("fødselsdato" names a date, not a number)
    for word in _ROW_WORD.finditer(low, last):
        if not _names_an_identifier(env, word.group()) and _names_other_number(word.group(), candidate.entity, env):
            return True
    return bool(found) and found[-1].lastgroup == "n"


# Letters a case-blind regex takes for ASCII letters whose lower case is no ASCII letter: "ı" for "i", "ſ" for "s"
# (and "İ", whose lower case is two characters; the Kelvin sign's is "k").
_FOLDED_AS_ASCII = ("ı", "ſ")
_PLAIN_WORDS: dict[re.Pattern[str], tuple[str, ...]] = {}


def _plain_words(pattern: re.Pattern[str]) -> tuple[str, ...]:
    """The words of ``pattern`` when it is a case-blind alternation of plain ASCII words ("kontrol|check"), else ()."""
    found = _PLAIN_WORDS.get(pattern)
    if found is None:
        words = tuple(word.lower() for word in pattern.pattern.split("|"))
        plain = bool(pattern.flags & re.IGNORECASE) and all(word.isascii() and word.isalpha() for word in words)
        found = _PLAIN_WORDS[pattern] = words if plain else ()
    return found


def _looked_in(pattern: re.Pattern[str], text: str, lo: int, hi: int) -> bool:
    """``pattern.search(text, lo, hi) is not None`` for a cheap first look: a case-blind alternation of plain words
    is looked for in the lower-cased window with str.find, where that finds every place the regex would (the regex
    lower-cases the character at each place for each word); any other pattern is searched."""
    words = _plain_words(pattern)
    if words:
        window = text[lo:hi]
        low = window.lower()
        if len(low) == len(window) and not any(ch in window for ch in _FOLDED_AS_ASCII):
            return any(word in low for word in words)
    return pattern.search(text, lo, hi) is not None


# A check digit called wrong without a verb, as a test case or a correction writes it: "<n> (fel kontrollsiffra)",
# "<n>, wrong check digit", and in the bracket the number stands in, after it: "(inte <n> som stod i ..., fel
# kontrollsiffra)".
_WRONG_CHECK = (
    r"(?:fel|felaktig|ogiltig|forkert|ugyldigt?|wrong|invalid|incorrect|bad)[ \t]+"
    r"(?:kontrollsiffra|kontrolsiffra|kontrolciffer|kontroltal|check[ \t-]?digit|check[ \t-]?sum)(?![\w-])"
)
_WRONG_CHECK_AFTER = regex(rf"[\s\"'`]*(?:[,:(\u2013-][ \t]*)?{_WRONG_CHECK}", re.IGNORECASE)
_WRONG_CHECK_IN = regex(rf"[^()\n]{{0,80}}?{_WRONG_CHECK}[^()\n]{{0,20}}\)", re.IGNORECASE)
_OPEN_BRACKET = regex(r"\([^()\n]{0,40}$")


def _said_invalid(text: str, end: int, start: int | None = None) -> bool:
    """The words right after the number say it fails its check, or its sentence says the register does not know
    it ("240174-1595, som borgeren skrev ..., findes ikke i CPR-registret")."""
    if _looked_in(_CHECK_WORDS, text, end, end + 100):
        if _SAID_INVALID.match(text, end) is not None or _WRONG_CHECK_AFTER.match(text, end) is not None:
            return True
        if (
            start is not None
            and _OPEN_BRACKET.search(text, max(0, start - 40), start) is not None
            and _WRONG_CHECK_IN.match(text, end) is not None
        ):
            return True
    if not _looked_in(_REGISTER_WORDS, text, end, end + _UNKNOWN_REACH):
        return False  # the common case
    return _SAID_UNKNOWN.match(text, end) is not None


# Right after the number, its row says the identifier is missing: "<n>: cpr mangler", "<n> - personnummer saknas",
# "<n> (no CPR)", "<n>, uden cpr".
_MISSING_AFTER = regex(
    r"[ \t]*[:\-\u2013,(][ \t]*(?:(?P<word>[^\W\d_][\w.-]{1,30})[ \t]+"
    r"(?:mangler|manglende|saknas|fehlt|missing|puuttuu|ikke[ \t]+oplyst|ej[ \t]+angivet|not[ \t]+given|unknown|ukendt)"
    r"|(?:mangler|saknar|uden|utan|without|no|ingen|inget|intet)[ \t]+(?P<after>[^\W\d_][\w.-]{1,30}))(?![\w-])",
    re.IGNORECASE,
)


def _said_missing_after(env: Env, start: int, end: int) -> bool:
    """The words right after the number say its holder's identifier is missing ("Kunde 0708149873: cpr mangler"):
    the identifier word names what the row lacks, so the number is another one (the customer's). Not when a word
    before it on its line names it ("fødselsnummer 150462 97242, D-nummer saknas": the other identifier lacks)."""
    m = _MISSING_AFTER.match(env.text, end)
    if m is None or not _names_an_identifier(env, m.group("word") or m.group("after")):
        return False
    line_lo = env.text.rfind("\n", max(0, start - 200), start) + 1
    return not _names_an_identifier(env, env.text[line_lo:start])


_LABEL_BEFORE = regex(r"(?<![\w-])([^\W\d_][\w.-]*[-.]?(?:id|nr|no|nummer|number))[ \t]*[:#]?[ \t]*$", re.IGNORECASE)
_DEFINITION_REACH = 1500
_OWN_WORDS = frozenset(("eget", "egen", "egne", "egna", "own"))
_HEADER_LABEL = regex(r"[^\W\d_][\w.-]*[-.](?:id|nr|no|nummer|number)", re.IGNORECASE)
_BARE_NUMBER = frozenset(("nummer", "number", "nr", "id", "numre", "numbers"))


_DEFINED_AS = r"(?![\w-])[ \t]+(?:er|är|is|=)[ \t]+((?:[^\W\d_][\w-]*[ \t]+){0,2}[^\W\d_][\w-]*)"


def _definition_of(label: str) -> re.Pattern[str]:
    """A sentence defining ``label`` ("lejer-id er boligforeningens nummer"): the label standing alone, a copula and
    up to three words. The label comes first and the check that no word character stands before it after it (over
    the label and the one character before: same matches), so that a try at a place not starting with the label
    fails on its first character instead of after a look back (~3x faster over the 3,000 characters searched)."""
    # Built from the item's own label: plain re, never the pattern cache (whose folder must hold no item text).
    return re.compile(rf"{re.escape(label)}(?<![\w-](?s:.){{{len(label)}}}){_DEFINED_AS}", re.IGNORECASE)


def _definitions(text: str, label: str, lo: int, hi: int) -> list[re.Match[str]]:
    """The matches of :func:`_definition_of` in ``text[lo:hi]``; none without the label in it, found by a plain search
    of the lower-cased window when that finds every place a case-blind match could start: most windows do not hold
    the label, and a case-blind regex lower-cases every character it tries."""
    if label.isascii():
        window = text[lo:hi]
        low = window.lower()
        # A case-blind regex also takes "ı" and "İ" for "i" and "ſ" for "s" (the only other letters it takes for
        # ASCII ones but the Kelvin sign, which lower-cases to "k"); a letter lower-cased to two shifts the places.
        if len(low) == len(window) and "ı" not in window and "ſ" not in window and label.lower() not in low:
            return []
    return list(_definition_of(label).finditer(text, lo, hi))


def _label_defined_otherwise(candidate: Candidate, env: Env) -> bool:
    """The number's label ("lejer-id", "Kundenr.") is defined by a sentence nearby as another kind of number, or
    as a named party's number: "lejer-id er boligforeningens nummer", "Medlems-ID är föreningens eget nummer"."""
    text = env.text
    m = _LABEL_BEFORE.search(text, max(0, candidate.start - 40), candidate.start)
    if m is not None:
        label = m.group(1)
    else:
        # "Barn-id" over the column: the header is the number's label ("Barn-id är förskolans interna nummer")
        header = layout.header(text, candidate.start, candidate.end, env.memo)
        if header is None or _HEADER_LABEL.fullmatch(header.strip()) is None:
            return False
        label = header.strip()
    lo = max(0, candidate.start - _DEFINITION_REACH)
    hi = candidate.end + _DEFINITION_REACH
    for d in _definitions(text, label, lo, hi):
        if d.start() <= candidate.start < d.end():
            continue
        words = d.group(1).lower().split()
        if _names_an_identifier(env, d.group(1)):
            return False
        if any(_names_other_number(word, candidate.entity, env) and word not in _BARE_NUMBER for word in words):
            return True  # "Kundenr. er et kundenummer"
        # "förskolans interna nummer", "skolens eget nummer": small words between the party and "nummer"
        words = [word for word in words if word not in _SMALL_AFTER_COPULA and word not in _OWN_WORDS] or words
        if len(words) >= 2 and words[-1] in _BARE_NUMBER and words[-2].endswith("s"):
            holder = words[-2].rstrip("s")
            own = env.rules.context.get(candidate.entity)
            found = None if own is None or own.both is None else own.both.fullmatch(words[-2])
            if holder not in env.rules.labels.persons and (found is None or found.lastgroup != "p"):
                return True  # "boligforeningens nummer": a named party's (not the holder's) number
    return False


_REGISTER_WORDS = regex(r"regist|folkbok|ciffer|siffr|digit", re.IGNORECASE)  # cheap first look
_UNKNOWN_REACH = 140
# In the number's sentence (no other number, no sentence end between): the population register does not know it,
# or its last digit is wrong.
_SAID_UNKNOWN = regex(
    r"[^\d\n.!?]{0,100}?(?<![\w-])(?:"
    r"(?:findes|eksisterer|finnes)[ \t]+ikke[ \t]+i[ \t]+(?:cpr|folkeregist)"
    r"|(?:finns|existerar)[ \t]+inte[ \t]+i[ \t]+(?:folkbok|befolkningsregist|skatteverket)"
    r"|(?:kunde|kan)[ \t]+inte[ \t]+(?:hittas|återfinnas)[ \t]+i[ \t]+folkbok"
    r"|(?:does|did)[ \t]+not[ \t]+exist[ \t]+in[ \t]+the[ \t]+(?:cpr|population)"
    r"|(?:sidste|sista|last)[ \t]+(?:ciffer|cifferet|siffran|siffra|digit)[ \t]+(?:er|är|is)[ \t]+"
    r"(?:forkert|fel|wrong|invalid))",
    re.IGNORECASE,
)


# The sentence after the number says what it is: "..., men det er hendes gamle medarbejdernummer", ", is your
# membership number with the union", " - det er jo hendes gamle telefonnummer". A copula after a few words
# without digits, then small words (possessives, "old", "just"), then a word naming another kind of number.
# The copula's subject stands for the number: none ("0212858659, is your ...") or a pronoun ("..., men det er").
_COPULA_AFTER = regex(
    r"(?P<gap>[^\d\n.!?;:()]{0,50}?)(?:(?<=[\s,–-])(?:det|den|it|that|this|which|dette|detta|der|som)[ \t]+"
    r"|(?<=[,–-])[ \t]*|(?<=[,–-][ \t]))(?:er|är|is|var|was)[ \t]+",
    re.IGNORECASE,
)
_IS_WORDS = regex(r"[^\W\d_][\w-]*")
_SMALL_AFTER_COPULA = frozenset(
    (
        *("jo", "ju", "bara", "kun", "just", "only", "faktisk", "faktiskt", "actually", "egentlig"),
        *("egentligen", "hans", "hendes", "hennes", "his", "her", "your", "my", "mit", "min", "mitt", "dit"),
        *("din", "ditt", "deres", "deras", "their", "its", "sin", "sit", "sitt", "gamle", "gamla", "gammalt"),
        *("gammelt", "old", "nye", "nya", "new", "interne", "interna", "internal", "et", "ett", "en", "an"),
        *("a", "the"),
    )
)
_OWN_VALUE_AFTER = regex(r"[ \t]*[:=]?[ \t]*\d")


def _said_other_kind_after(candidate: Candidate, env: Env) -> bool:
    """The number's sentence goes on to say it is another kind of number ("0212858659 i cpr-feltet, men det er
    hendes gamle medarbejdernummer"). A word naming an identifier, a denial or any other word first ("... er
    hans CPR", "... er ikke ...", "... er også mit kundenummer": both) says nothing; nor does a kind of number given
    its own value ("..., og kundenummeret er 1234")."""
    text, end = env.text, candidate.end
    m = _COPULA_AFTER.match(text, end, end + 70)
    if m is None:
        return False
    words = list(_IS_WORDS.finditer(text, m.end(), m.end() + 80))
    at = m.end()
    for i, word in enumerate(words[:6]):
        if text[at : word.start()].strip():
            return False  # a digit or a sign before the next word: "..., og mitt er 09125891745"
        at = word.end()
        low = word.group().lower()
        if low in _SMALL_AFTER_COPULA:
            continue
        if _names_an_identifier(env, low) or low in env.rules.labels.bare:
            return False  # "... er hans CPR", "... er det nummer vi har"
        phrase = low
        if i + 1 < len(words) and words[i + 1].group().lower() in _THING_NUMBER_WORDS and low not in _IDENTITY_NOUNS:
            phrase = f"{low} {words[i + 1].group().lower()}"  # "membership number"
            word = words[i + 1]
        elif not _names_other_number(low, candidate.entity, env):
            return False
        return _OWN_VALUE_AFTER.match(text, word.end()) is None and not _names_an_identifier(env, phrase)
    return False


# A test identity: its number is no person's ("Testpersonnummer från Skatteverket (fiktiva ...): 19121212-1212",
# "Testpersonen i manualen har 191212121212", "19121212-1212 (testnummer)").
_TEST_IDENTITY = regex(
    r"(?<![^\W\d_])(?:test[ -]?person\w*|test[ -]?nummer\w*|test[ -]?numre|test[ -]?cpr\w*|test[ -]?pnr|"
    r"(?:fiktiv\w*|fictitious|fictional|dummy)[ \t]+(?:cpr\w*|pnr|personnumm?e?r\w*|person|personal[ \t]+number|"
    r"nummer\w*|number\w*|identit\w*))(?![^\W\d_])",
    re.IGNORECASE,
)
# A bracket right after the number, or the next cell of its row ("| officielt testnummer, ikke rigtigt |"), says
# it is a test number.
_TEST_AFTER = regex(
    r"[ \t]*(?:\([ \t]*(?:test\w*|fiktiv\w*|fictitious|dummy)[ \t]*[),]"
    r"|[|;\t][ \t]*(?:[^\W\d_]+[ \t]+)?(?:test[ -]?(?:nummer|numre|person|cpr|pnr)\w*|fiktiv\w*|fictitious|dummy)"
    r"(?![^\W\d_]))",
    re.IGNORECASE,
)
# "real", unless denied ("ikke rigtigt": not real)
_REAL = regex(
    r"(?<![^\W\d_])(?<!ikke )(?<!inte )(?<!not )(?:riktig\w*|rigtig\w*|real|ægte|äkta|echt)(?![^\W\d_])",
    re.IGNORECASE,
)
_SENTENCE_END = regex(r"[.!?](?:\s|$)|\n[ \t]*\n")


def _test_identity(text: str, start: int, end: int) -> bool:
    """The number's sentence, before it, names a test or made-up identity, or a bracket right after it does; not
    when the sentence says the number is real ("Test Testsson (riktig pnr, byt!)")."""
    # Its own line: the line start looked for over the 80 characters kept, not back to the start of a one-line text.
    head = text[max(0, start - 80, text.rfind("\n", max(0, start - 80), start) + 1) : start]
    cuts = list(_SENTENCE_END.finditer(head))
    head = head[cuts[-1].end() :] if cuts else head
    tail = text[end : end + 40]
    if _TEST_IDENTITY.search(head) is None and _TEST_AFTER.match(tail) is None:
        return False
    stop = _SENTENCE_END.search(tail)
    return _REAL.search(head + " " + (tail[: stop.start()] if stop else tail)) is None


# A direct debit's line on a bank statement: the payee, then the payer's number at the payee ("Autogiro Telia
# 6602179191", "Betalingsservice TDC 0707614285"): a payment reference, whatever it reads as.
_DIRECT_DEBIT = regex(
    r"(?<![^\W\d_])(?i:autogiro|betalingsservice|pbs|e-?faktura|direct[ \t]+debit)"
    r"(?:[ \t]+[A-ZÆØÅÄÖ0-9][\w&.-]*){0,3}[ \t]+$"
)


def _direct_debit(text: str, start: int) -> bool:
    return _DIRECT_DEBIT.search(text, max(0, start - 60), start) is not None


def _invalid_label(text: str, start: int) -> bool:
    """The number's label says it is invalid ("ogiltigt personnummer: '801022-4336'")."""
    return _invalid_label_match(text, start) is not None


def _invalid_label_match(text: str, start: int) -> re.Match[str] | None:
    if not _looked_in(_INVALID_WORDS, text, max(0, start - 50), start):
        return None  # the common case
    return _INVALID_LABEL.search(text, max(0, start - 50), start)


def _invalid_label_names_other(text: str, start: int, entity: str) -> bool:
    """The invalid label names another country's identifier than ``entity`` ("not a valid personnummer:
    '610812-2692'" read as a CPR): the number failed the named check; another country's passes by chance."""
    m = _invalid_label_match(text, start)
    if m is None:
        return False
    named = [kind for kind, words in _INVALID_NAMES if words.search(m.group())]
    return len(named) == 1 and named[0] != entity


def _denied(env: Env, start: int, end: int) -> bool:
    """A denial ("ikke", "inte", "not") and at most two small words, then a word naming an
    identifier, stand right after the number or right before it: the number is said NOT to be one."""
    text = env.text
    negations = env.rules.labels.negations
    near = text[max(0, start - 40) : end + 40].lower()
    if not negations or _any_of(negations).search(near) is None:
        return False  # the common case, decided without splitting words
    gap = _DENIAL_AFTER.match(text, end)
    after = _WORD_RUN.findall(text, gap.end() if gap else end, end + 40)[:5]
    small = env.rules.labels.not_labels
    for i, word in enumerate(after[:3]):
        # "0308116094 (inte ditt personnummer)"; with a copula first: "290903-9102, er IKKE hans CPR"
        if word.lower() in negations:
            if _denial_names_id(after[i + 1 :], env):
                return True
            break
        if word.lower() not in small:
            break
    head = text[max(0, start - 40) : start]
    # A denial in an earlier sentence or clause denies another number ("... men är det inte; hans
    # personnummer är 940429-7187").
    head = _SENTENCE_BREAK.split(head)[-1]
    line_start = head.rfind("\n") + 1
    if line_start and head[line_start:].strip() and not head[:line_start].rstrip().endswith(":"):
        # "(... datoen findes ikke)\nRigtigt: CPR 290380-1134": the line above denies its own number; one ending
        # with ":" heads the lines under it ("Elevnumre (ikke CPR!):\nAnton Mølgaard 1302889038")
        head = head[line_start:]
    tail = _DENIAL_BEFORE.search(head)
    segment = head[: tail.start() if tail else len(head)]
    runs = list(_WORD_RUN.finditer(segment))[-4:]
    before = [m.group() for m in runs]
    for i, word in enumerate(before):
        mark = segment[runs[i].end() : runs[i].end() + 1]
        if mark and not mark.isspace():
            continue  # "EI: CPR: ...", "Nej, CPR ...", "EI) CPR": an answer or a field, no denial of what follows
        if word.lower() in negations and _denial_names_id(before[i + 1 :], env) and len(before) - i <= 4:
            return True
    return False


def _list_denied(env: Env, start: int) -> bool:
    """ "Elevnumre til UNI-Login (ikke CPR!):" over "Anton Mølgaard  1302889038", "Sofie Krogh  1609726578", ...: a
    heading ending with ":" that denies the identifier denies every row of the list under it."""
    negations = env.rules.labels.negations
    heading = list_heading(env.text, start, env.memo) if negations else ""
    if not heading or _any_of(negations).search(heading.lower()) is None:
        return False
    words = _WORD_RUN.findall(heading)
    return any(w.lower() in negations and _denial_names_id(words[i + 1 :], env) for i, w in enumerate(words))


_ROW_NUMBER = regex(r"\d{6}")
_LIST_ROWS = 30


def list_heading(text: str, start: int, memo: dict[str, Any] | None = None) -> str:
    """The line ending with ":" above the rows of a list the number's line belongs to (each row a few words and a
    number of six digits or more, no sentence; no blank line between), else "". With ``memo`` the answer for a
    row is kept, and the next row of the same list reuses it (a long list costs one walk up)."""
    lo, hi = layout.line_bounds(text, start)
    last = memo.get("list_heading") if memo is not None else None
    if last is not None and last[0] == lo:
        return str(last[2])
    own = lo
    if not _list_row(text[lo:hi]):
        return ""
    answer = ""
    for _ in range(_LIST_ROWS):
        if lo == 0:
            break
        p_lo, p_hi = layout.line_bounds(text, lo - 1)
        if last is not None and last[0] == p_lo and last[1]:
            answer = str(last[2])  # the row above is a row of the list already looked up
            break
        line = text[p_lo:p_hi].strip()
        if not line:
            break
        if _ROW_NUMBER.search(line) is None:
            answer = line if line.endswith(":") else ""
            break
        if not _list_row(line):
            break
        lo = p_lo
    if memo is not None:
        memo["list_heading"] = (own, True, answer)
    return answer


_ROW_WORDS = 6
_ROW_LIMIT = 160
# A list's title naming numbered things: "Ärendelista", "Ordreoversigt", "Inkassoärenden" (the list's word after
# the thing's).
_LIST_WORD = regex(
    r"(?:lista|listan|liste|listen|list|oversigt|oversigten|översikt|översikten|register|registret|log|logg)$"
)
_ROW_OPENS_WITH_NUMBER = regex(r"[ \t]*(?:[-*•][ \t]+)?\d{6}")
_FULL_NAME = regex(r"\b[A-ZÆØÅÄÖ][a-zæøåäöé]+,?[ \t]+[A-ZÆØÅÄÖ][a-zæøåäöé]+")  # "Berg, Ola" too


def _titled_list_of_things(candidate: Candidate, env: Env) -> bool:
    """The number's row is a row of a list (a few words and the number, no name, no e-mail address, no word naming an
    identifier) under a title line without numbers whose first word names a numbered thing ("Ärendelista kundtjänst",
    "Inkassoärenden (anonymiserat)", "Ordrer i dag"), each row opening with its number: the list numbers those
    things. A list of people (a name on a row) or a title naming the identifier says nothing here."""
    text = env.text
    lo, hi = layout.line_bounds(text, candidate.start)
    rows = [(lo, hi)]
    title = ""
    up = lo
    for _ in range(_LIST_ROWS):
        if up == 0:
            break
        p_lo, p_hi = layout.line_bounds(text, up - 1)
        line = text[p_lo:p_hi].strip()
        if not line:
            break
        if _ROW_NUMBER.search(line) is None:
            title = line
            break
        rows.append((p_lo, p_hi))
        up = p_lo
    if not title or len(_WORD_RUN.findall(title)) > _ROW_WORDS:
        return False
    down = hi
    for _ in range(_LIST_ROWS):
        if down >= len(text):
            break
        n_lo, n_hi = layout.line_bounds(text, down + 1)
        if not text[n_lo:n_hi].strip() or _ROW_NUMBER.search(text, n_lo, n_hi) is None:
            break
        rows.append((n_lo, n_hi))
        down = n_hi
    for r_lo, r_hi in rows:
        row = text[r_lo:r_hi]
        if (
            not _list_row(row)
            or _ROW_OPENS_WITH_NUMBER.match(row) is None  # a list of files ("lønseddel_0101804311.pdf") is not one
            or "@" in row
            or _FULL_NAME.search(row)
            or _names_an_identifier_in(env, row)
        ):
            return False
    if _names_an_identifier_in(env, title):
        return False
    # The title's first word names the things: "Ärendelista kundtjänst", not "Pasientliste, legekontor ...".
    words = _WORD_RUN.findall(title.lower())
    if not words:
        return False
    word = words[0].rstrip(".,:")
    stem = _LIST_WORD.sub("", word) if len(word) > 6 else word
    forms = [stem] + [stem[: -len(end)] for end in _THING_PLURALS if stem.endswith(end) and len(stem) > len(end) + 2]
    return any(form in env.rules.labels.things or names_thing(form, env) for form in forms)


def _names_an_identifier_in(env: Env, span: str) -> bool:
    words = env.rules.id_words
    return words is not None and words.search(span.lower()) is not None


def _list_row(line: str) -> bool:
    """A row of a list: a number of six digits or more and at most a few words, no sentence ("Vores P-nr. er ...,
    og lønnummeret er stadig 0812955420." is prose)."""
    if len(line) > _ROW_LIMIT:
        return False  # a paragraph (and no line of a long text is read whole for every number in it)
    line = line.strip()
    return (
        _ROW_NUMBER.search(line) is not None and not line.endswith(".") and len(_WORD_RUN.findall(line)) <= _ROW_WORDS
    )


@functools.lru_cache(maxsize=16)
def _any_of(words: frozenset[str]) -> re.Pattern[str]:
    """A regex finding any of ``words`` anywhere (as ``word in text`` does): one search, not one per word."""
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))


def _denial_names_id(words: list[str], env: Env) -> bool:
    """``words`` (after a denial) are at most two small words and then a word naming an identifier,
    the last word of ``words`` when read before a number."""
    small = env.rules.labels.not_labels
    for word in words[:3]:
        if _names_an_identifier(env, word):
            # a word for the number itself; "(inte folkbokförd)", "ikke ansat" deny a state of its holder
            return _NUMBER_NOUN.search(word.lower()) is not None
        if word.lower() not in small:
            return False
    return False


# What a word naming the identifier itself holds (not a word for its holder's state: "folkbokförd", "anställd").
_NUMBER_NOUN = regex(r"cpr|nr|num|id|tunnu|kennitala|pin|ssn")


# A number in a list after others of its shape ("Løbenumre i dagens batch: 2507211758, 2102989476, ..."):
# the list's label is the label of each.
# An item may carry an aside in brackets ("151061-1760 (KH), 031282-2088 (LB)").
_LISTED_BEFORE = regex(
    r"(?:\d{6}[-+ ]?\d{4}|(?:19|20)\d{6}-?\d{4})(?:[ \t]*\([^()\n\d]{1,30}\))?"
    r"[ \t]*(?:[,;]|[ \t](?:og|och|and|samt))[ \t]*$"
)


def list_label(text: str, lo: int, start: int) -> str:
    """The clause heading the list the number at ``start`` stands in ("Medarbejdere på projektet:
    151061-1760 (KH), 031282-2088"), the colon stripped; "" when the number follows no other number
    of its shape or the list has no label ending in ":"."""
    head = text[lo:start]
    listed = _LISTED_BEFORE.search(head)
    if listed is None:
        return ""
    while listed is not None:
        head = head[: listed.start()]
        listed = _LISTED_BEFORE.search(head)
    if not head.rstrip().endswith(":"):
        return ""
    return _CLAUSE_BREAK.split(head.rstrip()[:-1])[-1]


# An aside in brackets between a label and its colon ("Försäkringsnummer (tjänstepension, AMF): ...").
_ASIDE = regex(r"[ \t]*\([^()\n]{1,60}\)(?=[ \t]*:?$)")
# A period or a draw numbered between a label and its colon ("Vinstnummer vecka 48:", "Ordrer uge 12:"):
# part of the label, not another number standing between it and its value.
_QUALIFIER = regex(
    r"[ \t]+(?:vecka|veckan|v\.|uge|ugen|uke|uka|week|wk\.?|kvartal|quarter|q|år|året|year|måned|månad|month"
    r"|runde|omgång|omgang|round|draw|dragning|dragningen|trækning|trekning)[ \t]*\d{1,4}(?=[ \t]*:?$)",
    re.IGNORECASE,
)


def _bank_account(head: str) -> bool:
    """A registration or clearing number ends ``head``: the number after it is the account's ("1234 0707614285",
    "Clearing 8327-9, 0907300156", "6000, 8301312503" in a cell); four digits then a comma only when they are no
    year or a bank's word stands on the line."""
    m = _BANK_REG.search(head)
    if m is None:
        return False
    comma = m.group("comma")
    return comma is None or int(comma) not in _YEARS or _BANK_WORDS.search(head) is not None


def _labelled_by_layout(candidate: Candidate, env: Env, lo: int, hi: int, head: str) -> bool:
    text = env.text
    raw = text[candidate.start : candidate.end]
    listed = _LISTED_BEFORE.search(head)
    if listed is not None:
        while listed is not None:
            head = head[: listed.start()]
            listed = _LISTED_BEFORE.search(head)
        if not head.rstrip().endswith(":"):
            return False  # "Anders And 060680-0002, 070680-0018": a list only after a label with its colon
        clause = _CLAUSE_BREAK.split(head.rstrip()[:-1])[-1]
        label_words = _LABEL_TOKEN.findall(clause)[-6:]
        if any(
            _names_other_number(word.rstrip(".").lower(), candidate.entity, env)
            and not _names_an_identifier(env, word)
            and not (i and label_words[i - 1].lower() in env.rules.labels.disowning)  # "saknar kontonummer:"
            for i, word in enumerate(label_words)
            if i or len(label_words) < 6
        ):
            return True  # "Deres sagsnumre hos os: 290919-3675, 170792-5465, 270188-9587"
    compact = raw.isdigit() and len(raw) == 10  # the twelve-digit form carries its own century
    if (
        _GLUED_PREFIX.search(head) and not (head.endswith("#") and layout.line_delimiter(text, lo, hi, env.memo) == "#")
    ) or (raw.isdigit() and _bank_account(head)):
        return True  # "INV-0707614285", "#0707614285"; a "#" between a sheet's cells is no number sign
    glued = _UNDERSCORE_WORD.search(head, max(0, len(head) - 22)) if head.endswith("_") else None
    if glued is not None and _names_other_number(glued.group(1).lower(), candidate.entity, env):
        return True  # "faktura_0707614285.pdf", "ordre_0707614285": an invoice's, an order's number
    stripped = head.rstrip()
    delimited = _CELL_START.search(head) is not None or (
        not stripped and layout.line_delimiter(text, lo, hi, env.memo) is not None
    )
    # A report's column starts after a run of spaces.
    if delimited or not stripped or (head.endswith("  ") and stripped):
        # A cell of a row: its column header, if any, labels it ("Medlemsnr;Namn;Belopp"); in a
        # report aligned with spaces too ("Lev.nr       Org.nr        Namn").
        header = layout.header(text, candidate.start, candidate.end, env.memo)
        if header or delimited:
            if header and _register_id_beside_identifier(candidate, env, header):
                return True  # "Elev-id  Namn  Personnummer": the school's own id of the pupil, not the personnummer
            if not header or _names_an_identifier(env, header):
                return False
            if _identifier_in_other_column(candidate, env, header):
                return True  # "navn|cpr|kunde": the identifier has its own column; the customer's is another number
            tokens = _LABEL_TOKEN.findall(header)
            return (
                bool(tokens) and _label_of(tokens, False, False, False, env) and not identifier_column(candidate, env)
            )
    if stripped.endswith(":") and chat_answer(env, lo, candidate.start):
        return False  # "Mor: 1401580309" answering "kan du sende mit cpr": the sender, no label
    # "Ticket 1 is approved; Ticket 0707614285"
    clause = _CLAUSE_BREAK.split(_QUALIFIER.sub("", _ASIDE.sub("", stripped)))[-1]
    if clause.endswith(":") and _ASIDE.search(stripped) and _own_word_in(clause.lower(), candidate.entity, env):
        # "Mottagarens personnummer (för utlämning mot legitimation): ...": the aside left out, the label names it
        return False
    if not stripped:
        # Alone on its line: a short label line right above ("Er referens\n8112189876").
        if lo == 0:
            return False
        above_lo, above_hi = layout.line_bounds(text, lo - 1)
        above = text[above_lo:above_hi].strip()
        tokens = _LABEL_TOKEN.findall(above)
        if not tokens or len(tokens) > 4 or any(ch.isdigit() for ch in above):
            return False
        return _label_of(tokens, above.endswith(":"), False, False, env)
    tokens = _LABEL_TOKEN.findall(clause)
    for i in range(len(tokens) - 1, -1, -1):
        if any(ch.isdigit() for ch in tokens[i]):
            tokens = tokens[i + 1 :]  # "Ref 5312121212  Terminal 9106251581": "Terminal" labels it
            break
    if not tokens:
        return False
    # The line, or the heading of the list it is a row of ("Børnenes CPR:" over "Emil 2509116321"), speaks of an
    # identifier: only a word naming another kind of number labels it.
    if clause.endswith(":") and any(token.lower() in _SOURCE_WORDS for token in tokens[-3:-1]):
        return False  # "Rätt uppgift enligt anställningsavtalet: ...": where the value comes from, not what it is
    if tokens[-1].lower() in _TO_WORDS and _HOLDER_AFTER.match(text, candidate.end):
        # "Overførsel til 0908830032 Emil Hjort": a payment to a person, addressed by the CPR its NemKonto is
        # registered under; the name after the number is its holder ("Overførsel fra <konto>" stays an account)
        return False
    heading = list_heading(text, candidate.start, env.memo)
    about_ids = _names_an_identifier(env, text[lo:hi]) or _names_an_identifier(env, heading)
    return _label_of(tokens, clause.endswith(":"), compact, True, env, about_ids)


_TO_WORDS = frozenset(("til", "till", "to"))
_HOLDER_AFTER = regex(r"[ \t]+[A-ZÆØÅÄÖ][a-zæøåäöé]+[ \t]+[A-ZÆØÅÄÖ][a-zæøåäöé]+")


# Prepositions of a source: "enligt X:", "ifølge X:", "according to X:" name where a value was read.
_SOURCE_WORDS = frozenset(("enligt", "enl.", "ifølge", "iflg.", "iflg", "according", "ifolge", "jf.", "jfr."))


# "Elev-id", "Medarbejder_ID", "Patient ID": a register's own id of the person a row is about.
_HOLDER_ID_HEADER = regex(r"(?i)[^\W\d_]+[-_ ]?id\.?")
_HEADER_CELLS = regex(r"\s{2,}|[;|\t,\u00a6#&]")
# A header naming the identifier itself by a number word ("Personnummer", "CPR", "Pnr", "Fødselsnummer").
_NUMBER_WORD = regex(r"(?i)cpr|pnr|nr\b|nummer|numret|number|tunnus|hetu")


def _register_id_beside_identifier(candidate: Candidate, env: Env, header: str) -> bool:
    """The column is headed "<holder>-id" and another column of the same header row names the identifier
    by a number word: two columns of one person's numbers, the named one is the identifier and the
    "-id" column the register's own number (a pupil's id beside the pupil's personnummer). Without
    such a column, "Ejer-ID" still heads the owner's identifiers. A header naming an identifier itself ("Swedish ID"
    beside "Danish CPR": two countries' numbers of one person) is no register's own id."""
    if _HOLDER_ID_HEADER.fullmatch(header.strip()) is None or _header_is_id_word(env, candidate.entity, header):
        return False
    return _another_column_names_identifier(candidate, env, header)


def _header_is_id_word(env: Env, entity: str, header: str) -> bool:
    """The whole header is a positive context word of ``entity`` ("Swedish ID"), not a holder's word and "id"."""
    words = env.rules.context.get(entity)
    found = None if words is None or words.both is None else words.both.fullmatch(header.strip().lower())
    return found is not None and found.lastgroup == "p"


# An INSERT without a column list ("insert into kunde values (801, '...', '...'), (...);"): its rows' values by place.
_VALUES_OPEN = regex(r"(?i)insert[ \t\r\n]+into[ \t\r\n]+[\w.`\"\[\]]+[ \t\r\n]+values[ \t\r\n]*")
_VALUES_REACH = 20_000  # how far back the statement's start is looked for, and how long a statement is read
_OWN_FORM_VALUE = regex(r"[ \t\r\n]*'?\d{6}[-\u2010-\u2013\u2212]\d{4}'?[ \t\r\n]*")


def _values_rows(text: str, at: int) -> list[list[tuple[int, int]]]:
    """The rows of the VALUES list opening at ``at``, each a list of its values' spans (quotes kept), up to the
    statement's ";" (at most ``_VALUES_REACH`` characters)."""
    rows: list[list[tuple[int, int]]] = []
    row: list[tuple[int, int]] = []
    depth, quoted, cell = 0, False, at
    for pos in range(at, min(len(text), at + _VALUES_REACH)):
        ch = text[pos]
        if ch == "'":
            quoted = not quoted
        elif quoted:
            continue
        elif ch == "(":
            depth += 1
            if depth == 1:
                row, cell = [], pos + 1
        elif ch == ")":
            if depth == 1:
                row.append((cell, pos))
                rows.append(row)
            depth -= 1
        elif ch == "," and depth == 1:
            row.append((cell, pos))
            cell = pos + 1
        elif ch == ";" and depth == 0:
            break
    return rows


def _plain_beside_own_form_column(candidate: Candidate, env: Env) -> bool:
    """Ten plain digits in an INSERT's rows without a column list, at a place where no row writes its value in the
    identifier's own form (DDMMYY-SSSS) while another place does in some row: one system writes one column one way,
    and the identifier has its column (the other); this one holds another kind of number."""
    text = env.text
    if _TEN_PLAIN.fullmatch(text, candidate.start, candidate.end) is None:
        return False
    lo = max(0, candidate.start - _VALUES_REACH)
    hit = max(text.rfind("insert", lo, candidate.start), text.rfind("INSERT", lo, candidate.start))
    if hit < 0:
        return False
    m = _VALUES_OPEN.match(text, hit)
    if m is None or m.end() > candidate.start:
        return False
    last = env.memo.get("values_rows")
    if last is not None and last[0] == m.end() and last[1] is text:
        rows: list[list[tuple[int, int]]] = last[2]
    else:
        rows = _values_rows(text, m.end())
        env.memo["values_rows"] = (m.end(), text, rows)
    place = next(
        (i for row in rows for i, (a, b) in enumerate(row) if a <= candidate.start and candidate.end <= b), None
    )
    if place is None:
        return False
    own = {i for row in rows for i, (a, b) in enumerate(row) if _OWN_FORM_VALUE.fullmatch(text, a, b)}
    return bool(own) and place not in own


def _identifier_in_other_column(candidate: Candidate, env: Env, header: str) -> bool:
    """The number fills its cell alone, its header names neither an identifier nor a person ("Kunde", "Ordre",
    "Konto"), and another column of the header row names the identifier ("navn|cpr|kunde"): the table gives the
    identifier its own column, so a number in another is another kind of number."""
    if _names_an_identifier(env, header) or any(
        word in env.rules.labels.persons or word in env.rules.labels.kin for word in _WORD_RUN.findall(header.lower())
    ):
        return False  # "Ægtefælle", "Ejer": a person's column holds that person's identifier
    lo, hi = layout.line_bounds(env.text, candidate.start)
    delim = layout.line_delimiter(env.text, lo, hi, env.memo)
    if delim is None:
        # A report set apart by runs of spaces ("Vær.  Gæst  Booking  CPR"): the number is one whole cell under
        # a header of as many cells
        whole = layout.ragged_cell(env.text, lo, hi, candidate.start, candidate.end)
        return whole and _another_column_names_identifier(candidate, env, header)
    cell_lo = env.text.rfind(delim, lo, candidate.start) + 1 or lo
    cell_hi = env.text.find(delim, candidate.end, hi)
    cell = env.text[cell_lo : cell_hi if cell_hi >= 0 else hi]
    if cell.strip(" \t\r\"'") != env.text[candidate.start : candidate.end]:
        return False  # "0707614285 (rettet)": a note's cell says more
    return _another_column_names_identifier(candidate, env, header)


def _another_column_names_identifier(candidate: Candidate, env: Env, header: str) -> bool:
    """Another cell of the number's header row names the identifier by a number word ("navn|cpr|kunde")."""
    col = layout.column(env.text, candidate.start, candidate.end, 0, env.memo)
    if col is None or not col.header_row:
        return False
    others = [cell.strip() for cell in _HEADER_CELLS.split(col.header_row) if cell.strip()]
    return any(
        other != header.strip() and _NUMBER_WORD.search(other) is not None and _names_an_identifier(env, other)
        for other in others
    )


_CLAUSE_BREAK = regex(r"[;,!?]\s+|\.\s+(?=[A-ZÆØÅÄÖ])")
# A chat message's head on its own line: a time perhaps, then the sender ("Mor: ", "[14:05] Emma: ",
# "14:05 Jonas Berg: ").
# Exports also write a date and seconds ("[12.11.26, 19:05:47] Julie: ", "12/11/2026, 19:05 - Julie: ").
_CHAT_TIME = (
    r"\[?(?:\d{1,4}[./-]\d{1,2}(?:[./-]\d{2,4})?,?[ \t]+)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:[ \t]?[AaPp][Mm])?\]?"
    r"(?:[ \t]+[-\u2013])?[ \t]+"
)
_CHAT_SENDER = regex(rf"[ \t]*(?:{_CHAT_TIME})?([A-ZÆØÅÄÖ][a-zæøåäöéü]+(?:[ \t][A-ZÆØÅÄÖ][a-zæøåäöéü]+)?)[ \t]*:[ \t]*")
CHAT_LOOK_BACK = 300  # characters of the conversation before looked at for the request
_MESSAGE_WORDS = 3  # a request is a sentence, not a record's value


def chat_request(env: Env, lo: int, start: int) -> str:
    """The number is a whole chat message ("Mor: 1401580309", "[14:05] Emma: 1505651843") and a
    message before it, within ``CHAT_LOOK_BACK`` characters, asks for the identifier in a sentence
    ("Jonas: kan du sende mit cpr"): the word naming the identifier in that request, else "". A
    record's "Saksnummer: ..." under "Fødselsnummer: ..." is no chat: its key names a kind of number
    and the identifier's word there is a key, not a sentence."""
    text = env.text
    words = env.rules.id_words
    own = _CHAT_SENDER.fullmatch(text, lo, start) if lo >= 2 and words is not None else None
    if own is None or words is None:
        return ""
    sender = own.group(1).lower()
    labels = env.rules.labels
    if sender in labels.things or (labels.suffix is not None and labels.suffix.fullmatch(sender)):
        return ""
    floor = max(0, lo - CHAT_LOOK_BACK)
    line_end = lo - 1
    while line_end > floor:
        line_lo = text.rfind("\n", floor, line_end) + 1
        head = _CHAT_SENDER.match(text, line_lo, line_end)
        if head is None:
            return ""  # the conversation ends above: no request in it
        message = text[head.end() : line_end].lower()
        found = list(words.finditer(message))
        if found and (len(message.split()) >= _MESSAGE_WORDS or message.rstrip().endswith("?")):
            return found[-1].group()  # a sentence asking for it, or a question of one word ("cpr?")
        line_end = line_lo - 1
    return ""


def _chat_asks_other_number(candidate: Candidate, env: Env, lo: int) -> bool:
    """The number is a whole chat message and the nearest question before it asks for another kind of number by a
    word naming it ("kan du give mig ordrenummeret?"); a message naming the identifier first ends the look."""
    text = env.text
    own = _CHAT_SENDER.fullmatch(text, lo, candidate.start) if lo >= 2 else None
    if own is None or _names_an_identifier(env, own.group(1)) or _names_other_number(own.group(1).lower(), "", env):
        return False  # "Personnr: 960714-8922" under "Anst.nr: 5744" is a record's key, no chat
    floor = max(0, lo - CHAT_LOOK_BACK)
    line_end = lo - 1
    while line_end > floor:
        line_lo = text.rfind("\n", floor, line_end) + 1
        head = _CHAT_SENDER.match(text, line_lo, line_end)
        if head is None:
            return False
        message = text[head.end() : line_end]
        if _names_an_identifier(env, message):
            return False  # a request for the identifier (chat_request)
        if message.rstrip().endswith("?"):
            return any(
                _names_other_number(word.rstrip(".").lower(), candidate.entity, env)
                for word in _WORD_RUN.findall(message)
            )
        line_end = line_lo - 1
    return False


def chat_answer(env: Env, lo: int, start: int) -> bool:
    """See :func:`chat_request`: the number answers a request for the identifier, its sender's or
    the requester's; the sender's name is no label of it."""
    return bool(chat_request(env, lo, start))


# Without a word naming it, a reading is doubtful when its holder would be very old (a CPR date of
# 1910 is what a dated serial "250710-0234" reads as) or not yet two (a personnummer of last month
# is what an invoice number "YYMMDD-NNNN" reads as).
_OLDEST_UNLABELLED = 105
_YOUNGEST_UNLABELLED = 2
# Danish and Finnish numbers carry no reliable century without context, so great age marks a serial.
_OLDEST_CHECKED = frozenset(s.name for s in CATALOGUE if s.national_id and s.country in {"DK", "FI"})


def implausible_age(candidate: Candidate, env: Env) -> bool:
    """No context word, and the birth date makes the holder 105 or older (CPR, HETU) or younger than two
    (personnummer): a date-prefixed serial or a random number, not a person's identifier."""
    if candidate.born is None or candidate.context.positive:
        return False
    age = (
        env.today.year
        - candidate.born.year
        - ((env.today.month, env.today.day) < (candidate.born.month, candidate.born.day))
    )
    if candidate.entity in _OLDEST_CHECKED:
        # A HETU's "+" is the 1800s: "210224+2746" without a word naming it is a Swedish centenarian's.
        return (
            age >= _OLDEST_UNLABELLED
            and not _birth_year_beside(env, candidate.start, candidate.born.year)
            and not _dead_on_line(env, candidate.start, candidate.end)
        )
    if candidate.entity == "SE_PERSONNUMMER":
        return age < _YOUNGEST_UNLABELLED
    return False


# A birth year after a word for "born" ("s. 1902" in Finnish, "f. 1919", "født 1919", "b. 1902"): a family tree's or an
# archive's way of giving the holder's age.
_BORN_IN_YEAR = regex(r"(?<![^\W\d_])(?:s|f|b|født|född|syntynyt|born)\.?[ \t]+(\d{4})(?!\d)", re.IGNORECASE)


def _birth_year_beside(env: Env, start: int, year: int) -> bool:
    """The number's line gives its birth year after a word for "born": the holder's age is stated, however great."""
    lo, hi = layout.line_bounds(env.text, start)
    if str(year) not in env.text[lo:hi]:
        return False  # the common case, decided without the pattern
    return any(int(m.group(1)) == year for m in _BORN_IN_YEAR.finditer(env.text, lo, hi))


# A word saying the holder is dead ("(arkiv, død)", "kuollut", "avliden", "deceased", "†"): a dead person's number
# is kept in archives and estates whatever the age it gives.
_DEAD = regex(
    r"(?<![^\W\d_])(?:død|døde|afdød|afdøde|död|döde|avliden|avlidne|kuollut|kuolleen|vainaja|deceased|dead)"
    r"(?![^\W\d_])|\u2020",
    re.IGNORECASE,
)


def _dead_on_line(env: Env, start: int, end: int) -> bool:
    """The number's line says its holder is dead."""
    lo, hi = layout.line_bounds(env.text, start)
    return _DEAD.search(env.text, lo, hi) is not None


SE_MOBILE = regex(r"07[02369]\d{7}(?!\d)")  # a Swedish mobile written as ten digits


def swedish_mobile(candidate: Candidate, env: Env) -> bool:
    """A plain ten-digit number of a Swedish mobile's shape ("0701234567") in a Swedish row or text,
    with no context word: the phone number, not a CPR or personnummer of someone born in 2007."""
    if candidate.context.positive or not SE_MOBILE.fullmatch(env.text[candidate.start : candidate.end]):
        return False
    return country.hint(env, candidate.start, candidate.end) == "sv"


# A person's name right before the number ("Anna Berg 8112189876", "Ulf af Klint, 5809238115"),
# particles included.
# Names are written with any Latin letter ("Siobhán Murphy", "Ewa Zielińska", "Łukasz Nowak").
_CAP = "[A-ZÀ-ÖØ-Þ\u0100-\u017f][a-zß-öø-ÿ\u0100-\u017f]"
_PARTICLE = "(?:af|von|van|der|de|da|di|du|le|la|del|al)"
# "Astrid Björk, Uppsala, 6602036938": a place or title after the name too.
_NAME_BEFORE = regex(
    rf"(?:^|[\s;,\t|(]){_CAP}+(?:[- ]{_CAP}+)*[ \t]+(?:{_PARTICLE}[ \t]+)?"
    # a surname of two letters only before a comma ("Oskar Ek, ...")
    rf"(?:{_CAP}{{2,}}|(?!(?:Nr|No|Id|Tf|Ex)\b){_CAP}(?=[ \t]*,))"
    rf"(?:,[ \t]*{_CAP}+)?[ \t]*[,;\t|(]?[ \t]*$"
)
# The holder's name after the number, ending the line or followed by another column (two spaces apart).
_NAME_AFTER = regex(
    rf"[ \t,;:-]+{_CAP}+(?:[- ]{_CAP}+|-[a-zæøåäöéü]+)*[ \t]+(?:{_PARTICLE}[ \t]+)?{_CAP}{{2,}}"
    r"(?:[ \t.]*$|[ \t]{2,}\S[^\n]*$)"
)
# What may stand before the number on a list line: nothing, a list mark or a time ("09:15  8104154474
# Ottilia Lindh  vaccination": a day list).
# A unified diff's "-"/"+" marker glued to a removed or added line opens it too ("-1705072377,Gullan Ljung").
_LIST_LEAD = regex(r"[ \t]*(?:(?:[-*\u2022]|\d{1,3}[.)]|\d{1,2}[:.]\d{2})[ \t]+)?|[-+]")


def listed_with_name(env: Env, start: int, end: int) -> bool:
    """The number opens a list line and its holder's name follows it ("2610105955  Ester Falk  Alvedon 665 mg")."""
    text = env.text
    lo, hi = layout.line_bounds(text, start)
    return _LIST_LEAD.fullmatch(text, lo, start) is not None and _NAME_AFTER.match(text, end, hi) is not None


_ID_WITH_ITS_FORM = regex(r"(?<![\w-])(?:\d{6}[-+]\d{4}|(?:19|20)\d{6}-?\d{4})(?![\w-])")


def bare_in_prose(candidate: Candidate, env: Env) -> bool:
    """Ten bare digits read as a personnummer in running text that nothing ties to a person: no
    context word, not a record field or table cell, no name right before it, no identifier written
    in its own form beside it. Such numbers are tracking, login and payment references ("Spåra med
    4504081102 hos PostNord"); a personnummer in prose is written with its "-" or its century."""
    if candidate.entity != "SE_PERSONNUMMER" or candidate.context.positive:
        return False
    text = env.text
    raw = text[candidate.start : candidate.end]
    if not (raw.isdigit() and len(raw) == 10):
        return False
    if "_" in text[candidate.start - 1 : candidate.start] + text[candidate.end : candidate.end + 1]:
        return False  # a file's name ("lönespec_5408253895.pdf"), not prose
    if fields.at(text, candidate.start, candidate.end, env.memo) is not None:
        return False
    lo, hi = layout.line_bounds(text, candidate.start)
    if layout.line_delimiter(text, lo, hi, env.memo) is not None or layout.header(
        text, candidate.start, candidate.end, env.memo
    ):
        return False  # a row of an export or a report's column
    if _NAME_BEFORE.search(text[max(lo, candidate.start - 60) : candidate.start]):
        return False
    if _LIST_LEAD.fullmatch(text, lo, candidate.start) and _NAME_AFTER.match(text, candidate.end, hi):
        return (
            False  # a list line "5010146990 Tommy Fält", "09:15  8104154474  Ottilia Lindh": the number and its holder
        )
    if _written_in_own_form_nearby(text, raw, candidate):
        return False  # "HR has 6501287889 ..." / "that's 196501287889 then": the same number in its own form
    return not any(not (m.start() <= candidate.start < m.end()) for m in _ID_WITH_ITS_FORM.finditer(text, lo, hi))


_OWN_FORM_REACH = 1500


def _written_in_own_form_nearby(text: str, raw: str, candidate: Candidate) -> bool:
    """The same ten digits stand nearby in the identifier's own form: with their century or a "-"
    ("6501287889" and "196501287889" or "650128-7889" in one thread)."""
    if candidate.born is None:
        return False
    century = f"{candidate.born.year // 100:02d}"
    dashed = f"{raw[:6]}-{raw[6:]}"
    lo = max(0, candidate.start - _OWN_FORM_REACH)
    hi = candidate.end + _OWN_FORM_REACH
    for form in (century + raw, century + dashed, dashed):
        at = text.find(form, lo, hi)
        while at >= 0:
            if not (at <= candidate.start < at + len(form)) and not text[at - 1 : at].isdigit():
                return True
            at = text.find(form, at + 1, hi)
    return False


FILTERS_BY_NAME: dict[str, Filter] = {
    f.name: f
    for f in (
        Filter("negative_context", negative_context),
        Filter("url_or_path", url_or_path, positional=True),
        Filter("phone_prefix", phone_prefix, positional=True),
        Filter("number_table", number_table),
        Filter("running_numbers", running_numbers),
        Filter("labelled_otherwise", labelled_otherwise),
        Filter("implausible_age", implausible_age),
        Filter("swedish_mobile", swedish_mobile),
        Filter("bare_in_prose", bare_in_prose),
        Filter("inside_longer_number", inside_longer_number, positional=True),
        Filter("payment_code", payment_code, positional=True),
    )
}

_ID_FILTERS = (
    "negative_context",
    "url_or_path",
    "phone_prefix",
    "implausible_age",
    "labelled_otherwise",
    "swedish_mobile",
    "bare_in_prose",
    "running_numbers",
    "number_table",
)

#: Which filters apply to which entity, in the order they run (cheap ones first).
FILTERS: dict[str, tuple[Filter, ...]] = {
    **{entity: tuple(FILTERS_BY_NAME[n] for n in _ID_FILTERS) for entity in NATIONAL_IDS},
    "PHONE_NUMBER": tuple(FILTERS_BY_NAME[n] for n in ("negative_context", "url_or_path")),
    "EMAIL_ADDRESS": (),
    "CREDIT_CARD": tuple(FILTERS_BY_NAME[n] for n in ("negative_context", "url_or_path", "payment_code")),
    "IBAN_CODE": (),
    "PHONE_NUMBER_NATIONAL": tuple(
        FILTERS_BY_NAME[n] for n in ("negative_context", "url_or_path", "inside_longer_number")
    ),
}


#: Filters of an entity not listed in :data:`FILTERS` (e.g. an identifier added to the catalogue).
DEFAULT_FILTERS: tuple[Filter, ...] = tuple(
    FILTERS_BY_NAME[n] for n in ("negative_context", "url_or_path", "phone_prefix")
)


def _positional_answers(candidate: Candidate, env: Env) -> dict[str, bool]:
    """The positional filters' answers for the candidate's span, asked once per span."""
    last = env.memo.get("positional")
    if last is None or last[0] != (candidate.start, candidate.end):
        last = ((candidate.start, candidate.end), {})
        env.memo["positional"] = last
    answers: dict[str, bool] = last[1]
    return answers


NO_CONTEXT = ContextHit((), (), False)


def rejected_where(entity: str, start: int, end: int, env: Env, kind: str | None = None) -> str | None:
    """The first POSITIONAL filter of ``entity`` (or ``kind``) that drops a number at [start, end), else
    None: asked before the number's context is read, since these answers do not depend on it (a
    recognizer that drops such a number early gives the findings :func:`rejected_by` would give)."""
    candidate = Candidate(entity, start, end, NO_CONTEXT)
    answers = _positional_answers(candidate, env)
    for f in FILTERS.get(kind or entity, DEFAULT_FILTERS):
        if f.positional:
            rejected = answers.get(f.name)
            if rejected is None:
                rejected = answers[f.name] = f.rejects(candidate, env)
            if rejected:
                return f.name
    return None


def rejected_by(candidate: Candidate, env: Env, kind: str | None = None) -> str | None:
    """The name of the first filter of the candidate's entity (or ``kind``) that drops it, else None."""
    answers = _positional_answers(candidate, env)
    for f in FILTERS.get(kind or candidate.entity, DEFAULT_FILTERS):
        if f.positional:
            rejected = answers.get(f.name)
            if rejected is None:
                rejected = answers[f.name] = f.rejects(candidate, env)
        else:
            rejected = f.rejects(candidate, env)
        if rejected:
            return f.name
    return None
