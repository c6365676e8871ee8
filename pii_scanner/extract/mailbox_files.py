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
from typing import Any, BinaryIO

from pii_scanner.core.errors import ExtractionError
from pii_scanner.core.mail_policy import message_start, undoubled_line_ends
from pii_scanner.core.model import Extracted, Item, MailMeta
from pii_scanner.extract.context import ExtractContext
from pii_scanner.extract.formats import MBOX, PST, PST_MAGIC
from pii_scanner.extract.mail import MIME, OneShot, child_item, decide_private
from pii_scanner.extract.mail_folders import with_layout_folder
from pii_scanner.extract.mail_sniff import FROM_LINE, looks_like_headers
from pii_scanner.extract.members import safe_segment
from pii_scanner.extract.pst import message_meta, message_mime, private_headers

# Candidate boundaries: a "From " line after an empty line (validated by _separator_end).
_BLANK_FROM = re.compile(rb"\n\r?\n(From )")
_CONTENT_LENGTH = re.compile(rb"^Content-Length:[ \t]*(\d{1,12})[ \t]*\r?$", re.MULTILINE | re.IGNORECASE)
_UNQUOTE = re.compile(rb"^>(>*From )", re.MULTILINE)


def unquoted(data: bytes) -> bytes:
    """A message's mboxrd ">From " lines un-escaped. Every such line holds b">From ", so a message
    without it (nearly all) is returned as it is: the multi-line pattern cost ~15x the plain search."""
    return _UNQUOTE.sub(rb"\1", data) if b">From " in data else data


def mbox_folder(item: Item) -> str:
    """The folder an mbox file stands for: its name without the mbox suffix."""
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
        return unquoted(self.data[self.start : self.end])


class MboxFileSlice:
    """One message of an mbox file read from an open file when asked, un-escaped like ``_MboxSlice``."""

    __slots__ = ("end", "fh", "start")

    def __init__(self, fh: BinaryIO, start: int, end: int) -> None:
        self.fh, self.start, self.end = fh, start, end

    def __call__(self) -> bytes:
        self.fh.seek(self.start)
        data = self.fh.read(self.end - self.start)
        if len(data) != self.end - self.start:
            raise ExtractionError("the mailbox file changed while being scanned (message cut short)")
        return unquoted(data)


def mbox_message(item: Item, folder: str, n: int, reader: OneShot, size: int) -> Item:
    """The ``n``-th message (from 1) of the mbox ``item``: its location, name and mail preset (its folder
    under the folders a mail client's directories stand for: Thunderbird's ``Privat.sbd/Sager``)."""
    return child_item(
        item,
        f"{item.location}!/{safe_segment(folder, 'mbox')}/{n}",
        f"{n}.eml",
        reader,
        size,
        MIME,
        MailMeta(folder=with_layout_folder(item.location, folder), mailbox=item.owner),
    )


def is_mbox_start(prefix: bytes) -> bool:
    """True when the data starts (after a BOM or blank lines) with a From_ line."""
    return prefix[message_start(prefix) :].startswith(b"From ")


class _Ahead:
    """A file read forward in blocks: bytes at any position with a bounded look-ahead.

    Holds at most one block plus the look-ahead asked for, so finding the messages of a mailbox
    of any size costs bounded memory; a jump past the held bytes (a Content-Length) seeks.
    """

    __slots__ = ("base", "buf", "fh", "size")

    def __init__(self, fh: BinaryIO, size: int) -> None:
        self.fh, self.size = fh, size
        self.base, self.buf = 0, b""

    def at(self, pos: int, n: int) -> bytes:
        """The bytes [pos, pos + n), fewer at the end of the file."""
        end = min(pos + n, self.size)
        if pos < self.base or pos > self.base + len(self.buf):
            self.base, self.buf = pos, b""
        elif pos > self.base + _BLOCK:  # keep a block behind: a rejected candidate is looked past
            self.buf, self.base = self.buf[pos - self.base :], pos
        missing = end - self.base - len(self.buf)
        if missing > 0:
            self.fh.seek(self.base + len(self.buf))
            self.buf += self.fh.read(max(missing, _BLOCK))
        return self.buf[pos - self.base : end - self.base]

    def find(self, needle: bytes, pos: int) -> int:
        """The first ``needle`` at or after ``pos``, or -1."""
        while pos < self.size:
            view = self.at(pos, _BLOCK)
            hit = view.find(needle)
            if hit >= 0:
                return pos + hit
            if pos + len(view) >= self.size:
                return -1
            pos += len(view) - len(needle) + 1
        return -1


_BLOCK = 1 << 20
# Bytes looked at per step for the next boundary or a header block's end: a message is found in a few
# steps of this size, each a copy out of the block (a 1 MB step copied ~1.3 MB per message).
_SCAN = 1 << 16
_LINE_MAX = 1024  # a From_ line longer than this is body text
_HEADERS_LOOKED_AT = 16384
_HEAD_MAX = 262144  # where a Content-Length header must appear


def _separator_end(src: _Ahead, pos: int, strict: bool = True) -> int | None:
    """End of a valid From_ separator line starting at ``pos`` (its line break included), or None.

    Valid: ``From sender date`` (mboxo/mboxrd), followed by a message header block. A body line
    such as "From here on ..." is text, not a boundary. ``strict=False`` (a file whose own first
    separator has a date format of its own) drops the date check, never the header check.
    """
    view = src.at(pos, _LINE_MAX + 1 + _HEADERS_LOOKED_AT)
    nl = view.find(b"\n", 0, _LINE_MAX)
    if nl < 0:  # no line end near: body text (or the file's last line), never a separator
        return None
    if strict and FROM_LINE.fullmatch(view[:nl].rstrip(b"\r")) is None:
        return None
    after = nl + 1
    return pos + after if looks_like_headers(view[after : after + _HEADERS_LOOKED_AT]) else None


def _content_length_end(src: _Ahead, start: int, strict: bool) -> int | None:
    """Where a message ends by its Content-Length header, if it has one and it lands on a boundary."""
    sep = b"\r\n\r\n" if start >= 2 and src.at(start - 2, 2) == b"\r\n" else b"\n\n"  # the From_ line's ending
    head = src.at(start, min(_SCAN, _BLOCK))  # a header block is short: the first look copies little
    head_end = head.find(sep)
    if head_end < 0:
        head = src.at(start, _HEAD_MAX)
        head_end = head.find(sep)
    if head_end < 0:
        return None
    m = _CONTENT_LENGTH.search(head, 0, head_end + 1)
    if m is None:
        return None
    end = start + head_end + len(sep) + int(m.group(1))
    if end > src.size:
        return None
    rest = _skip_line_breaks(src, end)
    if rest >= src.size or (rest > end and _separator_end(src, rest, strict) is not None):
        return end
    return None


def _skip_line_breaks(src: _Ahead, pos: int) -> int:
    while pos < src.size:
        view = src.at(pos, 4096)
        stripped = len(view) - len(view.lstrip(b"\r\n"))
        pos += stripped
        if stripped < len(view):
            break
    return pos


def _next_boundary(src: _Ahead, start: int, strict: bool) -> tuple[int, int] | None:
    """The next valid From_ line after a blank line: (its start, the start of its message)."""
    pos = start
    while pos < src.size:
        view = src.at(pos, min(_SCAN, _BLOCK))
        m = _BLANK_FROM.search(view)
        if m is None:
            if pos + len(view) >= src.size:
                return None
            pos += len(view) - 7  # a boundary cut by the block's end is found in the next one
            continue
        candidate = pos + m.start(1)
        after = _separator_end(src, candidate, strict)
        if after is not None:
            return candidate, after
        pos += m.end()
    return None


def iter_mbox_file_spans(fh: BinaryIO, size: int) -> Iterator[tuple[int, int]]:
    """(start, end) of each message (after its From_ separator line) of an mbox read from ``fh``.

    mboxo/mboxrd: a boundary is a valid From_ line after a blank line (or at the start of the
    file); a Content-Length header is honoured where it lands on such a boundary (mboxcl), so an
    unquoted "From " line inside a body never splits a message. The file is read forward in
    blocks: memory stays bounded whatever its size.
    """
    src = _Ahead(fh, size)
    origin = message_start(src.at(0, _BLOCK))
    first = src.find(b"\n", origin)
    # Some writers date their separators their own way: then the file's first line sets the rule.
    first_line = src.at(origin, (first if first >= 0 else size) - origin) if 0 <= first - origin <= _BLOCK else b""
    strict = FROM_LINE.fullmatch(first_line.rstrip(b"\r")) is not None
    start = first + 1 if first >= 0 else size
    while start < size:
        end = _content_length_end(src, start, strict)
        if end is not None:
            nxt = _skip_line_breaks(src, end)
            yield start, end
            if nxt >= size:
                return
            after = _separator_end(src, nxt, strict)
            start = after if after is not None else size
            continue
        boundary = _next_boundary(src, start, strict)
        if boundary is None:
            yield start, size
            return
        yield start, boundary[0]
        start = boundary[1]


def iter_mbox_spans(data: bytes) -> Iterator[tuple[int, int]]:
    """(start, end) of each message of an mbox held in memory (see :func:`iter_mbox_file_spans`)."""
    return iter_mbox_file_spans(io.BytesIO(data), len(data))


def extract_mbox(item: Item, data: bytes, ctx: ExtractContext) -> Extracted:
    data = undoubled_line_ends(data)  # else read as one message: its first header block decides for all
    if not is_mbox_start(data):
        raise ExtractionError(f"{item.name or item.path}: not an mbox file (no leading From line)")
    folder = mbox_folder(item)

    def children() -> Iterator[Item]:
        for n, (start, end) in enumerate(iter_mbox_spans(data), 1):
            ctx.budget.count_member()
            ctx.budget.check_time()
            yield mbox_message(item, folder, n, OneShot(make=_MboxSlice(data, start, end)), end - start)

    return Extracted(mime=MBOX, children=children(), metadata={"container": "mbox"})


# --- PST / OST -------------------------------------------------------------------------------------
def open_pff(fh: BinaryIO, name: str) -> Any:
    """A PST/OST opened through a file object (libpff reads the parts it needs, never the whole)."""
    try:
        import pypff
    except ImportError as exc:  # pragma: no cover - a hard dependency, but keep the message clear
        raise ExtractionError("libpff-python is not installed; cannot read PST/OST") from exc
    pff = pypff.file()
    try:
        pff.open_file_object(fh)
    except OSError as exc:
        raise ExtractionError(f"{name}: not a readable PST/OST file") from exc
    return pff


def extract_pst(item: Item, data: bytes, ctx: ExtractContext) -> Extracted:
    if not data.startswith(PST_MAGIC):
        raise ExtractionError(f"{item.name or item.path}: not a PST/OST file")
    pff = open_pff(io.BytesIO(data), item.name or item.path)
    return Extracted(mime=PST, children=_pst_children(item, pff, ctx), metadata={"container": "pst"})


def _pst_children(item: Item, pff: Any, ctx: ExtractContext) -> Iterator[Item]:
    try:
        try:
            root = pff.get_root_folder()
        except Exception as exc:  # libpff: OSError; damaged files raise more
            yield damaged_part(item, "", f"the folder tree cannot be read ({exc.__class__.__name__})")
            return
        yield from _pst_folder(item, root, "", ctx)
    finally:
        pff.close()


def damaged_part(item: Item, path: str, what: str) -> Item:
    """An error record for the part of a PST that could not be read (the rest is still yielded)."""
    where = path.strip("/")
    return Item(
        location=f"{item.location}!/{where}" + ("/" if where else ""),
        path=item.path,
        name=item.name,
        owner=item.owner,
        origin=item.origin,
        source=item.source,
        mtime=item.mtime,
        source_error=f"damaged PST/OST: {('folder ' + where + ': ') if where else ''}{what}",
    )


def folder_count(folder: Any, attr: str) -> int:
    value = getattr(folder, attr)  # raises for a damaged index: the caller reports it
    return int(value or 0)


def _pst_folder(item: Item, folder: Any, path: str, ctx: ExtractContext) -> Iterator[Item]:
    try:
        messages = folder_count(folder, "number_of_sub_messages")
    except Exception as exc:
        messages = 0
        yield damaged_part(item, path, f"its message list cannot be read ({exc.__class__.__name__})")
    for i in range(messages):
        ctx.budget.count_member()
        ctx.budget.check_time()
        try:
            child = pst_message(item, folder, i, path, ctx)
        except Exception as exc:  # one damaged message must not hide the others
            yield damaged_part(item, path, f"message {i + 1} of {messages} cannot be read ({exc.__class__.__name__})")
            continue
        if child is not None:
            yield child
    try:
        folders = folder_count(folder, "number_of_sub_folders")
    except Exception as exc:
        folders = 0
        yield damaged_part(item, path, f"its subfolder list cannot be read ({exc.__class__.__name__})")
    for j in range(folders):
        try:
            sub = folder.get_sub_folder(j)
            name = safe_segment(sub.name or "", f"folder-{j}")
        except Exception as exc:
            yield damaged_part(item, path, f"subfolder {j + 1} of {folders} cannot be read ({exc.__class__.__name__})")
            continue
        yield from _pst_folder(item, sub, f"{path}/{name}", ctx)


def pst_message(item: Item, folder: Any, i: int, path: str, ctx: ExtractContext) -> Item | None:
    message = folder.get_sub_message(i)
    meta = message_meta(message, mail_folder(path), item.owner)
    if meta is None:  # contacts, appointments without a message record: not mail
        return None
    ident = getattr(message, "identifier", i)
    location = f"{item.location}!/{path.strip('/')}/{ident}" if path.strip("/") else f"{item.location}!/{ident}"
    reason, inspect = decide_private(meta, ctx.config)
    private = bool(reason and not inspect)  # then headers only: the body and attachments are never read
    reader = OneShot(private_headers(meta)) if private else OneShot(make=_PstReader(message, meta, ctx))
    return child_item(item, location, f"{ident}.eml", reader, None, MIME, meta)


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


def extract_outlook(item: Item, data: bytes, ctx: ExtractContext) -> Extracted:
    """libmagic names both PST and .msg application/vnd.ms-outlook: the first bytes decide."""
    if data.startswith(PST_MAGIC):
        return extract_pst(item, data, ctx)
    from pii_scanner.extract.msg import extract_msg_file  # optional GPL extra, imported on use

    return extract_msg_file(item, data, ctx)
