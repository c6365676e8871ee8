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
from pii_scanner.core.mail_policy import message_start
from pii_scanner.core.model import Extracted, Item, MailMeta
from pii_scanner.extract.context import ExtractContext
from pii_scanner.extract.mail import MIME, OneShot, child_item, decide_private, safe_segment
from pii_scanner.extract.mail_sniff import FROM_LINE, looks_like_headers
from pii_scanner.extract.pst import PST_MAGIC, message_meta, message_mime, private_headers

MBOX = "application/mbox"
PST = "application/vnd.ms-outlook-pst"
# Candidate boundaries: a "From " line after an empty line (validated by _separator_end).
_BLANK_FROM = re.compile(rb"\n\r?\n(From )")
_CONTENT_LENGTH = re.compile(rb"^Content-Length:[ \t]*(\d{1,12})[ \t]*\r?$", re.MULTILINE | re.IGNORECASE)
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


def _separator_end(data: bytes, pos: int, strict: bool = True) -> int | None:
    """End of a valid From_ separator line starting at ``pos`` (its line break included), or None.

    Valid: ``From sender date`` (mboxo/mboxrd), followed by a message header block. A body line
    such as "From here on ..." is text, not a boundary. ``strict=False`` (a file whose own first
    separator has a date format of its own) drops the date check, never the header check.
    """
    nl = data.find(b"\n", pos, pos + 1024)
    line_end = nl if nl >= 0 else len(data)
    line = data[pos:line_end].rstrip(b"\r")
    if strict and FROM_LINE.fullmatch(line) is None:
        return None
    after = line_end + 1 if nl >= 0 else line_end
    return after if looks_like_headers(data[after : after + 16384]) else None


def _content_length_end(data: bytes, start: int, strict: bool) -> int | None:
    """Where a message ends by its Content-Length header, if it has one and it lands on a boundary."""
    sep = b"\r\n\r\n" if data[start - 2 : start] == b"\r\n" else b"\n\n"  # the From_ line's line ending
    head_end = data.find(sep, start, start + 262144)
    if head_end < 0:
        return None
    sep_len = len(sep)
    m = _CONTENT_LENGTH.search(data, start, head_end + 1)
    if m is None:
        return None
    end = head_end + sep_len + int(m.group(1))
    if end > len(data):
        return None
    rest = end
    while rest < len(data) and data[rest : rest + 1] in (b"\r", b"\n"):
        rest += 1
    if rest >= len(data) or (rest > end and _separator_end(data, rest, strict) is not None):
        return end
    return None


def iter_mbox_spans(data: bytes) -> Iterator[tuple[int, int]]:
    """(start, end) of each message (after its From_ separator line), found lazily.

    mboxo/mboxrd: a boundary is a valid From_ line after a blank line (or at the start of the
    file); a Content-Length header is honoured where it lands on such a boundary (mboxcl), so an
    unquoted "From " line inside a body never splits a message.
    """
    origin = message_start(data)
    first = data.find(b"\n", origin)
    # Some writers date their separators their own way: then the file's first line sets the rule.
    strict = FROM_LINE.fullmatch(data[origin : first if first >= 0 else len(data)].rstrip(b"\r")) is not None
    start = first + 1 if first >= 0 else len(data)
    while start < len(data):
        end = _content_length_end(data, start, strict)
        if end is not None:
            nxt = end
            while nxt < len(data) and data[nxt : nxt + 1] in (b"\r", b"\n"):
                nxt += 1
            yield start, end
            if nxt >= len(data):
                return
            after = _separator_end(data, nxt, strict)
            start = after if after is not None else len(data)
            continue
        boundary = None
        for m in _BLANK_FROM.finditer(data, start):
            after = _separator_end(data, m.start(1), strict)
            if after is not None:
                boundary = (m.start(1), after)
                break
        if boundary is None:
            yield start, len(data)
            return
        yield start, boundary[0]
        start = boundary[1]


def extract_mbox(item: Item, data: bytes, ctx: ExtractContext) -> Extracted:
    if not data[message_start(data) :].startswith(b"From "):
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
        try:
            root = pff.get_root_folder()
        except Exception as exc:  # libpff: OSError; damaged files raise more
            yield _damaged(item, "", f"the folder tree cannot be read ({exc.__class__.__name__})")
            return
        yield from _pst_folder(item, root, "", ctx)
    finally:
        pff.close()


def _damaged(item: Item, path: str, what: str) -> Item:
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


def _number(folder: Any, attr: str) -> int:
    value = getattr(folder, attr)  # raises for a damaged index: the caller reports it
    return int(value or 0)


def _pst_folder(item: Item, folder: Any, path: str, ctx: ExtractContext) -> Iterator[Item]:
    try:
        messages = _number(folder, "number_of_sub_messages")
    except Exception as exc:
        messages = 0
        yield _damaged(item, path, f"its message list cannot be read ({exc.__class__.__name__})")
    for i in range(messages):
        ctx.budget.count_member()
        ctx.budget.check_time()
        try:
            child = _pst_message(item, folder, i, path, ctx)
        except Exception as exc:  # one damaged message must not hide the others
            yield _damaged(item, path, f"message {i + 1} of {messages} cannot be read ({exc.__class__.__name__})")
            continue
        if child is not None:
            yield child
    try:
        folders = _number(folder, "number_of_sub_folders")
    except Exception as exc:
        folders = 0
        yield _damaged(item, path, f"its subfolder list cannot be read ({exc.__class__.__name__})")
    for j in range(folders):
        try:
            sub = folder.get_sub_folder(j)
            name = safe_segment(sub.name or "", f"folder-{j}")
        except Exception as exc:
            yield _damaged(item, path, f"subfolder {j + 1} of {folders} cannot be read ({exc.__class__.__name__})")
            continue
        yield from _pst_folder(item, sub, f"{path}/{name}", ctx)


def _pst_message(item: Item, folder: Any, i: int, path: str, ctx: ExtractContext) -> Item | None:
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
