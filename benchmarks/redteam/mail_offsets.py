"""Map the offsets of a document the CLI read as an e-mail back to the document's raw text.

A labelled ``.txt`` document that opens with ``From:``/``To:`` header lines is sniffed as a message
(``message/rfc822``). The scanner then reports offsets into the text it scanned: the message's parts joined
by a blank line (the subject, then ``From: ...`` / ``To: ...`` / ``Cc: ...`` / ``Bcc: ...`` lines rebuilt from
the parsed addresses, then the bodies), not into the raw text the labels index. This module rebuilds those
parts with the standard library's ``email`` package, the way RFC 5322 reads the message, and keeps for every
character of the scanned text the raw offset it came from (or None for characters the scanner wrote itself,
such as the ``"`` around a display name with a comma). A finding maps when both its ends map onto one
contiguous stretch of the raw text; with ``--show-values`` its value is also checked against the raw text.

Nothing of the scanner is imported: the harness only reads its output.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from email.header import decode_header, make_header
from email.message import Message
from email.parser import BytesParser
from email.policy import compat32
from email.utils import formataddr, getaddresses

SEPARATOR = "\n\n"  # the scanner joins an item's text parts with a blank line
MAIL_MIME = "message/rfc822"
_ADDRESS_FIELDS = (("From", "from"), ("To", "to"), ("Cc", "cc"), ("Bcc", "bcc"))
_SPECIALS = re.compile(r'[][\\()<>@,:;".]')
_HEADER_LINE = re.compile(r"([^\s:]+)[ \t]*:")
# A Danish, Norwegian or Swedish Outlook text export ("Fra:"/"Från:" first) is read by the scanner with its labels
# as the English header names (pii_scanner.core.mail_policy.english_labels): the fields rebuilt from them too.
_OUTLOOK_LABELS = {"fra": "from", "från": "from", "til": "to", "till": "to", "kopi": "cc", "kopia": "cc"}
_OUTLOOK_LABELS |= {"emne": "subject", "ämne": "subject"}
_PARSE_LABELS = _OUTLOOK_LABELS | {"følsomhed": "sensitivity", "følsomhet": "sensitivity", "känslighet": "sensitivity"}


@dataclass
class Stats:
    """What happened to the findings of mail-read documents (printed by the harness, never dropped)."""

    documents: int = 0
    mapped: int = 0
    unmapped: list[str] = field(default_factory=list)  # "doc start-end value" of findings left unmapped


def _decode(value: str) -> str:
    try:
        return str(make_header(decode_header(value))).strip()
    except (LookupError, ValueError, UnicodeError, TypeError):
        return value.strip()


def _display(name: str, address: str) -> str:
    """``Name <address>`` as the scanner writes it: ``formataddr`` for ASCII, the same shape in Unicode beyond."""
    if name.isascii() and address.isascii():
        return formataddr((name, address))
    if _SPECIALS.search(name):
        name = '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return f"{name} <{address}>"


def _header_fields(raw: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """(lower-case name, value start, value end) of each header field in raw[start:end], folded lines joined."""
    fields: list[tuple[str, int, int]] = []
    pos = start
    for line in raw[start:end].splitlines(keepends=True):
        if line[:1] in (" ", "\t") and fields:
            name, vstart, _ = fields[-1]
            fields[-1] = (name, vstart, pos + len(line.rstrip("\r\n")))
        else:
            m = _HEADER_LINE.match(line)
            if m:
                fields.append((m.group(1).lower(), pos + m.end(), pos + len(line.rstrip("\r\n"))))
        pos += len(line)
    if fields and _OUTLOOK_LABELS.get(fields[0][0].casefold()) == "from":
        named = [(_OUTLOOK_LABELS.get(n.casefold()), s, e) for n, s, e in fields]
        if sum(n is not None for n, _, _ in named) >= 2:
            fields = [(n or fields[k][0], s, e) for k, (n, s, e) in enumerate(named)]
    return fields


def _english_head(raw: str) -> str:
    """``raw`` with a Danish, Norwegian or Swedish Outlook export's header labels written in English, as the scanner
    reads it ("Från:"/"Ämne:" are no header names to the parser: the whole export would be its body)."""
    blank = re.search(r"\r?\n\r?\n", raw)
    head_end = blank.start() if blank else len(raw)
    lines = raw[:head_end].split("\n")
    names = [m.group(1).casefold() if (m := _HEADER_LINE.match(line)) else "" for line in lines]
    if not names or _OUTLOOK_LABELS.get(names[0]) != "from" or sum(n in _PARSE_LABELS for n in names) < 2:
        return raw
    out = [
        _PARSE_LABELS[n] + line[line.index(":") :] if n in _PARSE_LABELS else line
        for n, line in zip(names, lines, strict=True)
    ]
    return "\n".join(out) + raw[head_end:]


class _Builder:
    """The scanned text, built piece by piece, with each character's raw offset (None: not from the raw)."""

    def __init__(self) -> None:
        self.text: list[str] = []
        self.origin: list[int | None] = []

    def add(self, piece: str, raw_start: int | None = None) -> None:
        self.text.append(piece)
        self.origin.extend(range(raw_start, raw_start + len(piece)) if raw_start is not None else [None] * len(piece))

    def add_located(self, piece: str, raw: str, lo: int, hi: int) -> int:
        """Add ``piece``, mapping it onto its first occurrence in raw[lo:hi]; return where the search goes on."""
        at = raw.find(piece, lo, hi) if piece else -1
        self.add(piece, at if at >= 0 else None)
        return at + len(piece) if at >= 0 else lo


def _leaf_texts(msg: Message) -> list[str]:
    """The text/plain and text/html leaves the scanner reads as bodies, in order (attachments skipped)."""
    out: list[str] = []
    for part in msg.walk():
        if part.is_multipart() or part.get_content_type() not in ("text/plain", "text/html"):
            continue
        if part.get_content_disposition() == "attachment" or part.get_filename():
            continue
        payload = part.get_payload(decode=True)
        if isinstance(payload, bytes):
            out.append(payload.decode(part.get_content_charset() or "utf-8", errors="replace"))
    return out


def scanned_text(raw: str) -> tuple[str, list[int | None]]:
    """The text the scanner scans for ``raw`` read as a message, and each character's offset in ``raw``."""
    lead = len(raw) - len(raw.lstrip("\ufeff\r\n"))
    blank = re.search(r"\r?\n\r?\n", raw[lead:])
    head_end = lead + blank.start() if blank else len(raw)
    body_start = lead + blank.end() if blank else len(raw)
    # the body parsed as the scanner parses it: an Outlook export's labels in Danish or Swedish made English
    msg = BytesParser(policy=compat32).parsebytes(_english_head(raw[lead:]).encode("utf-8"))
    fields = _header_fields(raw, lead, head_end)
    parts: list[_Builder] = []

    subjects = [(s, e) for n, s, e in fields if n == "subject"]
    if subjects:
        b = _Builder()
        for s, e in subjects:
            text = _decode(raw[s:e])
            if not text:
                continue
            if b.text:
                b.add(" | ")
            b.add_located(text, raw, s, e)
        if b.text:
            parts.append(b)

    lines: list[_Builder] = []
    for label, key in _ADDRESS_FIELDS:
        spans = [(s, e) for n, s, e in fields if n == key]
        values = [raw[s:e] for s, e in spans]
        # a value without an address ("To: Ulla Yilmaz") is shown whole, as the scanner shows it (a name alone)
        pairs = [
            pair
            for v in values
            for pair in (
                [(" ".join(_decode(v).split()), "")]
                if "@" not in v and "<" not in v
                else [(n, a) for n, a in getaddresses([v]) if a]
            )
            if pair[0] or pair[1]
        ]
        if key == "from":
            pairs = pairs[:1]
        if not pairs:
            continue
        line = _Builder()
        line.add(f"{label}: ")
        lo, hi = (spans[0][0], spans[-1][1]) if spans else (0, 0)
        for k, (name, address) in enumerate(pairs):
            if k:
                line.add(", ")
            decoded = _decode(name) if name else ""
            shown = (_display(decoded, address) if address else decoded) if decoded else address
            at = shown.find(decoded) if decoded else -1
            if at > 0:  # a quoted display name: the quote is the scanner's, the name is the raw text's
                line.add(shown[:at])
            if decoded and at >= 0:
                lo = line.add_located(decoded, raw, lo, hi)
                rest = shown[at + len(decoded) :]
            else:
                rest = shown
            a_at = rest.find(address) if address else -1
            line.add(rest[: max(a_at, 0)] if a_at >= 0 else rest)
            if a_at >= 0:
                lo = line.add_located(address, raw, lo, hi)
                line.add(rest[a_at + len(address) :])
        lines.append(line)
    if lines:
        b = _Builder()
        for k, line in enumerate(lines):
            if k:
                b.add("\n")
            b.text.extend(line.text)
            b.origin.extend(line.origin)
        parts.append(b)

    cursor = body_start
    for text in _leaf_texts(msg):
        if not text.strip():
            continue
        b = _Builder()
        cursor = b.add_located(text, raw, cursor, len(raw))
        parts.append(b)

    out = _Builder()
    for k, b in enumerate(parts):
        if k:
            out.add(SEPARATOR)
        out.text.extend(b.text)
        out.origin.extend(b.origin)
    return "".join(out.text), out.origin


def map_span(origin: list[int | None], start: int, end: int) -> tuple[int, int] | None:
    """The raw span of scanned text [start, end), or None when it does not come from one raw stretch."""
    if not 0 <= start < end <= len(origin):
        return None
    first, last = origin[start], origin[end - 1]
    if first is None or last is None or last - first != end - 1 - start:
        return None
    return first, last + 1


def remap(
    records: list[dict[str, object]], texts: dict[str, str], doc_id_of: object, stats: Stats
) -> list[dict[str, object]]:
    """The records with the findings of every item read as mail moved to raw-text offsets.

    A finding that cannot be mapped exactly keeps its record but gets offsets (-1, -1): it counts as a false
    hit (and its label as a miss), and it is listed in ``stats.unmapped``.
    """
    mail_docs: dict[str, str] = {}  # doc id -> location of the item read as mail
    for rec in records:
        if rec.get("record") == "item" and rec.get("mime") == MAIL_MIME:
            did = doc_id_of(rec)  # type: ignore[operator]
            if did in texts:
                mail_docs[did] = str(rec.get("location"))
    stats.documents += len(mail_docs)
    origins = {did: scanned_text(texts[did])[1] for did in mail_docs}
    out: list[dict[str, object]] = []
    for rec in records:
        did = doc_id_of(rec)  # type: ignore[operator]
        if rec.get("record") == "item" or did not in mail_docs or rec.get("location") != mail_docs[did]:
            out.append(rec)
            continue
        start, end = int(rec["start"]), int(rec["end"])  # type: ignore[call-overload]
        span = map_span(origins[did], start, end)
        raw = texts[did]
        if span is not None and "value" in rec and raw[span[0] : span[1]] != rec["value"]:
            span = None
        if span is None:
            stats.unmapped.append(f"{did} {start}-{end} {rec.get('value', '')!r}")
            span = (-1, -1)
        else:
            stats.mapped += 1
        out.append({**rec, "start": span[0], "end": span[1]})
    return out
