"""Reading members of zip-based documents (OOXML, ODF) within the limits, and their embedded files."""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from collections.abc import Iterator
from typing import IO, BinaryIO

from pii_scanner.core.errors import ExtractionError, LimitExceeded
from pii_scanner.core.model import Item
from pii_scanner.extract.context import ExtractContext
from pii_scanner.extract.members import RATIO_FLOOR, child_item, read_limited
from pii_scanner.extract.zip_methods import METHODS, decoder_errors, open_method, raw_member

# Embedded pictures worth OCR (scans pasted into documents); tiny ones are icons and logos.
# JPEG XR (.wdp/.jxr/.hdp) cannot be decoded: a child all the same, recorded as not read (skipped, its reason).
_IMAGE_EXT = (
    ".png",
    ".jpg",
    ".jpeg",
    ".jpe",
    ".jfif",
    ".tif",
    ".tiff",
    ".bmp",
    ".gif",
    ".webp",
    ".wdp",
    ".jxr",
    ".hdp",
)
MIN_IMAGE_BYTES = 8 * 1024
# Vector pictures (a table pasted from Excel as a metafile): their text is in text records, read whatever
# their size (as data of no known format: its strings).
_METAFILE_EXT = (".emf", ".wmf", ".emz", ".wmz")
# A picture under MIN_IMAGE_BYTES is still read when it is this wide or high (a one-line screenshot of a
# CPR is 3-5 KB as PNG, a 1-bit one a few hundred bytes); smaller ones are icons.
MIN_TEXT_PICTURE_PX = 100


def _may_hold_text(data: bytes) -> bool:
    """Whether a small picture is large enough to hold a line of text (its header only, nothing decoded)."""
    from PIL import Image

    from pii_scanner.extract.ocr import MIN_SIDE

    try:
        with Image.open(io.BytesIO(data)) as img:
            width, height = img.size
    except Exception:  # not a picture Pillow knows: read as any member would be
        return True
    return max(width, height) >= MIN_TEXT_PICTURE_PX and min(width, height) >= MIN_SIDE


def open_zip(data: bytes | BinaryIO, what: str) -> zipfile.ZipFile:
    """A zip container from its bytes or from an open (seekable) file."""
    try:
        return zipfile.ZipFile(io.BytesIO(data) if isinstance(data, bytes) else data)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError) as exc:
        raise ExtractionError(f"corrupt {what}: not a readable zip container") from exc


def read_member(zf: zipfile.ZipFile, name: str, ctx: ExtractContext, what: str) -> bytes | None:
    """A member's bytes (None when absent); corrupt data raises ExtractionError."""
    try:
        info = zf.getinfo(name)
    except KeyError:
        return None
    return read_info(zf, info, ctx, what)


def check_declared(info: zipfile.ZipInfo, ctx: ExtractContext, what: str) -> None:
    """Refuse a member whose declared expanded size is already past the ratio or size limit, before a
    byte is inflated: a 4.6 MB document.xml declaring 1.5 GB was otherwise inflated and parsed up to
    100 times its size, into the time budget. (zipfile never reads past the declared size, so a
    member that lies about it is stopped by the checks as it is read.)"""
    lim = ctx.config.limits
    cap = max(RATIO_FLOOR, int(info.compress_size * lim.max_ratio))
    if info.compress_size and info.file_size > cap and cap < lim.max_file_size:
        raise LimitExceeded(f"{what} member expands more than {lim.max_ratio:g} times its compressed size")
    if info.file_size > lim.max_file_size:
        raise LimitExceeded(f"{what} member larger than {lim.max_file_size} bytes when expanded")


def read_info(zf: zipfile.ZipFile, info: zipfile.ZipInfo, ctx: ExtractContext, what: str) -> bytes:
    check_declared(info, ctx, what)
    try:
        if info.compress_type in METHODS:  # Deflate64 / zstd: zipfile cannot open them
            stream = open_method(info.compress_type, raw_member(zf, info))
            try:
                return read_limited(stream, info.compress_size, ctx, f"{what} member")
            finally:
                stream.close()
        with zf.open(info) as fh:
            return read_limited(fh, info.compress_size, ctx, f"{what} member")
    except LimitExceeded:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError, ValueError, OSError) as exc:
        raise ExtractionError(f"corrupt {what}: a member cannot be decompressed") from exc
    except decoder_errors() as exc:
        raise ExtractionError(f"corrupt {what}: a member cannot be decompressed") from exc


def text_size(zf: zipfile.ZipFile, pattern: str) -> int:
    """Declared expanded size of the members whose names match ``pattern`` (zipfile never reads past it)."""
    rx = re.compile(pattern)
    return sum(info.file_size for info in zf.infolist() if rx.fullmatch(info.filename))


class MemberStream(io.RawIOBase):
    """A zip member decompressed as it is read, within the limits ``read_member`` applies whole:
    every byte charged to the item's budget, the member's expansion ratio and size capped, the
    time budget checked; a corrupt member raises ExtractionError."""

    def __init__(self, raw: IO[bytes], compressed: int, ctx: ExtractContext, what: str) -> None:
        super().__init__()
        lim = ctx.config.limits
        self._raw, self._ctx, self._what = raw, ctx, what
        self._ratio_cap = compressed and max(RATIO_FLOOR, int(compressed * lim.max_ratio))
        self._read = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        try:
            chunk = self._raw.read(len(buffer))
        except (
            zipfile.BadZipFile,
            zlib.error,
            EOFError,
            NotImplementedError,
            RuntimeError,
            ValueError,
            OSError,
        ) as exc:
            raise ExtractionError(f"corrupt {self._what}: a member cannot be decompressed") from exc
        n = len(chunk)
        buffer[:n] = chunk
        self._read += n
        self._ctx.budget.spend(n)
        self._ctx.budget.check_time()
        lim = self._ctx.config.limits
        if self._ratio_cap and self._read > self._ratio_cap and self._ratio_cap < lim.max_file_size:
            raise LimitExceeded(f"{self._what} member expands more than {lim.max_ratio:g} times its compressed size")
        if self._read > lim.max_file_size:
            raise LimitExceeded(f"{self._what} member larger than {lim.max_file_size} bytes when expanded")
        return n

    def close(self) -> None:
        self._raw.close()
        super().close()


def open_member(zf: zipfile.ZipFile, name: str, ctx: ExtractContext, what: str) -> IO[bytes] | None:
    """A member as a bounded stream (None when absent); see :class:`MemberStream`."""
    try:
        info = zf.getinfo(name)
    except KeyError:
        return None
    check_declared(info, ctx, what)
    try:
        raw = zf.open(info)
    except (zipfile.BadZipFile, zlib.error, NotImplementedError, RuntimeError, ValueError, OSError) as exc:
        raise ExtractionError(f"corrupt {what}: a member cannot be opened") from exc
    return io.BufferedReader(MemberStream(raw, info.compress_size, ctx, what), 1 << 16)


def embedded_children(
    item: Item, zf: zipfile.ZipFile, prefixes: tuple[str, ...], ctx: ExtractContext, what: str, any_name: bool = False
) -> Iterator[Item]:
    """Embedded objects (any type) and pictures big enough to hold text, as child items; with
    ``any_name`` every member under ``prefixes`` (given whole names: a DOCX's altChunk parts)."""
    for info in zf.infolist():
        name = info.filename
        if info.is_dir() or not name.startswith(prefixes):
            continue
        lowered = name.lower()
        is_picture = lowered.endswith(_IMAGE_EXT)
        small = is_picture and info.file_size < MIN_IMAGE_BYTES
        metafile = lowered.endswith(_METAFILE_EXT)
        if not is_picture and not metafile and not any_name and "embed" not in lowered and "object" not in lowered:
            continue
        try:
            if small:  # read first (a few KB), counted only when it is kept
                data = read_info(zf, info, ctx, what)
                if not _may_hold_text(data):
                    continue
            ctx.budget.count_member()
            if not small:
                data = read_info(zf, info, ctx, what)
        except ExtractionError as exc:
            yield child_item(item, name, error=str(exc))
            if isinstance(exc, LimitExceeded):
                return
            continue
        yield child_item(item, name, data)
