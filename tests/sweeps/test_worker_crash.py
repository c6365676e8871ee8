"""A pool worker that dies while it reads an item (the OOM killer, a C library crashing on a hostile file)
must not end the sweep or the scan: that item becomes an error record (a scan exits 4; a sweep counts it
among its errors) and every other item is
still read and stored (it ended the run with exit 70 "a bug", BrokenProcessPool, storing nothing more;
the same file then stopped every nightly sweep)."""

from __future__ import annotations

import os
import signal
from pathlib import Path
from typing import Any

import pytest

from pii_scanner.api import scan
from pii_scanner.core.config import ScanConfig
from pii_scanner.extract import dispatch
from pii_scanner.store import open_store
from pii_scanner.sweeps.engine import sweep

MARK = b"KILL-THE-WORKER"


def _killing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Data of no known format holding MARK kills the process reading it, as a crashing parser would."""
    plain = dispatch.EXTRACTORS["application/octet-stream"]
    test_process = os.getpid()

    def extractor(item: Any, data: bytes, ctx: Any) -> Any:
        if MARK in data:
            if os.getpid() == test_process:  # read without a pool: the crash would end the test run itself
                raise RuntimeError("read in the scanning process")
            os.kill(os.getpid(), signal.SIGKILL)
        return plain(item, data, ctx)

    monkeypatch.setitem(dispatch.EXTRACTORS, "application/octet-stream", extractor)


def _share(root: Path) -> Path:
    root.mkdir()
    for n in range(8):
        (root / f"f{n}.dat").write_bytes(b"\x00\x01" + f"CPR 070761-4285 nr {n}".encode() + b"\x00" * 64)
    (root / "hostile.dat").write_bytes(b"\x00\x01" + MARK + b"\x00" * 64)
    return root


def test_a_worker_killed_on_one_item_stops_neither_the_sweep_nor_the_other_items(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _killing(monkeypatch)
    root = _share(tmp_path / "share")
    db = tmp_path / "index.sqlite3"
    cfg = tmp_path / "sweep.toml"
    cfg.write_text(f'[store]\ndb = "{db}"\n[[sources]]\ntype = "paths"\nname = "s"\npaths = ["{root}"]\n')
    result = sweep(config_path=cfg, config=ScanConfig(workers=2), notify=False)
    assert result.exit_code == 1 and result.stats["errors"] == 1, result
    with open_store(str(db)) as st:
        items = {Path(r["location"]).name: r for r in st.rows("items")}
    assert len(items) == 9
    assert "process reading it stopped" in items["hostile.dat"]["error"]
    assert all(items[f"f{n}.dat"]["findings_count"] == 1 for n in range(8))
    again = sweep(config_path=cfg, config=ScanConfig(workers=2), notify=False)  # the next night: the same
    assert again.exit_code in (0, 1) and again.stats["errors"] == 1, again


def test_a_scan_whose_worker_is_killed_reports_that_item_and_reads_the_rest(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _killing(monkeypatch)
    root = _share(tmp_path / "share")
    results = {Path(r.item.location).name: r for r in scan([root], ScanConfig(workers=2))}
    assert len(results) == 9
    assert results["hostile.dat"].error and "process reading it stopped" in results["hostile.dat"].error
    assert all(len(results[f"f{n}.dat"].findings) == 1 for n in range(8))


def test_a_small_scan_with_the_default_workers_survives_a_killed_worker(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Nine tiny files and no number of workers asked for: still a pool, so the crash costs one item."""
    _killing(monkeypatch)
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    root = _share(tmp_path / "share")
    results = {Path(r.item.location).name: r for r in scan([root], ScanConfig())}
    assert len(results) == 9
    assert results["hostile.dat"].error and "process reading it stopped" in results["hostile.dat"].error
