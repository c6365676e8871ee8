"""A copy of an index where nothing may be written (a read-only mount, a folder and file others
made read-only: a restored backup, evidence kept for an audit) is still read: `report` and `search`
answer from it (SQLite opened read-only, without the WAL files it cannot create) instead of exit 2.
Nothing is written next to it, and a search says that its audit entry could not be stored."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from pii_scanner.core.config import ScanConfig
from pii_scanner.sweeps.engine import sweep

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes and mounts")

CPR = "0707614285"
KEY = "k" * 40


def _index(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "share"
    root.mkdir()
    (root / "a.txt").write_text("cpr 070761-4285 Jens Hansen\n", encoding="utf-8")
    (root / "b.txt").write_text("nothing here\n", encoding="utf-8")
    db = tmp_path / "made" / "index.sqlite3"
    monkeypatch.setenv("PII_SCANNER_KEY", KEY)
    sweep([root], db=str(db), config=ScanConfig(workers=1), origin="share")
    return db


def _copy(db: Path, folder: Path) -> Path:
    """The index file alone, as a backup or evidence copy holds it (no -wal, no -shm)."""
    folder.mkdir()
    target = folder / "index.sqlite3"
    shutil.copyfile(db, target)
    return target


def _run(db: Path, *args: str, unprivileged: bool = False) -> subprocess.CompletedProcess[str]:
    env = os.environ | {"PII_SCANNER_KEY": KEY, "HOME": str(db.parent)}
    cmd = [sys.executable, "-m", "pii_scanner", *args]
    if unprivileged:
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("running as root without setpriv (util-linux) to drop CAP_DAC_OVERRIDE")
        cmd = [setpriv, "--bounding-set=-dac_override,-dac_read_search", *cmd]
    return subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=180, cwd="/")


def _answers(db: Path, unprivileged: bool = False) -> None:
    before = sorted(p.name for p in db.parent.iterdir())
    search = _run(db, "search", "--db", str(db), "--cpr", CPR, unprivileged=unprivileged)
    assert search.returncode == 1, search.stderr  # held: found in the read-only copy
    assert "a.txt" in search.stdout and "Traceback" not in search.stderr
    events = [json.loads(line) for line in search.stderr.splitlines() if line.startswith("{")]
    assert any(e["event"] == "audit_not_recorded" for e in events), events
    report = _run(db, "report", "minimisation", "--db", str(db), "--format", "json", unprivileged=unprivileged)
    assert report.returncode in (0, 1), report.stderr
    assert json.loads(report.stdout) is not None and "Traceback" not in report.stderr
    verified = _run(db, "audit", "verify", "--db", str(db), unprivileged=unprivileged)
    assert verified.returncode == 0, verified.stderr  # an evidence copy's audit chain is checked as it is
    assert sorted(p.name for p in db.parent.iterdir()) == before  # no -wal / -shm made next to it


@pytest.fixture
def made(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    return _index(tmp_path, monkeypatch)


def test_a_chmoded_copy_answers(made: Path, tmp_path: Path) -> None:
    copy = _copy(made, tmp_path / "copy")
    copy.chmod(0o444)
    copy.parent.chmod(0o555)
    try:
        # root writes anywhere: read it as root without the capability to override file modes
        _answers(copy, unprivileged=os.geteuid() == 0)
    finally:
        copy.parent.chmod(0o755)


@pytest.fixture
def read_only_mount(tmp_path: Path, made: Path) -> Iterator[Path]:
    source = _copy(made, tmp_path / "source")
    mount = tmp_path / "mounted"
    mount.mkdir()
    bind = subprocess.run(["mount", "--bind", str(source.parent), str(mount)], capture_output=True, check=False)
    if bind.returncode != 0:
        pytest.skip("no permission to mount here")
    try:
        subprocess.run(["mount", "-o", "remount,ro,bind", str(mount)], check=True, capture_output=True)
        yield mount / "index.sqlite3"
    finally:
        subprocess.run(["umount", str(mount)], check=False, capture_output=True)


def test_a_copy_on_a_read_only_mount_answers(read_only_mount: Path) -> None:
    _answers(read_only_mount)


def test_a_read_only_copy_with_its_write_ahead_log_shows_what_the_log_holds(tmp_path: Path, made: Path) -> None:
    """Rows still only in the -wal file (not checkpointed) are read, never silently missed."""
    import sqlite3

    live = sqlite3.connect(made)
    live.execute("PRAGMA wal_autocheckpoint=0")
    live.execute("UPDATE items SET owner = 'changed-after' WHERE location LIKE '%a.txt'")  # only in the -wal now
    live.commit()
    folder = tmp_path / "with-wal"
    folder.mkdir()
    for suffix in ("", "-wal", "-shm"):
        shutil.copyfile(str(made) + suffix, str(folder / "index.sqlite3") + suffix)
    live.close()
    copy = folder / "index.sqlite3"
    mount = tmp_path / "mounted-wal"
    mount.mkdir()
    if subprocess.run(["mount", "--bind", str(folder), str(mount)], capture_output=True).returncode != 0:
        pytest.skip("no permission to mount here")
    try:
        subprocess.run(["mount", "-o", "remount,ro,bind", str(mount)], check=True, capture_output=True)
        from pii_scanner.store import open_store

        with open_store(str(mount / copy.name), create=False, key=KEY.encode()) as store:
            assert any(r["owner"] == "changed-after" for r in store.rows("items"))
    finally:
        subprocess.run(["umount", str(mount)], check=False, capture_output=True)
