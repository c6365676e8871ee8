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
