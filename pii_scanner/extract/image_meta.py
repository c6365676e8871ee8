"""The text a picture carries besides its pixels: PNG text chunks (tEXt, zTXt, iTXt), EXIF text tags
(ImageDescription, Artist, UserComment, the Windows XP* tags...), XMP packets and JPEG/GIF comments.
Plain text, cheap to read (no pixel is decoded), and a place a CPR is written ("Description: CPR ...")
that OCR never sees. Read into the part ``metadata``."""

from __future__ import annotations

import itertools
import re
import struct
import zlib
from collections.abc import Iterator
from typing import Any

from pii_scanner.core.errors import ExtractionError, LimitExceeded
from pii_scanner.extract.xmlsafe import iter_events

MAX_TEXT = 1 << 20  # characters of metadata text per picture; a decompressed chunk is cut there too
_PNG = b"\x89PNG\r\n\x1a\n"
# EXIF tags holding text: IFD0 descriptions and credits, the Windows XP* tags (UTF-16LE bytes).
_TEXT_TAGS = (0x010D, 0x010E, 0x010F, 0x0110, 0x013B, 0x8298, 0x9C9B, 0x9C9C, 0x9C9D, 0x9C9E, 0x9C9F)
_EXIF_IFD, _USER_COMMENT = 0x8769, 0x9286


def png_texts(data: bytes) -> Iterator[str]:
    """``keyword: text`` of each PNG text chunk, wherever it stands (before or after the pixels)."""
    if not data.startswith(_PNG):
        return
    pos = len(_PNG)
    while pos + 8 <= len(data):
        length, kind = struct.unpack(">I4s", data[pos : pos + 8])
        body = data[pos + 8 : pos + 8 + length]
        pos += 12 + length
        if kind == b"IEND":
            return
        if kind in (b"tEXt", b"zTXt", b"iTXt"):
            text = _png_chunk(kind, body)
            if text:
                yield text


def _png_chunk(kind: bytes, body: bytes) -> str | None:
    keyword, _, rest = body.partition(b"\x00")
    name = keyword.decode("latin-1")
    if kind == b"tEXt":
        return f"{name}: {rest.decode('latin-1')}"
    if kind == b"zTXt":  # compression method byte, then zlib
        return f"{name}: {_inflate(rest[1:]).decode('latin-1')}"
    if len(rest) < 2:  # iTXt: compressed flag, method, language\0, translated keyword\0, text
        return None
    compressed, rest = rest[0], rest[2:]
    _lang, _, rest = rest.partition(b"\x00")
    _translated, _, text = rest.partition(b"\x00")
    raw = _inflate(text) if compressed else text
    return f"{name}: {_xmp_text(raw) if name == 'XML:com.adobe.xmp' else raw.decode('utf-8', 'replace')}"


def _inflate(data: bytes) -> bytes:
    """At most MAX_TEXT bytes of a zlib stream: a chunk that inflates to gigabytes is cut, not read."""
    try:
        return zlib.decompressobj().decompress(data, MAX_TEXT)
    except zlib.error:
        return b""


def _xmp_text(packet: bytes) -> str:
    """The text and attribute values of an XMP packet, one a line (the markup is not text)."""
    start = packet.find(b"<x:xmpmeta")
    start = start if start >= 0 else packet.find(b"<rdf:RDF")
    end = max(packet.rfind(b"</x:xmpmeta>") + len(b"</x:xmpmeta>"), packet.rfind(b"</rdf:RDF>") + len(b"</rdf:RDF>"))
    if start < 0 or end <= start:
        return ""
    out: list[str] = []
    try:
        for _event, elem in iter_events(packet[start:end], "XMP", ("end",)):
            out.extend(v for v in elem.attrib.values() if v.strip())
            if elem.text and elem.text.strip():
                out.append(elem.text.strip())
    except (ExtractionError, LimitExceeded):  # a damaged packet: its words as they stand
        return re.sub(rb"<[^>]*>", b" ", packet[start:end]).decode("utf-8", "replace")
    return "\n".join(out)


def pillow_texts(img: Any, *, info_too: bool = True) -> Iterator[str]:
    """EXIF text tags, XMP and comments of an image Pillow opened (its header only: nothing decoded);
    ``info_too=False``: the EXIF tags only (a PNG's text chunks are read from its bytes)."""
    info = (getattr(img, "info", {}) or {}) if info_too else {}
    for key in ("comment", "Comment"):
        if info.get(key):
            yield f"comment: {_text(info[key])}"
    if info.get("xmp"):
        yield _xmp_text(info["xmp"] if isinstance(info["xmp"], bytes) else str(info["xmp"]).encode())
    try:
        exif = img.getexif()
    except (OSError, SyntaxError, ValueError, TypeError, struct.error):
        return
    for tag in _TEXT_TAGS:
        if exif.get(tag):
            yield _text(exif[tag], utf16=tag >= 0x9C9B)
    try:
        comment = exif.get_ifd(_EXIF_IFD).get(_USER_COMMENT)
    except (OSError, SyntaxError, ValueError, TypeError, KeyError, struct.error):
        comment = None
    if comment:
        yield _text(comment[8:] if isinstance(comment, bytes) and len(comment) > 8 else comment)


def _text(value: object, utf16: bool = False) -> str:
    if isinstance(value, (bytes, bytearray)):
        raw = bytes(value)
        if utf16 or raw.startswith(b"UNICODE\x00"):
            return raw.removeprefix(b"UNICODE\x00").decode("utf-16-le", "replace").rstrip("\x00")
        return raw.decode("utf-8", "replace").rstrip("\x00")
    if isinstance(value, tuple):  # Pillow gives the XP* tags as tuples of byte values
        return _text(bytes(v for v in value if isinstance(v, int) and 0 <= v < 256), utf16)
    return str(value).rstrip("\x00")


def metadata_text(data: bytes, img: Any) -> str:
    """All metadata text of a picture, at most MAX_TEXT characters."""
    png = data.startswith(_PNG)
    texts: dict[str, None] = {}  # in order, each once
    size = 0
    # Stop at the limit, not after: each zTXt chunk may inflate to MAX_TEXT, and a picture may hold thousands.
    for text in itertools.chain(png_texts(data), pillow_texts(img, info_too=not png)):
        if text.strip() and text not in texts:
            texts[text] = None
            size += len(text) + 1
            if size > MAX_TEXT:
                break
    return "\n".join(texts)[:MAX_TEXT]
