"""A damaged, truncated or missing index, and a broken database URL: one clear line, exit 2, never a
DatabaseError traceback; read-only verbs never create an index."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from pii_scanner import findings
from pii_scanner.core.config import ScanConfig
from pii_scanner.core.errors import IndexCorrupt, IndexMissing, StoreError
from pii_scanner.store import open_store
from pii_scanner.store.engine import display_url
from pii_scanner.sweeps.engine import sweep

FAST = ScanConfig().with_(ner__enabled=False, workers=1)


@pytest.fixture(scope="module")
def good_index(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    root = tmp_path_factory.mktemp("idx")
    share = root / "share"
    share.mkdir()
    for n in range(40):
        (share / f"f{n}.txt").write_text(f"Kunde {n}: CPR 070761-4285, mail kunde{n}@example.dk", encoding="utf-8")
    db = root / "index.sqlite"
    sweep([share], db=str(db), config=FAST)
    return db.read_bytes()


def damaged(good: bytes, how: str) -> bytes:
    if how == "truncated":
        return good[: len(good) // 2]
    if how == "garbage":
        return b"not a database at all " * 400
    if how == "header":
        return b"\0" * 100 + good[100:]
    flipped = bytearray(good)  # pages in the middle overwritten
    flipped[4096 : 4096 * 3] = b"\xa5" * (4096 * 2)
    return bytes(flipped)


HOW = ["truncated", "garbage", "header", "flipped"]


@pytest.mark.parametrize("how", HOW)
def test_open_or_query_raises_index_corrupt(tmp_path: Path, good_index: bytes, how: str) -> None:
    db = tmp_path / "index.sqlite"
    db.write_bytes(damaged(good_index, how))
    with pytest.raises(IndexCorrupt) as caught:
        st = open_store(str(db))
        try:
            findings(st)
            sweep([tmp_path / "nothing"], db=None, config=FAST, store=st)
        finally:
            st.close()
    assert str(db) in str(caught.value) and "restore it from the backup" in str(caught.value)


@pytest.mark.parametrize(
    "verb",
    [
        ["sweep", "{share}"],
        ["report", "minimisation", "--format", "json"],
        ["search", "--cpr", "070761-4285"],
        ["triage", "/x", "resolved"],
    ],
    ids=["sweep", "report", "search", "triage"],
)
def test_every_verb_one_line_exit_2(cli: list[str], tmp_path: Path, good_index: bytes, verb: list[str]) -> None:
    db = tmp_path / "index.sqlite"
    db.write_bytes(damaged(good_index, "truncated"))
    share = tmp_path / "share"
    share.mkdir()
    args = [a.format(share=share) for a in verb]
    proc = subprocess.run([*cli, *args, "--db", str(db)], capture_output=True, timeout=120)
    assert proc.returncode == 2, proc.stderr
    lines = proc.stderr.decode().strip().splitlines()
    assert len(lines) == 1, lines
    event = json.loads(lines[0])
    assert event["kind"] == "IndexCorrupt" and str(db) in event["message"]
    assert "Traceback" not in proc.stderr.decode() and "DatabaseError" not in proc.stderr.decode()


def test_read_only_verbs_never_create_an_index(cli: list[str], tmp_path: Path) -> None:
    missing = tmp_path / "nonexistent" / "dir" / "x.sqlite"
    for args in (["search", "--cpr", "070761-4285"], ["report", "minimisation", "--format", "json"]):
        proc = subprocess.run([*cli, *args, "--db", str(missing)], capture_output=True, timeout=120)
        assert proc.returncode == 2, proc.stderr
        assert b"no index at" in proc.stderr
        assert not (tmp_path / "nonexistent").exists()
    with pytest.raises(IndexMissing):
        findings(str(missing))
    assert not (tmp_path / "nonexistent").exists()


def test_empty_file_is_not_an_index_for_readers(tmp_path: Path) -> None:
    db = tmp_path / "empty.sqlite"
    db.write_bytes(b"")
    with pytest.raises(IndexMissing):
        open_store(str(db), create=False)
    assert db.read_bytes() == b""  # no tables were created in it


@pytest.mark.parametrize(
    "url", ["postgresql://[::1", "postgresql://u:secret@[::1/x", "mysql://h/db", "postgresql://h:port/db"]
)
def test_broken_database_url_is_one_line(cli: list[str], url: str) -> None:
    with pytest.raises(StoreError) as caught:
        open_store(url)
    assert "secret" not in str(caught.value)
    assert "secret" not in display_url(url)


def test_broken_url_cli_exit_2(cli: list[str], tmp_path: Path) -> None:
    proc = subprocess.run([*cli, "sweep", str(tmp_path), "--db", "postgresql://[::1"], capture_output=True, timeout=120)
    assert proc.returncode == 2
    lines = proc.stderr.decode().strip().splitlines()
    assert len(lines) == 1 and "not a database URL" in lines[0]
