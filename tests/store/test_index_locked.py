"""Another process holding a write lock on the SQLite index (an ``sqlite3`` shell in a transaction, a backup
tool, a console) longer than the busy timeout: the verb that must write says so in one line and exits with
the documented code, never exit 70 with the SQL statement and "a bug"; nothing is lost (the next sweep
stores everything, nothing is marked removed). The lock is held by a real second process."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from pii_scanner.cli.main import main
from pii_scanner.core.config import ScanConfig
from pii_scanner.store import engine as store_engine
from pii_scanner.store import open_store
from pii_scanner.store.store import Store
from pii_scanner.sweeps.engine import sweep

CPR_TEXT = "cpr 070761-4285 Jens Hansen\n"
FILES = 30
# Takes SQLite's write lock (in WAL mode readers still read) and holds it until its stdin closes.
HOLDER = """
import sqlite3, sys
c = sqlite3.connect(sys.argv[1], isolation_level=None)
c.execute("BEGIN EXCLUSIVE")
c.execute("CREATE TABLE IF NOT EXISTS other_program (x)")
print("locked", flush=True)
sys.stdin.read()
c.execute("ROLLBACK")
"""


@contextmanager
def _foreign_lock(db: str) -> Iterator[None]:
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, db], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == b"locked"
        yield
    finally:
        assert proc.stdin is not None
        proc.stdin.close()
        proc.wait(timeout=30)


def _setup(tmp_path: Path) -> tuple[Path, str]:
    root = tmp_path / "share"
    root.mkdir()
    for n in range(FILES):
        (root / f"f{n}.txt").write_text(CPR_TEXT, encoding="utf-8")
    db = str(tmp_path / "index.sqlite3")
    cfg = tmp_path / "sweep.toml"
    cfg.write_text(f'[store]\ndb = "{db}"\n[[sources]]\ntype = "paths"\nname = "s"\npaths = ["{root}"]\n')
    with open_store(db):
        pass
    return cfg, db


def _events(output: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in output.splitlines() if line.startswith("{")]


def _one_clear_line(output: str) -> dict[str, Any]:
    assert "Traceback" not in output and "INSERT" not in output and "internal_error" not in output, output
    errors = [e for e in _events(output) if e.get("event") in ("error", "source_failed")]
    assert errors and "locked by another process" in errors[0]["message"], output
    return errors[0]


def _nothing_lost(cfg: Path, db: str) -> None:
    again = sweep(config_path=cfg, config=ScanConfig(workers=1), notify=False)
    assert again.exit_code in (0, 1)  # 0 when every finding was already stored before the lock
    with open_store(db) as st:
        items = st.rows("items")
        assert len(items) == FILES and not any(i.get("removed_at") for i in items)
        assert sum(i["findings_count"] for i in items) == len(st.rows("findings")) >= FILES


@pytest.fixture(autouse=True)
def _short_wait(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store_engine, "BUSY_TIMEOUT_SECONDS", 2)  # the default 30 s, shortened for the test


def test_a_sweep_started_while_another_process_holds_the_lock_is_exit_3(tmp_path: Path) -> None:
    cfg, db = _setup(tmp_path)
    with _foreign_lock(db):
        result = CliRunner().invoke(main, ["sweep", "--config", str(cfg)])
    assert result.exit_code == 3, result.output
    assert _one_clear_line(result.output)["exit_code"] == 3
    _nothing_lost(cfg, db)


def test_a_lock_taken_in_the_middle_of_a_sweep_fails_the_source_and_loses_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cfg, db = _setup(tmp_path)
    plain = Store.write_groups
    held: list[Any] = []

    def write_then_lock(self: Store, *args: Any, **kwargs: Any) -> Any:
        if held:  # the first batch went in; another program takes the lock before the next one
            return plain(self, *args, **kwargs)
        out = plain(self, *args, **kwargs)
        held.append(_foreign_lock(db))
        held[0].__enter__()
        return out

    monkeypatch.setattr(Store, "write_groups", write_then_lock)
    try:
        result = CliRunner().invoke(main, ["sweep", "--config", str(cfg)])
    finally:
        if held:
            held[0].__exit__(None, None, None)
    monkeypatch.setattr(Store, "write_groups", plain)
    assert held, result.output
    assert result.exit_code in (3, 4), result.output
    _one_clear_line(result.output)
    # The CLI's process has ended by now; here the sweep ran inside the test's: its lock rows (which it could
    # not remove while the other program held the index) name a process that is gone, as they would.
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE locks SET pid = ?", (gone.pid,))
    _nothing_lost(cfg, db)


@pytest.mark.parametrize("verb", ["search", "triage"])
def test_writing_verbs_on_a_locked_index_are_one_line_exit_3(tmp_path: Path, verb: str) -> None:
    cfg, db = _setup(tmp_path)
    assert sweep(config_path=cfg, config=ScanConfig(workers=1), notify=False).exit_code == 1
    args = {
        "search": ["search", "--db", db, "--cpr", "070761-4285", "--format", "json"],
        "triage": ["triage", str(tmp_path / "share" / "f0.txt"), "false-positive", "--db", db, "-n", "test"],
    }[verb]
    with _foreign_lock(db):
        result = CliRunner().invoke(main, args)
    assert result.exit_code == 3, result.output
    _one_clear_line(result.output)
