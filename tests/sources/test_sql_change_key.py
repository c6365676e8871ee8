"""SQL change keys under hostile timing: a row written with the same updated-at stamp as the newest row the last
sweep saw (a coarse stamp, two writes in one second, one transaction's now()) is read by the next sweep, and a row
listed again whose text changed is read again although its stamp did not move."""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from pii_scanner.core.config import ScanConfig
from pii_scanner.store import open_store
from pii_scanner.sweeps.engine import SweepResult, sweep
from tests.helpers.nordic_numbers import make_cpr

CPR = make_cpr(datetime.date(1961, 7, 7), 4)
CONFIG = ScanConfig(workers=1)
STAMP = "2026-12-03 10:00:00.000000"  # SQLAlchemy's SQLite DATETIME text


def _sweep(tmp_path: Path, db: Path) -> SweepResult:
    config = tmp_path / "sweep.toml"
    config.write_text(
        f'[scan]\nworkers = 1\n[scan.ner]\nenabled = false\n[store]\ndb = "{tmp_path / "index.sqlite3"}"\n'
        f'[[sources]]\ntype = "sql"\nname = "crm"\nurl = "sqlite:///{db}"\nupdated_at = {{ kunder = "opdateret" }}\n',
        encoding="utf-8",
    )
    return sweep(config_path=config, config=CONFIG, notify=False)


def _findings(tmp_path: Path) -> dict[str, list[Any]]:
    with open_store(str(tmp_path / "index.sqlite3")) as store:
        items = {r["id"]: r["location"].rsplit("/", 1)[-1] for r in store.rows("items")}
        out: dict[str, list[Any]] = {name: [] for name in items.values()}
        for f in store.rows("findings"):
            out[items[f["item_id"]]].append(f["entity_type"])
    return out


def test_a_row_written_with_the_last_sweeps_newest_stamp_is_read(tmp_path: Path) -> None:
    db = tmp_path / "crm.sqlite3"
    engine = sa.create_engine(f"sqlite:///{db}")
    with engine.begin() as conn:
        conn.execute(sa.text("CREATE TABLE kunder (id INTEGER PRIMARY KEY, note TEXT, opdateret DATETIME)"))
        conn.execute(sa.text("INSERT INTO kunder VALUES (1, 'ingen oplysninger her', :t)"), {"t": STAMP})
    first = _sweep(tmp_path, db)
    assert first.exit_code == 0 and first.stats["read"] == 1, first.stats

    # The same second: row 1 rewritten (its stamp set again to the same value), row 2 added.
    with engine.begin() as conn:
        conn.execute(sa.text("UPDATE kunder SET note = :n WHERE id = 1"), {"n": f"cpr {CPR} ny adresse"})
        conn.execute(sa.text("INSERT INTO kunder VALUES (2, :n, :t)"), {"n": f"cpr {CPR} kunde", "t": STAMP})
    engine.dispose()
    second = _sweep(tmp_path, db)
    assert second.stats["read"] == 2, second.stats
    found = _findings(tmp_path)
    assert "DK_CPR" in found["1"] and "DK_CPR" in found["2"], found

    # Nothing changed: the rows at the boundary are listed again and skipped, not read.
    third = _sweep(tmp_path, db)
    assert third.stats["read"] == 0 and third.stats["skipped"] == 2, third.stats
