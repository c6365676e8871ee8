"""The exit code stored in a run's row is the one the process exits with, for every outcome.

A scheduler's alert reads the process's code, the web console and `runs` read the row: they must agree.
The row said 2 ("nothing was done") for a sweep that ended in a bug (the process exits 70), in Ctrl-C outside
the main thread (130) or in a library error of another class (its own code, e.g. 4).
"""

from __future__ import annotations

import datetime
import errno
import socket
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from click.testing import CliRunner

from pii_scanner.cli.main import main
from pii_scanner.core.errors import ExitCode, PiiScannerError, SourceError, SweepLocked
from pii_scanner.store import Store, open_store
from tests.helpers.nordic_numbers import make_cpr
from tests.store.planted import plant


def _runs(db: Path) -> list[dict[str, Any]]:
    st = open_store(str(db))
    try:
        with st.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(sa.text("select status, exit_code from runs order by id"))]
    finally:
        st.close()


def _sweep(tmp_path: Path, *paths: str) -> tuple[int, dict[str, Any]]:
    db = tmp_path / "index.db"
    result = CliRunner().invoke(main, ["sweep", *paths, "--db", str(db), "--no-ner", "--workers", "0"])
    runs = _runs(db)
    assert len(runs) == 1, runs
    return result.exit_code, runs[0]


def test_a_finished_sweep_stores_its_exit_code(tmp_path: Path) -> None:
    root = tmp_path / "root"
    root.mkdir()
    (root / "a.txt").write_text(f"CPR {make_cpr(datetime.date(1985, 7, 7))}\n", encoding="utf-8")
    exited, run = _sweep(tmp_path, str(root))
    assert exited == ExitCode.OK and run["exit_code"] == ExitCode.OK  # findings, no policy: no violation


def test_new_violations_store_found(tmp_path: Path) -> None:
    root = plant(tmp_path / "data", files=2)  # personal data on a local drive: a violation
    exited, run = _sweep(tmp_path, str(root), "--origin", "local")
    assert exited == ExitCode.FOUND and run["exit_code"] == ExitCode.FOUND


def test_a_failed_summary_mail_stores_notify_failed(tmp_path: Path) -> None:
    root = plant(tmp_path / "usb", files=1)
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    cfg = tmp_path / "sweep.toml"
    cfg.write_text(
        f'[scan]\nworkers = 1\n[scan.ner]\nenabled = false\n[store]\ndb = "{tmp_path / "index.db"}"\n'
        f'[notify]\nsmtp_host = "127.0.0.1"\nsmtp_port = {port}\nto = ["dpo@firma.example"]\ntimeout = 2\n'
        f'[[sources]]\ntype = "paths"\nname = "usb"\npaths = ["{root}"]\norigin = "removable"\n'
    )
    result = CliRunner().invoke(main, ["sweep", "--config", str(cfg)])
    (run,) = _runs(tmp_path / "index.db")
    assert result.exit_code == ExitCode.NOTIFY_FAILED and run["exit_code"] == ExitCode.NOTIFY_FAILED


def test_a_locked_sweep_stores_locked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def held(*_a: Any, **_k: Any) -> None:
        raise SweepLocked("another sweep holds the lock")

    monkeypatch.setattr(Store, "acquire_lock", held)
    exited, run = _sweep(tmp_path, str(plant(tmp_path / "data", files=1)))
    assert exited == ExitCode.LOCKED and run["exit_code"] == ExitCode.LOCKED and run["status"] == "refused"


def test_a_failed_source_stores_partial(tmp_path: Path) -> None:
    exited, run = _sweep(tmp_path, str(tmp_path / "gone"))
    assert exited == ExitCode.PARTIAL and run["exit_code"] == ExitCode.PARTIAL


class _OddError(PiiScannerError):
    exit_code = ExitCode.LOCKED


@pytest.mark.parametrize(
    ("exc", "code"),
    [
        (RuntimeError("a bug"), ExitCode.INTERNAL),
        (KeyError("x"), ExitCode.INTERNAL),
        (KeyboardInterrupt(), ExitCode.INTERRUPTED),
        (SourceError("gone"), ExitCode.PARTIAL),
        (_OddError("odd"), ExitCode.LOCKED),
        (PiiScannerError("bad"), ExitCode.USAGE),
        (OSError(errno.ENOSPC, "No space left on device"), ExitCode.USAGE),
        (SystemExit(4), ExitCode.PARTIAL),
    ],
)
def test_an_error_during_the_sweep_stores_the_code_the_process_exits_with(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, exc: BaseException, code: int
) -> None:
    root = tmp_path / "root"
    root.mkdir()
    (root / "a.txt").write_text("nothing here\n", encoding="utf-8")

    def boom(*_a: Any, **_k: Any) -> None:
        raise exc

    monkeypatch.setattr("pii_scanner.sweeps.engine.retention_after_sweep", boom)
    exited, run = _sweep(tmp_path, str(root))
    assert exited == code, exited
    assert run["exit_code"] == exited, run
