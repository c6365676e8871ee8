"""The record field a candidate is the value of, in machine-written text (exports, logs).

System exports put a record's fields side by side: ``<CPRNummer>...</CPRNummer><PNummer>1003821494
</PNummer>`` on one line, ``{"personnummer": "...", "lev_nr": "8301249614"}``, ``user=380924
case=1406158952``, a YAML block, an SQL ``INSERT``. There a number's own key or element name is its
label, and the words of the neighbouring fields belong to their own values: the positive word of
``<CPRNummer>`` says nothing about the number in ``<PNummer>``. Log lines (a line starting with a
timestamp) are records too: the words of the line above are another event's.

All look-ups are bounded (a few hundred characters around the candidate), so the cost per candidate
stays constant.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from pii_scanner.core.regex_cache import regex
from pii_scanner.detect import layout
from pii_scanner.detect.recognizers.base import Env, context_windows
from pii_scanner.detect.rules import key_form

_LOOK_BACK = 120
_PARENT_LOOK_BACK = 400  # how far back the enclosing object or element is looked for
_SQL_LOOK_BACK = 1_000_000  # an INSERT's column list, for the values of its rows (a dump's INSERT is long)
# An XML element's start tag right before its text: "<PNummer>", "<ns:CPR type='x'>"
_XML_OPEN = regex(r"<(?:[\w.-]+:)?([A-Za-z_][\w.-]*)(?:\s+[\w:.-]+\s*=\s*(?:\"[^\"<>]*\"|'[^'<>]*'))*\s*>\s*$")
_XML_CLOSE = regex(r"\s*</(?:[\w.-]+:)?([A-Za-z_][\w.-]*)\s*>")
# "key": "value" / "key": value (JSON), key="value" (an XML attribute or a log's key=value pair).
_JSON_KEY = regex(r"[\"']([^\"'\n]{1,60})[\"']\s*:\s*([\"']?)\s*$")
# key: "value" in a JavaScript or TypeScript object literal ({ orderId: "2610969065", ... }): the key unquoted.
_JS_KEY = regex(r"(?<=[{,])[ \t]*([A-Za-z_$][\w$]{0,40})[ \t]*:[ \t]*([\"'`])$")
_PAIR_KEY = regex(r"(?:^|(?<=[\s,;(\[{|&?]))([A-Za-z_][\w.\-]{0,40})\s*=\s*([\"']?)\s*$")
# key: value as the whole line, in a block of such lines (YAML, a printed record).
_LINE_KEY = regex(r"[ \t]*(?:-[ \t]+)?([A-Za-z_ÆØÅÄÖæøåäö][\w.\- ]{0,40}?)[ \t]*:[ \t]*([\"']?)[ \t]*$")
_KEY_VALUE_LINE = regex(r"[ \t]*(?:-[ \t]+)?[A-Za-z_ÆØÅÄÖæøåäö][\w.\- ]{0,40}?[ \t]*:[ \t]*\S")
# "key - value" as the whole line, in a block of such lines (a record printed by a form tool).
_DASH_KEY = regex(r"[ \t]*([A-Za-z_ÆØÅÄÖæøåäö][\w. ]{0,40}?)[ \t]+-[ \t]+()$")
_DASH_KEY_VALUE_LINE = regex(r"[ \t]*[A-Za-z_ÆØÅÄÖæøåäö][\w. ]{0,40}?[ \t]+-[ \t]+\S")
# SQL: INSERT INTO t (a, b, c) VALUES ('x', 'y', 'z')
_INSERT = regex(r"insert\s+into\s+[\w.`\"\[\]]+\s*\(([^()]{1,600})\)\s*values\s*", re.IGNORECASE)
# A log record: the line starts with a date and time ("2020-03-15 10:42:13", "15/03/2020 10:42", "Mar 15 10:42:13")
_LOG_LINE = regex(
    r"[ \t]*\[?(?:\d{4}-\d\d-\d\d[T ]\d\d:\d\d|\d\d[./-]\d\d[./-]\d{4}[ T]\d\d:\d\d|[A-Z][a-z]{2} [ \d]\d \d\d:\d\d)"
)
_CAMEL = regex(r"(?<=[a-zæøåäö])(?=[A-ZÆØÅÄÖ])|(?<=[A-ZÆØÅÄÖ])(?=[A-ZÆØÅÄÖ][a-zæøåäö]{2})")


@dataclass(frozen=True, slots=True)
class Field:
    """The key of the record field a candidate is the whole value of, as written."""

    key: str
    kind: str  # "xml", "json", "pair", "line", "sql", "cell" (a delimited row's cell under its header)
    parent: str | None = None  # the enclosing object or element ("ordre" of {"ordre": {"id": ...}})
    columns: tuple[str, ...] = ()  # a SQL row's column names, its own among them
    loose: bool = False  # the parent is a word before a bare key ("request id="), not a pair or element

    @property
    def words(self) -> str:
        """The key as words: "CPRNummer" -> "CPR Nummer", "lev_nr" -> "lev nr", "X-PERSONNUMMER" ->
        "PERSONNUMMER" (the "X-" of a vCard or mail header's own extension property names nothing)."""
        key = self.key[2:] if self.key[:2] in ("X-", "x-") and len(self.key) > 2 else self.key
        return " ".join(_CAMEL.sub(" ", key).replace("_", " ").split())


def _xml(text: str, start: int, end: int, head: str) -> Field | None:
    m = _XML_OPEN.search(head)
    if m is None:
        return None
    close = _XML_CLOSE.match(text, end, end + 80)
    if close is None or close.group(1) != m.group(1):
        return None
    return Field(m.group(1), "xml", _xml_parent(text, start - len(head) + m.start()))


_TAG = regex(r"<(/?)(?:[\w.-]+:)?([A-Za-z_][\w.-]*)[^<>]*?(/?)>")


def _xml_parent(text: str, tag_start: int) -> str | None:
    """The name of the element enclosing the start tag at ``tag_start``."""
    found = _xml_parent_tag(text, tag_start)
    return None if found is None else found.group(2)


def _xml_parent_tag(text: str, tag_start: int) -> re.Match[str] | None:
    """The start tag of the element enclosing the start tag at ``tag_start``."""
    depth = 0
    for m in reversed(list(_TAG.finditer(text, max(0, tag_start - _PARENT_LOOK_BACK), tag_start))):
        if m.group(3):
            continue  # an empty element
        if m.group(1):
            depth += 1
        elif depth:
            depth -= 1
        else:
            return m
    return None


_OPEN_TAG_NAME = regex(r"<(?:[\w.-]+:)?([A-Za-z_][\w.-]*)\s[^<>]*$")


def _tag_of(text: str, key_at: int) -> str | None:
    """The element whose start tag holds the attribute at ``key_at`` (<Ansat nr="...">), else None."""
    m = _OPEN_TAG_NAME.search(text, max(0, key_at - _LOOK_BACK), key_at)
    return m.group(1) if m is not None else None


_OBJECT_KEY = regex(r"[\"']([^\"'\n]{1,60})[\"']\s*:\s*$")


def _json_parent(text: str, key_start: int) -> str | None:
    """The key of the JSON object holding the key at ``key_start`` ({"ordre": {"id": ...}})."""
    depth = 0
    floor = max(0, key_start - _PARENT_LOOK_BACK)
    pos = key_start
    while pos > floor:
        pos -= 1
        ch = text[pos]
        if ch in "}]":
            depth += 1
        elif ch in "{[":
            if depth:
                depth -= 1
            elif ch == "{":
                m = _OBJECT_KEY.search(text, max(floor, pos - 80), pos)
                return m.group(1) if m is not None else None
            else:
                return None
    return None


def _quoted(text: str, end: int, quote: str) -> int | None:
    """Offset after the value's closing quote (and spaces), or None when the value goes on."""
    if not quote:
        return end
    pos = end
    while pos < len(text) and text[pos] in " \t":
        pos += 1
    return pos + 1 if text.startswith(quote, pos) else None


_VALUE_END = frozenset(",;}])&|\r\n\t ")


def _ends_value(text: str, pos: int) -> bool:
    return pos >= len(text) or text[pos] in _VALUE_END or text.startswith("/>", pos) or text[pos] == ">"


# Keys that say only "number": read with the pair before them on the line ("job=natlig-import id=...").
_BARE_KEYS = frozenset(("id", "nr", "no", "num", "nummer", "number"))
_PAIR_BEFORE = regex(r"(?:^|(?<=[\s,;(\[{|&?]))([A-Za-z_][\w.\-]{0,40})=[^\s=]*[ \t,;&]+$")


def _previous_pair(text: str, key_at: int) -> str | None:
    """The key of the ``key=value`` pair right before the one at ``key_at`` on its line: in
    "job=natlig-import id=0511205662" the id is the job's."""
    lo, _ = layout.line_bounds(text, key_at)
    m = _PAIR_BEFORE.search(text, max(lo, key_at - _LOOK_BACK), key_at)
    return m.group(1) if m is not None else None


# A lower-case word right before a bare key, one space between: "request id=2203281312" is the request's id, as
# "request_id=" would be.
_WORD_BEFORE_KEY = regex(r"(?:^|(?<=\s))([a-zæøåäö]{3,20})[ \t]$")


def _word_before_key(text: str, key_at: int) -> str | None:
    lo, _ = layout.line_bounds(text, key_at)
    m = _WORD_BEFORE_KEY.search(text, max(lo, key_at - 25), key_at)
    return m.group(1) if m is not None else None


def _json_or_pair(text: str, start: int, end: int, head: str) -> Field | None:
    for pattern, kind in ((_JSON_KEY, "json"), (_PAIR_KEY, "pair")):
        m = pattern.search(head)
        if m is None:
            continue
        after = _quoted(text, end, m.group(2))
        if after is None or not _ends_value(text, after):
            return None
        key_at = start - len(head) + m.start()
        key = m.group(1).strip()
        if kind == "json":
            parent = _json_parent(text, key_at)
        else:
            parent = _tag_of(text, key_at)
            if parent is None and key.lower() in _BARE_KEYS:
                parent = _previous_pair(text, key_at)
                if parent is None:
                    parent = _word_before_key(text, key_at)
                    return Field(key, kind, parent, loose=parent is not None)
        return Field(key, kind, parent)
    m = _JS_KEY.search(head) if head[-1:] in "\"'`" else None
    if m is not None:
        after = _quoted(text, end, m.group(2))
        if after is not None and _ends_value(text, after):
            return Field(m.group(1), "json", None)
    return None


def _line(text: str, start: int, end: int, lo: int, hi: int, dash: bool = False) -> Field | None:
    m = (_DASH_KEY if dash else _LINE_KEY).match(text, lo, start)
    if m is None or m.end() != start:
        return None
    after = _quoted(text, end, m.group(2))
    if after is None or text[after:hi].strip():
        return None
    # One "key: value" line in a letter is a label ("CPR: ..."); a block of them is a record.
    neighbours = [layout.line_bounds(text, lo - 1)] if lo else []
    if hi < len(text):
        neighbours.append(layout.line_bounds(text, hi + 1))
    block = _DASH_KEY_VALUE_LINE if dash else _KEY_VALUE_LINE
    for n_lo, n_hi in neighbours:
        if n_hi > n_lo and block.match(text, n_lo, n_hi):
            key = m.group(1).strip()
            parent = _indented_parent(text, lo) if key.lower() in _BARE_KEYS and not dash else None
            return Field(key, "line", parent)
    return None


_PARENT_KEY = regex(r"([ \t]*)([A-Za-z_ÆØÅÄÖæøåäö][\w.\-]{0,40})[ \t]*:[ \t]*$")
_PARENT_LINES = 12  # lines looked back for the mapping's key


def _indented_parent(text: str, lo: int) -> str | None:
    """The key of the mapping an indented "key: value" line belongs to (YAML: "konto:" above "  nr: ..."): the
    nearest line above, less indented, that is a key alone. None at the top level."""
    own_line = text[lo : layout.line_bounds(text, lo)[1]]
    indent = len(own_line) - len(own_line.lstrip(" \t"))
    if not indent:
        return None
    cursor = lo
    for _ in range(_PARENT_LINES):
        if cursor == 0:
            return None
        p_lo, p_hi = layout.line_bounds(text, cursor - 1)
        line = text[p_lo:p_hi]
        own = len(line) - len(line.lstrip(" \t"))
        if line.strip() and own < indent:
            m = _PARENT_KEY.fullmatch(line.rstrip("\r"))
            return m.group(2) if m is not None else None
        cursor = p_lo
    return None


def _last_insert(text: str, start: int, memo: dict[str, Any] | None) -> int:
    """Offset of the "INSERT"/"insert" whose statement is still open at ``start`` (within
    ``_SQL_LOOK_BACK``; a ";" at a line end closes it), or -1.

    Candidates come in text order: ``memo`` keeps how far the text was searched, so a dump's long
    multi-row INSERT is searched once, not once per value."""
    floor = max(0, start - _SQL_LOOK_BACK)
    last = memo.get("insert") if memo is not None else None
    current = -1
    if last is not None and floor <= last[0] <= start:
        floor, current = last
    hit = max(text.rfind("INSERT", floor, start), text.rfind("insert", floor, start))
    closed = max(text.rfind(";\n", floor, start), text.rfind(";\r\n", floor, start))
    if hit > closed:
        current = hit
    elif closed >= 0:
        current = -1
    if memo is not None:
        memo["insert"] = (start, current)
    return current


def _sql(text: str, start: int, end: int, memo: dict[str, Any] | None = None) -> Field | None:
    """A value in an INSERT's VALUES list: the column at the same position names it."""
    cut = _last_insert(text, start, memo)
    if cut < 0:
        return None
    m = _INSERT.match(text, cut)
    if m is None or m.end() > start:
        return None
    # The row: from the last "(" before the value to it; count the values before it.
    row_start = text.rfind("(", m.end() - 1, start)
    if row_start < 0:
        return None
    before = text[row_start + 1 : start]
    if before.count("(") or before.count(")"):
        return None
    quote = before[-1:] if before[-1:] in "'\"" else ""
    after = _quoted(text, end, quote)
    if after is None or not _ends_value(text, after):
        return None
    index = _value_index(before)
    columns = [c.strip(' `"[]\t\n') for c in m.group(1).split(",")]
    if index >= len(columns):
        return None
    return Field(columns[index], "sql", columns=tuple(columns))


# PostgreSQL's dump: "COPY public.kund (kund_id, namn, personnr) FROM stdin;", then one row per line, its
# values set apart by tabs, up to a line "\.".
_COPY = regex(r"COPY\s+[\w.\"]+\s*\(([^()]{1,600})\)\s+FROM\s+stdin;", re.IGNORECASE)
_COPY_FROM = "FROM stdin;"
_COPY_END = "\n\\."


def _open_copy(text: str, start: int, memo: dict[str, Any] | None) -> int:
    """Offset of the "FROM stdin;" whose data block is still open at ``start`` (within ``_SQL_LOOK_BACK``),
    or -1. As for INSERTs, ``memo`` keeps how far the text was searched (rows come in text order)."""
    floor = max(0, start - _SQL_LOOK_BACK)
    last = memo.get("copy") if memo is not None else None
    current = -1
    if last is not None and floor <= last[0] <= start:
        floor, current = max(floor, last[0] - len(_COPY_FROM)), last[1]
    hit = text.rfind(_COPY_FROM, floor, start)
    closed = text.rfind(_COPY_END, floor, start)
    if hit > closed:
        current = hit
    elif closed >= 0:
        current = -1
    if memo is not None:
        memo["copy"] = (start, current)
    return current


def _copy_row(text: str, start: int, end: int, memo: dict[str, Any] | None) -> Field | None:
    """A whole value of a row in a COPY ... FROM stdin block: the column at its place names it."""
    hit = _open_copy(text, start, memo)
    if hit < 0:
        return None
    lo, hi = layout.line_bounds(text, start)
    if lo <= hit:
        return None
    head = text.rfind("\n", max(0, hit - 700), hit)
    m = _COPY.search(text, head + 1, hit + len(_COPY_FROM))
    if m is None or m.end() != hit + len(_COPY_FROM):
        return None
    cell_lo = text.rfind("\t", lo, start) + 1 or lo
    close = text.find("\t", end, hi)
    if cell_lo != start or (close if close >= 0 else hi) != end:
        return None
    columns = [c.strip(' "\t\n') for c in m.group(1).split(",")]
    index = text.count("\t", lo, start)
    if index >= len(columns):
        return None
    return Field(columns[index], "sql", columns=tuple(columns))


def _value_index(before: str) -> int:
    """How many values (commas outside quotes) come before the current one in a VALUES row."""
    count = 0
    quote = ""
    for ch in before:
        if quote:
            if ch == quote:
                quote = ""
        elif ch in "'\"":
            quote = ch
        elif ch == ",":
            count += 1
    return count


# Keys and elements that name no field, only markup or a generic slot (an HTML cell, a plist's
# <string>, {"key": "cpr", "value": ...}): the text around them is the number's context, as in prose.
_MARKUP_TAGS = frozenset(
    [
        "td",
        "th",
        "tr",
        "p",
        "span",
        "div",
        "li",
        "b",
        "i",
        "u",
        "em",
        "strong",
        "font",
        "a",
        "pre",
        "code",
        "dd",
        "dt",
        "label",
        "option",
    ]
)
_GENERIC_KEYS = frozenset(
    ["cell", "data", "value", "val", "values", "string", "text", "content", "item", "entry", "field", "v"]
)


def field_of(text: str, start: int, end: int, memo: dict[str, Any] | None = None) -> Field | None:
    """The field ``text[start:end]`` is the whole value of, or None in running text (also for a
    generic key such as an HTML ``<td>`` or a ``"value"``)."""
    found = _field_of(text, start, end, memo)
    if found is not None and (
        found.key.lower() in _GENERIC_KEYS or (found.kind == "xml" and found.key.lower() in _MARKUP_TAGS)
    ):
        return None
    return found


# An HL7 v2 segment: three capitals, then fields set apart by "|", components by "^" ("PID|1||...").
_HL7_SEGMENT = regex(r"[A-Z][A-Z0-9]{2}\|")
# The standard's names of fields that hold numbers of messages, orders and visits (HL7 v2.5): keys
# naming another kind of number. A field not listed is named by its place ("OBX-5"), which names nothing.
HL7_FIELDS = {
    # Date/time fields (HL7 data type TS/DTM, "202112010950"): keys naming a time
    "MSH-7": "message date time",
    "EVN-2": "recorded date time",
    "EVN-6": "event occurred time",
    "ORC-9": "transaction date time",
    "ORC-15": "order effective date time",
    "OBR-6": "requested date time",
    "OBR-7": "observation date time",
    "OBR-8": "observation end date time",
    "OBR-14": "specimen received date time",
    "OBR-22": "results report date time",
    "OBX-14": "observation date time",
    "OBX-19": "analysis date time",
    "PV1-44": "admit date time",
    "PV1-45": "discharge date time",
    "SPM-17": "specimen collection date time",
    "SPM-18": "specimen received date time",
    "TXA-4": "activity date time",
    "MSH-10": "message control id",
    "MSH-13": "sequence number",
    "ORC-2": "placer order number",
    "ORC-3": "filler order number",
    "ORC-4": "placer group number",
    "OBR-2": "placer order number",
    "OBR-3": "filler order number",
    "OBR-18": "placer field",
    "OBR-20": "filler field",
    "PV1-19": "visit number",
    "PID-18": "patient account number",
    "SPM-2": "specimen id",
    "TXA-12": "document number",
}


# Identifier type codes (HL7 table 0203, a CX field's fifth component, "9707045028^^^RS^MR") of numbers that are
# no person's national identifier. PN, NI, SS and NNxxx name one; the assigning authority then keys the value.
HL7_ID_TYPES = {
    "MR": "medical record number",
    "PI": "patient internal number",
    "AN": "account number",
    "VN": "visit number",
    "EI": "employee number",
    "PPN": "passport number",
    "DL": "driver license number",
}


def _hl7(text: str, start: int, end: int) -> Field | None:
    """A number that is the first component of a field of an HL7 v2 segment: its key is the field's
    assigning authority when one is given ("1106700292^^^CPR"), else the field's name in the standard
    ("MSH-10" is the message control id), else its place ("PID-3")."""
    lo, hi = layout.line_bounds(text, start)
    # A field's first value, or a repetition after "~" ("195405243212^^^SE^PN~9707045028^^^RS^MR")
    if _HL7_SEGMENT.match(text, lo) is None or text[start - 1 : start] not in ("|", "~"):
        return None
    close = text.find("|", end, hi)
    value = text[end : hi if close < 0 else close].rstrip("\r")
    if value[:1] not in ("", "^", "~"):
        return None
    segment = text[lo : lo + 3]
    place = text.count("|", lo, start) + (segment == "MSH")  # MSH-1 is the field separator itself
    name = f"{segment}-{place}"
    components = value.split("~")[0].split("^")
    if len(components) > 4 and components[4] in HL7_ID_TYPES:
        return Field(HL7_ID_TYPES[components[4]], "hl7", segment)
    authority = next((c for c in components if c.isalpha()), None)
    return Field(authority or HL7_FIELDS.get(name, name), "hl7", segment)


# psql's expanded display ("\\x"): a record per "-[ RECORD 1 ]-+-----" line, then one "column | value" line per
# field. The column names the value as a record's key does.
_PSQL_RECORD = "-[ RECORD "
_PSQL_FIELD = regex(r"[ \t]*([A-Za-z_][\w.-]{0,60}?)[ \t]*\|[ \t]*")
_PSQL_LINES = 60


def _psql_field(text: str, start: int, end: int) -> Field | None:
    lo, hi = layout.line_bounds(text, start)
    if _PSQL_FIELD.fullmatch(text, lo, start) is None or text[end:hi].strip():
        return None
    record = text.rfind(_PSQL_RECORD, max(0, lo - _PSQL_LINES * 80), lo)
    if record < 0 or "\n\n" in text[record:lo]:
        return None
    m = _PSQL_FIELD.match(text, lo)
    return Field(m.group(1), "line") if m is not None else None


# SQL's "column IN (v1, v2, ...)": each value of the list is the column's ("WHERE fakturanr IN (..., ...)").
_SQL_IN_LIST = regex(
    r"(?i)(?<![\w.])(?:[A-Za-z_]\w*\.)?([A-Za-z_]\w{0,60})[ \t]+(?:not[ \t]+)?in[ \t]*\("
    r"(?:[ \t]*'?[\w-]{1,40}'?[ \t]*,)*[ \t]*'?$"
)


def _sql_in_list(text: str, start: int, end: int) -> Field | None:
    m = _SQL_IN_LIST.search(text, max(0, start - _LOOK_BACK * 4), start)
    if m is None:
        return None
    quote = "'" if text[start - 1 : start] == "'" else ""
    after = _quoted(text, end, quote)
    if after is None:
        return None
    while after < len(text) and text[after] in " \t":
        after += 1
    return Field(m.group(1), "sql") if text[after : after + 1] in (",", ")") else None


def _field_of(text: str, start: int, end: int, memo: dict[str, Any] | None) -> Field | None:
    head = text[max(0, start - _LOOK_BACK) : start]
    mark = head.rstrip(" \t")[-1:]
    if mark in ("|", "~") and head.endswith(mark):
        found = _hl7(text, start, end)
        if found is not None:
            return found
    if mark == "|" and head.endswith((" ", "\t", "|")):
        found = _psql_field(text, start, end)
        if found is not None:
            return found
    if mark == ">":
        return _xml(text, start, end, head)
    if mark in ('"', "'", "=", ":"):
        found = _json_or_pair(text, start, end, head)
        if found is not None:
            return found
        if mark != "=":
            lo, hi = layout.line_bounds(text, start)
            found = _line(text, start, end, lo, hi)
            if found is not None:
                return found
    if mark in ("'", '"', "(", ","):
        return _sql(text, start, end, memo) or _sql_in_list(text, start, end)
    if mark == "-" and head.endswith(" "):
        lo, hi = layout.line_bounds(text, start)
        return _line(text, start, end, lo, hi, dash=True)
    if head[-1:] in ("\t", "\n", "") and _has_copy(text, memo):
        return _copy_row(text, start, end, memo)
    if head[-1:] in (" ", "\t", "\n", "") and _has_block(text, memo, "has_spss", _SPSS_BEGIN):
        return _spss_row(text, start, end)
    return None


# SPSS syntax: "DATA LIST FREE / id (F8) cpr (A10) koen (F1).", then "BEGIN DATA", rows of values set apart by
# blanks in the list's order, "END DATA.": the variable at a value's place names it.
_SPSS_BEGIN = "BEGIN DATA"
_SPSS_LIST = regex(r"DATA\s+LIST\b[^/\n]*/([^.]{1,600})\.\s*BEGIN\s+DATA\s*$", re.IGNORECASE)
_SPSS_VARIABLE = regex(r"([A-Za-z@#$][\w.@#$]*)(?:\s*\([^()]*\)|\s+\d+(?:\s*-\s*\d+)?)?")
_SPSS_LOOK_BACK = 20_000


# Memo entries that answer for the whole text (each holds the text it was found for): a long text's
# chunks hand them on (Engine._scan_all), so the text is searched for the marker once, not per chunk.
TEXT_FACTS = ("has_copy", "has_spss")


def _has_block(text: str, memo: dict[str, Any] | None, key: str, marker: str) -> bool:
    known = memo.get(key) if memo is not None else None
    if known is not None and known[0] is text:
        return bool(known[1])
    found = marker in text
    if memo is not None:
        memo[key] = (text, found)
    return found


def _spss_row(text: str, start: int, end: int) -> Field | None:
    """A whole value of a row between BEGIN DATA and END DATA: the DATA LIST variable at its place names it."""
    floor = max(0, start - _SPSS_LOOK_BACK)
    begin = text.rfind(_SPSS_BEGIN, floor, start)
    if begin < 0 or text.find("END DATA", begin, start) >= 0:
        return None
    lo, hi = layout.line_bounds(text, start)
    if lo <= begin:
        return None
    if start < hi and not (end == hi or text[end] in " \t\r"):
        return None
    head_lo = max(floor, begin - 800)
    found = list(_SPSS_LIST.finditer(text, head_lo, begin + len(_SPSS_BEGIN)))
    m = found[-1] if found else None
    if m is None or m.end() != begin + len(_SPSS_BEGIN):
        return None
    names = [v.group(1) for v in _SPSS_VARIABLE.finditer(m.group(1))]
    if any(name.upper() == "TO" for name in names):
        return None  # "v1 TO v9": the names are not written out
    index = len(text[lo:start].split())
    return Field(names[index], "sql", columns=tuple(names)) if index < len(names) else None


def _has_copy(text: str, memo: dict[str, Any] | None) -> bool:
    """The text holds a COPY data block at all (looked for once per text)."""
    known = memo.get("has_copy") if memo is not None else None
    if known is not None and known[0] is text:
        return bool(known[1])
    found = _COPY_FROM in text
    if memo is not None:
        memo["has_copy"] = (text, found)
    return found


def _cell(text: str, start: int, end: int, memo: dict[str, Any]) -> Field | None:
    """A delimited row's cell holding just the number, under a column header: the header is its key
    and the other cells of the row (a department "Løn", a name) are other fields."""
    record = layout.quoted_record(text, start, end, memo)
    if record is not None:
        # a quoted CSV's record spanning lines (an address cell with line breaks): its cell under the header's
        if text[record.cell_lo : start].strip(" \t\"'") or text[end : record.cell_hi].strip(" \t\"'\r"):
            return None
        head = record.header[record.index]
        return Field(head, "cell") if head else None
    lo, hi = layout.line_bounds(text, start)
    delim = layout.line_delimiter(text, lo, hi, memo)
    if delim is None:
        return None
    cell_lo = text.rfind(delim, lo, start) + 1 or lo
    cell_hi = text.find(delim, end, hi)
    if text[cell_lo:start].strip(" \t\"'") or text[end : hi if cell_hi < 0 else cell_hi].strip(" \t\"'\r"):
        return None
    header = layout.header(text, start, end, memo)
    return Field(header, "cell") if header else None


def at(text: str, start: int, end: int, memo: dict[str, Any]) -> Field | None:
    """The field (:func:`field_of`) or headed table cell the candidate is, kept for the
    candidate's place (every reading asks for it)."""
    key = (start, end)
    last = memo.get("field")
    if last is not None and last[0] == key:
        found: Field | None = last[1]
        return found
    found = field_of(text, start, end, memo) or _cell(text, start, end, memo)
    memo["field"] = (key, found)
    return found


def label(env: Env, start: int, end: int, found: Field | None) -> str | None:
    """The column header that labels the candidate (see ``context_around``'s ``label``). A machine
    header is read as words too, as a record's key is: "modtager_cpr" names a CPR."""
    if found is None:
        header = layout.header(env.text, start, end, env.memo)
    else:
        header = found.key if found.kind == "cell" else None
    if header and ("_" in header or _CAMEL.search(header) is not None):
        words = Field(header, "cell").words
        if words != header:
            return f"{words} {header}"
    if header and "-" in header:
        # The last part of a hyphenated compound names the thing ("Ejer-cpr": the owner's CPR); the
        # context words are read as whole words, not after a "-".
        return f"{header.replace('-', ' ')} {header}"
    return header


_HEADING_LINES = 60  # "key: value" lines looked up for the heading of their block
# A key that is a person's name, one or two capitalised words ("Carsten", "Anna Berg"): a list of people.
_NAME_KEY = regex(r"[A-ZÆØÅÄÖ][a-zæøåäöé]+(?: [A-ZÆØÅÄÖ][a-zæøåäöé]+)?")
# A heading is words: no value of its own (a number of six digits or more).
_HEADING_VALUE = regex(r"\d{6}")


def block_heading(env: Env, start: int) -> str:
    """The heading right above the block of "key: value" lines the candidate's line belongs to, when it
    is words (no number of its own) and names an identifier ("Vuggestuen ... - børnenes cpr-numre" over
    "Carsten: 0105186139", "Liva: ..."): it names every value of the block as a column header names its
    cells. "" otherwise (no heading, a blank line between, or a heading naming no identifier)."""
    words = env.rules.id_words
    if words is None:
        return ""
    text = env.text
    lo, _ = layout.line_bounds(text, start)
    for _ in range(_HEADING_LINES):
        if lo == 0:
            return ""
        p_lo, p_hi = layout.line_bounds(text, lo - 1)
        if not _KEY_VALUE_LINE.match(text, p_lo, p_hi):
            line = text[p_lo:p_hi].strip()
            if not line or _HEADING_VALUE.search(line) is not None or words.search(line.lower()) is None:
                return ""
            return line
        lo = p_lo
    return ""


def log_line_start(text: str, start: int) -> int | None:
    """Start of the candidate's line when it is a log record (starts with a timestamp), else None."""
    lo, _ = layout.line_bounds(text, start)
    return lo if _LOG_LINE.match(text, lo, start) else None


_GAP = "  "  # the gap between two cells of a report aligned with spaces

# A person's directory entry (LDIF: "dn: uid=...,ou=people" or "cn=" above, no blank line between) and an
# employee-number attribute in it holding a number written in a national identifier's own form.
_DIRECTORY_DN = re.compile(r"(?:^|\n)dn:[^\n]*\b(?:cn|uid)=", re.IGNORECASE)
_EMPLOYEE_KEYS = frozenset(("employeenumber", "employeeid"))
_OWN_FORM = re.compile(r"\d{6}[-+]\d{4}|(?:19|20)\d{6}-\d{4}")
_ENTRY_LOOK_BACK = 2_000


def employee_attribute_in_own_form(text: str, start: int, end: int, found: Field | None) -> bool:
    """``employeeNumber: 070761-4285`` in a person's directory entry: an employer that numbers its staff
    by their CPR or personnummer. RFC 2798 leaves the value to the employer; a value written in the
    identifier's own form (its separator, a valid date, the check digit: asked by the readings) is the
    person's identifier, not a running number (those are written as plain digits and stay employee numbers)."""
    if found is None or found.kind != "line" or key_form(found.key) not in _EMPLOYEE_KEYS:
        return False
    if _OWN_FORM.fullmatch(text, start, end) is None:
        return False
    floor = max(0, start - _ENTRY_LOOK_BACK)
    blank = text.rfind("\n\n", floor, start)
    return _DIRECTORY_DN.search(text, blank + 1 if blank >= 0 else floor, start) is not None


def windows(env: Env, start: int, end: int, found: Field | None) -> tuple[str, str]:
    """The context windows of a candidate: a field's own key only; in a log record, the line only;
    elsewhere the sentence around (:func:`context_windows`)."""
    told = declared(env, start, end).words
    if told:
        # A scheme or type field beside the value names it ("NIDN", "idType": "PERSONNUMMER"), as its
        # own label; a generic key ("value") says nothing more.
        key = "" if found is None or found.kind == "cell" else f" {found.words} {found.key}"
        return f"{told}{key}: ", ""
    if found is not None:
        if found.kind == "cell":
            return "", ""  # the header comes as the label
        if employee_attribute_in_own_form(env.text, start, end, found):
            return "", ""  # the employer's key names no kind of its own here
        # As words and as written: "dkCprNumber" names a CPR ("cpr number"); the key as written stands
        # nearer, so "MedarbejderNummer" stays an employee number ("medarbejdernummer"), not a
        # "medarbejder"'s identifier.
        words = found.words
        own = f"{words} {found.key}: " if words != found.key else f"{found.key}: "
        if found.kind == "line" and _NAME_KEY.fullmatch(found.key):
            heading = block_heading(env, start)
            if heading:
                return f"{heading}\n{own}", ""
        return own, ""
    before, after = context_windows(env, start, end)
    if _GAP in after:
        lo, hi = layout.line_bounds(env.text, start)
        if layout.line_delimiter(env.text, lo, hi, env.memo) is None and layout.header(env.text, start, end, env.memo):
            # A cell of a report aligned with spaces, under its column's header: the words of the
            # cells after it (two spaces or more away) are other fields ("0612121635      Løn Jakob
            # Holm" under "Bilagsnr."). A label before it on its line stays its label.
            after = after[: after.find(_GAP)]
    if "\n" in before:  # the window reaches the line above: not when the line is a log record
        first = log_line_start(env.text, start)
        if first is not None and start - len(before) < first:
            before = env.text[first:start]
    return _unglued(before), after


# A lower-case letter followed by a capital inside one run of letters: words glued by text taken out of a PDF
# without its spaces ("AnsøgningomboligstøtteCPR:2907560115").
_GLUED_WORDS = regex(r"(?<=[a-zæøåäö])(?=[A-ZÆØÅÄÖ])")
_SHORTEST_GLUED = 8


def _unglued(before: str) -> str:
    """The window before a number with the run of characters touching the number split where its words were glued
    (a lower-case letter, then a capital): "...støtteCPR:" reads "...støtte CPR:", so the label is seen."""
    cut = max(before.rfind(" "), before.rfind("\n"), before.rfind("\t")) + 1
    token = before[cut:]
    if len(token) < _SHORTEST_GLUED or _GLUED_WORDS.search(token) is None:
        return before
    return before[:cut] + _GLUED_WORDS.sub(" ", token)


# --- what the fields beside a value declare about it -----------------------------------------------
# A record often says what its number is in a field of its own next to it: ISO 20022 puts the scheme
# after the value (<Othr><Id>...</Id><SchmeNm><Cd>NIDN</Cd></SchmeNm></Othr>), a JSON document has
# {"type": "NATIONAL_ID", "issuer": "SE", "value": ...}, an element an attribute (<Id type="CPR">), a
# guest list a nationality column. Keys are `descriptor_keys` in recognizers/labels.yaml.


@dataclass(frozen=True, slots=True)
class Declared:
    """What the descriptor fields beside a value say: words naming it, the country it belongs to (a
    language code, None when no field or two different ones name one) and the key it stands under."""

    words: str = ""
    country: str | None = None
    key: str = ""


_NOTHING = Declared()
_ATTRIBUTE = re.compile(r"([\w:.-]+)\s*=\s*(?:\"([^\"<>]*)\"|'([^'<>]*)')")
_MARKUP = re.compile(r"<[^<>]*>")
_JSON_PAIR = re.compile(r"[\"']([^\"'\n]{1,40})[\"']\s*:\s*[\"']([^\"'\n]{0,60})[\"']")
_VALUE_WORD = re.compile(r"[^\W_]+")
_CELL_WORD = re.compile(r"\S+")
_DESCRIPTOR_VALUE = 60  # longer text beside a value is no code or country


def _xml_descriptors(text: str, start: int, end: int, head: str, keys: frozenset[str]) -> list[tuple[str, str]]:
    """(key, value) of the value's own start tag's attributes and of its sibling elements (their text)."""
    m = _XML_OPEN.search(head)
    if m is None:
        return []
    found: list[tuple[str, str]] = []
    tag_at = start - len(head) + m.start()
    for attr in _ATTRIBUTE.finditer(text, tag_at, start):
        name = attr.group(1).rsplit(":", 1)[-1]
        if key_form(name) in keys:
            found.append((name, attr.group(2) if attr.group(2) is not None else attr.group(3)))
    parent = _xml_parent_tag(text, tag_at)
    if parent is None:
        return found
    close = re.compile(rf"</(?:[\w.-]+:)?{re.escape(parent.group(2))}\s*>").search(text, end, end + _PARENT_LOOK_BACK)
    hi = close.start() if close is not None else min(len(text), end + _PARENT_LOOK_BACK)
    depth = 0
    for tag in _TAG.finditer(text, parent.end(), hi):
        if tag.group(3):
            continue  # an empty element
        if tag.group(1):
            depth -= 1
            continue
        depth += 1
        if depth != 1 or tag.start() == tag_at or key_form(tag.group(2)) not in keys:
            continue  # a child of a sibling ("<Cd>" inside "<SchmeNm>" is read as its text), or no descriptor
        own = re.compile(rf"</(?:[\w.-]+:)?{re.escape(tag.group(2))}\s*>").search(text, tag.end(), hi)
        if own is None or tag.start() < start < own.start():
            continue  # not closed within the parent, or the element holding the value itself
        value = " ".join(_MARKUP.sub(" ", text[tag.end() : own.start()]).split())
        if 0 < len(value) <= _DESCRIPTOR_VALUE:
            found.append((tag.group(2), value))
    return found


def _json_object(text: str, at: int) -> tuple[int, int] | None:
    """Start and end of the JSON object holding offset ``at`` (bounded; strings are not parsed: keys and
    values with braces inside are rare in records)."""
    depth = 0
    lo = at
    floor = max(0, at - _PARENT_LOOK_BACK)
    while True:
        lo -= 1
        if lo < floor:
            return None
        ch = text[lo]
        if ch in "}]":
            depth += 1
        elif ch in "{[":
            if depth:
                depth -= 1
            elif ch == "{":
                break
            else:
                return None
    depth = 0
    ceiling = min(len(text), at + _PARENT_LOOK_BACK)
    hi = at
    while hi < ceiling:
        ch = text[hi]
        if ch in "{[":
            depth += 1
        elif ch in "}]":
            if not depth:
                return (lo, hi + 1) if ch == "}" else None
            depth -= 1
        hi += 1
    return None


def _json_descriptors(text: str, start: int, end: int, keys: frozenset[str]) -> list[tuple[str, str]]:
    """(key, value) of the string fields of the value's own object (not of objects inside it)."""
    span = _json_object(text, start)
    if span is None:
        return []
    lo, hi = span
    found: list[tuple[str, str]] = []
    for pair in _JSON_PAIR.finditer(text, lo + 1, hi):
        if pair.start(2) <= start < pair.end(2) + 1 or key_form(pair.group(1)) not in keys:
            continue
        inner = text[lo + 1 : pair.start()]
        if inner.count("{") + inner.count("[") != inner.count("}") + inner.count("]"):
            continue  # a field of an object or list inside this one
        found.append((pair.group(1), pair.group(2)))
    return found


_JSON_ANY_KEY = re.compile(r"[\"']([^\"'\n]{1,40})[\"']\s*:")


def json_sibling_keys(text: str, start: int) -> list[str]:
    """The keys of the other fields of the JSON object the value at ``start`` is a field of (not of
    objects inside it), whatever their values (a string, a number, null)."""
    span = _json_object(text, start)
    if span is None:
        return []
    lo, hi = span
    keys: list[tuple[int, str]] = []
    for key in _JSON_ANY_KEY.finditer(text, lo + 1, hi):
        inner = text[lo + 1 : key.start()]
        if inner.count("{") + inner.count("[") == inner.count("}") + inner.count("]"):
            keys.append((key.end(), key.group(1)))  # not a field of an object or list inside this one
    own = max((i for i, (at, _) in enumerate(keys) if at <= start), default=-1)
    return [key for i, (_, key) in enumerate(keys) if i != own]


def _row_descriptors(
    text: str, start: int, end: int, keys: frozenset[str], memo: dict[str, Any]
) -> list[tuple[str, str]]:
    """(header, cell) of the row's cells under descriptor headers ("Nat.", "Land"), other than the value's."""
    col = layout.column(text, start, end, 0, memo)
    if col is None or not col.header_row:
        return []
    lo, hi = layout.line_bounds(text, start)
    found: list[tuple[str, str]] = []
    if col.delimited:
        delim = layout.line_delimiter(text, lo, hi, memo)
        if delim is None:
            return []
        heads = col.header_row.split(delim)
        cells = text[lo:hi].split(delim)
        own = text.count(delim, lo, start)
        for index, (head, cell) in enumerate(zip(heads, cells, strict=False)):
            if index != own and key_form(head) in keys:
                found.append((head.strip(), cell.strip(" \t\"'\r")))
        return found
    # A report aligned with spaces: the word of the row standing under the descriptor's header.
    row = text[lo:hi]
    for heading in _VALUE_WORD.finditer(col.header_row):
        if key_form(heading.group()) not in keys or abs(heading.start() - (start - lo)) <= 3:
            continue
        for word in _CELL_WORD.finditer(row):
            if abs(word.start() - heading.start()) <= 3:
                found.append((heading.group(), word.group()))
                break
    return found


def declared(env: Env, start: int, end: int) -> Declared:
    """What the descriptor fields beside ``text[start:end]`` say about it (``Declared()`` when none)."""
    key = (start, end)
    last = env.memo.get("declared")
    if last is not None and last[0] == key:
        answer: Declared = last[1]
        return answer
    answer = _declared(env, start, end)
    env.memo["declared"] = (key, answer)
    return answer


def _declared(env: Env, start: int, end: int) -> Declared:
    labels = env.rules.labels
    keys = labels.descriptor_keys
    if not keys:
        return _NOTHING
    text = env.text
    head = text[max(0, start - _LOOK_BACK) : start]
    mark = head.rstrip(" \t")[-1:]
    own = ""
    if mark == ">":
        pairs = _xml_descriptors(text, start, end, head, keys)
        m = _XML_OPEN.search(head)
        own = m.group(1) if m is not None else ""
    elif mark in ('"', "'"):
        pairs = _json_descriptors(text, start, end, keys)
        m = _JSON_KEY.search(head)
        own = m.group(1) if m is not None else ""
    else:
        own = layout.header(text, start, end, env.memo) or ""
        pairs = _row_descriptors(text, start, end, keys, env.memo) if own else []
    if not pairs:
        return _NOTHING
    # A scheme names the record's identifier: the value under a key that says only "id" or "value"
    # ("Id", "idValue", "ID-nr", "personalId"), not one naming its own kind ("applicationNo").
    generic = (
        not own
        or key_form(own) in labels.identity_keys
        or all(
            word in labels.bare or word in _GENERIC_KEYS or word in labels.identity_keys
            for word in Field(own, "xml").words.lower().split()
        )
    )
    words: list[str] = []
    countries: set[str] = set()
    for _, value in pairs:
        tokens = _VALUE_WORD.findall(value.casefold())
        named = [env.rules.hints.countries.get(t) for t in tokens]
        countries.update(lang for lang in named if lang)
        if generic and (not named or not all(named)):  # a scheme's name or code, not only a country
            words.append(" ".join(labels.scheme_codes.get(t, t) for t in tokens))
    return Declared(" ".join(words), countries.pop() if len(countries) == 1 else None, own)
