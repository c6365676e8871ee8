"""Messages exported as data: Microsoft Graph / Outlook REST JSON (``GET /messages`` saved to a .json file,
one message or a ``value`` page of them, also as JSON lines) and EWS XML (``<t:Message>`` with
``<t:Sensitivity>``). Read as plain JSON or XML text, a private message's body was read whole; here each
message in it is judged like a message from the Graph or EWS source (sensitivity by name or as
PR_SENSITIVITY, a private word in the subject, a private category), and one private message makes the
whole text private (fail closed, as a private message inside a digest).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from pii_scanner.core.config import ScanConfig
from pii_scanner.core.mail_policy import (
    PR_SENSITIVITY,
    mapi_property_id,
    most_restrictive,
    private_reason,
    sensitivity_from_name,
    sensitivity_from_number,
)
from pii_scanner.core.model import MailMeta, Sensitivity
from pii_scanner.extract.text import decode_text

# Keys only a message object carries (Graph camelCase, Outlook REST v2 PascalCase, compared case-folded).
_MESSAGE_KEYS = frozenset(
    {
        "subject",
        "body",
        "bodypreview",
        "uniquebody",
        "from",
        "sender",
        "torecipients",
        "ccrecipients",
        "bccrecipients",
        "internetmessageid",
        "internetmessageheaders",
        "receiveddatetime",
        "sentdatetime",
        "conversationid",
        "parentfolderid",
        "isdraft",
    }
)
_GRAPH_TYPES = ("#microsoft.graph.message", "#microsoft.graph.eventmessage", "#microsoft.outlookservices.message")
_JSON_MARK = re.compile(rb'"(?:sensitivity|singlevalueextendedproperties|categories)"', re.IGNORECASE)
_XML_SENSITIVITY = re.compile(
    rb"<(?:[\w.-]+:)?Sensitivity\b[^>]*>([^<]{0,200})</(?:[\w.-]+:)?Sensitivity\s*>", re.IGNORECASE
)
_XML_ITEM = re.compile(
    rb"<(?:[\w.-]+:)?(?:Message|Item|MeetingRequest|MeetingResponse|MeetingCancellation|PostItem|CalendarItem)\b",
)
_XML_MESSAGE_PART = re.compile(
    rb"<(?:[\w.-]+:)?(?:Subject|ItemId|DateTimeReceived|InternetMessageId|ItemClass)\b", re.IGNORECASE
)
_XML_SUBJECT = re.compile(rb"<(?:[\w.-]+:)?Subject\b[^>]*>([^<]{0,2000})</", re.IGNORECASE)
_XML_CATEGORY = re.compile(
    rb"<(?:[\w.-]+:)?Categories\b[^>]*>(.{0,4000}?)</(?:[\w.-]+:)?Categories\s*>", re.IGNORECASE | re.DOTALL
)
_XML_STRING = re.compile(rb"<(?:[\w.-]+:)?String\b[^>]*>([^<]{0,500})</", re.IGNORECASE)
_DEPTH = 64  # nesting followed in a JSON document, at most


def export_private_reason(data: bytes, config: ScanConfig) -> str | None:
    """Why a JSON or XML text holding exported messages must count as private, or None.

    >>> from pii_scanner.core.config import ScanConfig
    >>> export_private_reason(b'{"subject": "Hej", "sensitivity": "private", "body": {}}', ScanConfig())
    'exported message: sensitivity private'
    >>> export_private_reason(b'{"subject": "Hej", "sensitivity": "normal"}', ScanConfig()) is None
    True
    >>> export_private_reason(b'{"sensitivity": 0.5, "threshold": 2}', ScanConfig()) is None
    True
    """
    if data[:2] in (b"\xff\xfe", b"\xfe\xff") or b"\x00" in data[:64]:
        # PowerShell's Out-File and Export-Csv, .NET: "Unicode" (UTF-16) with or without a byte order mark
        data = decode_text(data)[0].encode("utf-8")
    head = data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
    if head in (b"{", b"["):
        return _json_reason(data, config)
    if head == b"<" and _XML_ITEM.search(data) is not None:
        return _xml_reason(data, config)
    if csv_export_header(data):
        return _csv_reason(data, config)
    return None


def csv_export_header(prefix: bytes) -> bool:
    """True when a text starts like an Outlook CSV export of messages: it must be judged whole (row by row) before
    anything of it is read, so it is not streamed in pieces."""
    return _CSV_SENSITIVITY.search(prefix[:4096].split(b"\n", 1)[0]) is not None


# Outlook's "Export to a file" CSV (English, Danish, Norwegian, Swedish column names): one message a row.
_CSV_SENSITIVITY = re.compile(
    rb"(?:^|[,;\t])\"?(?:sensitivity|f\xc3\xb8lsomhe[dt]|f\xf8lsomhe[dt]|k\xc3\xa4nslighet|k\xe4nslighet|private?)\"?(?:[,;\t]|\r?$)",
    re.IGNORECASE,
)
_CSV_COLUMNS = {
    "sensitivity": ("sensitivity", "følsomhed", "følsomhet", "känslighet"),
    "private": ("private", "privat"),
    "subject": ("subject", "emne", "ämne"),
    "categories": ("categories", "kategorier"),
    "sender": ("from: (address)", "fra: (adresse)", "från: (adress)", "from: (email)", "from"),
}
_LOCAL_SENSITIVITY = {
    "privat": "private",
    "personlig": "personal",
    "personligt": "personal",
    "fortrolig": "confidential",
    "fortroligt": "confidential",
    "konfidentiell": "confidential",
    "konfidentiellt": "confidential",
    "konfidensiell": "confidential",
    "konfidensielt": "confidential",
}
_TRUE = frozenset({"true", "sand", "sant", "ja", "yes", "1"})


def export_private_senders(data: bytes, config: ScanConfig) -> list[str]:
    """The sender addresses of the private messages in an export (JSON, CSV, EWS XML): header fields, as a
    private message file keeps its sender, so an access search by a sender's address lists the file as holding
    a private message from them, unread. An EWS XML export is judged whole: when no one message in it is
    private by itself (a Sensitivity outside every message), every message's sender is kept.

    >>> from pii_scanner.core.config import ScanConfig
    >>> export_private_senders(b'[{"subject": "x", "sensitivity": "private", "from": "a@x.dk"}]', ScanConfig())
    ['a@x.dk']
    """
    if data[:2] in (b"\xff\xfe", b"\xfe\xff") or b"\x00" in data[:64]:
        data = decode_text(data)[0].encode("utf-8")
    head = data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
    if head in (b"{", b"["):
        found = _json_private(data, config)
    elif head == b"<" and _XML_ITEM.search(data) is not None:
        return _xml_private_senders(data, config)
    elif csv_export_header(data):
        found = _csv_private(data, config)
    else:
        return []
    return [meta.sender for _, meta in found if meta.sender]


# One EWS item element, its body up to its own end tag (same prefix and name); its From address.
_XML_ITEM_BLOCK = re.compile(
    rb"<((?:[\w.-]+:)?)(Message|Item|MeetingRequest|MeetingResponse|MeetingCancellation|PostItem|CalendarItem)\b"
    rb"[^>]*>(.*?)</\1\2\s*>",
    re.DOTALL,
)
_XML_FROM = re.compile(rb"<(?:[\w.-]+:)?(From|Sender)\b[^>]*>(.*?)</(?:[\w.-]+:)?\1\s*>", re.IGNORECASE | re.DOTALL)
_XML_ADDRESS = re.compile(rb"<(?:[\w.-]+:)?EmailAddress\b[^>]*>([^<]{1,320})</", re.IGNORECASE)


def _xml_private_senders(data: bytes, config: ScanConfig) -> list[str]:
    """The From (else Sender) addresses of the private items of an EWS XML export (see export_private_senders)."""
    if _xml_reason(data, config) is None:
        return []
    private: list[str] = []
    every: list[str] = []
    for block in _XML_ITEM_BLOCK.finditer(data):
        body = block.group(3)
        sender = next(
            (_xml_text(a.group(1)) for f in _XML_FROM.finditer(body) for a in _XML_ADDRESS.finditer(f.group(2))), ""
        )
        if "@" not in sender:
            continue
        every.append(sender)
        if _xml_reason(body, config) is not None:
            private.append(sender)
    return private or every


def _csv_reason(data: bytes, config: ScanConfig) -> str | None:
    """An Outlook CSV export: a row whose Sensitivity (any language Outlook writes) is not normal, whose Private
    column is true, or whose subject or categories mark it private makes the file private. Only a table with a
    subject column and a sensitivity or private column counts (other CSV files name no message)."""
    return next((f"exported message: {reason}" for reason, _ in _csv_private(data, config)), None)


def _csv_private(data: bytes, config: ScanConfig) -> Iterator[tuple[str, MailMeta]]:
    """(reason, what decided) of each private row of an Outlook CSV export."""
    import csv
    import io

    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", "replace")
    first = text.split("\n", 1)[0]
    delimiter = max((",", ";", "\t"), key=first.count)
    rows = csv.reader(io.StringIO(text), delimiter=delimiter)
    try:
        header = [h.strip().casefold() for h in next(rows)]
    except (StopIteration, csv.Error):
        return
    where = {k: next((i for i, h in enumerate(header) if h in names), None) for k, names in _CSV_COLUMNS.items()}
    if where["subject"] is None or (where["sensitivity"] is None and where["private"] is None):
        return

    def cell(row: list[str], key: str) -> str:
        i = where[key]
        return row[i].strip() if i is not None and i < len(row) else ""

    try:
        for row in rows:
            said = cell(row, "sensitivity")
            sensitivity: Sensitivity = "normal"
            if said:
                sensitivity = sensitivity_from_name(_LOCAL_SENSITIVITY.get(said.casefold(), said))
            if cell(row, "private").casefold() in _TRUE:
                sensitivity = most_restrictive([sensitivity, "private"])
            keywords = tuple(k.strip() for k in re.split(r"[;,]", cell(row, "categories")) if k.strip())
            meta = MailMeta(
                subject=cell(row, "subject"), sensitivity=sensitivity, keywords=keywords, sender=cell(row, "sender")
            )
            reason = private_reason(meta, config.mail)
            if reason:
                yield reason, meta
    except csv.Error:
        yield "sensitivity_unreadable (damaged CSV)", MailMeta()


def _json_reason(data: bytes, config: ScanConfig) -> str | None:
    return next((f"exported message: {reason}" for reason, _ in _json_private(data, config)), None)


def _json_private(data: bytes, config: ScanConfig) -> Iterator[tuple[str, MailMeta]]:
    """(reason, what decided) of each private message of a JSON export."""
    if _JSON_MARK.search(data) is None:
        return
    try:
        documents: list[Any] = [json.loads(data)]
    except (ValueError, RecursionError):
        documents = []
        for line in data.splitlines():  # JSON lines: a message a line
            if not line.strip():
                continue
            try:
                documents.append(json.loads(line))
            except (ValueError, RecursionError):
                # Not JSON we can walk (cut short, damaged) yet it names a sensitivity: it may be a message
                # export we cannot judge: fail closed when a message key is in it too.
                if _looks_exported(data):
                    yield "sensitivity_unreadable (damaged JSON)", MailMeta()
                return
    for document in documents:
        for meta in _json_messages(document, 0):
            reason = private_reason(meta, config.mail)
            if reason:
                yield reason, meta


def _looks_exported(data: bytes) -> bool:
    lowered = data.lower()
    return b'"sensitivity"' in lowered and any(f'"{key}"'.encode() in lowered for key in _MESSAGE_KEYS)


def _json_messages(node: Any, depth: int) -> Iterator[MailMeta]:
    """The messages in a JSON document: every object that states a sensitivity (or is typed a Graph message)
    and carries a message key, each with what decides its privacy."""
    if depth > _DEPTH:
        return
    if isinstance(node, list):
        for value in node:
            yield from _json_messages(value, depth + 1)
        return
    if not isinstance(node, dict):
        return
    keys = {str(k).casefold(): k for k in node}
    typed = str(node.get("@odata.type", "")).casefold() in _GRAPH_TYPES
    stated = "sensitivity" in keys or "singlevalueextendedproperties" in keys
    if (typed or stated) and (typed or _MESSAGE_KEYS & keys.keys()):
        found: list[Sensitivity] = []
        if "sensitivity" in keys:
            value = node[keys["sensitivity"]]
            found.append(sensitivity_from_number(value) if isinstance(value, int) else sensitivity_from_name(value))
        for prop in _list(node.get(keys.get("singlevalueextendedproperties", ""))):
            pid = mapi_property_id(prop.get("id")) if isinstance(prop, dict) else None
            if pid == PR_SENSITIVITY:
                found.append(sensitivity_from_number(prop.get("value")))
        categories = _list(node.get(keys.get("categories", "")))
        yield MailMeta(
            subject=str(node.get(keys.get("subject", ""), "") or ""),
            sensitivity=most_restrictive(found),
            keywords=tuple(str(c) for c in categories),
            sender=_json_address(node.get(keys.get("from", keys.get("sender", "")))),
        )
    for value in node.values():
        if isinstance(value, dict | list):
            yield from _json_messages(value, depth + 1)


def _json_address(value: Any) -> str:
    """A Graph ``{"emailAddress": {"address": ...}}`` (any case), or a plain address text."""
    for _ in range(3):
        if isinstance(value, dict):
            keys = {str(k).casefold(): k for k in value}
            value = value.get(keys.get("emailaddress", keys.get("address", "")))
    return value.strip() if isinstance(value, str) and "@" in value else ""


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _xml_reason(data: bytes, config: ScanConfig) -> str | None:
    """EWS XML (a GetItem response, an export): any Sensitivity element, subject and categories."""
    if _XML_MESSAGE_PART.search(data) is None:
        return None
    found = [sensitivity_from_name(_xml_text(m.group(1))) for m in _XML_SENSITIVITY.finditer(data)]
    keywords = tuple(
        _xml_text(s.group(1)) for c in _XML_CATEGORY.finditer(data) for s in _XML_STRING.finditer(c.group(1))
    )
    subjects = [_xml_text(m.group(1)) for m in _XML_SUBJECT.finditer(data)] or [""]
    for subject in subjects:
        reason = private_reason(
            MailMeta(subject=subject, sensitivity=most_restrictive(found), keywords=keywords), config.mail
        )
        if reason:
            return f"exported message: {reason}"
    return None


def _xml_text(raw: bytes) -> str:
    text = raw.decode("utf-8", "replace").strip()
    return text.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"')
