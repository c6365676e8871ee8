"""Calendar files and contacts (``.ics``, ``.vcs``, ``.vcf``, an invitation attached to a mail): read as
text, except the entries marked private, which nobody but their owner reads.

Each entry (event, to-do, journal entry, contact) is decided like a message (``private_reason``): its
``CLASS`` (an unknown value counts as PRIVATE, as RFC 5545 asks), a calendar-wide mark, and a summary
holding a private word. A calendar whose every entry is private yields metadata only. In a calendar of
both kinds the private entries are taken out of the text and each becomes a child item
``<file>!/calendar/<n>`` (n counts entries from 1) that is private in its own record; the rest is read.
"""

from __future__ import annotations

import base64
import binascii
import quopri
import re

from pii_scanner.core.mail_policy import may_read_private, private_reason
from pii_scanner.core.model import Extracted, Item, MailMeta, TextPart
from pii_scanner.extract.calendar_class import Calendar, Entry, logical_lines, parse_calendar
from pii_scanner.extract.context import ExtractContext
from pii_scanner.extract.mail import OneShot, child_item
from pii_scanner.extract.text import decode_text

# Outlook's message class of each kind of entry (what a PST holds for the same thing).
_CLASS_OF_KIND = {"vevent": "IPM.Appointment", "vtodo": "IPM.Task", "vjournal": "IPM.Activity", "vcard": "IPM.Contact"}


def _meta(calendar: Calendar, entry: Entry | None) -> MailMeta:
    kind = entry.kind if entry is not None else (calendar.entries[0].kind if len(calendar.entries) == 1 else "")
    one = entry if entry is not None else (calendar.entries[0] if len(calendar.entries) == 1 else None)
    return MailMeta(
        subject=one.summary if one is not None else "",
        sensitivity=calendar.sensitivity(entry),
        message_class=_CLASS_OF_KIND.get(kind, "IPM.Appointment"),
    )


def _wrapper(calendar: Calendar) -> tuple[str, str]:
    """The calendar's own lines (BEGIN:VCALENDAR, VERSION, a calendar-wide CLASS...) before and after the
    entries: an entry put inside them alone decides again as it did in the whole calendar."""
    inside = _entry_lines(calendar.entries)
    own = [line for n, line in enumerate(calendar.lines) if n not in inside]
    closing = [line for line in own if line.lstrip().upper().startswith("END:VCALENDAR")]
    opening = [line for line in own if not line.lstrip().upper().startswith("END:VCALENDAR")]
    return "".join(opening), "".join(closing)


def _entry_lines(entries: list[Entry]) -> set[int]:
    return {n for e in entries for n in range(e.first, e.last + 1)}


def extract_calendar(item: Item, data: bytes, ctx: ExtractContext) -> Extracted:
    mime = item.mime_hint or "text/calendar"
    # Unfolded before decoding: folds come every 75 OCTETS and writers cut a UTF-8 sequence ("ø") in two, which
    # made the whole file decode as another code page. Not a wide encoding's bytes (UTF-16: NULs).
    if b"\x00" not in data[:64]:
        data = _FOLD_BYTES.sub(b"", data)
    text, encoding = decode_text(data)
    calendar = parse_calendar(text)
    config = ctx.config.mail
    private = [e for e in calendar.entries if private_reason(_meta(calendar, e), config)]
    whole = _meta(calendar, None)
    reason = private_reason(whole, config) if not calendar.entries else None
    if not private and reason is None:
        files = _inline_files(item, calendar, set(), ctx)
        parts = [TextPart(readable(text), "body")]
        return Extracted(mime=mime, parts=parts, children=files, metadata={"encoding": encoding})
    if reason is not None or len(private) == len(calendar.entries):
        reason = reason or private_reason(_meta(calendar, private[0]), config) or "sensitivity private"
        if may_read_private(config):  # an audited inspection: read, the record still says private
            metadata = {"encoding": encoding, "private_reason": reason, "inspected_private": True}
            return Extracted(mime=mime, parts=[TextPart(readable(text), "body")], mail=whole, metadata=metadata)
        return Extracted(mime=mime, mail=whole, metadata={"private_reason": reason})
    hidden = _entry_lines(private)
    rest = "".join(line for n, line in enumerate(calendar.lines) if n not in hidden)
    return Extracted(
        mime=mime,
        parts=[TextPart(readable(rest), "body")],
        children=_private_children(item, calendar, private, ctx) + _inline_files(item, calendar, hidden, ctx),
        metadata={"encoding": encoding, "private_entries": len(private)},
    )


def _private_children(item: Item, calendar: Calendar, private: list[Entry], ctx: ExtractContext) -> list[Item]:
    children = []
    opening, closing = _wrapper(calendar)
    numbers = {id(e): n for n, e in enumerate(calendar.entries, 1)}
    for entry in private:
        ctx.budget.count_member()
        lines = "".join(calendar.lines[entry.first : entry.last + 1])
        data = (lines if entry.kind == "vcard" else opening + lines + closing).encode("utf-8")
        ctx.budget.spend(len(data))
        n = numbers[id(entry)]
        child = child_item(item, f"{item.location}!/calendar/{n}", f"{n}", OneShot(data), len(data), item.mime_hint)
        children.append(child)
    return children


# Properties that carry a whole file inline, base64-encoded: an invitation's attached document
# (ATTACH;VALUE=BINARY;ENCODING=BASE64), a contact's photo, logo, sound or key (vCard PHOTO;ENCODING=b,
# or a data: URL). Read as the file they are (a scan is OCR'd, a document's text read), not as base64 text.
_FILE_PROPERTIES = frozenset({"attach", "photo", "logo", "sound", "key"})
_FILE_LINE = re.compile(r"[ \t]*(?:attach|photo|logo|sound|key)[;:]", re.I)
_DATA_URL = re.compile(r"data:([\w.+/-]*)[^,]*;base64,(.*)", re.I | re.S)
_EXTENSIONS = {"image/jpeg": ".jpg", "image/png": ".png", "application/pdf": ".pdf", "text/plain": ".txt"}


def _split(logical: str) -> tuple[str, dict[str, str], str] | None:
    """(lower-case name, parameters with lower-case keys, value) of a content line; None without a colon."""
    quoted = False
    for pos, ch in enumerate(logical):
        if ch == '"':
            quoted = not quoted
        elif ch == ":" and not quoted:
            head, value = logical[:pos], logical[pos + 1 :]
            name, *params = head.strip().split(";")
            found = {}
            for param in params:
                key, _, val = param.partition("=")
                found[key.strip().lower()] = val.strip().strip('"')
            return name.lower(), found, value.strip()
    return None


def _inline_files(item: Item, calendar: Calendar, hidden: set[int], ctx: ExtractContext) -> list[Item]:
    """The files carried inline by the entries that are read (not in ``hidden``), each a child item
    ``<file>!/attachment/<n>``; a payload that is not base64 is left in the text (an error-free skip:
    the text itself is still read)."""
    children: list[Item] = []
    lines = calendar.lines
    for first, _, logical in logical_lines(lines):
        if first in hidden or _FILE_LINE.match(logical) is None:
            continue
        parsed = _split(logical)
        if parsed is None or parsed[0] not in _FILE_PROPERTIES:
            continue
        name, params, value = parsed
        url = _DATA_URL.fullmatch(value)
        mime = params.get("fmttype") or params.get("mediatype") or ""
        if url is not None:
            mime, value = mime or url.group(1), url.group(2)
        elif params.get("encoding", "").lower() not in ("base64", "b") and params.get("value", "").lower() != "binary":
            continue  # a URI (a link to a file elsewhere): already in the text
        ctx.budget.count_member()
        try:
            data = base64.b64decode(re.sub(r"\s+", "", value), validate=False)
        except (binascii.Error, ValueError):
            continue  # not base64 after all: its text was read with the rest
        if not data:
            continue
        ctx.budget.spend(len(data))
        number = len(children) + 1
        filename = params.get("x-filename") or params.get("filename") or f"{name}-{number}"
        if "." not in filename:
            filename += _EXTENSIONS.get(mime.lower(), "")
        location = f"{item.location}!/attachment/{number}/{filename}"
        children.append(child_item(item, location, filename, OneShot(data), len(data), mime or None))
    return children


# Content lines as a calendar or contact program shows them: a long line is folded (a line end and a
# space, every 75 octets: "CPR 0707\r\n 61-4285"), and vCard 2.1 (Outlook's and phones' exports) writes
# non-ASCII values quoted-printable ("FN;ENCODING=QUOTED-PRINTABLE:S=C3=B8ren", "070761=2D4285").
_FOLD = re.compile(r"\r?\n[ \t]")
_FOLD_BYTES = re.compile(rb"\r?\n[ \t]")
# TEXT values escape a line break, comma, semicolon and backslash (RFC 5545 3.3.11, vCard alike): "Liste:\n0707..."
# read as written glued the number to the "n".
_ESCAPE = re.compile(r"\\([nN,;:\\])")


def _unescaped(match: re.Match[str]) -> str:
    ch = match.group(1)
    return "\n" if ch in "nN" else ch


_QP_PARAM = re.compile(r"^[^:]*;(?:ENCODING=)?QUOTED-PRINTABLE[;:]", re.I)
_CHARSET = re.compile(r";CHARSET=([\w-]+)", re.I)


def _qp_value(line: str) -> str:
    head, colon, value = line.partition(":")
    quoted = head.count('"') % 2  # a colon inside a quoted parameter: not the value's start
    if quoted:
        return line
    charset = _CHARSET.search(head)
    raw = quopri.decodestring(value.encode("latin-1", "replace"))
    for encoding in (charset.group(1) if charset else "utf-8", "utf-8", "cp1252"):
        try:
            return head + colon + raw.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            continue
    return line


def readable(text: str) -> str:
    """``text`` unfolded, its quoted-printable values decoded (a soft line break ``=`` at a line's end
    joins the next line, as vCard 2.1 writes them)."""
    lines = _FOLD.sub("", text).splitlines(keepends=True)
    out: list[str] = []
    n = 0
    while n < len(lines):
        line = lines[n]
        n += 1
        if _QP_PARAM.match(line) is None:
            out.append(line)
            continue
        body = line.rstrip("\r\n")
        while body.endswith("=") and n < len(lines):  # a soft line break
            body = body[:-1] + lines[n].rstrip("\r\n").lstrip(" \t")
            n += 1
        out.append(_qp_value(body) + "\n")
    return _ESCAPE.sub(_unescaped, "".join(out))
