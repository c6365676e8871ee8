"""Single compressed streams: gzip, bzip2, xz/lzma. The content becomes one child (a .tar.gz gives
a tar child, which the walker opens in turn), decompressed in chunks within the ratio limit."""

from __future__ import annotations

import bz2
import gzip
import io
import lzma
import zlib
from typing import Any

from pii_scanner.core.errors import ExtractionError, LimitExceeded
from pii_scanner.core.model import Extracted, Item
from pii_scanner.extract.context import ExtractContext
from pii_scanner.extract.members import child_item, read_limited

GZIP, BZIP2, XZ = "application/gzip", "application/x-bzip2", "application/x-xz"
COMPRESSED_TYPES = (GZIP, "application/x-gzip", BZIP2, XZ, "application/x-lzma")
_SUFFIXES = {
    ".gz": "",
    ".tgz": ".tar",
    ".bz2": "",
    ".tbz2": ".tar",
    ".tbz": ".tar",
    ".xz": "",
    ".txz": ".tar",
    ".lzma": "",
}


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


def extract_compressed(item: Item, data: bytes, ctx: ExtractContext) -> Extracted:
    mime = item.mime_hint or GZIP
    stream: Any
    if mime in (GZIP, "application/x-gzip"):
        stream = gzip.GzipFile(fileobj=io.BytesIO(data))
    elif mime == BZIP2:
        stream = bz2.BZ2File(io.BytesIO(data))
    else:
        stream = lzma.LZMAFile(io.BytesIO(data))  # noqa: SIM115 - closed in finally
    try:
        content = read_limited(stream, len(data), ctx, "compressed stream")
    except LimitExceeded:
        raise
    except (OSError, EOFError, zlib.error, lzma.LZMAError, ValueError) as exc:
        raise ExtractionError(f"corrupt compressed file: {type(exc).__name__}") from exc
    finally:
        stream.close()
    return Extracted(mime=mime, children=[child_item(item, _inner_name(item, data, mime), content)])
