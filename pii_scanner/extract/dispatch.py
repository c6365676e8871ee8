"""The one table that maps content types to extractors.

An extractor takes (item, raw bytes, context) and returns an :class:`Extracted`: text parts, child
items (archive members, attachments, messages in a mailbox file), encryption state. It raises
:class:`~pii_scanner.core.errors.ExtractionError` for content it cannot read; the walker turns that
into the item's error record.
"""

from __future__ import annotations

from collections.abc import Callable
from fnmatch import fnmatchcase
from typing import BinaryIO

from pii_scanner.core.model import Extracted, Item
from pii_scanner.extract import archives, ole, olm, ooxml
from pii_scanner.extract.calendar_class import CALENDAR_TYPES
from pii_scanner.extract.calendar_files import extract_calendar
from pii_scanner.extract.compressed import (
    COMPRESSED_TYPES,
    UNOPENED_TYPES,
    extract_compressed,
    extract_unopened,
    unopened_kind,
)
from pii_scanner.extract.context import ExtractContext
from pii_scanner.extract.db_row import ROW_MIME, extract_row
from pii_scanner.extract.html import extract_html
from pii_scanner.extract.images import IMAGE_TYPES, extract_image
from pii_scanner.extract.mail import extract_message, inline_file_items, inline_files
from pii_scanner.extract.mailbox_files import extract_mbox, extract_outlook, extract_pst
from pii_scanner.extract.odf import ODF_TYPES, extract_odf
from pii_scanner.extract.pdf import extract_pdf
from pii_scanner.extract.rtf import extract_rtf
from pii_scanner.extract.strings import STRINGS_TYPES, extract_strings
from pii_scanner.extract.text import encrypted_file, extract_text
from pii_scanner.extract.tnef import TNEF_TYPES, extract_tnef

Extractor = Callable[[Item, bytes, ExtractContext], Extracted]


def _text(item: Item, data: bytes, ctx: ExtractContext) -> Extracted:
    extracted = extract_text(item, data)
    extracted.mime = item.mime_hint or extracted.mime  # keep text/csv, text/tab-separated-values...
    problems: list[str] = []
    inline = inline_files(extracted.parts, problems)  # a saved mail body, a digest, an old archive
    if inline:
        extracted.children = inline_file_items(item, inline, ctx)
        extracted.error = "; ".join(problems) or None
    return extracted


def _ole_generic(item: Item, data: bytes, ctx: ExtractContext) -> Extracted:
    """A compound file libmagic could not name: route by its streams."""
    kind = ole.ole_kind(data)
    if kind is None:
        ole.check_readable(data)  # raises for a damaged file
        item.mime_hint = "application/x-ole-storage"
        return extract_strings(item, data, ctx)  # streams of no known application: their readable runs
    extractor = extractor_for(kind)
    if extractor is None or extractor is _ole_generic:
        item.mime_hint = kind
        return extract_strings(item, data, ctx)
    item.mime_hint = kind
    return extractor(item, data, ctx)


# Exact MIME type -> extractor. Extended by the format modules below (one registration place).
TEXT_APPLICATION_TYPES = (
    "application/json",
    "application/ld+json",
    "application/x-ndjson",
    "application/xml",
    "application/x-yaml",
    "application/yaml",
    "application/javascript",
    "application/sql",
    "application/csv",
    "application/x-subrip",  # .srt subtitles: numbered cues with timings, then the lines spoken
)
FileExtractor = Callable[[Item, BinaryIO, ExtractContext], Extracted]
EXTRACTORS: dict[str, Extractor] = {}
EXTRACTORS[ROW_MIME] = extract_row  # rows of the SQL source
# Mail: messages, Outlook files, mailbox files.
EXTRACTORS["message/rfc822"] = extract_message
EXTRACTORS["application/vnd.ms-outlook"] = extract_outlook
EXTRACTORS["application/vnd.ms-outlook-pst"] = extract_pst
EXTRACTORS["application/mbox"] = extract_mbox
EXTRACTORS[olm.MESSAGE_MIME] = olm.extract_olm_message  # Outlook for Mac: decided before the body is read
EXTRACTORS[olm.WITHHELD_MIME] = olm.extract_withheld
EXTRACTORS.update(dict.fromkeys(TNEF_TYPES, extract_tnef))  # winmail.dat: its PR_SENSITIVITY first
EXTRACTORS.update(dict.fromkeys(CALENDAR_TYPES, extract_calendar))  # entries marked CLASS:PRIVATE are not read
# Files: documents, spreadsheets, presentations, PDF, images (OCR), archives.
EXTRACTORS.update(
    {
        "text/html": extract_html,
        "application/xhtml+xml": extract_html,
        "text/rtf": extract_rtf,
        "application/rtf": extract_rtf,
        "application/pdf": extract_pdf,
        **dict.fromkeys(ooxml.DOCX_LIKE, ooxml.extract_docx),
        **dict.fromkeys(ooxml.XLSX_LIKE, ooxml.extract_xlsx),
        **dict.fromkeys(ooxml.PPTX_LIKE, ooxml.extract_pptx),
        **dict.fromkeys(ODF_TYPES, extract_odf),
        ole.DOC: ole.extract_doc,
        ole.XLS: ole.extract_xls,
        ole.PPT: ole.extract_ppt,
        ole.ENCRYPTED_OOXML: ole.extract_encrypted_ooxml,
        **dict.fromkeys(ole.OLE_GENERIC, _ole_generic),
        **dict.fromkeys(IMAGE_TYPES, extract_image),
        archives.ZIP: archives.extract_zip,
        "application/epub+zip": archives.extract_zip,  # an e-book: XHTML chapters in a zip
        "application/x-zip-compressed": archives.extract_zip,
        # Zips under another name (a Java or Android package): their members are read, not the deflated bytes.
        **dict.fromkeys(archives.ZIP_LIKE, archives.extract_zip),
        archives.TAR: archives.extract_tar,
        "application/x-gtar": archives.extract_tar,
        archives.SEVEN_Z: archives.extract_7z,
        **dict.fromkeys(COMPRESSED_TYPES, extract_compressed),
        **dict.fromkeys(UNOPENED_TYPES, extract_unopened),  # never to the strings reader as if plain binary
        "application/pgp-encrypted": encrypted_file("OpenPGP-encrypted file"),
        # Text formats libmagic names application/*: exports and configs are read as text, never skipped.
        **dict.fromkeys(TEXT_APPLICATION_TYPES, _text),
        # Data of no known format (text with NUL bytes, UTF-16 without a BOM, database files): its
        # readable runs, never skipped unread.
        **dict.fromkeys(STRINGS_TYPES, extract_strings),
    }
)
# Documents whose text can be read straight out of an open file, piece by piece (large files are
# never read into memory whole): the same functions, given the file instead of its bytes.
FILE_EXTRACTORS: dict[str, FileExtractor] = {
    "application/pdf": extract_pdf,
    **dict.fromkeys(ooxml.DOCX_LIKE, ooxml.extract_docx),
    **dict.fromkeys(ooxml.XLSX_LIKE, ooxml.extract_xlsx),
    **dict.fromkeys(ooxml.PPTX_LIKE, ooxml.extract_pptx),
    **dict.fromkeys(ODF_TYPES, extract_odf),
}
# MIME prefix -> extractor, tried after exact matches.
PREFIX_EXTRACTORS: list[tuple[str, Extractor]] = [("text/", _text)]


def fallback_for(mime: str) -> Extractor:
    """The reader of data whose type no extractor reads (a Windows .inf or .url, PostScript, an ELF
    library, audio, video, fonts): the strings reader, which finds readable runs in text and binary
    data alike (an ID3 tag's text, a library's constant strings) and refuses what holds a mail header
    block, as it may be private mail. Nothing is left unread and called clean; a user who wants some
    types skipped says so (``limits.skip_types``), and those items are recorded as skipped.

    Compressed data is the exception: its strings are noise, so a compressed type no reader opens that is
    not listed by name (libmagic's many ``*compress*`` types) is recorded as not read, never called clean."""
    if unopened_kind(mime) is not None:
        return extract_unopened
    return extract_strings


def skip_reason(mime: str, patterns: tuple[str, ...]) -> str | None:
    """Why an item of type ``mime`` is not read when the user listed its type in ``limits.skip_types``
    ("audio/*", "video/mp4"; case does not matter), else None."""
    kind = mime.lower()
    for pattern in patterns:
        if fnmatchcase(kind, pattern.lower()):
            return f"type {kind} skipped by the configuration (limits.skip_types {pattern})"
    return None


def extractor_for(mime: str) -> Extractor | None:
    found = EXTRACTORS.get(mime)
    if found is not None:
        return found
    for prefix, extractor in PREFIX_EXTRACTORS:
        if mime.startswith(prefix):
            return extractor
    if mime.startswith("application/") and mime.endswith(("+json", "+xml")):
        return _text  # structured-syntax suffixes (RFC 6839): text underneath
    if mime.startswith("application/") and mime.endswith("+zip"):
        return archives.extract_zip  # RFC 6839 "+zip": a zip underneath (CorelDRAW and the like)
    return None
