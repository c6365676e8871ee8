"""Mailbox files: .mbox (each message a child item) and Outlook .pst/.ost (via libpff-python).

Children are yielded lazily by a generator and carry their bytes in a one-shot reader, so a mailbox
of any size holds only the message being extracted. A PST message is turned into MIME (headers,
bodies, attachments, attached messages) only after its properties said it is not private.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pii_scanner.core.errors import ExtractionError
from pii_scanner.core.model import Extracted, Item, MailMeta
from pii_scanner.extract.context import ExtractContext
from pii_scanner.extract.mail import MIME, OneShot, child_item, decide_private, safe_segment
from pii_scanner.extract.pst import PST_MAGIC, message_meta, message_mime, private_headers

MBOX = "application/mbox"
PST = "application/vnd.ms-outlook-pst"
# A new message starts at a "From " line at the start of the file or after an empty line.
_FROM_LINE = re.compile(rb"(?:\A|\n\n|\r\n\r\n)(From [^\r\n]*\r?\n)")
_UNQUOTE = re.compile(rb"^>(>*From )", re.MULTILINE)


def _folder_of(item: Item) -> str:
    stem = Path(item.name or item.path).name
    for suffix in (".mbox", ".mbx", ".mbs"):
        if stem.lower().endswith(suffix):
            return stem[: -len(suffix)]
    return stem


class _MboxSlice:
    """One message of an mbox held in memory, un-escaped (mboxrd ">From ") when read."""

    __slots__ = ("data", "end", "start")

    def __init__(self, data: bytes, start: int, end: int) -> None:
        self.data, self.start, self.end = data, start, end

    def __call__(self) -> bytes:
        return _UNQUOTE.sub(rb"\1", self.data[self.start : self.end])


def iter_mbox_spans(data: bytes) -> Iterator[tuple[int, int]]:
    """(start, end) of each message body (after its "From " separator line), found lazily."""
    prev: int | None = None
    for m in _FROM_LINE.finditer(data):
        if prev is not None:
            yield prev, m.start(1)
        prev = m.end(1)
    if prev is not None:
        yield prev, len(data)


def extract_mbox(item: Item, data: bytes, ctx: ExtractContext) -> Extracted:
    if not data.startswith(b"From "):
        raise ExtractionError(f"{item.name or item.path}: not an mbox file (no leading From line)")
    folder = _folder_of(item)

    def children() -> Iterator[Item]:
        for n, (start, end) in enumerate(iter_mbox_spans(data), 1):
            ctx.budget.count_member()
            ctx.budget.check_time()
            preset = MailMeta(folder=folder, mailbox=item.owner)
            reader = OneShot(make=_MboxSlice(data, start, end))
            yield child_item(
                item,
                f"{item.location}!/{safe_segment(folder, 'mbox')}/{n}",
                f"{n}.eml",
                reader,
                end - start,
                MIME,
                preset,
            )

    return Extracted(mime=MBOX, children=children(), metadata={"container": "mbox"})


# --- PST / OST -------------------------------------------------------------------------------------
def _open_pff(data: bytes, name: str) -> Any:
    try:
        import pypff
    except ImportError as exc:  # pragma: no cover - a hard dependency, but keep the message clear
        raise ExtractionError("libpff-python is not installed; cannot read PST/OST") from exc
    pff = pypff.file()
    try:
        pff.open_file_object(io.BytesIO(data))
    except OSError as exc:
        raise ExtractionError(f"{name}: not a readable PST/OST file") from exc
    return pff


def extract_pst(item: Item, data: bytes, ctx: ExtractContext) -> Extracted:
    if not data.startswith(PST_MAGIC):
        raise ExtractionError(f"{item.name or item.path}: not a PST/OST file")
    pff = _open_pff(data, item.name or item.path)
    return Extracted(mime=PST, children=_pst_children(item, pff, ctx), metadata={"container": "pst"})


def _pst_children(item: Item, pff: Any, ctx: ExtractContext) -> Iterator[Item]:
    try:
        yield from _pst_folder(item, pff.get_root_folder(), "", ctx)
    finally:
        pff.close()


def _pst_folder(item: Item, folder: Any, path: str, ctx: ExtractContext) -> Iterator[Item]:
    for i in range(_count(folder, "number_of_sub_messages")):
        ctx.budget.count_member()
        ctx.budget.check_time()
        try:
            message = folder.get_sub_message(i)
        except OSError:
            continue
        meta = message_meta(message, mail_folder(path), item.owner)
        if meta is None:  # contacts, appointments without a message record: not mail
            continue
        ident = getattr(message, "identifier", i)
        location = f"{item.location}!/{path.strip('/')}/{ident}" if path.strip("/") else f"{item.location}!/{ident}"
        reason, inspect = decide_private(meta, ctx.config)
        if reason and not inspect:  # headers only: the body and attachments are never read
            reader = OneShot(private_headers(meta))
        else:
            reader = OneShot(make=_PstReader(message, meta, ctx))
        yield child_item(item, location, f"{ident}.eml", reader, None, MIME, meta)
    for j in range(_count(folder, "number_of_sub_folders")):
        try:
            sub = folder.get_sub_folder(j)
        except OSError:
            continue
        name = safe_segment(sub.name or "", f"folder-{j}")
        yield from _pst_folder(item, sub, f"{path}/{name}", ctx)


# The store's own root folder: every PST/OST has one, and "Personal" in it marks nothing private.
_STORE_ROOTS = frozenset(
    {
        "top of personal folders",
        "top of information store",
        "root - mailbox",
        "root - public",
        "top of outlook data file",
    }
)


def mail_folder(path: str) -> str:
    """The folder path as a user sees it (without the store's root folder)."""
    segments = [s for s in path.split("/") if s]
    if segments and segments[0].casefold() in _STORE_ROOTS:
        segments = segments[1:]
    return "/".join(segments)


class _PstReader:
    __slots__ = ("ctx", "message", "meta")

    def __init__(self, message: Any, meta: MailMeta, ctx: ExtractContext) -> None:
        self.message, self.meta, self.ctx = message, meta, ctx

    def __call__(self) -> bytes:
        return message_mime(self.message, self.meta, self.ctx.budget)


def _count(obj: Any, attr: str) -> int:
    try:
        return int(getattr(obj, attr, 0) or 0)
    except (OSError, ValueError):
        return 0


def extract_outlook(item: Item, data: bytes, ctx: ExtractContext) -> Extracted:
    """libmagic names both PST and .msg application/vnd.ms-outlook: the first bytes decide."""
    if data.startswith(PST_MAGIC):
        return extract_pst(item, data, ctx)
    from pii_scanner.extract.msg import extract_msg_file  # optional GPL extra, imported on use

    return extract_msg_file(item, data, ctx)
