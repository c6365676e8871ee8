"""Single compressed streams: gzip, bzip2, xz/lzma, zstd, lz4, zlib. The content becomes one child (a .tar.gz or
.tar.zst gives a tar child, which the walker opens in turn), decompressed in chunks within the ratio limit.

Compressed data no reader here opens (lzip, RAR, .Z...) never goes to the strings reader: its bytes are noise,
so "no finding" would be false. It is recorded as not read (flag ``not_read``, exit 4), naming the format."""

from __future__ import annotations

import bz2
import gzip
import importlib
import io
import lzma
import zlib
from typing import Any

from pii_scanner.core.errors import ExtractionError, LimitExceeded
from pii_scanner.core.model import Extracted, Item
from pii_scanner.extract.context import ExtractContext
from pii_scanner.extract.formats import BZIP2, GZIP, LZ4, ZLIB, ZSTD, unopened_kind
from pii_scanner.extract.lz4frame import Lz4Stream
from pii_scanner.extract.members import child_item, read_limited

_SUFFIXES = {
    ".gz": "",
    ".tgz": ".tar",
    ".bz2": "",
    ".tbz2": ".tar",
    ".tbz": ".tar",
    ".xz": "",
    ".txz": ".tar",
    ".lzma": "",
    ".zlib": "",
    ".zz": "",
    ".zst": "",
    ".zstd": "",
    ".tzst": ".tar",
    ".lz4": "",
}


def _zstd() -> Any:
    """The zstd module: the standard library's from Python 3.14, else its backport (a py7zr dependency)."""
    try:
        return importlib.import_module("compression.zstd")
    except ImportError:
        from backports import zstd

        return zstd


def _inner_name(item: Item, data: bytes, mime: str) -> str:
    name = item.name or "content"
    if mime in (GZIP, "application/x-gzip") and len(data) > 10 and data[3] & 0x08:  # FNAME set
        end = data.find(b"\0", 10)
        if end > 10:
            name = data[10:end].decode("latin-1").rsplit("/", 1)[-1]
            if not name.lower().endswith(tuple(_SUFFIXES)):
                return name
    for suffix, repl in _SUFFIXES.items():
        if name.lower().endswith(suffix):
            return name[: -len(suffix)] + repl
    return name + ".out"


class _ZlibStream:
    """A raw zlib stream read in pieces (``read_limited`` stops it at the expansion limit)."""

    def __init__(self, data: bytes) -> None:
        self._data, self._z = data, zlib.decompressobj()
        self._pending = data

    def read(self, size: int = -1) -> bytes:
        want = size if size and size > 0 else 1 << 20
        out = self._z.decompress(self._pending, want)
        self._pending = self._z.unconsumed_tail
        if not out and not self._pending and not self._z.eof:
            raise EOFError("zlib stream ends early")
        return out

    def close(self) -> None:
        return None


def extract_unopened(item: Item, data: bytes, ctx: ExtractContext) -> Extracted:
    """A compressed file or archive of a kind no reader here opens: not read, and said so."""
    mime = item.mime_hint or "application/octet-stream"
    kind = unopened_kind(mime) or mime
    return Extracted(
        mime=mime,
        error=f"{kind} compressed data: this scanner cannot open it; not read",
        metadata={"unsupported": True},
    )


def extract_compressed(item: Item, data: bytes, ctx: ExtractContext) -> Extracted:
    mime = item.mime_hint or GZIP
    stream: Any
    if mime in (GZIP, "application/x-gzip"):
        stream = gzip.GzipFile(fileobj=io.BytesIO(data))
    elif mime == BZIP2:
        stream = bz2.BZ2File(io.BytesIO(data))
    elif mime == ZLIB:
        stream = _ZlibStream(data)
    elif mime in ZSTD:
        stream = _zstd().ZstdFile(io.BytesIO(data))
    elif mime == LZ4:
        stream = Lz4Stream(data)
    else:
        stream = lzma.LZMAFile(io.BytesIO(data))  # noqa: SIM115 - closed in finally
    try:
        content = read_limited(stream, len(data), ctx, "compressed stream")
    except LimitExceeded:
        raise
    except (OSError, EOFError, zlib.error, lzma.LZMAError, ValueError, _zstd().ZstdError) as exc:
        raise ExtractionError(f"corrupt compressed file: {type(exc).__name__}") from exc
    finally:
        stream.close()
    return Extracted(mime=mime, children=[child_item(item, _inner_name(item, data, mime), content)])
