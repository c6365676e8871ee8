"""A chunk Dask reported done whose result was lost with its worker before it was fetched: the client's
``result()`` waited on Dask's recompute for ever (seen: a sweep hanging 4 minutes after a worker died, until
SIGTERM). Now a chunk not back within a heartbeat is read on the coordinator, as a killed chunk is."""

from __future__ import annotations

import threading
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from pii_scanner.core.config import ScanConfig
from pii_scanner.core.model import Item
from pii_scanner.sweeps.dask_executor import Chunk, DaskExecutor

pytest.importorskip("distributed")


class LostResult:
    """A done future whose result never arrives: result() without a timeout blocks (as Dask's did)."""

    def __init__(self) -> None:
        self.cancelled = False

    def result(self, timeout: float | None = None) -> Any:
        if timeout is None:
            threading.Event().wait(30)
            raise AssertionError("result() waited without a timeout")
        raise TimeoutError

    def cancel(self) -> None:
        self.cancelled = True


def test_a_chunk_whose_result_is_lost_is_read_here_not_waited_for(tmp_path: Path) -> None:
    executor = DaskExecutor(client=object())  # type: ignore[arg-type]
    rescued: list[Chunk] = []
    executor._rescue = lambda job, src, chunk: rescued.append(chunk)  # type: ignore[method-assign]
    src = SimpleNamespace(pending=1, failed=False, name="s")
    job = SimpleNamespace(
        cfg=ScanConfig().with_(sweep__heartbeat_seconds=0.5),
        fail_source=lambda *a, **k: pytest.fail(f"source failed: {a}"),
        maybe_finish=lambda s: None,
    )
    item = Item(location=(tmp_path / "a.txt").as_uri(), path=str(tmp_path / "a.txt"))
    chunk = Chunk("k", "", 1, 1, "s", ".", [item], ScanConfig(), None, "")  # type: ignore[arg-type]
    fut = LostResult()
    executor.in_flight[fut] = (src, chunk)  # type: ignore[index]
    executor._collect(job, fut)  # type: ignore[arg-type]
    assert rescued == [chunk] and fut.cancelled and src.pending == 0
