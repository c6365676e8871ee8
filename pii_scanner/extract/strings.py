"""The text inside data of no known format: runs of readable characters, as ``strings`` finds them.

libmagic calls "data" (``application/octet-stream``) whatever it cannot name: plain text with a NUL
byte in it (fixed-width exports, logs of legacy systems), UTF-16 text without a byte order mark,
files of databases the scanner has no reader for (SQLite, dBase, Access). Skipped, a CPR in them was
never seen and the scan said "clean"; read here, the runs of at least four readable characters
(single-byte: ASCII, Latin-1, UTF-8; and UTF-16 little and big endian) become one text part,
``strings``, one run a line.

Fail closed on mail: data whose runs look like a message's header block (two known mail headers, or
one that only mail carries) may be a private message the mail extractors could not open; it is not
read, and its record says why.
"""

from __future__ import annotations

import re

from pii_scanner.core.errors import ExtractionError
from pii_scanner.core.model import Extracted, Item, TextPart
from pii_scanner.extract.context import ExtractContext

# Formats of no reader whose text is stored as plain characters (the strings pass finds it).
STRINGS_TYPES = (
    "application/octet-stream",
    "application/vnd.sqlite3",
    "application/x-sqlite3",
    "application/x-dbf",
    "application/x-dbase",
    "application/x-msaccess",
)
PART = "strings"
MAX_BYTES = 64 * 1024 * 1024
_MIN_RUN = 4
_SINGLE = re.compile(rb"[\t\x20-\x7e\x80-\xff]{%d,}" % _MIN_RUN)
_UTF16LE = re.compile(rb"(?:[\t\x20-\x7e\xa0-\xff]\x00){%d,}" % _MIN_RUN)
_UTF16BE = re.compile(rb"(?:\x00[\t\x20-\x7e\xa0-\xff]){%d,}" % _MIN_RUN)
_GLUED = re.compile(r"(?<=[^\W\d_])(?=\d)|(?<=\d)(?=[^\W\d_])")
_HEADER = re.compile(r"^\s*([A-Za-z][A-Za-z0-9-]{0,40})\s*:", re.MULTILINE)
_MAIL_HEADERS = frozenset(
    {
        "from",
        "to",
        "cc",
        "bcc",
        "subject",
        "date",
        "message-id",
        "received",
        "return-path",
        "mime-version",
        "content-type",
        "reply-to",
        "sender",
        "importance",
        "sensitivity",
        "thread-topic",
        "thread-index",
        "x-ms-has-attach",
    }
)
_MAIL_ONLY = frozenset({"sensitivity", "thread-topic", "thread-index", "x-ms-has-attach", "message-id", "received"})


def _decode(run: bytes) -> str:
    try:
        return run.decode("utf-8")
    except UnicodeDecodeError:
        return run.decode("latin-1")


def runs(data: bytes) -> list[str]:
    """The readable runs of ``data`` in the order they stand (single-byte, then UTF-16 LE, then BE).

    Database files store a record's values one after the other ("Jens Hansen070761-4285"): a run
    where letters meet digits is followed by a second line with a space at each such place, so a
    number glued to a name is read too (the run as it stands keeps codes such as IBANs whole)."""
    found = [_decode(m.group()).strip() for m in _SINGLE.finditer(data)]
    found += [m.group().decode("utf-16-le").strip() for m in _UTF16LE.finditer(data)]
    found += [m.group().decode("utf-16-be").strip() for m in _UTF16BE.finditer(data)]
    out: list[str] = []
    for run in found:
        if len(run) < _MIN_RUN:
            continue
        out.append(run)
        apart = _GLUED.sub(" ", run)
        if apart != run:
            out.append(apart)
    return out


def _looks_like_mail(text: str) -> bool:
    names = {m.group(1).lower() for m in _HEADER.finditer(text)} & _MAIL_HEADERS
    return len(names) >= 2 or bool(names & _MAIL_ONLY)


def extract_strings(item: Item, data: bytes, ctx: ExtractContext) -> Extracted:
    mime = item.mime_hint or "application/octet-stream"
    # Bounded: a disk image or a database of gigabytes is read for its first MAX_BYTES only, and the
    # record says the rest was not read (never a clean answer about what was not looked at).
    text = "\n".join(runs(data[:MAX_BYTES]))
    error = None
    if len(data) > MAX_BYTES:
        error = f"data of no known format: only its first {MAX_BYTES} bytes were read for text"
    if not text:  # no text in what was read; the rest, if any, was not looked at
        return Extracted(mime=mime, error=error, metadata={"unsupported": True})
    if _looks_like_mail(text):
        raise ExtractionError("data of no known format that holds mail headers: not read (it may be private mail)")
    return Extracted(mime=mime, parts=[TextPart(text, PART)], error=error, metadata={"read_as": "strings"})
