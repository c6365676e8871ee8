"""TNEF (winmail.dat) streams built byte by byte, as Outlook writes them, for the privacy tests."""

from __future__ import annotations

import base64
import struct

SIGNATURE = 0x223E9F78
LVL_MESSAGE, LVL_ATTACHMENT = 1, 2
ATT_TNEF_VERSION = 0x00089006
ATT_MESSAGE_CLASS = 0x00078008
ATT_MSG_PROPS = 0x00069003
ATT_ATTACH_REND_DATA = 0x00069002
ATT_ATTACHMENT = 0x00069005
PT_LONG, PT_STRING8, PT_BOOLEAN = 0x0003, 0x001E, 0x000B
PR_SENSITIVITY, PR_SUBJECT, PR_ATTACH_METHOD = 0x0036, 0x0037, 0x3705


def attribute(level: int, att: int, data: bytes, checksum: int | None = None) -> bytes:
    total = sum(data) & 0xFFFF if checksum is None else checksum
    return struct.pack("<BII", level, att, len(data)) + data + struct.pack("<H", total)


def long_prop(prop_id: int, value: int) -> bytes:
    return struct.pack("<HHi", PT_LONG, prop_id, value)


def string_prop(prop_id: int, text: str) -> bytes:
    raw = text.encode("latin-1") + b"\0"
    return struct.pack("<HHII", PT_STRING8, prop_id, 1, len(raw)) + raw + b"\0" * (-len(raw) % 4)


def props(*encoded: bytes) -> bytes:
    return struct.pack("<I", len(encoded)) + b"".join(encoded)


def tnef(*attributes: bytes) -> bytes:
    head = attribute(LVL_MESSAGE, ATT_TNEF_VERSION, struct.pack("<I", 0x00010000))
    head += attribute(LVL_MESSAGE, ATT_MESSAGE_CLASS, b"IPM.Microsoft Mail.Note\0")
    return struct.pack("<IH", SIGNATURE, 0x1234) + head + b"".join(attributes)


def tnef_with_sensitivity(value: int, subject: str = "Sygemelding") -> bytes:
    return tnef(
        attribute(LVL_MESSAGE, ATT_MSG_PROPS, props(string_prop(PR_SUBJECT, subject), long_prop(PR_SENSITIVITY, value)))
    )


def tnef_mail(
    body: str,
    stream: bytes,
    ctype: str = "application/ms-tnef",
    filename: str = "winmail.dat",
    outer: str = "",
    nested: bool = False,
) -> bytes:
    """multipart/mixed as Exchange sends it: a plain body, then the TNEF part (base64)."""
    encoded = base64.encodebytes(stream).decode().replace("\n", "\r\n")
    tnef_part = (
        f'Content-Type: {ctype}; name="{filename}"\r\nContent-Transfer-Encoding: base64\r\n'
        f'Content-Disposition: attachment; filename="{filename}"\r\n\r\n{encoded}'
    )
    if nested:  # the TNEF part one level down, in a multipart/related
        tnef_part = f"Content-Type: multipart/related; boundary=R\r\n\r\n--R\r\n{tnef_part}--R--\r\n"
    return (
        "From: Jens <jens@firma.dk>\r\nTo: Lise <lise@firma.dk>\r\nSubject: Mødet\r\nMIME-Version: 1.0\r\n"
        f"{outer}X-MS-Has-Attach: yes\r\nX-MS-TNEF-Correlator: <AB12@firma.dk>\r\n"
        "Content-Type: multipart/mixed; boundary=B\r\n\r\n"
        f"--B\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n"
        f"--B\r\n{tnef_part}--B--\r\n"
    ).encode()


def binary_prop(prop_id: int, raw: bytes) -> bytes:
    return struct.pack("<HHII", 0x0102, prop_id, 1, len(raw)) + raw + b"\0" * (-len(raw) % 4)


def named_long_prop(name: str, value: int) -> bytes:
    """A named property (id >= 0x8000): GUID, kind 1, UTF-16 name, then the value."""
    raw = name.encode("utf-16-le") + b"\0\0"
    head = struct.pack("<HH", PT_LONG, 0x8001) + b"\x08\x20\x06\x00" + b"\0" * 12 + struct.pack("<II", 1, len(raw))
    return head + raw + b"\0" * (-len(raw) % 4) + struct.pack("<i", value)


def multi_long_prop(prop_id: int, *values: int) -> bytes:
    return struct.pack("<HHI", PT_LONG | 0x1000, prop_id, len(values)) + b"".join(struct.pack("<i", v) for v in values)


def attachment_with_method(method: int) -> bytes:
    return attribute(LVL_ATTACHMENT, ATT_ATTACH_REND_DATA, b"\0" * 14) + attribute(
        LVL_ATTACHMENT, ATT_ATTACHMENT, props(long_prop(PR_ATTACH_METHOD, method))
    )


ATT_ATTACH_TITLE, ATT_ATTACH_DATA, ATT_BODY, ATT_RECIP_TABLE = 0x00018010, 0x0006800F, 0x0002800C, 0x00069004
PT_UNICODE, PT_BINARY = 0x001F, 0x0102
PR_BODY, PR_RTF_COMPRESSED, PR_HTML = 0x1000, 0x1009, 0x1013
PR_ATTACH_DATA_BIN, PR_ATTACH_LONG_FILENAME, PR_DISPLAY_NAME, PR_EMAIL_ADDRESS = 0x3701, 0x3707, 0x3001, 0x3003


def unicode_prop(prop_id: int, text: str) -> bytes:
    raw = text.encode("utf-16-le") + b"\0\0"
    return struct.pack("<HHII", PT_UNICODE, prop_id, 1, len(raw)) + raw + b"\0" * (-len(raw) % 4)


def attachment(
    name: str, data: bytes | None, method: int = 1, in_props: bool = False, legacy_title: bool = True
) -> bytes:
    """One attachment as Outlook writes it: attAttachRenddata, title, data, then its MAPI properties."""
    out = attribute(LVL_ATTACHMENT, ATT_ATTACH_REND_DATA, b"\0" * 14)
    if legacy_title:
        out += attribute(LVL_ATTACHMENT, ATT_ATTACH_TITLE, name.encode("cp1252") + b"\0")
    if data is not None and not in_props:
        out += attribute(LVL_ATTACHMENT, ATT_ATTACH_DATA, data)
    listed = [long_prop(PR_ATTACH_METHOD, method), unicode_prop(PR_ATTACH_LONG_FILENAME, name)]
    if data is not None and in_props:
        listed.append(binary_prop(PR_ATTACH_DATA_BIN, data))
    return out + attribute(LVL_ATTACHMENT, ATT_ATTACHMENT, props(*listed))


def lzfu_literals(rtf: bytes) -> bytes:
    """Compressed RTF (MS-OXRTFCP) made of literals only, with its end marker and CRC: what any reader
    of the format must read back."""
    import zlib

    end_offset = (207 + len(rtf)) % 4096  # the dictionary's write position when the data ends
    marker = struct.pack(">H", end_offset << 4)
    body = bytearray()
    for i in range(0, len(rtf), 8):
        chunk = rtf[i : i + 8]
        if len(chunk) < 8:  # the end marker fits in the last run
            body += bytes([1 << len(chunk)]) + chunk + marker
            break
        body += b"\0" + chunk
    else:
        body += b"\x01" + marker
    crc = zlib.crc32(bytes(body), 0xFFFFFFFF) ^ 0xFFFFFFFF
    return struct.pack("<IIII", len(body) + 12, len(rtf), 0x75465A4C, crc) + bytes(body)
