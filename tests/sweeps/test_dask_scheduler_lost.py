"""The Dask scheduler going away mid-sweep (killed, its host rebooted) fails the sources it leaves unswept,
as a mail server going away does (exit 4; nothing marked removed; the next sweep reads on). It ended the
sweep with exit 70, "a bug" (ClosedClientError), and a big file whose units it dropped was stored as an
unreadable item ("lost on the cluster")."""

from __future__ import annotations

import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from pii_scanner.core.config import ScanConfig
from pii_scanner.store import open_store
from pii_scanner.sweeps import dask_executor
from pii_scanner.sweeps.dask_executor import distributed_sweep

pytest.importorskip("distributed")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _up(port: int) -> bool:
    with socket.socket() as s:
        return s.connect_ex(("127.0.0.1", port)) == 0


@pytest.mark.timeout(240)  # on main this sweep never ended
def test_the_scheduler_going_away_fails_the_source_not_the_program(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The client gives up reconnecting after its connect timeout (30 s in production): a few seconds
    # here reach the same end (the client closed mid-sweep) without the wait.
    monkeypatch.setattr(dask_executor, "CONNECT_TIMEOUT", "3s")
    root = tmp_path / "share"
    for folder in ("A", "B"):
        (root / folder).mkdir(parents=True)
        for n in range(4):
            (root / folder / f"f{n}.txt").write_text(f"CPR-nr.: 070761-4285 nr {n}\n", encoding="utf-8")
    big = root / "A" / "big.txt"
    big.write_text("Medarbejder CPR-nr.: 070761-4285\n" * 4000, encoding="utf-8")
    port = _free_port()
    dask = [sys.executable, "-m", "distributed.cli.dask_scheduler", "--host", "127.0.0.1", "--port", str(port)]
    scheduler = subprocess.Popen([*dask, "--no-dashboard"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(300):
            if _up(port):
                break
            time.sleep(0.1)
        # No worker: nothing runs until the scheduler is gone, so the sweep is surely mid-way then.
        events: list[tuple[str, dict[str, Any]]] = []

        def watch(event: str, **fields: Any) -> None:
            events.append((event, fields))
            if event == "source_started":
                scheduler.send_signal(signal.SIGKILL)
                scheduler.wait()

        config = ScanConfig(workers=1).with_(ner__enabled=False, limits__stream_above=20_000)
        db = tmp_path / "index.sqlite3"
        result = distributed_sweep(
            [root], db=str(db), config=config, scheduler=f"tcp://127.0.0.1:{port}", events=watch, notify=False
        )
    finally:
        scheduler.kill()
        scheduler.wait()
    assert result.exit_code == 4 and result.failed_sources, result  # it raised ClosedClientError: exit 70
    assert any(e == "source_failed" and "scheduler went away" in f["message"] for e, f in events), events
    with open_store(str(db)) as st:
        assert not [r for r in st.rows("items") if r["error"]]  # no item marked unreadable for the cluster's loss
