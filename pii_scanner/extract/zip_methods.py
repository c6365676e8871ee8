"""Zip members compressed with a method Python's zipfile does not know: Deflate64 (method 9: 7-Zip, and
Windows' own "compressed folder" for large files) and zstd (method 93: WinZip's .zipx, 7-Zip). zipfile
refuses to open them, so such a member was an error record; its compressed bytes are read here from the
local header on, and decompressed in pieces within the same limits as any member (``read_limited``)."""

from __future__ import annotations

import importlib
import io
import struct
import zipfile
from typing import IO, Any

DEFLATE64, ZSTD = 9, 93
METHODS = (DEFLATE64, ZSTD)
_PIECE = 1 << 14  # compressed bytes per step: Deflate64 expands at most ~1000 times, so a step stays bounded


def raw_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    """The member's compressed bytes, found through its local header (its name and extra field vary in length)."""
    fp = zf.fp
    if fp is None:
        raise zipfile.BadZipFile("archive closed")
    fp.seek(info.header_offset)
    header = fp.read(30)
    if len(header) < 30 or header[:4] != b"PK\x03\x04":
        raise zipfile.BadZipFile("bad local file header")
    name_len, extra_len = struct.unpack("<HH", header[26:30])
    fp.seek(info.header_offset + 30 + name_len + extra_len)
    data = fp.read(info.compress_size)
    if len(data) != info.compress_size:
        raise EOFError("member data cut short")
    return bytes(data)


class _Deflate64:
    def __init__(self, data: bytes) -> None:
        import inflate64

        self._inflater, self._data, self._pos = inflate64.Inflater(), data, 0

    def read(self, size: int = -1) -> bytes:
        while self._pos < len(self._data):
            piece = self._data[self._pos : self._pos + _PIECE]
            self._pos += len(piece)
            out: bytes = self._inflater.inflate(piece)
            if out:
                return out
        return b""

    def close(self) -> None:
        return None


def _zstd() -> Any:
    try:
        return importlib.import_module("compression.zstd")  # the standard library from Python 3.14
    except ImportError:
        from backports import zstd

        return zstd


def open_method(method: int, data: bytes) -> IO[bytes] | Any:
    """A reader of the decompressed member (``data`` is the compressed bytes)."""
    if method == DEFLATE64:
        return _Deflate64(data)
    return _zstd().ZstdFile(io.BytesIO(data))


def decoder_errors() -> tuple[type[Exception], ...]:
    """What the decoders raise for damaged data besides ValueError/EOFError (inflate64 raises ValueError)."""
    return (_zstd().ZstdError,)
