"""Walk one top-level item and everything nested in it, extracting each; never raise for bad input.

Yields (item, extracted) in pre-order, so a container comes before its members and a message
before its attachments. Every failure becomes ``Extracted.error`` on the item it concerns.
"""

from __future__ import annotations

from collections.abc import Iterator

from pii_scanner.core.config import ScanConfig
from pii_scanner.core.errors import ExtractionError, LimitExceeded
from pii_scanner.core.model import Extracted, Item
from pii_scanner.extract.context import ExtractContext
from pii_scanner.extract.dispatch import extractor_for
from pii_scanner.extract.sniff import sniff_mime


def walk(item: Item, config: ScanConfig) -> Iterator[tuple[Item, Extracted]]:
    ctx = ExtractContext.for_top_item(config)
    yield from _walk(item, ctx)


def _walk(item: Item, ctx: ExtractContext) -> Iterator[tuple[Item, Extracted]]:
    extracted = extract_one(item, ctx)
    yield item, extracted
    for child in extracted.children:
        child.depth = item.depth + 1
        if child.depth > ctx.config.limits.max_depth:
            yield child, Extracted(
                mime=child.mime_hint or "application/octet-stream",
                error=f"nesting deeper than {ctx.config.limits.max_depth} levels; not opened",
            )
            continue
        yield from _walk(child, ctx)


def extract_one(item: Item, ctx: ExtractContext) -> Extracted:
    """Extract a single item (not its children); errors become the record's ``error``."""
    mime = item.mime_hint or "application/octet-stream"
    if item.metadata.get("source_error"):
        return Extracted(mime=mime, error=str(item.metadata["source_error"]))
    try:
        ctx.budget.check_time()
        if item.size is not None and item.size > ctx.config.limits.max_file_size:
            raise LimitExceeded(f"file larger than {ctx.config.limits.max_file_size} bytes")
        data = item.content()
        if len(data) > ctx.config.limits.max_file_size:
            raise LimitExceeded(f"file larger than {ctx.config.limits.max_file_size} bytes")
        if not item.mime_hint or item.mime_hint == "application/octet-stream":
            mime = sniff_mime(data, item.name)
        extractor = extractor_for(mime)
        if extractor is None:
            return Extracted(mime=mime, metadata={"unsupported": True})
        result = extractor(item, data, ctx)
        if not result.mime:
            result.mime = mime
        return result
    except ExtractionError as exc:
        return Extracted(mime=mime, error=str(exc))
    except OSError as exc:
        return Extracted(mime=mime, error=f"cannot read: {exc.strerror or exc.__class__.__name__}")
    except MemoryError:
        return Extracted(mime=mime, error="out of memory while extracting")
    except Exception as exc:  # a parser bug on hostile input must not stop the sweep
        return Extracted(mime=mime, error=f"{exc.__class__.__name__} while extracting {mime}")
