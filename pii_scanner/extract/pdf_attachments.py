"""Files attached to a PDF: the document's /EmbeddedFiles (Acrobat's "attach file", a portfolio's files)
and the files of /FileAttachment annotations (the paper-clip on a page). Each becomes a child item,
``<pdf>!/attachment/<n>/<name>``, read as any other member: an attached CSV is scanned, an attached .eml
is decided private or not by the mail rules. Unread, a PDF carrying a list of people was called clean.

Each file is read whole through PDFium (it decodes the stream) within the size limit and charged to the
budget; one that cannot be read, or whose data does not match its declared checksum (a stream PDFium could
not decode), becomes a child with an error (the scan exits 4), never a silent gap.
"""

from __future__ import annotations

import ctypes
import hashlib
from collections.abc import Callable, Iterator
from typing import Any

from pii_scanner.core.errors import LimitExceeded
from pii_scanner.core.model import Item
from pii_scanner.extract.context import ExtractContext
from pii_scanner.extract.members import child_item, safe_segment

MAX_ATTACHMENTS = 10_000


def _name(read: Callable[..., Any], *args: Any) -> str:
    size = int(read(*args, None, 0))
    if size <= 2:
        return ""
    size = min(size, 8192)
    buf = ctypes.create_string_buffer(size)
    read(*args, ctypes.cast(buf, ctypes.POINTER(ctypes.c_ushort)), size)
    return buf.raw[: size - 2].decode("utf-16-le", errors="replace").strip()


def _child(parent: Item, number: int, attachment: Any, ctx: ExtractContext) -> Item:
    """The attached file as a child item, or a child carrying the error that kept it unread."""
    import pypdfium2.raw as raw

    name = safe_segment(_name(raw.FPDFAttachment_GetName, attachment), "unnamed")
    member = f"attachment/{number}/{name}"
    size = ctypes.c_ulong(0)
    if not attachment or not raw.FPDFAttachment_GetFile(attachment, None, 0, ctypes.byref(size)):
        return child_item(parent, member, error="PDF attachment cannot be read (no file data or a damaged stream)")
    limit = ctx.config.limits.max_file_size
    if size.value > limit:
        return child_item(parent, member, error=f"PDF attachment larger than {limit} bytes; not read")
    try:
        ctx.budget.count_member()
        ctx.budget.spend(size.value)
    except LimitExceeded as exc:
        return child_item(parent, member, error=str(exc))
    buf = ctypes.create_string_buffer(max(1, size.value))
    got = ctypes.c_ulong(0)
    if not raw.FPDFAttachment_GetFile(attachment, buf, size.value, ctypes.byref(got)) or got.value != size.value:
        return child_item(parent, member, error="PDF attachment cannot be read (its stream ends early)")
    data = buf.raw[: size.value]
    if not _checksum_ok(attachment, data):
        return child_item(parent, member, error="PDF attachment damaged: its data does not match its checksum")
    return child_item(parent, member, data)


def _checksum_ok(attachment: Any, data: bytes) -> bool:
    """False when the file's /Params /CheckSum (MD5, written by Acrobat and most libraries) does not match:
    PDFium hands out a stream it cannot decode as its raw bytes, which would be read as noise and called clean."""
    import pypdfium2.raw as raw

    if not raw.FPDFAttachment_HasKey(attachment, b"CheckSum"):
        return True
    declared = _name(raw.FPDFAttachment_GetStringValue, attachment, b"CheckSum").strip("<>").lower()
    return not declared or declared == hashlib.md5(data, usedforsecurity=False).hexdigest()


class Attached:
    """The attached files of one open PDF as child items: the document's, read at once, and those of page
    annotations, added by :meth:`add` while the pages are read (the pages are loaded once, for their text)."""

    def __init__(self, item: Item, doc: Any, ctx: ExtractContext) -> None:
        import pypdfium2.raw as raw

        self.item, self.ctx, self.pages_done = item, ctx, False
        count = int(raw.FPDFDoc_GetAttachmentCount(doc.raw))
        if count > MAX_ATTACHMENTS:
            raise LimitExceeded(f"PDF with more than {MAX_ATTACHMENTS} attached files")
        self.files = [_child(item, n + 1, raw.FPDFDoc_GetAttachment(doc.raw, n), ctx) for n in range(count)]

    def add(self, attachment: Any) -> None:
        """The file of a /FileAttachment annotation (read now: its handle lives only while the page is open)."""
        if len(self.files) >= MAX_ATTACHMENTS:
            raise LimitExceeded(f"PDF with more than {MAX_ATTACHMENTS} attached files")
        self.files.append(_child(self.item, len(self.files) + 1, attachment, self.ctx))

    def children(self) -> Iterator[Item]:
        """Walked after the text: by then every page's annotations were looked at, or it is said they were not."""
        yield from self.files
        if not self.pages_done:
            yield child_item(
                self.item, "attachment", error="files attached to pages not looked for: the pages were not all read"
            )
