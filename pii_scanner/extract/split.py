"""Large top-level files cut into units that are extracted apart (by several workers, in bounded memory).

- An mbox file: its messages are found by reading the file forward in blocks (never whole) and
  handed out in batches of byte ranges (:class:`MessageBatch`); a worker reopens the file, reads
  one message at a time and walks it (attachments included) exactly as the whole-file extractor
  would. The mailbox's own record travels with the first batch, so results come back in the
  same pre-order: the mailbox, then each message followed by its attachments.
- A large plain text: one pass decodes it to count characters and hash its bytes; it is cut into
  segments of whole detection windows, each with a place to start decoding (:class:`TextSegment`),
  so a worker decodes only its segment (plus the overlap around it) and gets the same windows,
  at the same character offsets, as one process reading the whole stream.

Only files that can be reopened for reading in pieces (local files) are cut; anything else is
extracted whole as before.
"""

from __future__ import annotations

import codecs
import contextlib
import copy
import hashlib
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import BinaryIO

from pii_scanner.core.config import ScanConfig
from pii_scanner.core.mail_policy import doubled_line_ends, may_read_private
from pii_scanner.core.model import PRIVATE_SENDERS, Extracted, Item
from pii_scanner.extract.context import ExtractContext
from pii_scanner.extract.formats import MBOX
from pii_scanner.extract.mail_exports import csv_export_header
from pii_scanner.extract.mail_sniff import PrivateWatch
from pii_scanner.extract.sniff import sniff_mime
from pii_scanner.extract.text import PRIVATE_CUT, STREAMABLE, decoded_pieces, stream_encoding
from pii_scanner.extract.walk import error_message, walk_nested

_PREFIX = 1 << 16  # bytes sniffed, as for whole files
_LOOK = 4096  # bytes read to rule a file out as an mbox
_WORTH_A_LOOK = 8 << 20  # files this big are looked into whatever their name
BATCH_MESSAGES = 32  # messages per batch: enough to amortise a task, small enough to spread a mailbox
BATCH_BYTES = 8 << 20  # ... and at most this many message bytes per batch


def reopenable(item: Item) -> Callable[[], BinaryIO] | None:
    """How to open a top-level item for reading in pieces, or None (then it is read whole)."""
    opener: Callable[[], BinaryIO] | None = getattr(item.read, "open", None)
    if opener is None or item.data is not None or item.size is None:
        return None
    if item.source_error or item.encrypted_reason or item.deleted or item.depth:
        return None
    return opener


# --- mailboxes ------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class MessageBatch:
    """Messages of one mbox file, by byte range; the first batch also carries the mailbox's record."""

    top: Item  # the mbox file (a reopenable reader, no bytes)
    folder: str
    spans: tuple[tuple[int, int, int], ...]  # (message number from 1, start, end) in the file
    first: bool
    error: str | None = None  # the listing stopped after these messages (a limit, an unreadable file)
    # The mailbox's budget already used by the messages before this batch (see :func:`batch_context`).
    expanded_before: int = 0
    seconds_before: float = 0.0


def batch_context(config: ScanConfig, expanded_before: int, seconds_before: float) -> ExtractContext:
    """The extraction context of a batch of a mailbox's messages: the mailbox's ONE budget (expanded
    bytes, extraction time), taken up where the messages before the batch left it."""
    ctx = ExtractContext.for_top_item(config)
    ctx.budget.expanded = expanded_before
    ctx.budget.started -= seconds_before
    return ctx


def plan_mailbox(item: Item, config: ScanConfig) -> Iterator[MessageBatch] | None:
    """The batches of an mbox file, found lazily, or None when the item is not a reopenable mbox."""
    opener = reopenable(item)
    if opener is None or item.size is None or item.size > config.limits.max_file_size:
        return None
    if item.mime_hint not in (None, "application/octet-stream", MBOX) or not _may_be_mbox(item):
        return None
    try:
        with opener() as fh:  # a few KB decide for most files; the sniffing prefix only for mbox-like ones
            prefix = fh.read(_LOOK)
            from pii_scanner.extract.mailbox_files import is_mbox_start  # the mail modules: for mailbox-like files

            if not is_mbox_start(prefix):
                return None
            prefix += fh.read(_PREFIX - len(prefix))
    except OSError:
        return None  # extracted whole, which records the error
    if _sniffed(prefix, item) != MBOX or doubled_line_ends(prefix):  # CR CR LF: read whole, lines repaired
        return None
    item.mime_hint = MBOX
    return _batches(item, opener, config)


def _sniffed(prefix: bytes, item: Item) -> str | None:
    """The type by content, or None when sniffing fails (then the item is extracted whole, which records why)."""
    try:
        return sniff_mime(prefix, item.name)
    except Exception:  # hostile bytes must not stop the scan in the process that plans it
        return None


_MBOX_SUFFIXES = frozenset({"", ".mbox", ".mbx", ".mbs"})


def _may_be_mbox(item: Item) -> bool:
    """Worth a look inside (an extra open in the process that lists): mailbox-like names, or big files.

    Any other mbox is still read correctly, whole, by its extractor; only the spreading is skipped.
    """
    suffix = PurePath(item.name or item.path).suffix.lower()
    return suffix in _MBOX_SUFFIXES or (item.size or 0) >= _WORTH_A_LOOK


def _batches(item: Item, opener: Callable[[], BinaryIO], config: ScanConfig) -> Iterator[MessageBatch]:
    from pii_scanner.extract.mailbox_files import iter_mbox_file_spans, mbox_folder

    budget = ExtractContext.for_top_item(config).budget  # the listing's limits: members and time
    folder = mbox_folder(item)
    spans: list[tuple[int, int, int]] = []
    size, first = 0, True
    try:
        with opener() as fh:
            for n, (start, end) in enumerate(iter_mbox_file_spans(fh, item.size or 0), 1):
                budget.count_member()
                budget.check_time()
                spans.append((n, start, end))
                size += end - start
                if len(spans) >= BATCH_MESSAGES or size >= BATCH_BYTES:
                    paused = time.monotonic()
                    yield MessageBatch(item, folder, tuple(spans), first)
                    budget.started += time.monotonic() - paused  # time spent elsewhere is not listing time
                    spans, size, first = [], 0, False
    except Exception as exc:  # the listing broke: the messages found so far, then one error record
        yield MessageBatch(item, folder, tuple(spans), first, error_message(exc, MBOX, "listing members"))
        return
    if spans or first:
        yield MessageBatch(item, folder, tuple(spans), first)


def walk_batch(
    batch: MessageBatch, config: ScanConfig, ctx: ExtractContext | None = None
) -> Iterator[tuple[Item, Extracted]]:
    """(item, extracted) for a batch, in pre-order: the mailbox (first batch), each message and its members."""
    from pii_scanner.extract.mail import OneShot
    from pii_scanner.extract.mailbox_files import MboxFileSlice, mbox_message

    top = batch.top
    if batch.first:  # a copy: the record's item is stripped of its reader, the batches still need it
        yield copy.copy(top), Extracted(mime=MBOX, metadata={"container": "mbox"})
    ctx = ctx or batch_context(config, batch.expanded_before, batch.seconds_before)
    with contextlib.ExitStack() as stack:
        fh: BinaryIO | None = None
        failure = ""
        opener = getattr(top.read, "open", None)
        if batch.spans:
            try:
                fh = stack.enter_context(opener()) if opener is not None else None
                if fh is None:
                    failure = "the mailbox file cannot be reopened"
            except Exception as exc:
                failure = error_message(exc, MBOX, "reopening the mailbox")
        for n, start, end in batch.spans:
            reader = OneShot(make=MboxFileSlice(fh, start, end)) if fh is not None else OneShot(b"")
            message = mbox_message(top, batch.folder, n, reader, end - start)
            message.depth = 1
            if fh is None:
                message.source_error = failure
            yield from walk_nested(message, ctx)
            message.data = None
    if batch.error:
        yield listing_error(top), Extracted(mime=MBOX, error=batch.error)


def listing_error(top: Item) -> Item:
    """The record that stands for the members a container's listing could not reach (as ``walk`` makes)."""
    return Item(
        location=f"{top.location}!/",
        path=top.path,
        name=top.name,
        origin=top.origin,
        owner=top.owner,
        source=top.source,
        depth=top.depth + 1,
    )


# --- large plain text -----------------------------------------------------------------------------
def _restartable(encoding: str) -> bool:
    """True for encodings a fresh decoder can take up at a clean point: UTF-8 and single-byte code pages."""
    try:
        name = codecs.lookup(encoding).name
    except LookupError:
        return False
    if name in ("utf-8", "utf-8-sig"):
        return True
    if "2022" in name or name in ("utf-7", "hz"):
        return False  # stateful: the meaning of a byte depends on escapes before it
    return len(bytes(range(256)).decode(name, errors="replace")) == 256  # one character per byte


@dataclass(frozen=True, slots=True)
class TextSegment:
    """Windows ``[first, stop)`` of a large text file (``stop`` None: to the end); decoding starts
    at byte ``byte_start``, which is character ``char_start`` of the whole text."""

    top: Item
    mime: str
    encoding: str
    byte_start: int
    char_start: int
    first: int
    stop: int | None
    end: int | None = None  # the text ends at this character (a private message starts there): not read on


@dataclass
class TextPlan:
    """A large text's segments (found lazily) and what the pass over it learned (set when it ends)."""

    mime: str
    encoding: str
    segments: Iterator[TextSegment]
    metadata: dict[str, object] = field(default_factory=dict)
    error: str | None = None  # the pass stopped (the file changed or vanished): the rest was not read


def plan_text(item: Item, config: ScanConfig, overlap: int, windows_per_segment: int) -> TextPlan | None:
    """Segments of a large plain-text file, or None when it is not one (or its encoding cannot restart).

    ``overlap`` is the detection engine's window overlap: a segment's decoding starts at least that
    far before its first window, so its first window holds the same text as in one long pass.
    """
    opener = reopenable(item)
    limits = config.limits
    if opener is None or item.size is None or item.size <= limits.stream_above or item.size > limits.max_file_size:
        return None
    if item.mime_hint not in (None, "application/octet-stream", *STREAMABLE):
        return None
    try:
        with opener() as fh:
            prefix = fh.read(_PREFIX)
    except OSError:
        return None
    mime = item.mime_hint if item.mime_hint in STREAMABLE else _sniffed(prefix, item)
    if mime not in STREAMABLE or (csv_export_header(prefix) and not may_read_private(config.mail)):
        return None  # an Outlook CSV export of messages is judged whole, row by row (extract.mail_exports)
    encoding = stream_encoding(prefix)
    if not _restartable(encoding):
        return None
    item.mime_hint = mime
    plan = TextPlan(mime, encoding, iter(()))
    watch = None if may_read_private(config.mail) else PrivateWatch(config)
    plan.segments = _segments(item, opener, plan, config.detect.chunk_size, overlap, windows_per_segment, watch)
    return plan


def _segments(
    item: Item,
    opener: Callable[[], BinaryIO],
    plan: TextPlan,
    size: int,
    overlap: int,
    per: int,
    watch: PrivateWatch | None = None,
) -> Iterator[TextSegment]:
    """One decoding pass: checkpoints (byte, character) at clean decoder states, segments as they are known.

    Window k owns characters [k*size, (k+1)*size) while the text goes on for at least ``size +
    overlap`` characters after k*size; the last window owns the rest. A segment of regular windows
    is handed out as soon as enough text has been seen; the last one when the text ends.
    """
    decoder = codecs.getincrementaldecoder(plan.encoding)(errors="replace")
    digest = hashlib.sha256()
    checkpoints: list[tuple[int, int]] = [(0, 0)]  # (byte, character), increasing
    consumed = chars = 0
    segment = 0  # the next segment to hand out: windows [segment*per, segment*per + per)

    def start_of(first_window: int) -> tuple[int, int]:
        need = max(0, first_window * size - overlap)
        while len(checkpoints) > 1 and checkpoints[1][1] <= need:
            checkpoints.pop(0)  # earlier checkpoints are never needed again: segments go forward
        return checkpoints[0]

    def make(first_window: int, stop: int | None, end: int | None = None) -> TextSegment:
        byte, char = start_of(first_window)
        return TextSegment(item, plan.mime, plan.encoding, byte, char, first_window, stop, end)

    try:
        with opener() as fh:
            while chunk := fh.read(1 << 20):
                digest.update(chunk)
                text = decoder.decode(chunk)
                chars += len(text)
                consumed += len(chunk)
                if watch is not None:
                    watch.feed(text)
                    if watch.cut is not None:  # the rest is hashed, not read: a change to it is still seen
                        while chunk := fh.read(1 << 20):
                            digest.update(chunk)
                        break
                pending = decoder.getstate()[0]
                if not pending:
                    checkpoints.append((consumed, chars))
                # Segment s is all regular windows once the text reaches (s+1)*per*size + overlap (and was
                # checked for a private message that far).
                seen = chars if watch is None else watch.released
                while seen >= (segment + 1) * per * size + overlap:
                    yield make(segment * per, (segment + 1) * per)
                    segment += 1
    except Exception as exc:  # this item's error record, never the end of the scan
        plan.error = error_message(exc, plan.mime, "reading the text")
        return
    plan.metadata.update(encoding=plan.encoding, streamed=True, content_sha256=digest.hexdigest())
    tail = decoder.decode(b"", final=True)
    chars += len(tail)
    if watch is not None and watch.cut is None:
        watch.feed(tail, final=True)
    if watch is not None and watch.cut is not None:
        assert watch.note is not None
        plan.metadata[PRIVATE_CUT] = watch.note
        if watch.sender:  # its From kept as a digest held whole keeps it (keyed by the index)
            plan.metadata[PRIVATE_SENDERS] = [watch.sender]
        chars = watch.cut  # the text ends there
    last = 0  # the index of the last window: the first k with chars - k*size < size + overlap
    while chars - last * size >= size + overlap:
        last += 1
    while (segment + 1) * per <= last:
        yield make(segment * per, (segment + 1) * per, watch.cut if watch is not None else None)
        segment += 1
    yield make(segment * per, None, watch.cut if watch is not None else None)


def segment_pieces(segment: TextSegment) -> Iterator[str]:
    """The text of a segment's file from its decoding start, in pieces (the caller stops reading)."""
    opener = getattr(segment.top.read, "open", None)
    if opener is None:
        raise OSError(0, "the file cannot be reopened")
    encoding = segment.encoding
    if segment.byte_start and codecs.lookup(encoding).name == "utf-8-sig":
        encoding = "utf-8"  # the byte order mark is behind us
    with opener() as fh:
        fh.seek(segment.byte_start)
        if segment.end is None:
            yield from decoded_pieces(fh, encoding)
            return
        left = segment.end - segment.char_start  # characters up to where the text ends
        for piece in decoded_pieces(fh, encoding):
            if left <= 0:
                return
            yield piece[:left]
            left -= len(piece)
