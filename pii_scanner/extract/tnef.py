"""TNEF (``application/ms-tnef``, ``winmail.dat``) parts of a MIME message, as far as privacy needs them.

Outlook and Exchange may carry a message's real properties only in a TNEF attachment: a message
marked private there says nothing in its outer header block. A message with a TNEF part whose
sensitivity cannot be read is therefore private (fail closed), decided before anything of it is read.
"""

from __future__ import annotations

import base64
import binascii
import quopri
import struct
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from email.message import Message

from pii_scanner.core.errors import ExtractionError
from pii_scanner.core.mail_policy import may_read_private, most_restrictive, private_reason, sensitivity_from_number
from pii_scanner.core.model import Extracted, Item, MailMeta, Sensitivity, TextPart
from pii_scanner.extract.context import ExtractContext
from pii_scanner.extract.formats import TNEF_MIME, TNEF_TYPES
from pii_scanner.extract.html import html_to_text
from pii_scanner.extract.members import child_item, safe_segment
from pii_scanner.extract.mime_parse import part_filename
from pii_scanner.extract.rtf import rtf_text
from pii_scanner.extract.rtf_compressed import CompressedRtfError, decompress

TNEF_SIGNATURE = b"\x78\x9f\x3e\x22"  # 0x223E9F78, little-endian
WHERE = "TNEF (winmail.dat)"
_MAX_DEPTH = 50
_LVL_MESSAGE, _LVL_ATTACHMENT = 1, 2
_ATT_MSG_PROPS, _ATT_ATTACHMENT = 0x00069003, 0x00069005
_PT_LONG = 0x0003
_PR_SENSITIVITY, _PR_ATTACH_METHOD = 0x0036, 0x3705
# An attachment that is a message (ATTACH_EMBEDDED_MSG) or an OLE object may be a private message itself.
_MESSAGE_METHODS = frozenset({5, 6})
# Attachments whose data is kept elsewhere (a path, a web link): the stream holds nothing of them to read.
_BY_REFERENCE_METHODS = frozenset({2, 3, 4, 7})
_ATT_SUBJECT, _ATT_BODY, _ATT_RECIP_TABLE = 0x00018004, 0x0002800C, 0x00069004
_ATT_ATTACH_REND_DATA, _ATT_ATTACH_TITLE, _ATT_ATTACH_DATA = 0x00069002, 0x00018010, 0x0006800F
_ATTACHMENT_PARTS = frozenset({_ATT_ATTACH_TITLE, _ATT_ATTACH_DATA, _ATT_ATTACHMENT})
_ATP_STRING, _ATP_TEXT = 0x0001, 0x0002  # legacy attribute types (the high word of the id)
_PT_STRING8, _PT_UNICODE, _PT_BINARY = 0x001E, 0x001F, 0x0102
_PR_SUBJECT, _PR_BODY, _PR_RTF_COMPRESSED, _PR_HTML = 0x0037, 0x1000, 0x1009, 0x1013
_PR_ATTACH_DATA, _PR_ATTACH_FILENAME, _PR_ATTACH_LONG_FILENAME = 0x3701, 0x3704, 0x3707
# Bytes per value of the fixed-size MAPI types (I2 and BOOLEAN are padded to 4 in TNEF).
_FIXED = {0x0002: 4, 0x0003: 4, 0x0004: 4, 0x000A: 4, 0x000B: 4, 0x0005: 8, 0x0006: 8, 0x0007: 8, 0x0014: 8}
_FIXED |= {0x0040: 8, 0x0048: 16}
_VARIABLE = frozenset({0x000D, 0x001E, 0x001F, 0x0102})  # OBJECT, STRING8, UNICODE, BINARY
_MV = 0x1000


class TnefError(ValueError):
    """A TNEF stream that cannot be read completely; its message counts as private."""


class _Reader:
    def __init__(self, data: bytes) -> None:
        self.data, self.pos = data, 0

    def take(self, n: int) -> bytes:
        if n < 0 or self.pos + n > len(self.data):
            raise TnefError("truncated")
        out = self.data[self.pos : self.pos + n]
        self.pos += n
        return out

    def u16(self) -> int:
        return int(struct.unpack("<H", self.take(2))[0])

    def u32(self) -> int:
        return int(struct.unpack("<I", self.take(4))[0])

    def count(self, each: int) -> int:
        """A count read from the stream, refused when the bytes left cannot hold that many items."""
        n = self.u32()
        if n * each > len(self.data) - self.pos:
            raise TnefError("count beyond the data")
        return n

    def padded(self, n: int) -> bytes:
        out = self.take(n)
        self.take(-n % 4)
        return out


def _property_list(r: _Reader) -> list[tuple[int, int, list[bytes]]]:
    """A MAPI property list at the reader's position: (type, id, raw values) of each property."""
    found: list[tuple[int, int, list[bytes]]] = []
    for _ in range(r.count(8)):
        ptype, pid = r.u16(), r.u16()
        if pid >= 0x8000:  # a named property: its GUID and its number or name
            r.take(16)
            kind = r.u32()
            if kind == 0:
                r.take(4)
            elif kind == 1:
                r.padded(r.u32())
            else:
                raise TnefError("unknown named property kind")
        base, multi = ptype & ~_MV, bool(ptype & _MV)
        if base in _FIXED:
            size = _FIXED[base]
            values = [r.take(size) for _ in range(r.count(size) if multi else 1)]
        elif base in _VARIABLE:
            values = [r.padded(r.u32()) for _ in range(r.count(4))]
        else:
            raise TnefError("unknown property type")
        found.append((ptype, pid, values))
    return found


def _properties(data: bytes) -> list[tuple[int, int, list[bytes]]]:
    """A MAPI property list (attMsgProps, attAttachment) that fills the attribute exactly."""
    r = _Reader(data)
    found = _property_list(r)
    if r.pos != len(data):
        raise TnefError("bytes after the property list")
    return found


def _attributes(data: bytes) -> list[tuple[int, int, bytes]]:
    """(level, attribute id, data) of each attribute of a TNEF stream, in order; checksums checked."""
    r = _Reader(data)
    if r.take(4) != TNEF_SIGNATURE:
        raise TnefError("no TNEF signature")
    r.take(2)  # legacy key
    found: list[tuple[int, int, bytes]] = []
    while r.pos < len(data):
        level, att, length = r.take(1)[0], r.u32(), r.u32()
        body = r.take(length)
        if r.u16() != sum(body) & 0xFFFF:
            raise TnefError("checksum mismatch")
        if level not in (_LVL_MESSAGE, _LVL_ATTACHMENT):
            raise TnefError("unknown attribute level")
        found.append((level, att, body))
    return found


def read_tnef(data: bytes) -> tuple[Sensitivity, str]:
    """(sensitivity, why) that a TNEF stream states; anything it does not state clearly is ``unreadable``.

    >>> read_tnef(b"not tnef")
    ('unreadable', 'TNEF (winmail.dat) not readable: no TNEF signature')
    """
    try:
        stated: list[Sensitivity] = []
        embedded = False
        for level, att, body in _attributes(data):
            if att == _ATT_MSG_PROPS and level == _LVL_MESSAGE:
                for ptype, pid, values in _properties(body):
                    if pid == _PR_SENSITIVITY:
                        ok = ptype == _PT_LONG and len(values) == 1
                        stated.append(sensitivity_from_number(_long(values[0])) if ok else "unreadable")
            elif att == _ATT_ATTACHMENT:
                for ptype, pid, values in _properties(body):
                    if pid == _PR_ATTACH_METHOD and ptype == _PT_LONG and _long(values[0]) in _MESSAGE_METHODS:
                        embedded = True
    except TnefError as exc:
        return "unreadable", f"{WHERE} not readable: {exc}"
    if not stated:
        return "unreadable", f"{WHERE} states no sensitivity"
    if embedded:
        return "unreadable", f"{WHERE} holds an attached message"
    return most_restrictive(stated), f"in {WHERE}"


def _long(raw: bytes) -> int:
    return int(struct.unpack("<i", raw)[0])


def _filename(part: Message) -> str:
    return part_filename(part).strip().casefold()


def _starts_with_signature(part: Message) -> bool:
    """Whether a leaf part's payload starts like a TNEF stream; only its first bytes are decoded."""
    raw = part.get_payload()
    if not isinstance(raw, str):
        return False
    cte = str(part.get("Content-Transfer-Encoding", "")).strip().lower()
    if cte == "base64":
        head = "".join(raw[:64].split())[:8]
        try:
            first = base64.b64decode(head + "=" * (-len(head) % 4))
        except (binascii.Error, ValueError):
            return False
    elif cte == "quoted-printable":
        first = quopri.decodestring(raw[:64].encode("latin-1", "replace"))
    else:
        first = raw[:4].encode("latin-1", "replace")
    return first.startswith(TNEF_SIGNATURE)


def is_tnef(part: Message) -> bool:
    """A TNEF part, by its type, its customary name or its signature (a renamed winmail.dat counts, also
    one labelled text/plain or text/html, or without a type: read as a body it would give away its text)."""
    if part.get_content_type() in TNEF_TYPES or _filename(part) == "winmail.dat":
        return True
    return part.get_content_maintype() not in ("multipart", "message") and _starts_with_signature(part)


def tnef_parts(part: Message, depth: int = 0) -> list[Message]:
    """The TNEF parts of a message's own MIME tree; attached messages keep their own decisions."""
    if depth > _MAX_DEPTH:
        return []
    if part.get_content_maintype() == "message":
        return []
    if part.is_multipart():
        found: list[Message] = []
        for sub in part.get_payload():
            if isinstance(sub, Message):
                found += tnef_parts(sub, depth + 1)
        return found
    return [part] if is_tnef(part) else []


def tnef_sensitivity(msg: Message) -> tuple[Sensitivity, str] | None:
    """(sensitivity, where it came from) that the message's TNEF parts give it, or None when it has none."""
    parts = tnef_parts(msg)
    if not parts:
        return None
    found: list[tuple[Sensitivity, str]] = []
    for part in parts:
        payload = part.get_payload(decode=True)
        found.append(read_tnef(payload) if isinstance(payload, bytes) else ("unreadable", f"{WHERE} not decodable"))
    strictest = most_restrictive(s for s, _ in found)
    return next(f for f in found if f[0] == strictest)


# --- what a normal TNEF holds: its message text and its attachments --------------------------------
@dataclass(slots=True)
class _Attachment:
    title: str = ""
    long_name: str = ""
    short_name: str = ""
    legacy_data: bytes | None = None
    data: bytes | None = None
    method: int | None = None

    def name(self, n: int) -> str:
        return self.long_name or self.short_name or self.title or f"attachment-{n}"


@dataclass(slots=True)
class _Content:
    subject: str = ""
    plain: list[str] = field(default_factory=list)
    html: list[str] = field(default_factory=list)
    rtf: list[bytes] = field(default_factory=list)
    other: list[str] = field(default_factory=list)  # sender, recipients and the message's other words
    attachments: list[_Attachment] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def _string(ptype: int, raw: bytes) -> str:
    """A string property's (or legacy string attribute's) text; 8-bit ones are UTF-8 or else cp1252."""
    if ptype == _PT_UNICODE:
        return raw.decode("utf-16-le", errors="replace").rstrip("\0").strip()
    raw = raw.rstrip(b"\0")
    try:
        return raw.decode("utf-8").strip()
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace").strip()


def _message_properties(body: bytes, content: _Content) -> None:
    for ptype, pid, values in _properties(body):
        base = ptype & ~_MV
        if pid == _PR_RTF_COMPRESSED and base == _PT_BINARY:
            content.rtf += values
        elif pid == _PR_HTML and base in (_PT_BINARY, _PT_STRING8, _PT_UNICODE):
            content.html += [_string(base, v) for v in values]
        elif base in (_PT_STRING8, _PT_UNICODE):
            texts = [t for t in (_string(base, v) for v in values) if t]
            if pid == _PR_BODY:
                content.plain += texts
            elif pid == _PR_SUBJECT and texts:
                content.subject = content.subject or texts[0]
            else:
                content.other += texts


def _recipients(body: bytes, content: _Content) -> None:
    r = _Reader(body)
    for _ in range(r.count(4)):
        for ptype, _pid, values in _property_list(r):
            if ptype & ~_MV in (_PT_STRING8, _PT_UNICODE):
                content.other += [t for t in (_string(ptype & ~_MV, v) for v in values) if t]
    if r.pos != len(body):
        raise TnefError("bytes after the recipient table")


def _attachment_properties(body: bytes, att: _Attachment) -> None:
    for ptype, pid, values in _properties(body):
        if pid == _PR_ATTACH_DATA and ptype == _PT_BINARY and values:
            att.data = values[0]
        elif pid == _PR_ATTACH_METHOD and ptype == _PT_LONG:
            att.method = _long(values[0])
        elif pid in (_PR_ATTACH_LONG_FILENAME, _PR_ATTACH_FILENAME) and ptype in (_PT_STRING8, _PT_UNICODE):
            name = _string(ptype, values[0]) if values else ""
            if pid == _PR_ATTACH_LONG_FILENAME:
                att.long_name = name
            else:
                att.short_name = name


def _content(data: bytes) -> _Content:
    """The text and attachments of a TNEF stream; what cannot be read is named in ``errors``.

    An attachment's attributes seen again before the next attAttachRenddata start another attachment
    (never overwrite one), and an attachment's attribute at message level is an error: either way an
    attachment would otherwise be lost without a word.
    """
    content = _Content()
    current: _Attachment | None = None
    seen: set[int] = set()
    for level, att, body in _attributes(data):
        try:
            if level == _LVL_ATTACHMENT:
                if att == _ATT_ATTACH_REND_DATA or current is None or (att in _ATTACHMENT_PARTS and att in seen):
                    current = _Attachment()
                    content.attachments.append(current)
                    seen = set()
                seen.add(att)
                if att == _ATT_ATTACH_TITLE:
                    current.title = _string(_PT_STRING8, body)
                elif att == _ATT_ATTACH_DATA:
                    current.legacy_data = body
                elif att == _ATT_ATTACHMENT:
                    _attachment_properties(body, current)
            elif att in _ATTACHMENT_PARTS or att == _ATT_ATTACH_REND_DATA:
                content.errors.append(f"attachment attribute 0x{att:08X} at message level")
            elif att == _ATT_MSG_PROPS:
                _message_properties(body, content)
            elif att == _ATT_RECIP_TABLE:
                _recipients(body, content)
            elif att == _ATT_SUBJECT:
                content.subject = _string(_PT_STRING8, body) or content.subject
            elif att == _ATT_BODY:
                content.plain.append(_string(_PT_STRING8, body))
            elif att >> 16 in (_ATP_STRING, _ATP_TEXT):
                content.other.append(_string(_PT_STRING8, body))
        except TnefError as exc:
            content.errors.append(f"attribute 0x{att:08X} not readable ({exc})")
    return content


def _body_parts(content: _Content, ctx: ExtractContext) -> list[TextPart]:
    """The message text: the plain body, else the HTML one, else the compressed RTF (one version of the
    same text; Outlook keeps them in step). Compressed RTF that cannot be read is an error."""
    if any(t.strip() for t in content.plain):
        return [TextPart(t, "body") for t in content.plain if t.strip()]
    if any(t.strip() for t in content.html):
        return [TextPart(html_to_text(t), "body") for t in content.html if t.strip()]
    parts: list[TextPart] = []
    for raw in content.rtf:
        try:
            rtf = decompress(raw, ctx.config.limits.max_file_size, ctx.budget.check_time)
            ctx.budget.spend(len(rtf))
            text = rtf_text(rtf)
        except (CompressedRtfError, ExtractionError) as exc:
            content.errors.append(f"compressed RTF body (PR_RTF_COMPRESSED) not readable: {exc}")
            continue
        if text:
            parts.append(TextPart(text, "body"))
    return parts


def _children(item: Item, content: _Content, ctx: ExtractContext) -> Iterator[Item]:
    """The attachments of the TNEF as child items, read like any attachment (limits, privacy)."""
    for n, att in enumerate(content.attachments, 1):
        data = att.data if att.data is not None else att.legacy_data
        if data is None and att.method in _BY_REFERENCE_METHODS:
            continue  # a link to a file elsewhere: nothing of it is in this stream
        ctx.budget.count_member()
        name = safe_segment(att.name(n), f"attachment-{n}")
        if data is None:
            yield child_item(item, f"attachment/{n}/{name}", error=f"{WHERE}: attachment {n} has no data")
            continue
        ctx.budget.spend(len(data))
        yield child_item(item, f"attachment/{n}/{name}", data)


def _read_normal(item: Item, data: bytes, ctx: ExtractContext) -> Extracted:
    try:
        content = _content(data)
    except TnefError as exc:  # read_tnef read the same stream; kept for safety
        raise ExtractionError(f"{WHERE} not readable: {exc}") from exc
    parts = [TextPart(content.subject, "subject")] if content.subject else []
    if content.other:
        parts.append(TextPart("\n".join(t for t in content.other if t), "header"))
    parts += _body_parts(content, ctx)
    error = f"{WHERE}: " + "; ".join(content.errors) if content.errors else None
    return Extracted(mime=TNEF_MIME, parts=parts, children=_children(item, content, ctx), error=error)


def extract_tnef(item: Item, data: bytes, ctx: ExtractContext) -> Extracted:
    """A winmail.dat on its own (saved to disk, in an archive, the TNEF part of a message read as normal).

    It is a message: what its PR_SENSITIVITY does not clearly call normal is private and not read
    (metadata only); otherwise its subject, sender and recipients, body (plain, HTML or compressed RTF)
    are read and its attachments become child items like any message's.
    """
    preset, item.mail = item.mail, None
    sensitivity, why = read_tnef(data)
    meta = replace(
        preset or MailMeta(), sensitivity=most_restrictive([(preset or MailMeta()).sensitivity, sensitivity])
    )
    reason = private_reason(meta, ctx.config.mail)
    if reason is None:
        return _read_normal(item, data, ctx)
    reason = f"{reason}: {why}"
    if not may_read_private(ctx.config.mail):
        return Extracted(mime=item.mime_hint or TNEF_MIME, mail=meta, metadata={"private_reason": reason})
    extracted = _read_normal(item, data, ctx)
    extracted.mail = meta
    extracted.metadata.update(private_reason=reason, inspected_private=True)
    return extracted
