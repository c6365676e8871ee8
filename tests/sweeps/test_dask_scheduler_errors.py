"""A wrong or unreachable ``--scheduler`` is the admin's to fix: one line and exit 2 (nothing swept),
never exit 70 "a bug"; the sweep lock is left free for the next run."""

from __future__ import annotations

import json
import socket
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

pytest.importorskip("distributed")

from pii_scanner.cli.main import main
from pii_scanner.sweeps import dask_executor


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.mark.parametrize(
    ("scheduler", "says"),
    [
        ("bogus://somewhere", "not a Dask scheduler address"),
        ("tcp://user:pw0707614285@127.0.0.1:1", "not a Dask scheduler address"),
        (None, "cannot reach the Dask scheduler"),
    ],
)
def test_a_wrong_or_unreachable_scheduler_is_one_line_exit_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, scheduler: str | None, says: str
) -> None:
    # Dask retries a refused connection until the timeout: 30 s of waiting for nothing otherwise.
    monkeypatch.setattr(dask_executor, "CONNECT_TIMEOUT", "3s")
    root = tmp_path / "share"
    root.mkdir()
    (root / "a.txt").write_text("cpr 070761-4285\n", encoding="utf-8")
    db = tmp_path / "index.sqlite3"
    cfg = tmp_path / "sweep.toml"
    cfg.write_text(f'[store]\ndb = "{db}"\n[[sources]]\ntype = "paths"\nname = "s"\npaths = ["{root}"]\n')
    address = scheduler or f"tcp://127.0.0.1:{_closed_port()}"
    result = CliRunner().invoke(main, ["sweep", "--config", str(cfg), "--scheduler", address])
    assert result.exit_code == 2, result.output
    errors = [json.loads(line) for line in result.output.splitlines() if '"event": "error"' in line]
    assert len(errors) == 1 and says in errors[0]["message"], result.output
    assert "0707614285" not in result.output and "Traceback" not in result.output
    local = CliRunner().invoke(main, ["sweep", "--config", str(cfg)])  # the lock is free again
    assert local.exit_code == 1, local.output


def test_a_wrong_scheduler_writes_nothing(tmp_path: Path) -> None:
    """Exit 2 means nothing was done: no index made, no run recorded (it made the index and left a run
    `interrupted` behind for every wrong address, which the next sweep and the report took for a real one)."""
    root = tmp_path / "share"
    root.mkdir()
    (root / "a.txt").write_text("cpr 070761-4285\n", encoding="utf-8")
    new = tmp_path / "new.sqlite3"
    result = CliRunner().invoke(main, ["sweep", str(root), "--db", str(new), "--scheduler", "bogus://x"])
    assert result.exit_code == 2, result.output
    assert not new.exists()
    old = tmp_path / "old.sqlite3"
    assert CliRunner().invoke(main, ["sweep", str(root), "--db", str(old)]).exit_code in (0, 1)
    with sqlite3.connect(old) as con:
        before = con.execute("select count(*) from runs").fetchone()
    result = CliRunner().invoke(main, ["sweep", str(root), "--db", str(old), "--scheduler", "bogus://x"])
    assert result.exit_code == 2, result.output
    with sqlite3.connect(old) as con:
        assert con.execute("select count(*) from runs").fetchone() == before
