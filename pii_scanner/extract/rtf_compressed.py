"""Compressed RTF (MS-OXRTFCP): the LZFu format Outlook stores a message's RTF body in (PR_RTF_COMPRESSED).

A 16-byte header (compressed size, raw size, ``LZFu`` or ``MELA``, CRC-32), then runs of eight tokens
after a control byte whose bits, lowest first, say literal byte (0) or dictionary reference (1). A
reference is 16 bits big-endian: a 12-bit offset into a 4096-byte ring dictionary preloaded with common
RTF, and a 4-bit length (+2). A reference to the current write position ends the data.
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Callable

_COMPRESSED, _UNCOMPRESSED = 0x75465A4C, 0x414C454D  # "LZFu", "MELA" little-endian
_PRELOAD = (
    b"{\\rtf1\\ansi\\mac\\deff0\\deftab720{\\fonttbl;}{\\f0\\fnil \\froman \\fswiss \\fmodern \\fscript "
    b"\\fdecor MS Sans SerifSymbolArialTimes New RomanCourier{\\colortbl\\red0\\green0\\blue0\r\n\\par "
    b"\\pard\\plain\\f0\\fs20\\b\\i\\u\\tab\\tx"
)
_SIZE = 4096


class CompressedRtfError(ValueError):
    """Compressed RTF that cannot be read whole."""


def crc(data: bytes) -> int:
    """MS-OXRTFCP's CRC-32: the usual table, started at 0 and not inverted at the end."""
    return zlib.crc32(data, 0xFFFFFFFF) ^ 0xFFFFFFFF


def decompress(data: bytes, max_size: int, check: Callable[[], None] | None = None) -> bytes:
    """The RTF that ``data`` holds; anything that does not add up is a CompressedRtfError. ``check`` is
    called every 1 MiB of output (a time budget: the format expands up to eight times, slowly in Python).

    >>> decompress(bytes.fromhex("1a0000001c0000004c5a4675e2d44b51410004205758595a0d6e7d010eb0"), 1000)
    b'{\\\\rtf1 WXYZWXYZWXYZWXYZWXYZ}'
    """
    if len(data) < 16:
        raise CompressedRtfError("shorter than its header")
    comp_size, raw_size, kind, stated_crc = struct.unpack_from("<IIII", data)
    if comp_size + 4 > len(data) or comp_size < 12:
        raise CompressedRtfError("size beyond the data")
    if raw_size > max_size:
        raise CompressedRtfError(f"larger than {max_size} bytes")
    body = data[16 : comp_size + 4]
    if kind == _UNCOMPRESSED:
        if len(body) < raw_size:
            raise CompressedRtfError("cut short")
        return body[:raw_size]
    if kind != _COMPRESSED:
        raise CompressedRtfError("unknown compression type")
    if crc(body) != stated_crc:
        raise CompressedRtfError("CRC mismatch")
    ring = bytearray(_PRELOAD.ljust(_SIZE, b"\0"))
    write = len(_PRELOAD)
    out = bytearray()
    pos, end, checked = 0, len(body), 0
    while pos < end:
        control = body[pos]
        pos += 1
        for bit in range(8):
            if pos >= end:
                break
            if not control & (1 << bit):
                ring[write] = body[pos]
                out.append(body[pos])
                write = (write + 1) % _SIZE
                pos += 1
            else:
                if pos + 2 > end:
                    raise CompressedRtfError("reference cut short")
                (ref,) = struct.unpack_from(">H", body, pos)
                pos += 2
                offset, length = ref >> 4, (ref & 0xF) + 2
                if offset == write:
                    if len(out) != raw_size:
                        raise CompressedRtfError("size differs from the header")
                    return bytes(out)
                for i in range(length):
                    byte = ring[(offset + i) % _SIZE]
                    ring[write] = byte
                    out.append(byte)
                    write = (write + 1) % _SIZE
            if len(out) > raw_size:
                raise CompressedRtfError("longer than its header says")
        if check is not None and len(out) >> 20 != checked:
            checked = len(out) >> 20
            check()
    if len(out) == raw_size:  # a writer that leaves the end marker out
        return bytes(out)
    raise CompressedRtfError("no end marker")
