"""Reading members of zip-based documents (OOXML, ODF) within the limits, and their embedded files."""

from __future__ import annotations

import io
import zipfile
import zlib
from collections.abc import Iterator

from pii_scanner.core.errors import ExtractionError, LimitExceeded
from pii_scanner.core.model import Item
from pii_scanner.extract.context import ExtractContext
from pii_scanner.extract.members import child_item, read_limited

# Embedded pictures worth OCR (scans pasted into documents); tiny ones are icons and logos.
_IMAGE_EXT = (".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp", ".gif")
MIN_IMAGE_BYTES = 8 * 1024


def open_zip(data: bytes, what: str) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError) as exc:
        raise ExtractionError(f"corrupt {what}: not a readable zip container") from exc


def read_member(zf: zipfile.ZipFile, name: str, ctx: ExtractContext, what: str) -> bytes | None:
    """A member's bytes (None when absent); corrupt data raises ExtractionError."""
    try:
        info = zf.getinfo(name)
    except KeyError:
        return None
    return read_info(zf, info, ctx, what)


def read_info(zf: zipfile.ZipFile, info: zipfile.ZipInfo, ctx: ExtractContext, what: str) -> bytes:
    try:
        with zf.open(info) as fh:
            return read_limited(fh, info.compress_size, ctx, f"{what} member")
    except LimitExceeded:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError, ValueError, OSError) as exc:
        raise ExtractionError(f"corrupt {what}: a member cannot be decompressed") from exc


def embedded_children(
    item: Item, zf: zipfile.ZipFile, prefixes: tuple[str, ...], ctx: ExtractContext, what: str
) -> Iterator[Item]:
    """Embedded objects (any type) and pictures big enough to hold text, as child items."""
    for info in zf.infolist():
        name = info.filename
        if info.is_dir() or not name.startswith(prefixes):
            continue
        lowered = name.lower()
        is_picture = lowered.endswith(_IMAGE_EXT)
        if is_picture and info.file_size < MIN_IMAGE_BYTES:
            continue
        if not is_picture and "embed" not in lowered and "object" not in lowered:
            continue
        try:
            ctx.budget.count_member()
            data = read_info(zf, info, ctx, what)
        except ExtractionError as exc:
            yield child_item(item, name, error=str(exc))
            if isinstance(exc, LimitExceeded):
                return
            continue
        yield child_item(item, name, data)
