"""Plain text in any common encoding: BOMs first, then UTF-8, then a maintained detector.

charset-normalizer is used for the guess; Nordic text in cp1252/latin-1 must come out with æøå/åäö.
"""

from __future__ import annotations

import codecs
from collections.abc import Callable

from charset_normalizer import from_bytes

from pii_scanner.core.model import Extracted, Item, TextPart
from pii_scanner.extract.context import ExtractContext

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode_text(data: bytes) -> tuple[str, str]:
    """Decode bytes to text; returns (text, encoding used).

    >>> decode_text("Søren Ærø".encode("cp1252"))
    ('Søren Ærø', 'cp1252')
    >>> decode_text("Åsa Öberg".encode("utf-16"))[0]
    'Åsa Öberg'
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace"), encoding
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if _looks_single_byte_latin(data):
        # Nordic text that is not UTF-8 is nearly always Windows-1252 (a superset of latin-1's
        # printable range); detectors often mistake short Danish/Swedish text for other code pages.
        return data.decode("cp1252", errors="replace"), "cp1252"
    best = from_bytes(data[: 1 << 20]).best()
    if best is not None and best.encoding:
        return data.decode(best.encoding, errors="replace"), best.encoding
    return data.decode("cp1252", errors="replace"), "cp1252"


_NORDIC_HIGH = frozenset(b"\xc6\xd8\xc5\xe6\xf8\xe5\xc4\xd6\xe4\xf6\xe9\xc9\xfc\xdc")


def _looks_single_byte_latin(data: bytes) -> bool:
    """True when every high byte is a common Nordic/West-European letter in cp1252."""
    high = [b for b in data[: 1 << 16] if b >= 0x80]
    return bool(high) and sum(b in _NORDIC_HIGH for b in high) / len(high) >= 0.8


def extract_text(item: Item, data: bytes) -> Extracted:
    text, encoding = decode_text(data)
    return Extracted(mime="text/plain", parts=[TextPart(text, "body")], metadata={"encoding": encoding})


def encrypted_file(reason: str) -> Callable[[Item, bytes, ExtractContext], Extracted]:
    """An extractor for formats that are encryption envelopes as a whole (OpenPGP files)."""

    def extract(item: Item, data: bytes, ctx: ExtractContext) -> Extracted:
        return Extracted(mime=ctx.mime, encrypted=True, encryption_reason=reason)

    return extract
