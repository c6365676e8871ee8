"""TNEF (``application/ms-tnef``, ``winmail.dat``) parts of a MIME message, as far as privacy needs them.

Outlook and Exchange may carry a message's real properties only in a TNEF attachment: a message
marked private there says nothing in its outer header block. A message with a TNEF part whose
sensitivity cannot be read is therefore private (fail closed), decided before anything of it is read.
"""

from __future__ import annotations

import base64
import binascii
import struct
from dataclasses import replace
from email.message import Message

from pii_scanner.core.mail_policy import may_read_private, most_restrictive, private_reason, sensitivity_from_number
from pii_scanner.core.model import Extracted, Item, MailMeta, Sensitivity
from pii_scanner.extract.context import ExtractContext
from pii_scanner.extract.strings import extract_strings

TNEF_MIME = "application/vnd.ms-tnef"
TNEF_TYPES = frozenset({"application/ms-tnef", TNEF_MIME})
TNEF_SIGNATURE = b"\x78\x9f\x3e\x22"  # 0x223E9F78, little-endian
WHERE = "TNEF (winmail.dat)"
_MAX_DEPTH = 50
_LVL_MESSAGE, _LVL_ATTACHMENT = 1, 2
_ATT_MSG_PROPS, _ATT_ATTACHMENT = 0x00069003, 0x00069005
_PT_LONG = 0x0003
_PR_SENSITIVITY, _PR_ATTACH_METHOD = 0x0036, 0x3705
# An attachment that is a message (ATTACH_EMBEDDED_MSG) or an OLE object may be a private message itself.
_MESSAGE_METHODS = frozenset({5, 6})
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


def _properties(data: bytes) -> list[tuple[int, int, list[bytes]]]:
    """A MAPI property list (attMsgProps, attAttachment): (type, id, raw values) of each property."""
    r = _Reader(data)
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
    if r.pos != len(data):
        raise TnefError("bytes after the property list")
    return found


def read_tnef(data: bytes) -> tuple[Sensitivity, str]:
    """(sensitivity, why) that a TNEF stream states; anything it does not state clearly is ``unreadable``.

    >>> read_tnef(b"not tnef")
    ('unreadable', 'TNEF (winmail.dat) not readable: no TNEF signature')
    """
    r = _Reader(data)
    try:
        if r.take(4) != TNEF_SIGNATURE:
            raise TnefError("no TNEF signature")
        r.take(2)  # legacy key
        stated: list[Sensitivity] = []
        embedded = False
        while r.pos < len(data):
            level, att, length = r.take(1)[0], r.u32(), r.u32()
            body = r.take(length)
            if r.u16() != sum(body) & 0xFFFF:
                raise TnefError("checksum mismatch")
            if level not in (_LVL_MESSAGE, _LVL_ATTACHMENT):
                raise TnefError("unknown attribute level")
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
    try:
        return (part.get_filename() or "").strip().casefold()
    except (TypeError, ValueError, IndexError):
        return ""


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
    else:
        first = raw[:4].encode("latin-1", "replace")
    return first.startswith(TNEF_SIGNATURE)


def is_tnef(part: Message) -> bool:
    """A TNEF part, by its type, its customary name or its signature (a renamed winmail.dat counts)."""
    if part.get_content_type() in TNEF_TYPES or _filename(part) == "winmail.dat":
        return True
    return part.get_content_maintype() not in ("text", "multipart", "message") and _starts_with_signature(part)


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


def extract_tnef(item: Item, data: bytes, ctx: ExtractContext) -> Extracted:
    """A winmail.dat on its own (saved to disk, in an archive, the TNEF part of a message read as normal).

    It is a message: what its PR_SENSITIVITY does not clearly call normal is private and not read
    (metadata only); otherwise its readable runs are read, as for any data of no known format.
    """
    preset, item.mail = item.mail, None
    sensitivity, why = read_tnef(data)
    meta = replace(
        preset or MailMeta(), sensitivity=most_restrictive([(preset or MailMeta()).sensitivity, sensitivity])
    )
    reason = private_reason(meta, ctx.config.mail)
    if reason is None:
        return extract_strings(item, data, ctx)
    reason = f"{reason}: {why}"
    if not may_read_private(ctx.config.mail):
        return Extracted(mime=item.mime_hint or TNEF_MIME, mail=meta, metadata={"private_reason": reason})
    extracted = extract_strings(item, data, ctx)
    extracted.mail = meta
    extracted.metadata.update(private_reason=reason, inspected_private=True)
    return extracted
