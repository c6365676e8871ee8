"""SQL values the source used to pass over in silence (real PostgreSQL, and SQLite): a text value longer
than the cell limit was cut without a word (a CPR past the first million characters never read, the
table called clean), hstore and tsvector columns were not read at all, and a materialized view (stored
rows, a copy that outlives its base table) was never listed."""

from __future__ import annotations

import datetime
import uuid
from pathlib import Path

import pytest
import sqlalchemy as sa

from pii_scanner.core.config import ScanConfig
from pii_scanner.core.state import MemoryState
from pii_scanner.pipeline import scan_items
from pii_scanner.sources.registry import open_source
from pii_scanner.sources.sql import MAX_CELL_CHARS
from tests.helpers.nordic_numbers import make_cpr
from tests.servers.mariadb import mariadb_server
from tests.servers.postgres import fresh_database, postgres_url

__all__ = ["mariadb_server", "postgres_url"]

CPR = make_cpr(datetime.date(1961, 7, 7), 4)
DASHED = f"{CPR[:6]}-{CPR[6:]}"
CONFIG = ScanConfig(workers=1).with_(ner__enabled=False)
LONG = "x " * (MAX_CELL_CHARS // 2 + 10) + f"CPR {DASHED}"


def _read(url: str) -> tuple[dict[str, set[str]], list[str]]:
    """Parts holding the CPR per row location tail, and the error texts."""
    items = list(open_source({"type": "sql", "name": "crm", "url": url}, CONFIG, MemoryState()).items())
    errors = [f"{i.location.rsplit('/', 1)[1]}: {i.source_error}" for i in items if i.source_error]
    found: dict[str, set[str]] = {}
    for r in scan_items(iter(i for i in items if not i.source_error), CONFIG):
        tail = "/".join(r.item.location.rsplit("/", 2)[-2:])
        found[tail] = {f.part or "" for f in r.findings if f.entity_type == "DK_CPR" and f.normalized == CPR}
    return found, errors


def test_a_value_longer_than_the_cell_limit_is_said_to_be_read_in_part_sqlite(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'crm.sqlite3'}"
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        conn.execute(sa.text("CREATE TABLE notes (id int primary key, t text)"))
        conn.execute(sa.text("INSERT INTO notes VALUES (1, :v), (2, :w)"), {"v": LONG, "w": f"CPR {DASHED}"})
    engine.dispose()
    found, errors = _read(url)
    assert found["notes/2"] == {"column:t"}
    assert [e for e in errors if e.startswith("notes!columns") and "read only in part" in e], errors
    assert not any(CPR in e or DASHED in e for e in errors)


@pytest.mark.postgres
def test_long_values_hstore_tsvector_and_materialized_views_are_never_passed_over(postgres_url: str) -> None:
    url = fresh_database(postgres_url, "u_" + uuid.uuid4().hex[:8]).replace("postgresql://", "postgresql+psycopg://")
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        conn.execute(sa.text("CREATE EXTENSION IF NOT EXISTS hstore"))
        conn.execute(sa.text("CREATE TABLE big (id int primary key, t text)"))
        conn.execute(sa.text("INSERT INTO big VALUES (1, :v)"), {"v": LONG})
        conn.execute(sa.text("CREATE TABLE odd (id int primary key, h hstore, tv tsvector, n int, d date)"))
        conn.execute(sa.text("INSERT INTO odd (id, h) VALUES (1, CAST(:v AS hstore))"), {"v": f'"cpr"=>"{DASHED}"'})
        conn.execute(sa.text("INSERT INTO odd (id, tv) VALUES (2, to_tsvector('simple', :v))"), {"v": f"CPR {CPR}"})
        conn.execute(sa.text("INSERT INTO odd (id, n, d) VALUES (3, 7, '2020-01-01')"))
        conn.execute(sa.text("CREATE TABLE base (id int primary key, t text)"))
        conn.execute(sa.text("INSERT INTO base VALUES (1, :v)"), {"v": f"CPR {DASHED}"})
        conn.execute(sa.text("CREATE MATERIALIZED VIEW copy AS SELECT * FROM base"))
        conn.execute(sa.text("DELETE FROM base"))  # erased at the source, still in the copy
    engine.dispose()
    found, errors = _read(url)
    assert [e for e in errors if e.startswith("big!columns") and "read only in part" in e], errors
    assert found["odd/1"] == {"column:h"} and found["odd/2"] == {"column:tv"}
    assert found["odd/3"] == set()
    assert found.get("copy/row0") == {"column:t"}, found


@pytest.mark.postgres
def test_foreign_tables_are_read_and_rows_without_a_key_keep_their_place(postgres_url: str) -> None:
    """A foreign table (file_fdw: rows a file on the server holds) was never listed; a table without a primary
    key numbered its rows in the server's physical order, which an UPDATE changes (the same row got another
    location on the next sweep: stored twice, the first marked removed)."""
    import os
    import tempfile

    folder = tempfile.mkdtemp(prefix="trust5b_fdw_")
    os.chmod(folder, 0o755)
    csv = Path(folder) / "kunder.csv"
    csv.write_text(f"1,CPR {DASHED}\n2,ingen\n", encoding="utf-8")
    os.chmod(csv, 0o644)
    url = fresh_database(postgres_url, "f_" + uuid.uuid4().hex[:8]).replace("postgresql://", "postgresql+psycopg://")
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        conn.execute(sa.text("CREATE EXTENSION IF NOT EXISTS file_fdw"))
        conn.execute(sa.text("CREATE SERVER files FOREIGN DATA WRAPPER file_fdw"))
        conn.execute(
            sa.text(
                f"CREATE FOREIGN TABLE kunder (id int, t text) SERVER files OPTIONS (filename '{csv}', format 'csv')"
            )
        )
        conn.execute(sa.text("CREATE TABLE nokey (t text, j json)"))
        conn.execute(sa.text("INSERT INTO nokey VALUES ('a', '{}'), (:v, '{}'), ('c', '{}')"), {"v": f"CPR {DASHED}"})
    found, errors = _read(url)
    assert found.get("kunder/row0") == {"column:t"}, (found, errors)
    first = {k: v for k, v in found.items() if k.startswith("nokey/")}
    with engine.begin() as conn:
        conn.execute(sa.text("UPDATE nokey SET t = t WHERE t = 'a'"))  # moves the row to the end of the heap
    engine.dispose()
    found, errors = _read(url)
    assert {k: v for k, v in found.items() if k.startswith("nokey/")} == first, (first, found)
    assert [k for k, v in first.items() if v] in (["nokey/row0"], ["nokey/row1"]), first  # by the collation


def test_earlier_versions_in_a_mariadb_system_versioned_table_are_said_not_read(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> None:
    """MariaDB ``WITH SYSTEM VERSIONING`` keeps a deleted row (and every earlier version) where a plain SELECT
    does not see it. Was: the table read empty, no word, an erasure check clean while the history held the CPR.
    Now an error record at ``<table>!history`` counts them (exit 4); a table without versioning gives none."""
    from tests.servers.mariadb import PASSWORD, fresh_mariadb

    host, port = request.getfixturevalue("mariadb_server")
    url = fresh_mariadb(host, port, "h_" + uuid.uuid4().hex[:8])
    engine = sa.create_engine(url.replace("scanner@", f"scanner:{PASSWORD}@"))
    with engine.begin() as conn:
        conn.execute(sa.text("CREATE TABLE hist (id int primary key, t text) WITH SYSTEM VERSIONING"))
        conn.execute(sa.text("INSERT INTO hist VALUES (1, :v)"), {"v": f"CPR {DASHED}"})
        conn.execute(sa.text("DELETE FROM hist"))  # erased in the table, kept in its history
        conn.execute(sa.text("CREATE TABLE plain (id int primary key, t text)"))
        conn.execute(sa.text("INSERT INTO plain VALUES (1, 'x')"))
        conn.execute(sa.text("DELETE FROM plain"))
    engine.dispose()
    monkeypatch.setenv("TRUST5B_MARIADB_PASSWORD", PASSWORD)
    spec = {"type": "sql", "name": "crm", "url": url, "password_env": "TRUST5B_MARIADB_PASSWORD"}
    items = list(open_source(spec, CONFIG, MemoryState()).items())
    errors = {i.location.rsplit("/", 1)[1]: i.source_error for i in items if i.source_error}
    assert "earlier version" in str(errors.get("hist!history")), errors
    assert not any(k.startswith("plain") for k in errors), errors
