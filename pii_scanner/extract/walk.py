"""Walk one top-level item and everything nested in it, extracting each; never raise for bad input.

Yields (item, extracted) in pre-order, so a container comes before its members and a message
before its attachments. Every failure becomes ``Extracted.error`` on the item it concerns; a
container whose member listing breaks half-way gets one error record for the rest.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from typing import BinaryIO

from pii_scanner.core.config import ScanConfig
from pii_scanner.core.errors import SOURCE_LOST, ExtractionError, SourceConnectionLost
from pii_scanner.core.mail_policy import may_read_private
from pii_scanner.core.model import Extracted, Item
from pii_scanner.extract.apple_mail import withheld_attachment
from pii_scanner.extract.context import ExtractContext
from pii_scanner.extract.dispatch import FILE_EXTRACTORS, extractor_for, fallback_for, skip_reason
from pii_scanner.extract.mail_exports import csv_export_header
from pii_scanner.extract.sniff import sniff_file, sniff_mime
from pii_scanner.extract.text import STREAMABLE, stream_text


def walk(item: Item, config: ScanConfig) -> Iterator[tuple[Item, Extracted]]:
    ctx = ExtractContext.for_top_item(config)
    yield from _walk(item, ctx)


def walk_nested(item: Item, ctx: ExtractContext) -> Iterator[tuple[Item, Extracted]]:
    """Like :func:`walk` for an item inside a container whose budget is ``ctx``'s (a mailbox's message)."""
    if item.depth > ctx.config.limits.max_depth:
        item.data = None
        yield (
            item,
            Extracted(
                mime=item.mime_hint or "application/octet-stream",
                error=f"nesting deeper than {ctx.config.limits.max_depth} levels; not opened",
            ),
        )
        return
    yield from _walk(item, ctx)


def _walk(item: Item, ctx: ExtractContext) -> Iterator[tuple[Item, Extracted]]:
    extracted = extract_one(item, ctx)
    paused = time.monotonic()
    yield item, extracted
    # The time budget is for extraction: time the consumer spends (detection) does not count.
    ctx.budget.started += time.monotonic() - paused
    children = iter(extracted.children)
    while True:
        try:
            child = next(children)
        except StopIteration:
            return
        except Exception as exc:  # a lazy member listing failed: report it once, keep the rest
            broken = Item(
                location=f"{item.location}!/",
                path=item.path,
                name=item.name,
                origin=item.origin,
                owner=item.owner,
                source=item.source,
                depth=item.depth + 1,
            )
            yield broken, Extracted(mime=extracted.mime, error=error_message(exc, extracted.mime, "listing members"))
            return
        child.depth = item.depth + 1
        if child.depth > ctx.config.limits.max_depth:
            child.data = None  # drop the bytes now: nothing below this depth is opened
            yield (
                child,
                Extracted(
                    mime=child.mime_hint or "application/octet-stream",
                    error=f"nesting deeper than {ctx.config.limits.max_depth} levels; not opened",
                ),
            )
            continue
        yield from _walk(child, ctx)
        child.data = None  # members are done once walked; free their bytes before the next one


def error_message(exc: BaseException, mime: str, doing: str) -> str:
    """The error record's text for a failure while ``doing`` something to an item of type ``mime``."""
    if isinstance(exc, ExtractionError):
        return str(exc)
    if isinstance(exc, OSError):
        return f"cannot read: {exc.strerror or exc.__class__.__name__}"
    if isinstance(exc, MemoryError):
        return "out of memory while extracting"
    return f"{exc.__class__.__name__} while {doing} ({mime})"


_SNIFF_PREFIX = 1 << 16


def _open_large(item: Item, ctx: ExtractContext) -> Extracted | None:
    """A large file read in pieces, never whole: plain text (txt, csv, tsv, logs) as a stream of
    decoded pieces, documents (DOCX, XLSX, PPTX...) with their text read out of the open file.

    Only readers that can open the file for reading in pieces qualify (local files); the type is
    sniffed on a prefix (a zip's listing from the file), so other large files are read whole as before.
    """
    opener: Callable[[], BinaryIO] | None = getattr(item.read, "open", None)
    if opener is None or item.data is not None or item.size is None or item.size <= ctx.config.limits.stream_above:
        return None
    with opener() as fh:
        prefix = fh.read(_SNIFF_PREFIX)
    mime = item.mime_hint if item.mime_hint and item.mime_hint != "application/octet-stream" else None
    mime = mime or sniff_file(opener, prefix, item.name)
    if mime in STREAMABLE:
        if csv_export_header(prefix) and not may_read_private(ctx.config.mail):
            return None  # an Outlook CSV export of messages: judged whole, row by row, before it is read
        item.mime_hint = mime
        return stream_text(mime, opener, prefix, ctx.config)
    reader = FILE_EXTRACTORS.get(mime)
    if reader is None:
        return None
    item.mime_hint = mime
    return reader(item, opener(), ctx)  # the file stays open while its text and members are read


def _not_read(mime: str, reason: str) -> Extracted:
    """An item of which nothing at all was read: its error says why (the scan exits 4) and its record
    carries the flag ``not_read``."""
    return Extracted(mime=mime, error=reason, metadata={"unsupported": True})


def extract_one(item: Item, ctx: ExtractContext) -> Extracted:
    """Extract a single item (not its children); errors become the record's ``error``."""
    mime = item.mime_hint or "application/octet-stream"
    if item.source_error:
        return Extracted(mime=mime, error=item.source_error)
    if item.metadata.get("skipped"):  # the source listed it and did not read it (a symbolic link): said so
        return Extracted(mime=mime, metadata={"skipped": str(item.metadata["skipped"])})
    try:
        if item.depth == 0 and item.mail is None:
            withheld = withheld_attachment(item, ctx.config)  # a private message's attachment kept as a file
            if withheld is not None:
                return withheld
        if item.encrypted_reason:
            # An encrypted archive member: its type is unknown without the password.
            return Extracted(mime=mime, encrypted=True, encryption_reason=item.encrypted_reason)
        ctx.budget.check_time()
        limit = ctx.config.limits.max_file_size
        if item.size is not None and item.size > limit:
            return _not_read(mime, f"file larger than {limit} bytes")
        streamed = _open_large(item, ctx)
        if streamed is not None:
            return streamed
        data = item.content()
        if len(data) > limit:
            return _not_read(mime, f"file larger than {limit} bytes")
        if not item.mime_hint or item.mime_hint == "application/octet-stream":
            mime = sniff_mime(data, item.name)
        item.mime_hint = mime  # the item's own type, read by extractors that serve several types
        skipped = skip_reason(mime, ctx.config.limits.skip_types)
        if skipped is not None:  # the user chose not to read this type: recorded as skipped, not as clean
            return Extracted(mime=mime, metadata={"skipped": skipped})
        extractor = extractor_for(mime) or fallback_for(mime)
        result = extractor(item, data, ctx)
        if not result.mime:
            result.mime = mime
        return result
    except Exception as exc:  # a parser bug on hostile input must not stop the sweep
        if _source_lost(item, exc):  # not this file's fault: the sweep fails the source
            return Extracted(mime=mime, error=error_message(exc, mime, "extracting"), metadata={SOURCE_LOST: True})
        return Extracted(mime=mime, error=error_message(exc, mime, "extracting"))


def _source_lost(item: Item, exc: BaseException) -> bool:
    """True when reading ``item`` failed because its source's connection is gone (its reader says so)."""
    if isinstance(exc, SourceConnectionLost):
        return True
    lost = getattr(item.read, "lost", None)
    return bool(lost(exc)) if callable(lost) else False
