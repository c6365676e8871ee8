"""Cache files damaged so that they still load as marshal data (a flipped byte inside a lexicon word, a
value of another shape) are rebuilt, never used: the results are the parsed lexicons' and nothing
crashes (a wrong shape ended every scan with exit 70)."""

from __future__ import annotations

import marshal
import os
import subprocess
from pathlib import Path

import pytest

from pii_scanner.core import data_cache
from pii_scanner.core.data_cache import remembered


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    where = tmp_path / "cache"
    monkeypatch.setenv("PII_SCANNER_CACHE_DIR", str(where))
    return where


def test_a_flipped_byte_that_still_loads_is_rebuilt(folder: Path) -> None:
    value = {"health": ["depression", "sygemeldt"]}
    remembered("t", (b"k",), lambda: value)
    (file,) = folder.glob("t-*.bin")
    data = file.read_bytes()
    at = data.index(b"depression")
    flipped = data[:at] + b"x" + data[at + 1 :]
    file.write_bytes(flipped)
    assert marshal.loads(flipped[len(data_cache._FORMAT) + 64 :]) != value  # still loads, as another value
    assert remembered("t", (b"k",), lambda: value) == value


def test_another_shape_is_rebuilt(folder: Path) -> None:
    remembered("t", (b"k",), lambda: [("a", 1)])
    (file,) = folder.glob("t-*.bin")
    file.write_bytes(marshal.dumps(0))
    assert remembered("t", (b"k",), lambda: [("a", 1)]) == [("a", 1)]


def test_scan_with_every_cache_file_replaced_by_another_shape(cli: list[str], tmp_path: Path) -> None:
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "a.txt").write_text("Jens er sygemeldt med stress, CPR 070761-4285.\n", encoding="utf-8")
    env = {**os.environ, "PII_SCANNER_CACHE_DIR": str(tmp_path / "cache")}
    args = [*cli, "scan", str(tmp_path / "c"), "--no-ner", "--workers", "2"]
    first = subprocess.run(args, capture_output=True, timeout=300, env=env)
    files = list((tmp_path / "cache").glob("*.bin"))
    assert first.returncode == 1 and files
    for file in files:
        file.write_bytes(marshal.dumps(0))
    again = subprocess.run(args, capture_output=True, timeout=300, env=env)
    assert again.returncode == 1, again.stderr[-500:]
    assert again.stdout == first.stdout
