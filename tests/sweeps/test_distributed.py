"""Distributed sweeps on a Dask LocalCluster (worker processes on loopback), SQLite and PostgreSQL.

A lost worker (a task that os._exit()s the first time it runs) is re-run elsewhere, and the index
ends with every item exactly once and every finding exactly once.
"""

from __future__ import annotations

import datetime
import json
import os
import subprocess
import sys
import uuid
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from pii_scanner import findings, items
from pii_scanner.core.config import ScanConfig
from pii_scanner.core.errors import ConfigError
from pii_scanner.policy.retention import load_policy
from pii_scanner.sweeps.dask_executor import Chunk, ChunkResult, distributed_sweep, run_chunk
from tests.helpers.nordic_numbers import make_cpr
from tests.servers.postgres import fresh_database, postgres_url

distributed = pytest.importorskip("distributed")
cloudpickle = pytest.importorskip("cloudpickle")
cloudpickle.register_pickle_by_value(sys.modules[__name__])  # workers cannot import this test module

__all__ = ["postgres_url"]
FAST = ScanConfig(workers=1).with_(ner__enabled=False)
FOLDERS = ("HR", "Finance", "Sales")
PER_FOLDER = 5  # files per folder: 2 chunks of 3 + ... with chunk_items=3


def make_tree(root: Path) -> tuple[Path, int, int]:
    """A share with top-level folders, loose files and a zip; returns (root, top-level files, CPR findings)."""
    n = 0
    for folder in FOLDERS:
        for k in range(PER_FOLDER):
            cpr = make_cpr(datetime.date(1960 + n, 1 + n % 12, 1 + n % 28), 3)
            path = root / folder / ("sub" if k % 2 else "") / f"doc{k}.txt"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(f"Medarbejder nr. {n}\nCPR-nr.: {cpr[:6]}-{cpr[6:]}\n", encoding="utf-8")
            n += 1
    (root / "loose.txt").write_text("Intet her.\n", encoding="utf-8")
    cpr = make_cpr(datetime.date(1955, 5, 5), 4)
    with zipfile.ZipFile(root / "HR" / "arkiv.zip", "w") as zf:
        zf.writestr("inde/liste.txt", f"CPR-nr.: {cpr[:6]}-{cpr[6:]}\n")
    return root, n + 2, n + 1


@pytest.fixture(scope="module")
def client() -> Iterator[distributed.Client]:
    cluster = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None, silence_logs=50
    )
    with distributed.Client(cluster) as c:
        yield c
    cluster.close()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "index.sqlite3")
    return fresh_database(request.getfixturevalue("postgres_url"), "d_" + uuid.uuid4().hex[:12])


class DieOnce:
    """A task that kills its worker process the first time (after or before storing the chunk)."""

    def __init__(self, marker: Path, after_write: bool) -> None:
        self.marker, self.after_write = marker, after_write

    def __call__(self, chunk: Chunk) -> ChunkResult:
        first = chunk.folder == "HR" and not self.marker.exists()
        if first and not self.after_write:
            self.marker.write_text(chunk.key)
            os._exit(1)  # lost mid-partition, nothing stored
        result = run_chunk(chunk)
        if first:
            self.marker.write_text(chunk.key)
            os._exit(1)  # lost after storing: the re-run must not duplicate anything
        return result


def _check_index(db: str, files: int, cprs: int) -> None:
    it, fd = items(db), findings(db)
    assert not it["location_key"].duplicated().any()
    assert (it["depth"] == 0).sum() == files
    cpr = fd[fd["entity_type"] == "DK_CPR"]
    assert len(cpr) == cprs
    assert not cpr.duplicated(["item_id", "start", "end", "fingerprint"]).any()
    assert cpr["fingerprint"].nunique() == cprs


def test_distributed_sweep_is_incremental(client: distributed.Client, db_url: str, tmp_path: Path) -> None:
    root, files, cprs = make_tree(tmp_path / "share")
    events: list[tuple[str, dict[str, object]]] = []
    first = distributed_sweep(
        [root],
        db=db_url,
        config=FAST,
        origin="share",
        client=client,
        chunk_items=3,
        events=lambda e, **f: events.append((e, f)),
    )
    assert first.status == "ok", events
    assert first.stats["read"] == files and first.stats["partitions"] == len(FOLDERS) + 1
    assert first.stats["chunks"] == len(FOLDERS) * 2 + 1  # 5 or 6 items per folder, 3 per chunk
    _check_index(db_url, files, cprs)
    folders = {f["folder"] for e, f in events if e == "partition_stored"}
    assert folders == {*FOLDERS, "."}

    (root / "Sales" / "doc0.txt").unlink()
    (root / "Finance" / "doc0.txt").write_text("Nu uden personnumre.\n", encoding="utf-8")
    again = distributed_sweep([root], db=db_url, config=FAST, origin="share", client=client, chunk_items=3)
    assert again.stats["read"] == 1 and again.stats["skipped"] == files - 2
    assert again.stats["removed"] == 1
    _check_index(db_url, files - 1, cprs - 2)


@pytest.mark.parametrize("after_write", [True, False], ids=["after-write", "mid-partition"])
def test_lost_worker_is_retried_without_duplicates(
    client: distributed.Client, db_url: str, tmp_path: Path, after_write: bool
) -> None:
    if not after_write and "sqlite" not in db_url and "://" in db_url:
        pytest.skip("one backend is enough for the nothing-stored case")
    root, files, cprs = make_tree(tmp_path / "share")
    marker = tmp_path / "died"
    result = distributed_sweep(
        [root], db=db_url, config=FAST, origin="share", client=client, chunk_items=3, task=DieOnce(marker, after_write)
    )
    assert marker.exists(), "the fault was never injected"
    assert result.status == "ok" and result.stats["read"] == files
    _check_index(db_url, files, cprs)
    client.wait_for_workers(2, timeout=60)  # the nanny restarted the killed worker


def test_worker_with_another_key_refuses(tmp_path: Path) -> None:
    chunk = Chunk("k", str(tmp_path / "i.db"), 1, 1, "s", "HR", [], FAST, load_policy(), "not-the-key-check")
    with pytest.raises(ConfigError, match="fingerprint key"):
        run_chunk(chunk)


def test_cli_sweep_on_existing_scheduler(client: distributed.Client, tmp_path: Path, cli: list[str]) -> None:
    root, files, cprs = make_tree(tmp_path / "share")
    cfg = tmp_path / "sweep.toml"
    cfg.write_text(
        f'[scan.ner]\nenabled = false\n[store]\ndb = "{tmp_path / "i.db"}"\n'
        f'[[sources]]\ntype = "paths"\nname = "share"\npaths = ["{root}"]\norigin = "share"\n'
    )
    address = client.scheduler.address
    run = subprocess.run(
        [*cli, "sweep", "--config", str(cfg), "--scheduler", address], capture_output=True, text=True, timeout=300
    )
    assert run.returncode == 0, run.stderr  # shares are allowed to hold personal data: no violations
    events = [json.loads(line) for line in run.stderr.splitlines() if line.startswith("{")]
    assert events[-1]["event"] == "sweep_finished" and events[-1]["read"] == files
    assert any(e["event"] == "partition_stored" for e in events)
    _check_index(str(tmp_path / "i.db"), files, cprs)
