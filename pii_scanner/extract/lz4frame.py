"""LZ4 frames (``.lz4``, ``.tar.lz4``) decoded in pure Python: no lz4 package is installed, and lz4 is as
common for backups as xz. A stream object for :func:`~pii_scanner.extract.members.read_limited`, which charges
every block to the budget and stops at the expansion limit.

Frames (and the legacy format ``lz4 -l`` writes) follow one another; skippable frames are skipped. Linked
blocks refer back up to 64 KiB, so that much of the output is kept. Checksums (xxHash32) are not verified:
damage shows as a match pointing before the start or a block running past the end, both errors.
"""

from __future__ import annotations

MAGIC, LEGACY = 0x184D2204, 0x184C2102
_WINDOW = 1 << 16
_LEGACY_BLOCK = 8 << 20


class Lz4Error(ValueError):
    """Data that is not a valid LZ4 frame."""


def _long_length(src: bytes | memoryview, i: int, length: int, what: str) -> tuple[int, int]:
    """A length of 15 in the token goes on in bytes at ``src[i]``, each added, until one below 255: the
    length and the position after it."""
    n = len(src)
    while True:
        if i >= n:
            raise Lz4Error(f"{what} length runs past the block")
        b = src[i]
        i += 1
        length += b
        if b != 255:
            return length, i


def decode_block(src: bytes | memoryview, out: bytearray, limit: int) -> None:
    """Append the LZ4 block ``src`` to ``out`` (which holds the history it may refer to); at most ``limit`` bytes."""
    i, n, stop = 0, len(src), len(out) + limit
    while i < n:
        token = src[i]
        i += 1
        length = token >> 4
        if length == 15:
            length, i = _long_length(src, i, length, "literal")
        if i + length > n:
            raise Lz4Error("literals run past the block")
        out += src[i : i + length]
        i += length
        if i >= n:
            break  # the last sequence has literals only
        if i + 2 > n:
            raise Lz4Error("match offset cut off")
        offset = src[i] | src[i + 1] << 8
        i += 2
        if offset == 0 or offset > len(out):
            raise Lz4Error("match points before the start of the data")
        length = token & 15
        if length == 15:
            length, i = _long_length(src, i, length, "match")
        length += 4
        start = len(out) - offset
        if offset >= length:
            out += out[start : start + length]
        else:  # the match overlaps what it writes: the last `offset` bytes repeated
            out += (out[start:] * (length // offset + 1))[:length]
        if len(out) > stop:
            raise Lz4Error("block larger than its frame allows")


class Lz4Stream:
    """The decoded bytes of one or more LZ4 frames, a block per :meth:`read`."""

    def __init__(self, data: bytes) -> None:
        self._src, self._pos = memoryview(data), 0
        self._history = bytearray()
        self._frame: tuple[bool, int, bool] | None = None  # (legacy, block limit, block checksums)
        self._content_checksum = False

    def _u32(self) -> int:
        if self._pos + 4 > len(self._src):
            raise EOFError("LZ4 data ends inside a header")
        value = int.from_bytes(self._src[self._pos : self._pos + 4], "little")
        self._pos += 4
        return value

    def _start_frame(self) -> bool:
        """Read the next frame's header; False at the end of the data."""
        while self._pos < len(self._src):
            magic = self._u32()
            if magic == LEGACY:
                self._frame = (True, _LEGACY_BLOCK, False)
                return True
            if 0x184D2A50 <= magic <= 0x184D2A5F:  # skippable frame
                self._pos += self._u32()
                continue
            if magic != MAGIC:
                raise Lz4Error("not an LZ4 frame")
            if self._pos + 3 > len(self._src):
                raise EOFError("LZ4 frame header cut off")
            flg, bd = self._src[self._pos], self._src[self._pos + 1]
            if flg >> 6 != 1:
                raise Lz4Error("unknown LZ4 frame version")
            if flg & 0x01:
                raise Lz4Error("LZ4 frame needs a dictionary")
            self._pos += 2 + (8 if flg & 0x08 else 0) + 1  # FLG, BD, content size, header checksum
            self._frame = (False, 1 << (8 + 2 * ((bd >> 4) & 7)), bool(flg & 0x10))
            self._content_checksum = bool(flg & 0x04)
            return True
        return False

    def read(self, size: int = -1) -> bytes:
        while True:
            if self._frame is None and not self._start_frame():
                return b""
            legacy, limit, checksums = self._frame or (False, 0, False)
            if legacy and (self._pos >= len(self._src) or self._peek() in (MAGIC, LEGACY)):
                self._frame = None
                continue
            length = self._u32()
            if not legacy and length == 0:  # end mark
                if self._content_checksum:
                    self._u32()  # present, not verified (xxHash32)
                self._frame = None
                continue
            stored = not legacy and bool(length & 0x80000000)
            length &= 0x7FFFFFFF
            if self._pos + length > len(self._src):
                raise EOFError("LZ4 data ends inside a block")
            block = self._src[self._pos : self._pos + length]
            self._pos += length + (4 if checksums else 0)
            out = self._history
            before = len(out)
            if stored:
                if length > limit:
                    raise Lz4Error("stored block larger than its frame allows")
                out += block
            else:
                decode_block(block, out, limit)
            produced = bytes(out[before:])
            del out[: max(0, len(out) - _WINDOW)]
            if produced:
                return produced

    def _peek(self) -> int:
        return int.from_bytes(self._src[self._pos : self._pos + 4], "little")

    def close(self) -> None:
        return None
