"""Type by content (libmagic through python-magic); the file name only breaks ties."""

from __future__ import annotations

import mimetypes
import threading

from pii_scanner.extract.mail_sniff import refine_mail_mime

_local = threading.local()

# libmagic answers with a generic type for these; the extension then decides.
_GENERIC = frozenset(
    {
        "application/octet-stream",
        "application/zip",  # OOXML / ODF are zips: the extension or the zip's own listing decides
        "text/plain",
        "application/x-ole-storage",
        "application/CDFV2",
        "application/vnd.ms-office",
    }
)


def _magic() -> object:
    m = getattr(_local, "magic", None)
    if m is None:
        import magic

        m = magic.Magic(mime=True)
        _local.magic = m
    return m


def sniff_mime(data: bytes, name: str = "") -> str:
    """The MIME type of ``data``, by content; ``name`` breaks ties for generic answers.

    >>> sniff_mime(b"%PDF-1.7 ...")
    'application/pdf'
    >>> sniff_mime(b"hello", "notes.csv")
    'text/csv'
    """
    mime: str = _magic().from_buffer(data[:65536])  # type: ignore[attr-defined]
    mime = refine_mail_mime(mime, data, name)  # libmagic misses most .eml, mbox and .msg (issue 4)
    if mime in _GENERIC and name:
        guessed, _ = mimetypes.guess_type(name, strict=False)
        if guessed and (mime != "text/plain" or guessed.startswith("text/")):
            return guessed
    return mime
