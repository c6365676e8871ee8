"""A batch written twice in one run (Dask re-runs a chunk whose result was lost with its worker, or the
coordinator reads a chunk again after a worker died) must be counted as the index holds it.

The index was right, but the counts came from the write whose result arrived, which compared against the lost
write of the same run: `new_findings` in events and run stats was too low (0 for the re-run batch), and a new
violation (personal data on a local drive) was not reported at all: exit 0 and no DPO summary line.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from pii_scanner.core.config import ScanConfig
from pii_scanner.store import Store, open_store
from pii_scanner.store.migrations import LATEST
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


@pytest.mark.usefixtures("written_twice")
def test_a_violation_new_in_a_run_of_an_item_seen_before_is_reported_when_its_batch_is_written_twice(
    tmp_path: Path,
) -> None:
    """left20, item 6: an item seen in an earlier run without personal data, changed to hold some, and written twice
    in the next run: the second write compared its flags with the first write's (the same), so the new violation
    was not reported (exit 0, no DPO summary line). It is compared with the flags from before the run."""
    root, db = plant(tmp_path / "data", files=3), tmp_path / "i.db"
    docs = sorted(root.glob("doc*.txt"))
    kept = {p: p.read_text(encoding="utf-8") for p in docs}
    for path in docs:
        path.write_text("intet persondata her\n", encoding="utf-8")
    clean = sweep([str(root)], db=str(db), config=FAST, origin="local")
    assert clean.exit_code == EXIT_OK and clean.stats["new_violations"] == 0
    for path, text in kept.items():
        path.write_text(text, encoding="utf-8")
    found = sweep([str(root)], db=str(db), config=FAST, origin="local")
    assert found.exit_code == EXIT_VIOLATIONS and found.stats["new_violations"] == len(docs)
    again = sweep([str(root)], db=str(db), config=FAST, origin="local")  # nothing changed: nothing new
    assert again.exit_code == EXIT_OK and again.stats["new_violations"] == 0


def test_an_index_from_before_the_flags_column_reports_violations_new_in_the_next_run(tmp_path: Path) -> None:
    """An index made before migration 19 (no flags_before_run) catches up: its items' column is NULL, and the
    next run that reads an item counts its new violations against the flags the item had."""
    root, db = plant(tmp_path / "data", files=2), tmp_path / "i.db"
    docs = sorted(root.glob("doc*.txt"))
    kept = {p: p.read_text(encoding="utf-8") for p in docs}
    for path in docs:
        path.write_text("intet persondata her\n", encoding="utf-8")
    assert sweep([str(root)], db=str(db), config=FAST, origin="local").exit_code == EXIT_OK
    with sqlite3.connect(db) as con:  # as an older pii-scanner left it
        con.execute("alter table items drop column flags_before_run")
        con.execute("delete from schema_migrations where version = 19")
    for path, text in kept.items():
        path.write_text(text, encoding="utf-8")
    found = sweep([str(root)], db=str(db), config=FAST, origin="local")
    assert found.exit_code == EXIT_VIOLATIONS and found.stats["new_violations"] == len(docs)
    with sqlite3.connect(db) as con:
        assert con.execute("select max(version) from schema_migrations").fetchone() == (LATEST,)
        read_again = con.execute("select count(*) from items where flags_before_run is not null").fetchone()[0]
        assert read_again >= len(docs)  # the items read again have it; the others stay NULL until read
