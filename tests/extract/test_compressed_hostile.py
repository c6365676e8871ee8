"""Compressed data is opened (zstd, tar.zst, lz4, zlib) or said not read (lzip, .Z, RAR, CAB...), never
handed to the strings reader and called clean: the strings of compressed bytes are noise."""

from __future__ import annotations

import io
import json
import subprocess
import tarfile
import zlib
from pathlib import Path

import pytest

from tests.extract.extract_helpers import entities, scan_file

CPR = "070761-4285"
TEXT = "".join(f"Linje {i}: Kunde Jens Hansen har CPR-nummer {CPR}.\n" for i in range(300)).encode()


def _zstd(data: bytes) -> bytes:
    from backports import zstd

    return zstd.compress(data)


def _tar(name: str, data: bytes) -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tf:
        info = tarfile.TarInfo(name)
        info.size = len(data)
        tf.addfile(info, io.BytesIO(data))
    return buf.getvalue()


def _lz4_frame(data: bytes) -> bytes:
    """A valid LZ4 frame holding ``data`` as one stored (uncompressed) block, as `lz4` writes for noise."""
    header = b"\x04\x22\x4d\x18" + bytes([0x60, 0x70, 0x73])  # magic, FLG (v1, independent), BD (4 MB), HC
    return header + (len(data) | 0x80000000).to_bytes(4, "little") + data + b"\0\0\0\0"


OPENED = {
    "big.txt.zst": lambda: _zstd(TEXT),
    "backup.tar.zst": lambda: _zstd(_tar("big.txt", TEXT)),
    "big.zlib": lambda: zlib.compress(TEXT),
    "big.txt.lz4": lambda: _lz4_frame(TEXT),
    "backup.tar.lz4": lambda: _lz4_frame(_tar("big.txt", TEXT)),
}
# Signatures of compressed formats with no decompressor here, each followed by a compressed-looking body.
UNOPENED = {
    "big.txt.lz": lambda: b"LZIP\x01\x0c" + zlib.compress(TEXT),
    "big.txt.Z": lambda: b"\x1f\x9d\x90" + zlib.compress(TEXT),
    "backup.rar": lambda: b"Rar!\x1a\x07\x01\x00" + zlib.compress(TEXT),
    "setup.cab": lambda: b"MSCF\0\0\0\0" + (200).to_bytes(4, "little") + b"\0" * 8 + zlib.compress(TEXT),
    # not listed by name: libmagic's x-ms-compress-szdd, caught as a "*compress*" type
    "setup.ex_": lambda: b"SZDD\x88\xf0\x27\x33A\0" + (len(TEXT)).to_bytes(4, "little") + zlib.compress(TEXT),
    "data.sz": lambda: b"\xff\x06\x00\x00sNaPpY" + zlib.compress(TEXT),
}


@pytest.mark.parametrize("name", sorted(OPENED))
def test_zstd_lz4_and_zlib_are_decompressed_and_read(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(OPENED[name]())
    results = scan_file(path)
    assert ("DK_CPR", "0707614285") in entities(results)
    assert all(r.error is None for r in results)
    assert sum(len(r.findings) for r in results) >= 300


@pytest.mark.parametrize("name", sorted(UNOPENED))
def test_compressed_data_with_no_reader_is_not_read_never_clean(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(UNOPENED[name]())
    (result,) = scan_file(path)
    assert result.error and "cannot open it" in result.error, (result.mime, result.error)
    assert not result.findings  # nothing pretends to have been read


def test_a_truncated_or_damaged_stream_is_an_error(tmp_path: Path) -> None:
    # an LZ4 block whose match points before the start of the data: damage, never read as if fine
    bad_block = bytes([0x1F]) + b"A" + (500).to_bytes(2, "little") + bytes([0x10]) + b"B"
    bad_lz4 = b"\x04\x22\x4d\x18\x60\x70\x73" + len(bad_block).to_bytes(4, "little") + bad_block + b"\0\0\0\0"
    for name, blob in (
        ("cut.zst", _zstd(TEXT)),
        ("cut.zlib", zlib.compress(TEXT)),
        ("cut.lz4", _lz4_frame(TEXT)),
        ("bad.lz4", bad_lz4 + bad_lz4),
    ):
        path = tmp_path / name
        path.write_bytes(blob[: len(blob) // 2])
        results = scan_file(path)
        assert any(r.error for r in results), name


def test_scan_exits_4_with_not_read_for_lzip_and_1_for_zstd(cli: list[str], tmp_path: Path) -> None:
    (tmp_path / "big.txt.lz").write_bytes(UNOPENED["big.txt.lz"]())
    proc = subprocess.run([*cli, "scan", "--no-ner", str(tmp_path / "big.txt.lz")], capture_output=True, timeout=120)
    (item,) = [json.loads(line) for line in proc.stdout.splitlines() if line.strip()]
    assert proc.returncode == 4 and "not_read" in item["flags"] and "lzip" in item["error"]
    (tmp_path / "big.txt.lz").unlink()
    (tmp_path / "backup.tar.zst").write_bytes(OPENED["backup.tar.zst"]())
    proc = subprocess.run([*cli, "scan", "--no-ner", str(tmp_path)], capture_output=True, timeout=120)
    assert proc.returncode == 1, proc.stderr


def test_zips_under_another_name_are_read_as_zips() -> None:
    from pii_scanner.extract import archives
    from pii_scanner.extract.dispatch import extractor_for, fallback_for, resolved

    for mime in ("application/java-archive", "application/vnd.android.package-archive", "application/x-foo+zip"):
        found = extractor_for(mime)
        assert found is not None and resolved(found) is archives.extract_zip, mime
    assert resolved(fallback_for("application/x-compress-ttcomp")) is not resolved(fallback_for("application/x-elf"))
