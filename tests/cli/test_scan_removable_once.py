"""Hostile (left20, item 4): `scan PATH --removable` reads each file once.

A USB key mounted inside PATH was read twice: once by the walk of PATH, once as a removable medium; so was a
path given on a key. Mounts are faked as tests/sources/test_mount_origin.py does.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from pii_scanner.cli.main import main
from pii_scanner.sources import mounts, removable_linux


@pytest.fixture
def desk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "Desktop"
    for rel in ("note.txt", "usb/kunder.txt", "usb/deep/more.txt", "usbx/not_on_key.txt"):
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text("hej\n", encoding="utf-8")
    table = tmp_path / "mounts"
    table.write_text("/dev/sda1 / ext4 rw 0 0\n", encoding="utf-8")
    monkeypatch.setattr(mounts, "find_removable", lambda: [root / "usb"])
    monkeypatch.setattr("pii_scanner.cli.scan.find_removable", lambda: [root / "usb"])
    monkeypatch.setattr(removable_linux, "PROC_MOUNTS", table, raising=False)
    return root


def _items(*args: str) -> Counter[tuple[str, str]]:
    result = CliRunner().invoke(main, ["scan", *args, "--removable", "--no-ner", "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.output.splitlines() if line.startswith("{")]
    return Counter((Path(r["path"]).name, r["origin"]) for r in records if r.get("record") == "item")


def test_a_key_mounted_inside_the_scanned_folder_is_read_once(desk: Path) -> None:
    got = _items(str(desk))
    assert got == Counter(
        {
            ("note.txt", "unknown"): 1,
            ("not_on_key.txt", "unknown"): 1,
            ("kunder.txt", "removable"): 1,
            ("more.txt", "removable"): 1,
        }
    ), got


def test_a_path_on_a_key_is_read_once_with_the_key(desk: Path) -> None:
    got = _items(str(desk / "usb" / "kunder.txt"), str(desk / "note.txt"))
    assert got == Counter({("kunder.txt", "removable"): 1, ("more.txt", "removable"): 1, ("note.txt", "unknown"): 1})
