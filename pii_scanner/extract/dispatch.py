"""The one table that maps content types to extractors.

An extractor takes (item, raw bytes, context) and returns an :class:`Extracted`: text parts, child
items (archive members, attachments, messages in a mailbox file), encryption state. It raises
:class:`~pii_scanner.core.errors.ExtractionError` for content it cannot read; the walker turns that
into the item's error record.
"""

from __future__ import annotations

import importlib
import re
import threading
from collections.abc import Callable
from fnmatch import fnmatchcase
from typing import BinaryIO

from pii_scanner.core.mail_policy import may_read_private
from pii_scanner.core.model import DB_ROW_MIME, PRIVATE_SENDERS, Extracted, Item, MailMeta, TextPart
from pii_scanner.extract import envelopes, formats
from pii_scanner.extract.calendar_class import CALENDAR_TYPES
from pii_scanner.extract.context import ExtractContext
from pii_scanner.extract.mail_exports import export_private_reason, export_private_senders
from pii_scanner.extract.mail_sniff import PRIVATE_MARK, quoted_private_reason, quoted_private_senders
from pii_scanner.extract.text import decode_text, extract_text, is_xml, unescape_data, xml_split_identifiers

Extractor = Callable[[Item, bytes, ExtractContext], Extracted]
FileExtractor = Callable[[Item, BinaryIO, ExtractContext], Extracted]


class Lazy:
    """An extractor named by its module and function. The module, and the libraries it loads (pdfium,
    olefile, tarfile, the e-mail parser...), is imported when an item of its type is first met, not
    at start-up. A broken import raises there, as it would at start-up (tests import every entry)."""

    __slots__ = ("_function", "module", "name")

    def __init__(self, module: str, name: str) -> None:
        self.module = f"pii_scanner.extract.{module}"
        self.name = name
        self._function: Callable[..., Extracted] | None = None

    def resolve(self) -> Callable[..., Extracted]:
        function = self._function
        if function is None:
            with _IMPORTING:  # one import per module even when threads meet the type at once
                function = self._function or getattr(importlib.import_module(self.module), self.name)
            self._function = function
        return function

    def __call__(self, item: Item, data: bytes | BinaryIO, ctx: ExtractContext) -> Extracted:
        return self.resolve()(item, data, ctx)

    def __repr__(self) -> str:
        return f"Lazy({self.module}.{self.name})"


_IMPORTING = threading.RLock()


def resolved(extractor: Callable[..., Extracted]) -> Callable[..., Extracted]:
    """The function a table entry runs (its module imported now, for a :class:`Lazy` entry)."""
    return extractor.resolve() if isinstance(extractor, Lazy) else extractor


def _lazy(module: str, name: str) -> Lazy:
    """The one :class:`Lazy` per function, so the table's entries for one reader are the same object."""
    key = (module, name)
    found = _LAZY.get(key)
    if found is None:
        found = _LAZY[key] = Lazy(module, name)
    return found


_LAZY: dict[tuple[str, str], Lazy] = {}
extract_message = _lazy("mail", "extract_message")
extract_html = _lazy("html", "extract_html")
extract_strings = _lazy("strings", "extract_strings")
extract_unopened = _lazy("compressed", "extract_unopened")
extract_zip = _lazy("archives", "extract_zip")


# An XHTML page (an e-book chapter, a saved page) that libmagic calls XML: its tags split words and
# numbers ("<span>0707</span>61-4285"), so it is read as HTML, never as raw text.
_XHTML = re.compile(rb"<html[\s>][^>]{0,2000}?http://www\.w3\.org/1999/xhtml|<html>", re.IGNORECASE)


def _text(item: Item, data: bytes, ctx: ExtractContext) -> Extracted:
    mime = item.mime_hint or ""
    if mime in ("text/xml", "application/xml") and _XHTML.search(data[:4096]) is not None:
        return extract_html(item, data, ctx)
    if not may_read_private(ctx.config.mail):
        reason = export_private_reason(data, ctx.config)  # Graph/Outlook REST JSON, EWS XML of messages
        # A digest saved as UTF-16/32 ("Unicode" in Notepad): its header lines are looked for in its text.
        wide = data[:2] in (b"\xff\xfe", b"\xfe\xff") or b"\x00" in data[:64]
        text = decode_text(data)[0].encode("utf-8") if wide and reason is None else data
        if reason is None and PRIVATE_MARK.search(text) is not None:
            reason = quoted_private_reason(text, ctx.config)  # a private message in a digest or saved thread
        if reason is not None:  # metadata only, as a private message; its senders kept as a message file's is
            senders = export_private_senders(text, ctx.config) or quoted_private_senders(text, ctx.config)
            meta = MailMeta(sensitivity="unreadable", sender=senders[0] if senders else "")
            metadata: dict[str, object] = {"private_reason": reason}
            if len(senders) > 1:
                metadata[PRIVATE_SENDERS] = senders  # fingerprinted by the index (store.rows), never stored plain
            return Extracted(mime=item.mime_hint or "text/plain", mail=meta, metadata=metadata)
    extracted = extract_text(item, data)
    extracted.mime = item.mime_hint or extracted.mime  # keep text/csv, text/tab-separated-values...
    for part in extracted.parts:  # JSON's \u00f8 and XML's &#48;: the characters a person sees
        part.text = unescape_data(part.text, extracted.mime, item.name or "")
    if is_xml(extracted.mime, item.name or ""):  # an identifier split across elements, joined as read
        joined = "\n".join(filter(None, (xml_split_identifiers(p.text) for p in extracted.parts)))
        if joined:
            extracted.parts.append(TextPart(joined, "joined"))
    if not any("begin " in part.text for part in extracted.parts):
        return extracted  # no uuencoded file in the text (the mail module's own first test, made here)
    from pii_scanner.extract.mail import inline_file_items, inline_files

    problems: list[str] = []
    inline = inline_files(extracted.parts, problems)  # a saved mail body, a digest, an old archive
    if inline:
        extracted.children = inline_file_items(item, inline, ctx)
        extracted.error = "; ".join(problems) or None
    return extracted


def _ole_generic(item: Item, data: bytes, ctx: ExtractContext) -> Extracted:
    """A compound file libmagic could not name: route by its streams."""
    from pii_scanner.extract import ole

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


def _envelope(item: Item, data: bytes, ctx: ExtractContext) -> Extracted:
    """An encryption envelope (OpenPGP, openssl enc, age, CMS enveloped-data...): encrypted, exit 4; a
    CMS file that is only signed is read as any other data."""
    mime = item.mime_hint or "application/octet-stream"
    reason = envelopes.envelope_reason(mime, data)
    if reason is None:
        from pii_scanner.extract.mail_crypto import cms_compressed_content
        from pii_scanner.extract.members import child_item

        content = cms_compressed_content(data) if mime in (envelopes.CMS, "application/x-pkcs7-mime") else None
        if content is not None:  # S/MIME compressed-data (smime.p7z): its content is read as a member
            ctx.budget.spend(len(content))
            return Extracted(mime=mime, children=[child_item(item, "content", content)])
        return fallback_for(mime)(item, data, ctx)
    return Extracted(mime=mime, encrypted=True, encryption_reason=reason)


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
EXTRACTORS: dict[str, Extractor] = {}
EXTRACTORS[DB_ROW_MIME] = _lazy("db_row", "extract_row")  # rows of the SQL source
# Mail: messages, Outlook files, mailbox files.
EXTRACTORS["message/rfc822"] = extract_message
EXTRACTORS[formats.MSG] = _lazy("mailbox_files", "extract_outlook")
EXTRACTORS["application/vnd.ms-outlook-pst"] = _lazy("mailbox_files", "extract_pst")
EXTRACTORS["application/mbox"] = _lazy("mailbox_files", "extract_mbox")
# Outlook for Mac: decided before the body is read.
EXTRACTORS[formats.OLM_MESSAGE_MIME] = _lazy("olm", "extract_olm_message")
EXTRACTORS[formats.OLM_WITHHELD_MIME] = _lazy("olm", "extract_withheld")
EXTRACTORS.update(dict.fromkeys(formats.TNEF_TYPES, _lazy("tnef", "extract_tnef")))  # winmail.dat: PR_SENSITIVITY first
# Entries marked CLASS:PRIVATE are not read.
EXTRACTORS.update(dict.fromkeys(CALENDAR_TYPES, _lazy("calendar_files", "extract_calendar")))
# JPEG XR (HD Photo: Office's .wdp, .jxr): no decoder here; said as not read, never read as strings and called clean.
JPEG_XR_TYPES = ("image/jxr", "image/vnd.ms-photo", "image/vnd.jxr")
# Files: documents, spreadsheets, presentations, PDF, images (OCR), archives.
EXTRACTORS.update(
    {
        "text/html": _lazy("html", "extract_html"),
        "application/xhtml+xml": _lazy("html", "extract_html"),
        "image/svg+xml": _lazy("html", "extract_html"),  # text in <text>/<tspan> pieces, entities
        "text/rtf": _lazy("rtf", "extract_rtf"),
        "application/rtf": _lazy("rtf", "extract_rtf"),
        "application/pdf": _lazy("pdf", "extract_pdf"),
        **dict.fromkeys(formats.DOCX_LIKE, _lazy("ooxml", "extract_docx")),
        **dict.fromkeys(formats.XLSX_LIKE, _lazy("ooxml", "extract_xlsx")),
        **dict.fromkeys(formats.PPTX_LIKE, _lazy("ooxml", "extract_pptx")),
        **dict.fromkeys(formats.ODF_TYPES, _lazy("odf", "extract_odf")),
        formats.DOC: _lazy("ole", "extract_doc"),
        formats.XLS: _lazy("ole", "extract_xls"),
        formats.PPT: _lazy("ole", "extract_ppt"),
        formats.ENCRYPTED_OOXML: _lazy("ole", "extract_encrypted_ooxml"),
        **dict.fromkeys(formats.OLE_GENERIC, _ole_generic),
        **dict.fromkeys(formats.IMAGE_TYPES, _lazy("images", "extract_image")),
        **dict.fromkeys(JPEG_XR_TYPES, _lazy("images", "extract_jpeg_xr")),
        formats.ZIP: extract_zip,
        "application/epub+zip": extract_zip,  # an e-book: XHTML chapters in a zip
        "application/x-zip-compressed": extract_zip,
        # Zips under another name (a Java or Android package): their members are read, not the deflated bytes.
        **dict.fromkeys(formats.ZIP_LIKE, extract_zip),
        formats.TAR: _lazy("archives", "extract_tar"),
        "application/x-gtar": _lazy("archives", "extract_tar"),
        formats.SEVEN_Z: _lazy("archives", "extract_7z"),
        **dict.fromkeys(formats.COMPRESSED_TYPES, _lazy("compressed", "extract_compressed")),
        **dict.fromkeys(formats.UNOPENED_TYPES, extract_unopened),  # never to the strings reader as if plain binary
        **dict.fromkeys((*envelopes.REASONS, "application/pkcs7-mime", "application/x-pkcs7-mime"), _envelope),
        # Text formats libmagic names application/*: exports and configs are read as text, never skipped.
        **dict.fromkeys(TEXT_APPLICATION_TYPES, _text),
        # Data of no known format (text with NUL bytes, UTF-16 without a BOM, database files): its
        # readable runs, never skipped unread.
        **dict.fromkeys(formats.STRINGS_TYPES, extract_strings),
    }
)
# Documents whose text can be read straight out of an open file, piece by piece (large files are
# never read into memory whole): the same functions, given the file instead of its bytes.
FILE_EXTRACTORS: dict[str, FileExtractor] = {
    "application/pdf": _lazy("pdf", "extract_pdf"),
    **dict.fromkeys(formats.DOCX_LIKE, _lazy("ooxml", "extract_docx")),
    **dict.fromkeys(formats.XLSX_LIKE, _lazy("ooxml", "extract_xlsx")),
    **dict.fromkeys(formats.PPTX_LIKE, _lazy("ooxml", "extract_pptx")),
    **dict.fromkeys(formats.ODF_TYPES, _lazy("odf", "extract_odf")),
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
    if formats.unopened_kind(mime) is not None:
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
        return extract_zip  # RFC 6839 "+zip": a zip underneath (CorelDRAW and the like)
    return None
