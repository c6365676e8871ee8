"""The one table that maps content types to extractors.

An extractor takes (item, raw bytes, context) and returns an :class:`Extracted`: text parts, child
items (archive members, attachments, messages in a mailbox file), encryption state. It raises
:class:`~pii_scanner.core.errors.ExtractionError` for content it cannot read; the walker turns that
into the item's error record.
"""

from __future__ import annotations

from collections.abc import Callable

from pii_scanner.core.model import Extracted, Item
from pii_scanner.extract.context import ExtractContext
from pii_scanner.extract.mail import extract_message
from pii_scanner.extract.mailbox_files import extract_mbox, extract_outlook, extract_pst
from pii_scanner.extract.text import extract_text

Extractor = Callable[[Item, bytes, ExtractContext], Extracted]


def _text(item: Item, data: bytes, ctx: ExtractContext) -> Extracted:
    return extract_text(item, data)


# Exact MIME type -> extractor. Extended by the format modules below (one registration place).
EXTRACTORS: dict[str, Extractor] = {}
# Mail (issue 4): messages, Outlook files, mailbox files.
EXTRACTORS["message/rfc822"] = extract_message
EXTRACTORS["application/vnd.ms-outlook"] = extract_outlook
EXTRACTORS["application/vnd.ms-outlook-pst"] = extract_pst
EXTRACTORS["application/mbox"] = extract_mbox
# MIME prefix -> extractor, tried after exact matches.
PREFIX_EXTRACTORS: list[tuple[str, Extractor]] = [("text/", _text)]


def extractor_for(mime: str) -> Extractor | None:
    found = EXTRACTORS.get(mime)
    if found is not None:
        return found
    for prefix, extractor in PREFIX_EXTRACTORS:
        if mime.startswith(prefix):
            return extractor
    return None
