"""Content checks libmagic lacks for mail: RFC 822 header blocks, mbox files, PST/OST and .msg.

libmagic calls most .eml files and all mbox files text/plain, and .msg files generic OLE storage.
"""

from __future__ import annotations

import re

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_MSG_STREAM = "__substg1.0_".encode("utf-16-le")
_HEADER_LINE = re.compile(rb"^([A-Za-z0-9-]{1,76}):[ \t]?[^\r\n]*$")
_MAIL_HEADERS = frozenset(
    {
        b"from",
        b"to",
        b"cc",
        b"subject",
        b"date",
        b"message-id",
        b"received",
        b"return-path",
        b"mime-version",
        b"content-type",
        b"delivered-to",
        b"reply-to",
        b"sender",
        b"x-mailer",
    }
)
_GENERIC = frozenset(
    {
        "text/plain",
        "application/octet-stream",
        "application/x-ole-storage",
        "application/CDFV2",
        "application/vnd.ms-office",
        "message/rfc822",
    }
)


def looks_like_headers(data: bytes) -> bool:
    """A block of RFC 822 header lines with at least two well-known mail headers."""
    head = data[:16384].split(b"\n\n", 1)[0].split(b"\r\n\r\n", 1)[0]
    known = 0
    for line in head.splitlines()[:200]:
        if not line or line[:1] in (b" ", b"\t"):
            continue
        m = _HEADER_LINE.match(line)
        if m is None:
            return False
        known += m.group(1).lower() in _MAIL_HEADERS
    return known >= 2


def refine_mail_mime(mime: str, data: bytes, name: str = "") -> str:
    """A more exact type for mail content, or ``mime`` unchanged."""
    if mime not in _GENERIC and mime != "application/vnd.ms-outlook":
        return mime
    if data.startswith(b"!BDN"):
        return "application/vnd.ms-outlook-pst"
    if data.startswith(_OLE):
        if mime == "application/vnd.ms-outlook" or _MSG_STREAM in data or name.lower().endswith(".msg"):
            return "application/vnd.ms-outlook"
        return mime
    if mime in ("text/plain", "application/octet-stream", "message/rfc822"):
        if data.startswith(b"From ") and looks_like_headers(data[:65536].split(b"\n", 1)[-1]):
            return "application/mbox"
        if looks_like_headers(data):
            return "message/rfc822"
    return mime
