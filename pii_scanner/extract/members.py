"""Child items (archive members, embedded files) and bounded reading of compressed streams.

Every byte that comes out of a decompressor is charged to the top-level item's :class:`Budget`
(total expanded bytes, time) and checked against the expansion ratio of its member, so a zip bomb
stops after at most ``max_ratio`` times its compressed size, never after filling memory.
"""

from __future__ import annotations

import posixpath
import re
from datetime import datetime
from typing import IO

from pii_scanner.core.errors import LimitExceeded
from pii_scanner.core.model import Item
from pii_scanner.extract.context import ExtractContext

CHUNK = 1 << 20
# Small members may be highly compressible (a page of spaces) without being a bomb.
RATIO_FLOOR = 1 << 20


def child_item(
    parent: Item,
    member: str,
    data: bytes | None = None,
    *,
    mtime: datetime | None = None,
    error: str | None = None,
    encrypted: str | None = None,
    mime_hint: str | None = None,
    stored_as: str | None = None,
) -> Item:
    """An item for a member of ``parent``: location ``<parent>!/<member>``, same outer path/origin; its name is
    that of ``stored_as`` (the name in the archive, when ``member`` was made unique) or of ``member``."""
    member = member.lstrip("/")
    named = (stored_as or member).lstrip("/")
    return Item(
        location=f"{parent.location}!/{member}",
        path=parent.path,
        name=posixpath.basename(named.rstrip("/")) or named,
        size=len(data) if data is not None else None,
        mtime=mtime or parent.mtime,
        owner=parent.owner,
        origin=parent.origin,
        source=parent.source,
        change_key=parent.change_key,
        data=data if data is not None else (b"" if error or encrypted else None),
        mime_hint=mime_hint,
        depth=parent.depth + 1,
        source_error=error or None,
        encrypted_reason=encrypted or None,
    )


def safe_segment(name: str, fallback: str) -> str:
    """A location segment: no slashes or control characters."""
    cleaned = re.sub(r"[\x00-\x1f/\\]+", "_", name).strip()
    return cleaned[:200] or fallback


def read_limited(stream: IO[bytes], compressed: int | None, ctx: ExtractContext, what: str) -> bytes:
    """Read a decompressing stream to the end within the ratio, size and budget limits."""
    lim = ctx.config.limits
    cap = lim.max_file_size
    if compressed:
        cap = min(cap, max(RATIO_FLOOR, int(compressed * lim.max_ratio)))
    out = bytearray()
    while True:
        chunk = stream.read(CHUNK)
        if not chunk:
            return bytes(out)
        out += chunk
        ctx.budget.spend(len(chunk))
        ctx.budget.check_time()
        if len(out) > cap:
            if compressed and cap < lim.max_file_size:
                raise LimitExceeded(f"{what} expands more than {lim.max_ratio:g} times its compressed size")
            raise LimitExceeded(f"{what} larger than {lim.max_file_size} bytes when expanded")


class MemberNames:
    """Member names made unique within one archive: a zip or tar may hold two members of the same name
    (``tar rf`` appends an updated file again, zipfile writes a name twice). Both are read, and the second
    and later get ``#2``, ``#3``... after the name: one location is one item in the index and the output
    (two items under one location stopped a sweep, and a private and a normal message could not be told apart)."""

    def __init__(self) -> None:
        self._used: set[str] = set()

    def unique(self, member: str) -> str:
        """``member``, or ``member#<n>`` with the smallest n from 2 not used yet in this archive."""
        name, n = member, 1
        while name.lstrip("/") in self._used:
            n += 1
            name = f"{member}#{n}"
        self._used.add(name.lstrip("/"))
        return name
