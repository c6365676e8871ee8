"""Binary data of a type no extractor reads (an executable, audio, video, a font) is read by the strings
reader, so an identifier among its strings is found; nothing unread is ever called clean. What is not
read at all (over the size limit) carries the flag ``not_read`` and makes ``scan`` exit 4; what the user
chose not to read (``limits.skip_types``) carries the flag ``skipped`` and the reason, exit unchanged."""

from __future__ import annotations

import datetime
import json
import os
import random
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers.nordic_numbers import make_cpr

CPR = make_cpr(datetime.date(1983, 2, 14), 17)
DASHED = f"{CPR[:6]}-{CPR[6:]}"


def _scan(folder: Path, *args: str) -> tuple[int, dict[str, dict[str, object]], list[dict[str, object]], str]:
    proc = subprocess.run(
        [sys.executable, "-m", "pii_scanner", "scan", str(folder), "--format", "jsonl", "--workers", "1", *args],
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, "PII_SCANNER_KEY": "k" * 32},
        check=False,
    )
    assert "Traceback" not in proc.stderr, proc.stderr
    records = [json.loads(line) for line in proc.stdout.splitlines() if line.strip()]
    items = {Path(str(r["path"])).name: r for r in records if r["record"] == "item"}
    findings = [r for r in records if r["record"] == "finding"]
    return proc.returncode, items, findings, proc.stderr


def _cprs(findings: list[dict[str, object]], name: str) -> list[dict[str, object]]:
    return [f for f in findings if str(f["path"]).endswith(name) and f["entity_type"] == "DK_CPR"]


def _elf_with_rodata_text(text: bytes) -> bytes:
    """A real executable of this system (``true``) with ``text`` written into its .rodata section."""
    found = shutil.which("true")
    if found is None:
        pytest.skip("no `true` executable")
    data = bytearray(Path(found).resolve().read_bytes())
    if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
        pytest.skip("not a 64-bit little-endian ELF system")
    shoff, shentsize, shnum, shstrndx = (
        struct.unpack_from("<Q", data, 0x28)[0],
        *struct.unpack_from("<HHH", data, 0x3A),
    )

    def section(index: int) -> tuple[int, int, int]:  # name offset, file offset, size
        base = shoff + index * shentsize
        name = struct.unpack_from("<I", data, base)[0]
        offset, size = struct.unpack_from("<QQ", data, base + 0x18)
        return name, offset, size

    names_at = section(shstrndx)[1]
    for index in range(shnum):
        name, offset, size = section(index)
        if data[names_at + name : names_at + name + 8] == b".rodata\x00" and size > len(text) + 2:
            data[offset + 1 : offset + 1 + len(text)] = text  # after the first byte: inside the section
            return bytes(data)
    pytest.skip("no .rodata section")
    raise AssertionError("unreachable")


def _mpeg_frames(rng: random.Random, count: int) -> bytes:
    """MPEG-1 layer III frames (128 kbit/s, 44.1 kHz: 417 bytes each) with random payload, as coded audio."""
    return b"".join(b"\xff\xfb\x90\x64" + rng.randbytes(413) for _ in range(count))


def _id3_txxx(description: str, value: str, *, utf16: bool) -> bytes:
    """An ID3v2.3 tag holding one user-defined text frame (TXXX)."""
    if utf16:
        body = b"\x01" + "\ufeff".encode("utf-16-le") + description.encode("utf-16-le") + b"\x00\x00"
        body += "\ufeff".encode("utf-16-le") + value.encode("utf-16-le")
    else:
        body = b"\x00" + description.encode("latin-1") + b"\x00" + value.encode("latin-1")
    frame = b"TXXX" + struct.pack(">I", len(body)) + b"\x00\x00" + body
    size = len(frame)
    syncsafe = bytes([(size >> 21) & 0x7F, (size >> 14) & 0x7F, (size >> 7) & 0x7F, size & 0x7F])
    return b"ID3\x03\x00\x00" + syncsafe + frame


def _sfnt_with_name(text: str) -> bytes:
    """A TrueType font file whose naming table holds ``text`` (UTF-16BE, as fonts store names)."""
    string = text.encode("utf-16-be")
    name = struct.pack(">HHH", 0, 1, 18) + struct.pack(">HHHHHH", 3, 1, 0x409, 0, len(string), 0) + string
    directory = struct.pack(">IHHHH", 0x00010000, 1, 16, 0, 0)
    record = b"name" + struct.pack(">III", 0, 12 + 16, len(name))
    glyphs = random.Random(3).randbytes(4000)  # outlines: binary, not text
    return directory + record + name + glyphs


def test_binary_types_nobody_reads_are_read_for_their_strings(tmp_path: Path) -> None:
    rng = random.Random(11)
    folder = tmp_path / "share"
    folder.mkdir()
    (folder / "libkunde.so").write_bytes(_elf_with_rodata_text(f"Kunde CPR {DASHED}\x00".encode()))
    (folder / "optagelse.mp3").write_bytes(_id3_txxx("CPR", DASHED, utf16=False) + _mpeg_frames(rng, 60))
    (folder / "diktat.mp3").write_bytes(_id3_txxx("Patient", f"CPR {DASHED}", utf16=True) + _mpeg_frames(rng, 60))
    (folder / "firma.ttf").write_bytes(_sfnt_with_name(f"Designer Jens Hansen CPR {DASHED}"))
    code, items, findings, _ = _scan(folder)
    assert code == 1
    for name in ("libkunde.so", "optagelse.mp3", "diktat.mp3", "firma.ttf"):
        item = items[name]
        assert item["error"] is None and item["flags"] == [], item
        assert [f["part"] for f in _cprs(findings, name)] == ["strings"], (name, item["mime"])
    assert str(items["optagelse.mp3"]["mime"]).startswith("audio/")
    assert "font" in str(items["firma.ttf"]["mime"])


def test_coded_audio_and_video_give_no_noise(tmp_path: Path) -> None:
    """Compressed payload reads as random bytes: its accidental "runs" are not text (read whole before,
    they gave dozens of one-letter names and special categories per megabyte)."""
    rng = random.Random(5)
    folder = tmp_path / "media"
    folder.mkdir()
    video = b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom" + rng.randbytes(1024 * 1024)
    (folder / "klip.mp4").write_bytes(video)
    (folder / "lyd.mp3").write_bytes(_id3_txxx("Titel", "Sommer", utf16=False) + _mpeg_frames(rng, 2500))
    (folder / "blob.bin").write_bytes(rng.randbytes(2 * 1024 * 1024))  # no header at all: "data"
    code, items, findings, _ = _scan(folder)
    assert code in (0, 1)
    for name in ("klip.mp4", "lyd.mp3", "blob.bin"):
        assert items[name]["error"] is None and items[name]["categories"] == [], items[name]
    assert not [f for f in findings if f["entity_type"] != "PERSON"], findings[:5]
    assert len(findings) <= 4, len(findings)  # about 65 per megabyte when every run was read as text


def test_large_binary_is_read_in_part_and_says_so(tmp_path: Path) -> None:
    """A 70 MB binary: its first 64 MB are read (the CPR there is found), the record says the rest was
    not read (an error: exit 4); a CPR beyond that is not claimed as looked at."""
    folder = tmp_path / "big"
    folder.mkdir()
    head = b"\x7fELF\x02\x01\x01\x00" + bytes(8) + b"\x03\x00\x3e\x00" + bytes(100)
    blob = bytearray(head + f"\x00CPR {DASHED}\x00".encode())
    blob += bytes(70 * 1024 * 1024 - len(blob))
    late = f"\x00CPR {DASHED}\x00".encode()
    blob[66 * 1024 * 1024 : 66 * 1024 * 1024 + len(late)] = late
    (folder / "disk.bin").write_bytes(bytes(blob))
    del blob
    code, items, findings, _ = _scan(folder)
    assert code == 4
    item = items["disk.bin"]
    assert "only its first" in str(item["error"]), item
    assert len(_cprs(findings, "disk.bin")) == 1


def test_a_binary_over_the_size_limit_is_not_read_and_not_clean(tmp_path: Path) -> None:
    folder = tmp_path / "limit"
    folder.mkdir()
    (folder / "prog").write_bytes(_elf_with_rodata_text(f"CPR {DASHED}\x00".encode()) + bytes(2 * 1024 * 1024))
    code, items, findings, _ = _scan(folder, "--max-file-size", "1M")
    assert code == 4
    assert items["prog"]["flags"] == ["not_read"] and "larger than" in str(items["prog"]["error"])
    assert not findings


def test_types_the_user_skips_are_recorded_as_skipped(tmp_path: Path) -> None:
    rng = random.Random(2)
    folder = tmp_path / "skip"
    folder.mkdir()
    (folder / "optagelse.mp3").write_bytes(_id3_txxx("CPR", DASHED, utf16=False) + _mpeg_frames(rng, 30))
    (folder / "note.txt").write_text("Intet at se her.\n", encoding="utf-8")
    config = tmp_path / "scan.toml"
    config.write_text('[scan.limits]\nskip_types = ["audio/*", "video/*"]\n', encoding="utf-8")
    for args in (("--config", str(config)), ("--skip-types", "Audio/*,video/*")):
        code, items, findings, _ = _scan(folder, *args)
        assert code == 0, args  # the user chose not to read these: no findings, no failure
        item = items["optagelse.mp3"]
        assert item["flags"] == ["skipped"] and item["error"] is None, item
        assert "audio/mpeg" in str(item["skipped_reason"]) and "skip_types" in str(item["skipped_reason"])
        assert not findings and "skipped_reason" not in items["note.txt"]


@pytest.mark.parametrize("value", ['["audio"]', '["audio/*", ""]', '"audio/*"', '["audio/*;x"]'])
def test_a_bad_skip_type_is_one_line_exit_2(tmp_path: Path, value: str) -> None:
    config = tmp_path / "scan.toml"
    config.write_text(f"[scan.limits]\nskip_types = {value}\n", encoding="utf-8")
    code, items, _, stderr = _scan(tmp_path, "--config", str(config))
    assert code == 2 and not items
    assert "skip_types" in stderr and len(stderr.strip().splitlines()) == 1, stderr
