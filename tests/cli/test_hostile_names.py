"""File and member names of any bytes survive scan (jsonl, csv, json, table) and sweep end to end."""

from __future__ import annotations

import csv
import io
import json
import os
import sqlite3
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from pii_scanner.core.names import os_name, printable, printable_uri

CPR_TEXT = b"Kunde CPR 070761-4285 i sagen."
BAD = b"bad\xff\xfename.txt"

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX names are bytes")


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    root = tmp_path / "share"
    root.mkdir()
    with open(os.path.join(os.fsencode(root), BAD), "wb") as fh:
        fh.write(CPR_TEXT)
    with open(os.path.join(os.fsencode(root), b"dir\xe6\x80"), "wb"):  # a truncated UTF-8 sequence
        pass
    data = CPR_TEXT
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.GNU_FORMAT, encoding="latin-1") as tar:
        info = tarfile.TarInfo("s\xf8ren 070761-4285.txt")  # stored as Latin-1 bytes: invalid UTF-8
        info.size = len(data)
        tar.addfile(info, io.BytesIO(data))
    (root / "latin1.tar").write_bytes(buf.getvalue())
    return root


def test_printable_forms_round_trip() -> None:
    name = os.fsdecode(BAD)
    assert printable(name) == "bad\\xff\\xfename.txt"
    assert os_name(printable(name)) == name
    assert printable_uri("file:///x!/s\udcf8ren") == "file:///x!/s%F8ren"
    assert printable("søren\\x41") == "søren\\x41"  # valid names are never touched
    assert printable("\ud800x") == "\\ud800x"  # a lone UTF-16 surrogate (Windows names)


@pytest.mark.parametrize("fmt", ["jsonl", "json", "csv", "table"])
def test_scan_output_file_is_valid_utf8(cli: list[str], hostile: Path, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"out.{fmt}"
    proc = subprocess.run(
        [*cli, "scan", str(hostile), "--no-ner", "--format", fmt, "-o", str(out)], capture_output=True, timeout=120
    )
    assert proc.returncode == 1, proc.stderr
    text = out.read_bytes().decode("utf-8")  # strict: raises on anything but valid UTF-8
    assert "\\xff\\xfe" in text or "%FF%FE" in text
    if fmt == "jsonl":
        records = [json.loads(line) for line in text.splitlines()]
        paths = {r["path"] for r in records if r["record"] == "item"}
        assert str(hostile / "bad\\xff\\xfename.txt") in paths
        locations = {r["location"] for r in records}
        assert any(loc.endswith("bad%FF%FEname.txt") for loc in locations)
        member = [loc for loc in locations if "latin1.tar!/" in loc]
        assert member and "%F8" in member[0]
        # the file's text, the tar member's text, and the member's name (an identifier in a name is a finding)
        findings = [r for r in records if r["record"] == "finding"]
        assert len(findings) == 3
        assert [f["masked"] for f in findings if f["part"] == "name"] == ["070761-XXXX"]
    if fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(text)))
        assert any(r["path"].endswith("bad\\xff\\xfename.txt") for r in rows)


def test_scan_stdout_is_valid_utf8(cli: list[str], hostile: Path) -> None:
    proc = subprocess.run([*cli, "scan", str(hostile), "--no-ner"], capture_output=True, timeout=120)
    assert proc.returncode == 1, proc.stderr
    for line in proc.stdout.decode("utf-8").splitlines():
        json.loads(line)


def test_sweep_stores_every_hostile_name(cli: list[str], hostile: Path, tmp_path: Path) -> None:
    db = tmp_path / "index.sqlite"
    proc = subprocess.run([*cli, "sweep", str(hostile), "--db", str(db), "--no-ner"], capture_output=True, timeout=180)
    assert proc.returncode in (0, 1), proc.stderr
    finished = json.loads(proc.stderr.decode("utf-8").splitlines()[-1])
    assert finished["event"] == "sweep_finished" and finished["status"] == "ok"
    with sqlite3.connect(db) as con:
        locations = [row[0] for row in con.execute("SELECT location FROM items")]
    assert any(loc.endswith("bad%FF%FEname.txt") for loc in locations), locations
    assert any("latin1.tar!/s%F8ren" in loc for loc in locations), locations
    assert not any("4285" in loc for loc in locations)  # still masked in the index
    again = subprocess.run([*cli, "sweep", str(hostile), "--db", str(db), "--no-ner"], capture_output=True, timeout=180)
    assert again.returncode == 0, again.stderr  # same names next time: nothing new, nothing lost
    assert json.loads(again.stderr.decode("utf-8").splitlines()[-1])["removed"] == 0
