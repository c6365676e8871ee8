"""Zip members compressed with Deflate64 (method 9) or zstd (method 93), which Python's zipfile refuses to
open, are read (were an error record, exit 4); a damaged one is still an error and the other members read."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import pytest

from tests.extract.extract_helpers import scan_file

TEXT = "".join(f"Linje {i}: Kunde Jens Hansen har CPR-nummer 070761-4285.\n" for i in range(200)).encode()


def _deflate64(data: bytes) -> bytes:
    import inflate64

    d = inflate64.Deflater()
    return bytes(d.deflate(data)) + bytes(d.flush())


def _zstd(data: bytes) -> bytes:
    from backports import zstd

    return zstd.compress(data)


def _zip(members: list[tuple[str, int, bytes, bytes]]) -> bytes:
    """A zip written by hand: (name, method, plain bytes, compressed bytes) per member."""
    body, central = b"", b""
    for name, method, plain, packed in members:
        raw = name.encode()
        fields = (20, 0, method, 0, 0, zlib.crc32(plain), len(packed), len(plain), len(raw), 0)
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, *fields, 0, 0, 0, 0, len(body)) + raw
        body += struct.pack("<IHHHHHIIIHH", 0x04034B50, *fields) + raw + packed
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(members), len(members), len(central), len(body), 0)
    return body + central + end


@pytest.mark.parametrize(("method", "pack"), [(9, _deflate64), (93, _zstd)], ids=["deflate64", "zstd"])
def test_members_of_methods_zipfile_cannot_open_are_read(tmp_path: Path, method: int, pack: object) -> None:
    assert callable(pack)
    path = tmp_path / "arkiv.zip"
    path.write_bytes(
        _zip([("kunder.txt", method, TEXT, pack(TEXT)), ("plain.txt", 0, b"CPR 070761-4285", b"CPR 070761-4285")])
    )
    _top, member, plain = scan_file(path)
    assert member.error is None, member.error
    assert len(member.findings) == 200 and len(plain.findings) == 1


@pytest.mark.parametrize("method", [9, 93], ids=["deflate64", "zstd"])
def test_a_damaged_member_of_such_a_method_is_an_error_and_the_rest_read(tmp_path: Path, method: int) -> None:
    path = tmp_path / "skadet.zip"
    junk = b"\xff\x00 not compressed data " * 20
    path.write_bytes(
        _zip([("kunder.txt", method, TEXT, junk), ("plain.txt", 0, b"CPR 070761-4285", b"CPR 070761-4285")])
    )
    _top, member, plain = scan_file(path)
    assert member.error and not member.findings
    assert len(plain.findings) == 1
