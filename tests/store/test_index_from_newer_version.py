"""An index that a newer pii-scanner has migrated (a schema version this program does not know) is refused by
every verb with one line and exit 2: an older program would read tables whose meaning it does not know (and
write rows the newer one would misread), so its answers would be made from half of the index."""

from __future__ import annotations

import os
import socket
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from pii_scanner.core.config import ScanConfig
from pii_scanner.core.errors import StoreError
from pii_scanner.store.migrations import LATEST
from pii_scanner.store.store import open_store
from pii_scanner.sweeps.engine import sweep

KEY = "k" * 40


@pytest.fixture()
def newer_index(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "share"
    root.mkdir()
    (root / "a.txt").write_text("cpr 070761-4285 Jens Hansen\n", encoding="utf-8")
    db = tmp_path / "index.sqlite3"
    monkeypatch.setenv("PII_SCANNER_KEY", KEY)
    sweep([root], db=str(db), config=ScanConfig(workers=1), origin="share")
    with sqlite3.connect(db) as conn:
        conn.execute(
            "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, 'from a newer version', ?)",
            (LATEST + 1, "2030-01-01 00:00:00"),
        )
    return db


def _versions(db: Path) -> list[int]:
    with sqlite3.connect(db) as conn:
        return sorted(v for (v,) in conn.execute("SELECT version FROM schema_migrations"))


def test_library_open_refuses_a_newer_index(newer_index: Path) -> None:
    before = _versions(newer_index)
    with pytest.raises(StoreError, match="newer pii-scanner"):
        open_store(str(newer_index))
    assert _versions(newer_index) == before


@pytest.mark.parametrize(
    "args",
    [
        ("report", "minimisation"),
        ("search", "--cpr", "0707614285"),
        ("sweep", "{root}"),
        ("serve", "--port", "{port}"),
    ],
    ids=["report", "search", "sweep", "serve"],
)
def test_every_verb_says_one_line_and_exits_2(newer_index: Path, args: tuple[str, ...]) -> None:
    root = newer_index.parent / "share"
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    argv = [a.format(root=root, port=port) for a in args]
    env = os.environ | {"PII_SCANNER_KEY": KEY, "HOME": str(newer_index.parent)}
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "pii_scanner", *argv, "--db", str(newer_index)],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
            cwd="/",
        )
    except subprocess.TimeoutExpired:  # serve that started on the index instead of refusing it
        pytest.fail(f"{argv[0]} used an index written by a newer version")
    assert proc.returncode == 2, (proc.returncode, proc.stderr)
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "newer pii-scanner" in lines[0], proc.stderr
    assert "Traceback" not in proc.stderr
    assert max(_versions(newer_index)) == LATEST + 1
