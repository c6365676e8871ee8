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
from pii_scanner.extract.lz4frame import Lz4Stream
from pii_scanner.extract.members import child_item, read_limited

GZIP, BZIP2, XZ, ZLIB = "application/gzip", "application/x-bzip2", "application/x-xz", "application/zlib"
ZSTD = ("application/zstd", "application/x-zstd")  # a .tar.zst is the usual modern tar backup
LZ4 = "application/x-lz4"
COMPRESSED_TYPES = (GZIP, "application/x-gzip", BZIP2, XZ, "application/x-lzma", ZLIB, *ZSTD, LZ4)
# Compressed data and archives no reader here opens. The strings reader would find nothing of the content
# in them and call the item clean (exit 0): they are recorded as not read instead (flag not_read, exit 4).
UNOPENED_TYPES = {
    "application/x-lz4+json": "lz4 (Mozilla jsonlz4)",
    "application/x-lrzip": "lrzip",
    "application/x-bzip": "bzip (version 1)",
    "application/x-snappy-framed": "snappy",
    "application/x-windows-themepack": "CAB",
    "application/x-arc": "ARC",
    "application/x-zoo": "zoo",
    "application/x-xar": "xar",
    "application/x-ms-wim": "WIM",
    "application/x-dzip": "dzip",
    "application/x-fzip": "fzip",
    "application/x-compressed-iso": "compressed ISO",
    "application/x-java-pack200": "pack200",
    "application/x-edi-pack-lzss": "LZSS",
    "application/x-rpm": "RPM (compressed payload)",
    "application/vnd.debian.binary-package": "Debian package (compressed members)",
    "application/x-lzip": "lzip",
    "application/x-lzop": "lzop",
    "application/x-compress": "compress (.Z)",
    "application/x-brotli": "brotli",
    "application/x-rar": "RAR",
    "application/vnd.rar": "RAR",
    "application/x-rar-compressed": "RAR",
    "application/x-arj": "ARJ",
    "application/x-lha": "LHA",
    "application/x-lzh-compressed": "LHA",
    "application/vnd.ms-cab-compressed": "CAB",
    "application/x-ace-compressed": "ACE",
    "application/x-stuffit": "StuffIt",
}
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


def unopened_kind(mime: str) -> str | None:
    """The name of the compressed format ``mime`` when no reader here opens it, else None: the listed
    types, and every other type libmagic names as compressed (``x-compress-*``, ``x-ms-compress-*``...).

    >>> unopened_kind("application/x-lzip"), unopened_kind("application/x-compress-ttcomp"), unopened_kind("text/plain")
    ('lzip', 'application/x-compress-ttcomp', None)
    """
    kind = mime.lower()
    if kind in UNOPENED_TYPES:
        return UNOPENED_TYPES[kind]
    return mime if "compress" in kind and kind not in COMPRESSED_TYPES else None


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
