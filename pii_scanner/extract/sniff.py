"""Type by content (libmagic through python-magic); the file name only breaks ties.

libmagic answers generically for some containers; the content then decides before the name does:
a zip's member list tells OOXML/ODF/plain zip apart, an OLE2 file's stream names tell .doc/.xls/
.ppt/.msg/encrypted OOXML apart.
"""

from __future__ import annotations

import io
import mimetypes
import re
import threading
import zipfile
from collections.abc import Callable
from typing import BinaryIO, Protocol

from pii_scanner.extract.calendar_class import calendar_mime
from pii_scanner.extract.envelopes import envelope_mime
from pii_scanner.extract.mail_sniff import refine_mail_mime
from pii_scanner.extract.text import utf32_without_bom

_local = threading.local()

_TNEF_SIGNATURE = b"\x78\x9f\x3e\x22"  # TNEF (winmail.dat), 0x223E9F78 little-endian
# libmagic answers with a generic type for these; the content or the extension then decides.
_GENERIC = frozenset(
    {
        "application/octet-stream",
        "application/zip",
        "text/plain",
        "application/x-ole-storage",
        "application/CDFV2",
        "application/vnd.ms-office",
    }
)
_OLE = frozenset({"application/x-ole-storage", "application/CDFV2", "application/vnd.ms-office"})
_OOXML_MAIN = {
    "word/document.xml": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xl/workbook.xml": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "ppt/presentation.xml": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
}
# Text types whose extension is more telling than "text/plain" (TSV, CSV without a header line).
_TEXT_BY_NAME = frozenset({"text/csv", "text/tab-separated-values", "text/html", "text/xml"})

# Extensions the stdlib table may lack; looked up here first (the process-wide mimetypes registry is
# left alone: an importing application's own registrations must not change behind its back).
_EXTRA_TYPES = {".tsv": "text/tab-separated-values", ".7z": "application/x-7z-compressed"}


# libmagic's guesses from two letters at the start of plain text: HP-GL plotter files open with "PA", "SP" or "IN",
# as capital-letter reports do ("PATIENTREGISTER", "SPØRGESKEMA"). HP-GL is plain text itself: reading such a file
# as text loses nothing, while "unsupported" would skip a register of people unscanned.
_TEXT_LOOKALIKES = frozenset({"application/vnd.hp-HPGL"})
# libmagic names netpbm images by "P1".."P6" alone: a text opening "P1 – søndag" (a radio channel) is no image
# without the width and height after the magic number.
_NETPBM_TYPES = frozenset(
    {"image/x-portable-bitmap", "image/x-portable-graymap", "image/x-portable-greymap", "image/x-portable-pixmap"}
    | {"image/x-portable-anymap"}
)
_NETPBM_HEADER = re.compile(rb"P[1-7](?:\s|#[^\r\n]*[\r\n])+\d+(?:\s|#[^\r\n]*[\r\n])+\d+(?:\s|\Z)")


def reads_as_text(data: bytes) -> bool:
    """UTF-8 (or Latin-1 without control bytes) text: no NUL and at most a few control characters."""
    if b"\x00" in data:
        return False
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("latin-1")
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r\f")
    return controls * 100 <= len(text)


def _guess_by_name(name: str) -> str | None:
    dot = name.rfind(".")
    extra = _EXTRA_TYPES.get(name[dot:].lower()) if dot >= 0 else None
    return extra or mimetypes.guess_type(name, strict=False)[0]


def mime_by_name(name: str) -> str | None:
    """The type a file name suggests (a guess: the content decides when the file is read)."""
    return _guess_by_name(_basename(name)) if name else None


class _MimeMagic(Protocol):
    """What is used of python-magic's ``Magic(mime=True)`` (the library is untyped)."""

    def from_buffer(self, buffer: bytes) -> str: ...


def _magic() -> _MimeMagic:
    m: _MimeMagic | None = getattr(_local, "magic", None)
    if m is None:
        import magic

        m = magic.Magic(mime=True)
        _local.magic = m
    return m


def _zip_kind(data: bytes | BinaryIO) -> str | None:
    """OOXML / ODF by the zip's own listing (libmagic only checks the first member)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data) if isinstance(data, bytes) else data) as zf:
            names = set(zf.namelist())
            if "mimetype" in names:
                with zf.open("mimetype") as fh:  # read a few bytes only: members may be bombs
                    declared = fh.read(100).decode("ascii", "replace").strip()
                if declared.startswith("application/vnd.oasis.opendocument"):
                    return declared
            if "[Content_Types].xml" in names:
                for main, mime in _OOXML_MAIN.items():
                    if main in names:
                        return mime
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError, RuntimeError):
        return None
    return None


def sniff_file(opener: Callable[[], BinaryIO], prefix: bytes, name: str = "") -> str:
    """The MIME type of a file too large to read whole, by its first bytes (``prefix``); a zip's
    listing (at its end) is read from the file itself."""
    mime = sniff_mime(prefix, name)
    if mime == "application/zip":
        with opener() as fh:
            mime = _zip_kind(fh) or mime
    return mime


def _basename(name: str) -> str:
    return name.replace("\\", "/").rsplit("/", 1)[-1]


def sniff_mime(data: bytes, name: str = "") -> str:
    """The MIME type of ``data``, by content; ``name`` breaks ties for generic answers.

    >>> sniff_mime(b"%PDF-1.7 ...")
    'application/pdf'
    >>> sniff_mime(b"hello", "notes.csv")
    'text/csv'
    """
    envelope = envelope_mime(data[:65536])
    if envelope is not None:  # encrypted as a whole: never read for strings or as text and called clean
        return envelope
    wide = utf32_without_bom(data) if b"\x00\x00" in data[:64] else None
    if wide is not None:
        # libmagic calls it data (or a colour swatch file): its text was never read. A message in
        # UTF-32 is left as before (not read): read as text its private body would be reported.
        head = data[:65536].decode(wide, errors="replace").encode("utf-8")
        if refine_mail_mime("text/plain", head, name) == "text/plain":
            return calendar_mime(data) or "text/plain"  # a calendar's private entries are decided as one
    mime = _magic().from_buffer(data[:65536])
    if mime in _TEXT_LOOKALIKES and reads_as_text(data[:65536]):
        mime = "text/plain"  # "PATIENTREGISTER", "PAYROLL", "SPØRGESKEMA" open like HP-GL plotter commands
    elif mime in _NETPBM_TYPES and _NETPBM_HEADER.match(data) is None and reads_as_text(data[:65536]):
        mime = "text/plain"  # "P1 – søndag\n09.03 ...": a radio schedule, not a bitmap
    mime = refine_mail_mime(mime, data, name)  # libmagic misses most .eml, mbox and .msg files
    if mime in ("text/plain", "application/octet-stream"):
        # a calendar after a byte order mark or a blank line, in lower case or UTF-16: its private entries
        mime = calendar_mime(data) or mime
    if data.startswith(_TNEF_SIGNATURE):  # a winmail.dat is a message whatever this libmagic calls it
        mime = "application/vnd.ms-tnef"
    elif mime in ("application/octet-stream", "text/plain") and _basename(name).casefold() == "winmail.dat":
        mime = "application/vnd.ms-tnef"  # its signature damaged: still a message, decided (private) as one
    if mime == "application/zip":
        mime = _zip_kind(data) or mime
    elif mime in _OLE:
        from pii_scanner.extract.ole import ole_kind

        mime = ole_kind(data) or mime
    if mime in _GENERIC and name:
        guessed = _guess_by_name(name)
        if guessed and mime == "text/plain":
            return guessed if guessed in _TEXT_BY_NAME else mime
        if guessed and mime == "application/octet-stream" and not guessed.startswith(("text/", "image/")):
            # Only containers the extractors verify themselves; never trust a name for text or images.
            return guessed
    return mime
