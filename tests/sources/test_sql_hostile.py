"""The SQL source against a real PostgreSQL server under hostile conditions: tables and columns the
account may not read, hostile table and column names, identifiers and addresses as primary keys."""

from __future__ import annotations

import datetime
import uuid
from pathlib import Path

import pytest
import sqlalchemy as sa

from pii_scanner.core.config import ScanConfig
from pii_scanner.store import open_store
from pii_scanner.sweeps.engine import sweep
from tests.helpers.nordic_numbers import make_cpr
from tests.servers.postgres import fresh_database, postgres_url

__all__ = ["postgres_url"]

CPR = make_cpr(datetime.date(1961, 7, 7), 4)
OTHER = make_cpr(datetime.date(1975, 5, 17), 21)
CONFIG = ScanConfig(workers=1)


def _reader_url(server: str, tmp: str) -> tuple[str, str]:
    db = fresh_database(server, "h_" + tmp)
    engine = sa.create_engine(db.replace("postgresql://", "postgresql+psycopg://", 1))
    role = "reader_" + tmp
    with engine.begin() as conn:
        conn.execute(sa.text("CREATE TABLE a_open (id int primary key, note text)"))
        conn.execute(sa.text(f"INSERT INTO a_open VALUES (1, 'cpr {CPR}')"))
        conn.execute(sa.text("CREATE TABLE b_column (id int primary key, note text, hemmelig text)"))
        conn.execute(sa.text(f"INSERT INTO b_column VALUES (1, 'cpr {OTHER}', 'x')"))
        conn.execute(sa.text("CREATE TABLE c_closed (id int primary key, note text)"))
        conn.execute(sa.text(f"INSERT INTO c_closed VALUES (1, 'cpr {CPR}')"))
        conn.execute(sa.text("CREATE TABLE d_after (id int primary key, note text)"))
        conn.execute(sa.text(f"INSERT INTO d_after VALUES (1, 'cpr {OTHER}')"))
        conn.execute(sa.text(f"CREATE ROLE {role} LOGIN"))
        conn.execute(sa.text(f"GRANT SELECT ON a_open, d_after TO {role}"))
        conn.execute(sa.text(f"GRANT SELECT (id, note) ON b_column TO {role}"))
    engine.dispose()
    return db.replace("postgresql://pii@", f"postgresql+psycopg://{role}@", 1), db


@pytest.mark.postgres
def test_a_table_or_column_the_account_may_not_read_stops_nothing_and_removes_nothing(
    postgres_url: str, tmp_path: Path
) -> None:
    url, admin = _reader_url(postgres_url, uuid.uuid4().hex[:8])
    index = tmp_path / "index.sqlite3"
    config = tmp_path / "sweep.toml"
    config.write_text(f'[store]\ndb = "{index}"\n[[sources]]\ntype = "sql"\nname = "crm"\nurl = "{url}"\n')
    first = sweep(config_path=config, config=CONFIG, notify=False)
    # The closed table is an error record with an incomplete listing: the source reports failure
    # (exit 4) but every table it may read was read, the one after the closed table included.
    assert first.exit_code == 4 and first.failed_sources == ["crm"]
    with open_store(str(index)) as store:
        items = {
            r["location"].rsplit("/", 2)[-2] + "/" + r["location"].rsplit("/", 1)[-1]: r for r in store.rows("items")
        }
    assert items["a_open/1"]["findings_count"] == 1 and items["d_after/1"]["findings_count"] == 1
    assert items["b_column/1"]["findings_count"] == 1  # read without the column it may not read
    assert items["-/b_column!columns"]["error"] and "1 text column" in items["-/b_column!columns"]["error"]
    assert items["-/c_closed"]["error"] and "InsufficientPrivilege" in items["-/c_closed"]["error"]
    # Access to a table taken away after a sweep: its rows are kept, never marked removed.
    engine = sa.create_engine(admin.replace("postgresql://", "postgresql+psycopg://", 1))
    role = url.split("://", 1)[1].split("@", 1)[0]
    with engine.begin() as conn:
        conn.execute(sa.text(f"REVOKE SELECT ON d_after FROM {role}"))
    engine.dispose()
    again = sweep(config_path=config, config=CONFIG, notify=False)
    assert again.exit_code == 4
    with open_store(str(index)) as store:
        kept = [r for r in store.rows("items") if r["location"].endswith("/d_after/1")]
    assert kept and kept[0]["removed_at"] is None


def test_identifiers_and_addresses_as_primary_keys_leave_no_plaintext_in_the_index(tmp_path: Path) -> None:
    crm = tmp_path / "crm.sqlite3"
    engine = sa.create_engine(f"sqlite:///{crm}")
    with engine.begin() as conn:
        conn.execute(sa.text("CREATE TABLE borgere (cpr text primary key, note text)"))
        conn.execute(sa.text(f"INSERT INTO borgere VALUES ('{CPR}', 'ring')"))
        conn.execute(sa.text('CREATE TABLE "kunder; DROP TABLE borgere" (email text primary key, note text)'))
        conn.execute(sa.text("INSERT INTO \"kunder; DROP TABLE borgere\" VALUES ('jens.hansen@example.dk', 'hej')"))
    engine.dispose()
    index = tmp_path / "index.sqlite3"
    config = tmp_path / "sweep.toml"
    config.write_text(f'[store]\ndb = "{index}"\n[[sources]]\ntype = "sql"\nname = "crm"\nurl = "sqlite:///{crm}"\n')
    assert sweep(config_path=config, config=CONFIG, notify=False).exit_code in (0, 1)
    with open_store(str(index)) as store:
        locations = [r["location"] for r in store.rows("items")]
    assert len(locations) == 2  # the hostile table name is read as a name, never run
    dump = index.read_bytes()
    assert CPR.encode() not in dump
    assert b"jens.hansen" not in dump
