"""An item that kills every Dask worker that reads it (a parser crashing on a hostile file, the OOM killer)
must cost what it costs in the local pool: that item is an error record ("the process reading it stopped")
and every other item of its chunk is stored. It failed the source instead (KilledWorker, exit 4): the chunk's
other items never reached the index, and the same file did that again on every nightly sweep."""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from pii_scanner.core.config import ScanConfig
from pii_scanner.extract import dispatch
from pii_scanner.store import open_store
from pii_scanner.sweeps.dask_executor import Chunk, ChunkResult, distributed_sweep, run_chunk
from pii_scanner.sweeps.engine import sweep

distributed = pytest.importorskip("distributed")
dask = pytest.importorskip("dask")
cloudpickle = pytest.importorskip("cloudpickle")
cloudpickle.register_pickle_by_value(sys.modules[__name__])  # workers cannot import this test module

MARK = b"KILL-THE-WORKER"
FAST = ScanConfig(workers=1).with_(ner__enabled=False)


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    # One death makes a task a KilledWorker (the default, 3, only makes the test slower).
    with dask.config.set({"distributed.scheduler.allowed-failures": 0}):
        cluster = distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None, silence_logs=50
        )
        with distributed.Client(cluster) as c:
            yield c
        cluster.close()


def killing_task(chunk: Chunk) -> ChunkResult:
    """A Dask worker reading the hostile file dies."""
    if any(item.path.endswith("hostile.dat") for item in chunk.items):
        os._exit(1)
    return run_chunk(chunk)


def _killing_here(monkeypatch: pytest.MonkeyPatch) -> None:
    """In this machine's processes too (a forked pool inherits it), as a crashing parser would."""
    plain = dispatch.EXTRACTORS["application/octet-stream"]

    def extractor(item: Any, data: bytes, ctx: Any) -> Any:
        if MARK in data:
            os.kill(os.getpid(), signal.SIGKILL)
        return plain(item, data, ctx)

    monkeypatch.setitem(dispatch.EXTRACTORS, "application/octet-stream", extractor)


def _rows(db: Path) -> dict[str, Any]:
    with open_store(str(db)) as st:
        return {Path(r["location"]).name: r for r in st.rows("items") if r["depth"] == 0}


def test_an_item_killing_every_worker_is_an_error_record_and_its_chunk_is_stored(
    client: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _killing_here(monkeypatch)
    root = tmp_path / "share"
    (root / "HR").mkdir(parents=True)
    for n in range(6):
        (root / "HR" / f"f{n}.txt").write_text(f"CPR-nr.: 070761-4285 nr {n}\n", encoding="utf-8")
    (root / "HR" / "hostile.dat").write_bytes(b"\x00\x01" + MARK + b"\x00" * 64)
    db = tmp_path / "dask.sqlite3"
    result = distributed_sweep([root], db=str(db), config=FAST, client=client, task=killing_task, notify=False)
    assert result.exit_code == 0 and not result.failed_sources, result  # it was 4: the source failed
    assert result.stats["errors"] == 1, result.stats
    rows = _rows(db)
    assert len(rows) == 7
    assert "process reading it stopped" in rows["hostile.dat"]["error"]
    assert all(rows[f"f{n}.txt"]["findings_count"] == 1 for n in range(6))
    # The same as the local pool makes of it.
    local = tmp_path / "local.sqlite3"
    same = sweep([root], db=str(local), config=FAST.with_(workers=2), notify=False)
    assert same.exit_code == result.exit_code and same.stats["errors"] == result.stats["errors"]
    assert {k: (v["error"], v["findings_count"]) for k, v in _rows(local).items()} == {
        k: (v["error"], v["findings_count"]) for k, v in rows.items()
    }
