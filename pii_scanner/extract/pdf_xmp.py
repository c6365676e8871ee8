"""A PDF's XMP metadata (the catalog's /Metadata stream): title, author, subject, keywords.

Many writers (Acrobat, InDesign, pikepdf, PDF/A converters) keep these in XMP, some only there: PDFium
reads only the older document information dictionary, so an XMP-only PDF showed its author in every
viewer's properties and was scanned without it. XMP packets are stored uncompressed as a rule (so that
any program can find them); a Flate-compressed /Metadata stream is inflated, bounded.
"""

from __future__ import annotations

import re
import zlib
from typing import Any

from pii_scanner.extract.xmlsafe import iter_events, local

MAX_PACKETS = 16
MAX_PACKET = 1 << 20  # bytes of one packet read at most
_OPEN, _CLOSE = b"<rdf:RDF", b"</rdf:RDF>"
_METADATA = re.compile(rb"/Type\s*/Metadata(?![A-Za-z])")
_FLATE = re.compile(rb"/Filter\s*\[?\s*/(?:FlateDecode|Fl)(?![A-Za-z])")
# What a viewer's document properties show, by the XMP property's local name.
_SHOWN = {
    "title": "Title",
    "creator": "Author",
    "description": "Subject",
    "subject": "Keywords",
    "Keywords": "Keywords",
    "rights": "Rights",
    "Author": "Author",
    "AuthorsPosition": "Author",
    "CaptionWriter": "Author",
}


def _packets(buf: Any) -> list[bytes]:
    found: list[bytes] = []
    pos = 0
    while len(found) < MAX_PACKETS:
        start = buf.find(_OPEN, pos)
        if start < 0:
            break
        end = buf.find(_CLOSE, start, start + MAX_PACKET)
        if end < 0:
            pos = start + len(_OPEN)
            continue
        found.append(bytes(buf[start : end + len(_CLOSE)]))
        pos = end
    for m in _METADATA.finditer(buf):
        if len(found) >= MAX_PACKETS:
            break
        stream = buf.find(b"stream", m.end(), m.end() + 4096)
        head = bytes(buf[max(0, m.start() - 4096) : m.end() + 4096 if stream < 0 else stream])
        if stream < 0 or not _FLATE.search(head[head.rfind(b"obj") :]):
            continue
        start = stream + 6 + (2 if buf[stream + 6 : stream + 8] == b"\r\n" else 1)
        try:
            inflated = zlib.decompressobj().decompress(bytes(buf[start : start + MAX_PACKET]), MAX_PACKET)
        except zlib.error:
            continue  # a damaged stream: the rest of the file is still read
        begin, end = inflated.find(_OPEN), inflated.find(_CLOSE)
        if 0 <= begin < end:
            found.append(inflated[begin : end + len(_CLOSE)])
    return found


def xmp_properties(buf: Any) -> list[str]:
    """``Key: value`` lines of the XMP packets in a PDF's bytes (``bytes`` or an mmap), each line once."""
    lines: dict[str, None] = {}
    for packet in _packets(buf):
        # The packet is parsed alone (no DTD allowed); namespace prefixes it uses undeclared make it
        # malformed: skipped, the document information and pages are still read.
        try:
            events = list(iter_events(packet, "PDF XMP", ("start", "end")))
        except Exception:
            continue
        open_keys: list[str | None] = []
        for event, elem in events:
            name = local(elem.tag)
            if event == "start":
                open_keys.append(_SHOWN.get(name))
                for key, value in elem.attrib.items():  # <rdf:Description pdf:Keywords="..."/>
                    shown = _SHOWN.get(local(key))
                    if shown and value.strip():
                        lines.setdefault(f"{shown}: {value.strip()}", None)
                continue
            open_keys.pop()
            shown_as = next((k for k in reversed(open_keys) if k), None) or _SHOWN.get(name)
            if shown_as and elem.text and elem.text.strip() and not len(elem):
                lines.setdefault(f"{shown_as}: {elem.text.strip()}", None)
    return list(lines)
