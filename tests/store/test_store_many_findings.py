"""An item with very many findings is stored in batches inside its transaction, all of them once."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from pii_scanner.core.config import ScanConfig
from pii_scanner.store import open_store
from pii_scanner.store import store as store_module
from pii_scanner.sweeps.engine import sweep
from tests.test_finding_memory import _csv


def test_a_spilled_item_is_stored_in_bounded_batches(
    db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "data"
    root.mkdir()
    cprs = _csv(root / "rows.csv", 3_000, 5)
    config = ScanConfig(workers=1).with_(
        limits__stream_above=50_000,
        limits__findings_in_memory=200,
        detect__chunk_size=20_000,
        detect__entities=("DK_CPR",),
        ner__enabled=False,
    )
    monkeypatch.setattr(store_module, "INSERT_BATCH", 250)
    sizes: list[int] = []
    insert_rows = store_module.Store._insert_rows

    def spy(self: Any, conn: Any, rows: list[dict[str, Any]], values: list[str]) -> int:
        sizes.append(len(rows))
        return insert_rows(self, conn, rows, values)

    monkeypatch.setattr(store_module.Store, "_insert_rows", spy)
    result = sweep([root], db=db_url, config=config, origin="local")
    assert max(sizes) == 250 and sum(sizes) == result.stats["findings"] > 0.95 * len(cprs)
    with open_store(db_url) as st:
        rows = st.rows("findings")
        items = [i for i in st.rows("items") if i["findings_count"]]
    assert len(rows) == sum(sizes) and len(items) == 1 and items[0]["findings_count"] == len(rows)
    assert len({(r["start_offset"], r["fingerprint"]) for r in rows}) == len(rows)  # each once
    assert [r["start_offset"] for r in sorted(rows, key=lambda r: r["id"])] == sorted(r["start_offset"] for r in rows)
    # A second sweep of the unchanged file stores nothing again; a changed one replaces the rows.
    (root / "rows.csv").write_text((root / "rows.csv").read_text(encoding="utf-8") + "x\n", encoding="utf-8")
    sizes.clear()
    again = sweep([root], db=db_url, config=config, origin="local")
    assert again.stats["findings"] == len(rows) and max(sizes) == 250
    with open_store(db_url) as st:
        later = st.rows("findings")
    assert len(later) == len(rows) and all(r["start_offset"] >= 0 for r in later)
    assert {r["run_id"] for r in later} != {r["run_id"] for r in rows}  # written by the second sweep
    # first seen in the first sweep, looked up batch by batch among the item's earlier rows
    assert {r["first_seen_run"] for r in later} == {r["run_id"] for r in rows}
    assert {(r["start_offset"], r["fingerprint"]) for r in later} == {
        (r["start_offset"], r["fingerprint"]) for r in rows
    }
