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
from pii_scanner.core.errors import ConfigError, ExitCode, PiiScannerError, SourceError, SweepLocked
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


# --- an error between the run's start and the sweep proper ---------------------------------------------------


def _no_run_in_progress(db: Path) -> None:
    from pii_scanner.reports.frames import runs

    frame = runs(str(db))
    assert "running" not in set(frame["status"].astype(str)), frame
    assert frame["finished_at"].notna().all(), frame


@pytest.mark.parametrize(
    ("exc", "code", "status"),
    [
        (sa.exc.OperationalError("insert into locks", {}, Exception("disk I/O error")), ExitCode.INTERNAL, "failed"),
        (KeyboardInterrupt(), ExitCode.INTERRUPTED, "interrupted"),
        (RuntimeError("a bug"), ExitCode.INTERNAL, "failed"),
        (SweepLocked("held"), ExitCode.LOCKED, "refused"),
    ],
)
def test_an_error_while_the_locks_are_taken_ends_the_run_row(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, exc: BaseException, code: int, status: str
) -> None:
    """The row stayed `running` (no exit code) until the next sweep took the lock over: the console and the
    report showed a sweep in progress that had ended long before."""

    def broken(*_a: Any, **_k: Any) -> None:
        raise exc

    monkeypatch.setattr(Store, "acquire_lock", broken)
    exited, run = _sweep(tmp_path, str(plant(tmp_path / "data", files=1)))
    assert exited == code, exited
    assert (run["status"], run["exit_code"]) == (status, code)
    _no_run_in_progress(tmp_path / "index.db")


def test_a_source_lock_refused_after_the_configuration_lock_ends_the_run_row(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = Store.acquire_lock

    def second_is_held(self: Store, name: str, *a: Any, **k: Any) -> None:
        if name.startswith("source:"):
            raise sa.exc.OperationalError("insert into locks", {}, Exception("database is locked"))
        real(self, name, *a, **k)

    monkeypatch.setattr(Store, "acquire_lock", second_is_held)
    exited, run = _sweep(tmp_path, str(plant(tmp_path / "data", files=1)))
    assert (run["status"], run["exit_code"]) == ("failed", exited)
    st = open_store(str(tmp_path / "index.db"))
    try:
        assert st.rows("locks") == []  # the configuration's lock was given back
    finally:
        st.close()


@pytest.mark.parametrize(
    ("where", "exc", "code"),
    [
        ("audit_inspection", ConfigError("a configuration error found late"), ExitCode.USAGE),
        ("open_source", RuntimeError("a source that cannot be built"), ExitCode.INTERNAL),
        ("open_source", ImportError("no module named exchangelib"), ExitCode.INTERNAL),
    ],
)
def test_an_error_before_any_item_is_read_ends_the_run_as_failed_not_interrupted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: str, exc: BaseException, code: int
) -> None:
    """A run that ended in an error was stored `interrupted` (as if someone had stopped it)."""

    def boom(*_a: Any, **_k: Any) -> None:
        raise exc

    monkeypatch.setattr(f"pii_scanner.sweeps.engine.{where}", boom)
    exited, run = _sweep(tmp_path, str(plant(tmp_path / "data", files=1)))
    assert exited == code, exited
    assert (run["status"], run["exit_code"]) == ("failed", code)
    _no_run_in_progress(tmp_path / "index.db")
