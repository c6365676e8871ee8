"""kill -9 a sweep mid-way, run it again: no finding lost, none duplicated; the stale lock is taken over."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import sqlalchemy as sa

from pii_scanner.core.config import ScanConfig
from pii_scanner.store import open_store
from pii_scanner.sweeps.engine import sweep
from tests.store.planted import plant

FAST = ScanConfig(workers=1).with_(ner__enabled=False)

SLOW_SWEEP = textwrap.dedent("""
    import sys, time
    from pii_scanner.core.config import ScanConfig
    from pii_scanner.sources import registry
    import pii_scanner.sweeps.engine as sw
    from pii_scanner.core.config import SweepConfig

    base = registry.SOURCE_KINDS["paths"]
    def slow(spec, config, state):
        src = base(spec, config, state)
        inner = src.items
        def items():
            for item in inner():
                time.sleep(0.01)
                yield item
        return registry.Source(src.name, "paths", items, True)
    registry.SOURCE_KINDS["paths"] = slow
    config = ScanConfig(workers=1, sweep=SweepConfig(batch_items=5)).with_(ner__enabled=False)
    sw.sweep([sys.argv[1]], db=sys.argv[2], config=config)
""")


def _findings(db: str) -> list[tuple[str, str, int, int, str]]:
    with open_store(db) as st, st.engine.connect() as conn:
        q = sa.text(
            "SELECT i.location_key, f.entity_type, f.start_offset, f.end_offset, f.fingerprint "
            "FROM findings f JOIN items i ON i.id = f.item_id WHERE i.removed_at IS NULL"
        )
        return [tuple(r) for r in conn.execute(q)]


def _items(db: str) -> int:
    with open_store(db) as st, st.engine.connect() as conn:
        return int(conn.execute(sa.text("SELECT count(*) FROM items")).scalar_one())


def test_kill_9_mid_sweep_then_resume(tmp_path: Path) -> None:
    root = plant(tmp_path / "data", files=300)
    db = str(tmp_path / "crash.sqlite3")
    open_store(db).close()
    proc = subprocess.Popen([sys.executable, "-c", SLOW_SWEEP, str(root), db], env=os.environ.copy())
    deadline = time.monotonic() + 120
    while _items(db) < 20:
        assert proc.poll() is None, "sweep finished before it could be killed"
        assert time.monotonic() < deadline
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    partial = _items(db)
    assert 20 <= partial < 301

    resumed = sweep([root], db=db, config=FAST)  # takes over the dead sweep's lock
    assert resumed.status == "ok"
    assert resumed.stats["skipped"] >= 20  # what was stored before the kill is not re-read

    reference = str(tmp_path / "clean.sqlite3")
    sweep([root], db=reference, config=FAST)
    got, want = _findings(db), _findings(reference)
    assert len(got) == len(set(got))  # none duplicated
    assert sorted(got) == sorted(want)  # none lost
    with open_store(db) as st:
        assert [r["status"] for r in st.rows("runs")] == ["interrupted", "ok"]
