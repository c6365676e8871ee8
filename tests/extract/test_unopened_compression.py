"""Compressed data no reader here opens (zstd, lz4: a tar.zst is a common backup now) went to the strings
reader as if it were plain binary: nothing of the content was found and the item was clean (exit 0) or
showed the few literals the compressor left raw. Such data is now recorded as not read (flag
``not_read``, exit 4, tests/extract/test_compressed_hostile.py); zstd, lz4 and a raw zlib stream are
decompressed and read. The files are made by the real tools."""

from __future__ import annotations

import json
import shutil
import subprocess
import tarfile
import zlib
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from pii_scanner.cli.main import main

TEXT = "".join(f"Linje {i}: Kunde Jens Hansen har CPR-nummer 070761-4285.\n" for i in range(300))


def _scan(path: Path) -> tuple[int, list[dict[str, Any]]]:
    result = CliRunner().invoke(main, ["scan", str(path), "--no-ner", "--workers", "1"])
    return result.exit_code, [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]


def _tool(tmp_path: Path, tool: str, source: Path, suffix: str) -> Path:
    if shutil.which(tool) is None:
        pytest.skip(f"no {tool} command")
    out = tmp_path / (source.name + suffix)
    with out.open("wb") as fh:
        subprocess.run([tool, "-q", "-c", str(source)], stdout=fh, check=True)
    return out


def _packed(tmp_path: Path, tool: str, suffix: str, tarred: bool) -> Path:
    plain = tmp_path / "kunder.txt"
    plain.write_text(TEXT, encoding="utf-8")
    source = plain
    if tarred:
        source = tmp_path / "backup.tar"
        with tarfile.open(source, "w") as tf:
            tf.add(plain, arcname="kunder.txt")
    return _tool(tmp_path, tool, source, suffix)


@pytest.mark.parametrize(
    ("tool", "suffix", "tarred"),
    [("zstd", ".zst", False), ("zstd", ".zst", True), ("lz4", ".lz4", False), ("lz4", ".lz4", True)],
    ids=["zst", "tar.zst", "lz4", "tar.lz4"],
)
def test_zstd_and_lz4_made_by_the_real_tools_are_decompressed_and_read(
    tmp_path: Path, tool: str, suffix: str, tarred: bool
) -> None:
    code, records = _scan(_packed(tmp_path, tool, suffix, tarred))
    assert code == 1, records
    assert sum(1 for r in records if r.get("entity_type") == "DK_CPR") == 300
    assert all(not r.get("error") for r in records if r.get("record") == "item")


def test_a_raw_zlib_stream_is_read(tmp_path: Path) -> None:
    packed = tmp_path / "eksport.zlib"
    packed.write_bytes(zlib.compress(TEXT.encode("utf-8")))
    code, records = _scan(packed)
    assert code == 1, records
    assert sum(1 for r in records if r.get("entity_type") == "DK_CPR") == 300


def test_a_damaged_zlib_stream_is_an_error(tmp_path: Path) -> None:
    packed = tmp_path / "eksport.zlib"
    packed.write_bytes(zlib.compress(TEXT.encode("utf-8"))[:-200])
    code, records = _scan(packed)
    assert code == 4 and any(r.get("error") for r in records if r.get("record") == "item"), records
