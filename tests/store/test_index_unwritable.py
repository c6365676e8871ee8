"""An index that cannot be written (a full disk, a read-only file system) is the machine's state, not
a bug: one clear line naming the index, never exit 70 with "a bug" and the SQL statement; nothing of
the source is lost (the next sweep with room reads what the failed one did not store)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from pii_scanner.cli.main import main
from pii_scanner.core.config import ScanConfig
from pii_scanner.store import engine as store_engine
from pii_scanner.store import open_store
from pii_scanner.sweeps.engine import sweep

CPR_TEXT = "cpr 070761-4285 Jens Hansen\n" * 40


def _limit(monkeypatch: pytest.MonkeyPatch, pragma: str) -> None:
    plain = store_engine._sqlite_pragmas

    def limited(dbapi_conn: Any, record: Any) -> None:
        plain(dbapi_conn, record)
        cur = dbapi_conn.cursor()
        cur.execute(pragma)
        cur.close()

    monkeypatch.setattr(store_engine, "_sqlite_pragmas", limited)


def _setup(tmp_path: Path) -> tuple[Path, str]:
    root = tmp_path / "share"
    root.mkdir()
    for n in range(60):
        (root / f"f{n}.txt").write_text(CPR_TEXT, encoding="utf-8")
    db = str(tmp_path / "index.sqlite3")
    cfg = tmp_path / "sweep.toml"
    cfg.write_text(f'[store]\ndb = "{db}"\n[[sources]]\ntype = "paths"\nname = "s"\npaths = ["{root}"]\n')
    with open_store(db):  # the schema fits; the findings will not
        pass
    return cfg, db


def test_a_full_index_disk_is_a_failed_run_with_one_line_and_nothing_is_lost(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cfg, db = _setup(tmp_path)
    with monkeypatch.context() as m:
        _limit(m, "PRAGMA max_page_count = 60")  # SQLite answers SQLITE_FULL, as on a full disk
        result = CliRunner().invoke(main, ["sweep", "--config", str(cfg)])
    assert result.exit_code not in (0, 1, 70), result.output
    lines = [json.loads(line) for line in result.output.splitlines() if line.startswith("{")]
    failures = [e for e in lines if e["event"] in ("source_failed", "error", "internal_error")]
    assert failures and all(e["event"] != "internal_error" for e in failures), failures
    assert "database or disk is full" in failures[0]["message"] and "INSERT" not in result.output
    again = sweep(config_path=cfg, config=ScanConfig(workers=1), notify=False)
    assert again.exit_code == 1
    with open_store(db) as st:
        items = st.rows("items")
        assert len(items) == 60 and sum(i["findings_count"] for i in items) == len(st.rows("findings"))


def test_a_read_only_index_is_one_line_exit_2(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cfg, _db = _setup(tmp_path)
    _limit(monkeypatch, "PRAGMA query_only = 1")  # SQLite answers SQLITE_READONLY, as on a read-only mount
    result = CliRunner().invoke(main, ["sweep", "--config", str(cfg)])
    assert result.exit_code == 2, result.output
    assert "readonly" in result.output and "internal_error" not in result.output
    assert "Traceback" not in result.output
