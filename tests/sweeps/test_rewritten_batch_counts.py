"""A batch written twice in one run (Dask re-runs a chunk whose result was lost with its worker, or the
coordinator reads a chunk again after a worker died) must be counted as the index holds it.

The index was right, but the counts came from the write whose result arrived, which compared against the lost
write of the same run: `new_findings` in events and run stats was too low (0 for the re-run batch), and a new
violation (personal data on a local drive) was not reported at all: exit 0 and no DPO summary line.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from pii_scanner.core.config import ScanConfig
from pii_scanner.store import Store, open_store
from pii_scanner.sweeps.engine import EXIT_OK, EXIT_VIOLATIONS, sweep
from tests.store.planted import plant

FAST = ScanConfig(workers=1).with_(ner__enabled=False)


def _new_in_index(db: Path, run_id: int) -> int:
    st = open_store(str(db))
    try:
        with st.engine.connect() as conn:
            return int(conn.scalar(sa.text("select count(*) from findings where first_seen_run = :r"), {"r": run_id}))
    finally:
        st.close()


@pytest.fixture
def written_twice(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every batch is stored twice in the run; only the second write's summary comes back (the first
    write's result was lost with its worker)."""
    original = Store.write_groups

    def twice(self: Store, run_id: int, source_id: int, groups: Sequence[Any], **kw: Any) -> Any:
        original(self, run_id, source_id, groups, **kw)
        return original(self, run_id, source_id, groups, **kw)

    monkeypatch.setattr(Store, "write_groups", twice)


@pytest.mark.usefixtures("written_twice")
def test_a_batch_written_twice_counts_its_new_findings_and_violations(tmp_path: Path) -> None:
    root, db = plant(tmp_path / "data", files=3), tmp_path / "i.db"
    first = sweep([str(root)], db=str(db), config=FAST, origin="local")
    new = _new_in_index(db, first.run_id)
    assert new > 0
    assert first.stats["new_findings"] == new == first.stats["findings"]
    assert first.exit_code == EXIT_VIOLATIONS and first.stats["new_violations"] == 3

    # Changed files with the same findings: nothing new, and the old violations are not reported again.
    for path in root.glob("doc*.txt"):
        path.write_text(path.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    again = sweep([str(root)], db=str(db), config=FAST, origin="local")
    assert again.stats["read"] >= 3 and again.stats["new_findings"] == 0 == _new_in_index(db, again.run_id)
    assert again.exit_code == EXIT_OK and again.stats["new_violations"] == 0
