"""A paths source with several roots: one root emptied (the empty mount point of an unmounted share)
fails the source and marks nothing removed, however small its share of the source's items (was:
4 of 10 items under 0.5 max_removed_share, marked removed, exit 0). ``--allow-mass-removal`` applies it."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa

from pii_scanner.core.config import ScanConfig
from pii_scanner.store import open_store
from pii_scanner.sweeps.engine import EXIT_PARTIAL, sweep

FAST = ScanConfig(workers=1).with_(ner__enabled=False)


def _removed(db: str) -> int:
    with open_store(db) as st, st.engine.connect() as conn:
        q = "SELECT count(*) FROM items WHERE depth = 0 AND removed_at IS NOT NULL"
        return int(conn.execute(sa.text(q)).scalar_one())


def _roots(tmp_path: Path) -> tuple[Path, Path]:
    big, small = tmp_path / "A", tmp_path / "B"
    for root, n in ((big, 6), (small, 4)):
        root.mkdir()
        for i in range(n):
            (root / f"f{i}.txt").write_text(f"notat {i}\n", encoding="utf-8")
    return big, small


def test_one_emptied_root_of_several_fails_the_source_and_removes_nothing(tmp_path: Path) -> None:
    big, small = _roots(tmp_path)
    db = str(tmp_path / "i.sqlite3")
    events: list[str] = []
    assert sweep([big, small], db=db, config=FAST).exit_code == 0
    for path in small.iterdir():
        path.unlink()
    result = sweep([big, small], db=db, config=FAST, events=lambda e, **f: events.append(e))
    assert result.exit_code == EXIT_PARTIAL and "source_failed" in events
    assert _removed(db) == 0
    # Still empty next time: still held, not forgotten after one failed run.
    assert sweep([big, small], db=db, config=FAST).exit_code == EXIT_PARTIAL and _removed(db) == 0
    applied = sweep([big, small], db=db, config=FAST, allow_mass_removal=True)
    assert applied.exit_code == 0 and _removed(db) == 4
    # Applied once: an empty root that held nothing at the last sweep is no failure.
    assert sweep([big, small], db=db, config=FAST).exit_code == 0


def test_a_root_that_was_always_empty_is_no_failure(tmp_path: Path) -> None:
    big, small = _roots(tmp_path)
    empty = tmp_path / "C"
    empty.mkdir()
    db = str(tmp_path / "i.sqlite3")
    assert sweep([big, small, empty], db=db, config=FAST).exit_code == 0
    assert sweep([big, small, empty], db=db, config=FAST).exit_code == 0
