"""Dask task keys are seen by the scheduler, its logs and its dashboard: the key of a chunk of a folder named
by a CPR must not be an unkeyed hash of that name (trying every CPR undoes one; they were sha256 of the source
id and the folder)."""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from pii_scanner.core.config import ScanConfig
from pii_scanner.sweeps.dask_executor import Chunk, ChunkResult, distributed_sweep, run_chunk

distributed = pytest.importorskip("distributed")
cloudpickle = pytest.importorskip("cloudpickle")
cloudpickle.register_pickle_by_value(sys.modules[__name__])  # workers cannot import this test module


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    cluster = distributed.LocalCluster(
        n_workers=1, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None, silence_logs=50
    )
    with distributed.Client(cluster) as c:
        yield c
    cluster.close()


class Recording:
    def __init__(self, out: Path) -> None:
        self.out = out

    def __call__(self, chunk: Chunk) -> ChunkResult:
        with self.out.open("a", encoding="utf-8") as f:
            f.write(chunk.key + "\n")
        return run_chunk(chunk)


def test_a_chunk_key_is_no_unkeyed_hash_of_its_folder(client: Any, tmp_path: Path) -> None:
    folder = "Sag 0707614285"
    root = tmp_path / "share"
    (root / folder).mkdir(parents=True)
    (root / folder / "a.txt").write_text("notat\n", encoding="utf-8")
    keys = tmp_path / "keys.txt"
    config = ScanConfig(workers=1).with_(ner__enabled=False)
    result = distributed_sweep(
        [root], db=str(tmp_path / "i.sqlite3"), config=config, client=client, task=Recording(keys)
    )
    assert result.exit_code in (0, 1), result
    (key,) = keys.read_text(encoding="utf-8").split()
    for source_id in range(1, 4):
        assert hashlib.sha256(f"{source_id}\0{folder}".encode()).hexdigest()[:16] not in key
    assert "0707614285" not in key
