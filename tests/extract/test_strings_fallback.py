"""Data of no known format is read for its readable runs, never skipped unread: plain text with NUL
bytes, UTF-16 without a byte order mark, a SQLite database; random bytes give nothing and no error;
anything that looks like a message's header block is not read (it may be private mail)."""

from __future__ import annotations

import datetime
import json
import os
import sqlite3
import subprocess
from pathlib import Path

import pytest

from tests.helpers.nordic_numbers import make_cpr

CPR = make_cpr(datetime.date(1961, 7, 7), 42)
DASHED = f"{CPR[:6]}-{CPR[6:]}"


def _scan(cli: list[str], folder: Path) -> tuple[int, dict[str, dict[str, object]], list[dict[str, object]]]:
    proc = subprocess.run(
        [*cli, "scan", str(folder), "--format", "jsonl", "--workers", "1"],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "PII_SCANNER_KEY": "k" * 32},
    )
    records = [json.loads(line) for line in proc.stdout.splitlines()]
    items = {str(r["path"]).rsplit("/", 1)[-1]: r for r in records if r["record"] == "item"}
    findings = [r for r in records if r["record"] == "finding"]
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc.returncode, items, findings


def test_text_that_libmagic_calls_data_is_read(cli: list[str], tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "export.txt").write_bytes(f"Navn: Jens Hansen\x00\x00\x00 CPR {DASHED}\n".encode())
    (folder / "le.txt").write_bytes(f"Personale\nCPR {DASHED}\n".encode("utf-16-le"))
    (folder / "be.dat").write_bytes(f"Personale\nCPR {DASHED}\n".encode("utf-16-be"))
    db = sqlite3.connect(folder / "kunder.db")
    db.execute("CREATE TABLE kunder (navn TEXT, cpr TEXT)")
    db.execute("INSERT INTO kunder VALUES (?, ?)", ("Jens Hansen", DASHED))
    db.commit()
    db.close()
    (folder / "noise.bin").write_bytes(bytes(range(256)) * 3 + os.urandom(2000).replace(b"\x00", b"\x01"))
    code, items, findings = _scan(cli, folder)
    assert code == 1
    for name in ("export.txt", "le.txt", "be.dat", "kunder.db"):
        assert items[name]["error"] is None, items[name]
        assert any(f["path"].endswith(name) and f["entity_type"] == "DK_CPR" for f in findings), name
    assert {f["part"] for f in findings if f["entity_type"] == "DK_CPR"} == {"strings"}
    assert items["noise.bin"]["error"] is None and not [f for f in findings if f["path"].endswith("noise.bin")]


def test_data_holding_a_message_header_block_is_not_read(cli: list[str], tmp_path: Path) -> None:
    folder = tmp_path / "mail"
    folder.mkdir()
    message = (
        "From: Jens Hansen <jens@example.dk>\r\nTo: hr@example.dk\r\nSubject: syg\r\n"
        f"Sensitivity: Private\r\n\r\nMit CPR er {DASHED}\r\n"
    )
    (folder / "junk.dat").write_bytes(b"\x00\x01\x02\x03" + message.encode() + b"\x00\xff\x00")
    (folder / "u16.dat").write_bytes(message.encode("utf-16-le"))
    code, items, findings = _scan(cli, folder)
    assert not findings, findings  # neither body was read
    assert code == 4
    for name in ("junk.dat", "u16.dat"):
        assert items[name]["error"] or items[name]["private"], items[name]


def test_large_data_is_read_in_part_and_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    from pii_scanner.core.config import ScanConfig
    from pii_scanner.core.model import Item
    from pii_scanner.extract import strings
    from pii_scanner.extract.walk import walk

    monkeypatch.setattr(strings, "MAX_BYTES", 4096)
    data = f"CPR {DASHED}\x00".encode() + b"\x00" * 8000 + f"CPR {DASHED}\x00".encode()
    item = Item(location="file:///x/blob.dat", path="/x/blob.dat", name="blob.dat", data=data, size=len(data))
    [(_, extracted)] = list(walk(item, ScanConfig()))
    assert extracted.error and "only its first 4096 bytes" in extracted.error
    assert extracted.parts and DASHED in extracted.parts[0].text


def test_large_data_with_nothing_readable_at_its_start_is_not_called_clean(monkeypatch: pytest.MonkeyPatch) -> None:
    """A disk image or database whose first MAX_BYTES hold no text (zeroed space) and a CPR after them:
    what was not read is an error on the item (exit 4), never a clean answer."""
    from pii_scanner.core.config import ScanConfig
    from pii_scanner.core.model import Item
    from pii_scanner.extract import strings
    from pii_scanner.extract.walk import walk

    monkeypatch.setattr(strings, "MAX_BYTES", 4096)
    data = b"\x00" * 8000 + f"CPR {DASHED}\x00".encode()
    item = Item(location="file:///x/disk.img", path="/x/disk.img", name="disk.img", data=data, size=len(data))
    [(_, extracted)] = list(walk(item, ScanConfig()))
    assert extracted.error and "only its first 4096 bytes" in extracted.error
    small = Item(location="file:///x/z.bin", path="/x/z.bin", name="z.bin", data=b"\x00" * 200, size=200)
    [(_, nothing)] = list(walk(small, ScanConfig()))
    assert nothing.error is None and not nothing.parts  # small data of no text: nothing to say


def test_letters_meeting_digits_are_spaced_the_same_in_slices() -> None:
    import random
    import re

    from pii_scanner.extract import strings

    glued = re.compile(r"(?<=[^\W\d_])(?=\d)|(?<=\d)(?=[^\W\d_])")
    rng = random.Random(7)
    size = strings._SLICE
    for length in (5, size - 1, size, size + 1, 3 * size + 7):
        for _ in range(20):
            run = "".join(rng.choice("ab1 2-æ") for _ in range(length))
            assert strings._apart(run) == glued.sub(" ", run)


def _legacy_export(rows: int) -> tuple[bytes, list[str]]:
    """Fixed-width rows padded with NUL bytes, values glued to names, a CPR on every tenth row."""
    cprs = [make_cpr(datetime.date(1950 + i % 50, 1 + i % 12, 1 + i % 28), 10 + i % 80) for i in range(rows // 10)]
    out = []
    for i in range(rows):
        value = f"CPR {cprs[i // 10][:6]}-{cprs[i // 10][6:]}" if i % 10 == 0 else f"Kundenr. {i:05d}"
        out.append(f"Kunde {i} Hansen".encode() + b"\x00" * 7 + value.encode() + b"\x00\x01Vejen 1")
    return b"\x00\x00".join(out), cprs


def test_large_data_read_piece_by_piece_finds_what_the_whole_text_finds(tmp_path: Path) -> None:
    from pii_scanner.core.config import ScanConfig
    from pii_scanner.pipeline import Processor
    from pii_scanner.sources.files import file_item

    data, cprs = _legacy_export(3000)
    path = tmp_path / "legacy.dat"
    path.write_bytes(data)
    config = ScanConfig(workers=1).with_(detect__entities=("DK_CPR",), ner__enabled=False, detect__chunk_size=5000)
    small = config.with_(limits__stream_above=20_000)  # data above half of it is streamed
    from pii_scanner.extract.walk import walk

    [(_, extracted)] = list(walk(file_item(path), small))
    assert extracted.part_stream is not None and not extracted.parts  # never held as one text
    (streamed,) = Processor.build(small).process(file_item(path))
    (whole,) = Processor.build(config).process(file_item(path))
    assert streamed.error is None and whole.error is None
    spans = [(f.entity_type, f.start, f.end, f.normalized, f.part) for f in whole.findings]
    assert [(f.entity_type, f.start, f.end, f.normalized, f.part) for f in streamed.findings] == spans
    assert {f.normalized for f in whole.findings} == set(cprs)
    assert streamed.text_length == whole.text_length


def test_large_data_holding_a_message_header_block_is_not_read_either(tmp_path: Path) -> None:
    from pii_scanner.core.config import ScanConfig
    from pii_scanner.pipeline import Processor
    from pii_scanner.sources.files import file_item

    data, _ = _legacy_export(3000)
    message = f"From: Jens Hansen <jens@example.dk>\r\nSensitivity: Private\r\n\r\nMit CPR er {DASHED}\r\n"
    path = tmp_path / "legacy.dat"
    path.write_bytes(data + b"\x00" + message.encode() + b"\x00")  # the headers come last
    config = ScanConfig(workers=1).with_(detect__entities=("DK_CPR",), ner__enabled=False, limits__stream_above=20_000)
    (result,) = Processor.build(config).process(file_item(path))
    assert result.error and "mail headers" in result.error
    assert not result.findings  # fail closed: nothing of it was detected before the headers were seen
