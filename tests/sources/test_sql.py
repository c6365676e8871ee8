"""The SQL source against SQLite and a real PostgreSQL server: reflection, include/exclude, row
locations with the column of each finding, read-only sessions, incremental reads, sweeps."""

from __future__ import annotations

import datetime
import json
import uuid
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from pii_scanner.core.config import ScanConfig
from pii_scanner.core.errors import ConfigError
from pii_scanner.core.state import MemoryState
from pii_scanner.pipeline import scan_items
from pii_scanner.sources.registry import open_source
from pii_scanner.sweeps.engine import sweep
from tests.helpers.nordic_numbers import make_cpr, make_personnummer
from tests.servers.mariadb import PASSWORD as MARIADB_PASSWORD
from tests.servers.mariadb import fresh_mariadb, mariadb_server
from tests.servers.postgres import fresh_database, postgres_url

__all__ = ["mariadb_server", "postgres_url"]
MARIADB_ENV = "PII_TEST_MARIADB_PASSWORD"


def _admin(url: str) -> str:
    """The URL with the test password, for the tests' own connections (the source reads it from env)."""
    if url.startswith("mysql"):
        return url.replace("scanner@", f"scanner:{MARIADB_PASSWORD}@", 1)
    return url


CPR = make_cpr(datetime.date(1961, 7, 7), 4)
PNR = make_personnummer(datetime.date(1981, 12, 18), 123)
CONFIG = ScanConfig(workers=1)


def _seed(url: str, schema: str | None = None) -> None:
    engine = sa.create_engine(_admin(url))
    meta = sa.MetaData(schema=schema)
    kunder = sa.Table(
        "kunder",
        meta,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("navn", sa.String(100)),
        sa.Column("note", sa.Text),
        sa.Column("cpr", sa.String(20)),
        sa.Column("opdateret", sa.DateTime),
        sa.Column("beloeb", sa.Integer),
    )
    log = sa.Table("auditlog", meta, sa.Column("id", sa.Integer, primary_key=True), sa.Column("tekst", sa.Text))
    meta.create_all(engine)
    t0 = datetime.datetime(2026, 1, 1, 12, 0)
    with engine.begin() as conn:
        conn.execute(
            kunder.insert(),
            [
                {
                    "id": 1,
                    "navn": "Jens Hansen",
                    "note": "Ring tirsdag",
                    "cpr": f"{CPR[:6]}-{CPR[6:]}",
                    "opdateret": t0,
                },
                {
                    "id": 2,
                    "navn": "Åsa Lindqvist",
                    "note": f"personnummer {PNR[:8]}-{PNR[8:]}",
                    "cpr": None,
                    "opdateret": t0,
                },
                {"id": 3, "navn": "Firma A/S", "note": "Intet", "cpr": None, "opdateret": t0},
            ],
        )
        conn.execute(log.insert(), [{"id": 1, "tekst": f"slettet {CPR}"}])
    engine.dispose()


def _spec(url: str, **extra: Any) -> dict[str, Any]:
    password = {"password_env": MARIADB_ENV} if url.startswith("mysql") else {}
    return {"type": "sql", "name": "crm", "url": url, **password, **extra}


def _source_toml(url: str) -> str:
    password = f'password_env = "{MARIADB_ENV}"\n' if url.startswith("mysql") else ""
    return f'[[sources]]\ntype = "sql"\nname = "crm"\nurl = "{url}"\n{password}'


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres), "mariadb"])
def database(request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'crm.sqlite3'}"
    elif request.param == "mariadb":
        host, port = request.getfixturevalue("mariadb_server")
        url = fresh_mariadb(host, port, "crm_" + uuid.uuid4().hex[:10])
        monkeypatch.setenv(MARIADB_ENV, MARIADB_PASSWORD)
    else:
        server = request.getfixturevalue("postgres_url")
        url = fresh_database(server, "crm_" + uuid.uuid4().hex[:10])
        url = url.replace("postgresql://", "postgresql+psycopg://", 1)
    _seed(url)
    return url


def test_rows_found_with_their_column(database: str) -> None:
    items = list(open_source(_spec(database, exclude=["auditlog"]), CONFIG, MemoryState()).items())
    assert len(items) == 3 and all(i.location.startswith("sql://") for i in items)
    assert {i.location.rsplit("/", 1)[1] for i in items} == {"1", "2", "3"}
    results = list(scan_items(iter(items), CONFIG))
    by_row = {r.item.location.rsplit("/", 1)[1]: r for r in results}
    cpr = [f for f in by_row["1"].findings if f.entity_type == "DK_CPR"]
    assert cpr and cpr[0].normalized == CPR and cpr[0].part == "column:cpr"
    pnr = [f for f in by_row["2"].findings if f.entity_type == "SE_PERSONNUMMER"]
    assert pnr and pnr[0].part == "column:note"
    assert not any(f.entity_type in ("DK_CPR", "SE_PERSONNUMMER") for f in by_row["3"].findings)


def test_include_exclude_and_column_exclusion(database: str) -> None:
    only_log = list(open_source(_spec(database, include=["auditlog"]), CONFIG, MemoryState()).items())
    assert [i.location.split("/")[-2] for i in only_log] == ["auditlog"]
    spec = _spec(database, include=["kunder"], exclude=["kunder.cpr"])
    cells = [json.loads(i.data or b"{}") for i in open_source(spec, CONFIG, MemoryState()).items()]
    assert cells and all("cpr" not in c for c in cells) and any("navn" in c for c in cells)


def test_session_is_read_only(database: str) -> None:
    from pii_scanner.sources.specs import SqlSpec, parse_spec
    from pii_scanner.sources.sql import SqlTarget, read_only_engine

    spec = parse_spec(_spec(database))
    assert isinstance(spec, SqlSpec)
    engine = read_only_engine(SqlTarget.from_spec(spec))
    with pytest.raises(sa.exc.DBAPIError), engine.begin() as conn:
        conn.execute(sa.text("DELETE FROM kunder"))
    engine.dispose()
    check = sa.create_engine(_admin(database))
    with check.connect() as conn:
        assert conn.scalar(sa.text("SELECT count(*) FROM kunder")) == 3
    check.dispose()


def test_incremental_by_updated_column(database: str) -> None:
    state = MemoryState()
    spec = _spec(database, include=["kunder"], updated_at={"kunder": "opdateret"})
    first = list(open_source(spec, CONFIG, state).items())
    assert len(first) == 3
    # The rows at the newest stamp are listed again (a row written later in the same second would be missed
    # otherwise); their change keys are the same, so a sweep skips them.
    again = list(open_source(spec, CONFIG, state).items())
    assert [i.change_key for i in again] == [i.change_key for i in first]
    engine = sa.create_engine(_admin(database))
    with engine.begin() as conn:
        conn.execute(
            sa.text("UPDATE kunder SET note = 'ny note', opdateret = :t WHERE id = 3"),
            {"t": datetime.datetime(2026, 2, 1)},
        )
    engine.dispose()
    keys = {i.location.rsplit("/", 1)[1]: i.change_key for i in again}
    listed = {i.location.rsplit("/", 1)[1]: i.change_key for i in open_source(spec, CONFIG, state).items()}
    assert [k for k in listed if listed[k] != keys[k]] == ["3"]
    assert open_source(spec, CONFIG, state).complete_listing is False


def test_sampling(database: str) -> None:
    spec = _spec(database, include=["kunder"], sample=2)
    source = open_source(spec, CONFIG, MemoryState())
    assert len(list(source.items())) == 2 and source.complete_listing is False


def test_bad_configuration() -> None:
    with pytest.raises(ConfigError):
        open_source({"type": "sql", "name": "x"}, CONFIG, MemoryState())
    with pytest.raises(ConfigError, match="password"):
        open_source({"type": "sql", "name": "x", "url": "postgresql://u:secret@db/x"}, CONFIG, MemoryState())
    with pytest.raises(ConfigError):
        open_source({"type": "sql", "name": "x", "url": "sqlite:///x.db", "sample": "many"}, CONFIG, MemoryState())


def test_unreachable_database_is_a_failed_source(tmp_path: Path) -> None:
    url = "postgresql+psycopg://nobody@127.0.0.1:1/none?connect_timeout=2"
    config = tmp_path / "sweep.toml"
    config.write_text(
        f'[store]\ndb = "{tmp_path / "index.sqlite3"}"\n\n[[sources]]\ntype = "sql"\nname = "crm"\nurl = "{url}"\n',
        encoding="utf-8",
    )
    result = sweep(config_path=config, config=CONFIG, notify=False)
    assert result.failed_sources == ["crm"] and result.exit_code == 4


def test_sweep_and_index_keep_no_plaintext(database: str, tmp_path: Path) -> None:
    from pii_scanner.store import open_store

    index = tmp_path / "index.sqlite3"
    config = tmp_path / "sweep.toml"
    config.write_text(
        f'[store]\ndb = "{index}"\n\n' + _source_toml(database),
        encoding="utf-8",
    )
    first = sweep(config_path=config, config=CONFIG, notify=False)
    assert first.exit_code in (0, 1) and not first.failed_sources
    with open_store(str(index)) as store:
        dump = json.dumps(store.dump(), default=str)
        findings = store.rows("findings")
    assert any(f["part"] == "column:cpr" for f in findings)
    assert CPR not in dump and f"{CPR[:6]}-{CPR[6:]}" not in dump and PNR not in dump
    # A row deleted in the database is removed from the index by the next full sweep.
    engine = sa.create_engine(_admin(database))
    with engine.begin() as conn:
        conn.execute(sa.text("DELETE FROM auditlog"))
    engine.dispose()
    sweep(config_path=config, config=CONFIG, notify=False)
    with open_store(str(index)) as store:
        removed = [r for r in store.rows("items") if "/auditlog/" in r["location"]]
    assert removed and all(r["removed_at"] is not None for r in removed)


def test_access_request_live_search_reads_the_database(database: str, tmp_path: Path) -> None:
    from pii_scanner.access import Subject, search

    config = tmp_path / "sweep.toml"
    config.write_text(
        f'[store]\ndb = "{tmp_path / "index.sqlite3"}"\n\n' + _source_toml(database),
        encoding="utf-8",
    )
    result = search(None, Subject.of(cpr=f"{CPR[:6]}-{CPR[6:]}"), live=True, config=config)
    places = {h.location.split("/")[-2] + "/" + h.location.rsplit("/", 1)[1] for h in result.hits}
    assert {"kunder/1", "auditlog/1"} <= places


NOT_TEXT = b"%PDF-1.4\n" + bytes(range(256)) * 4  # a stored document: binary, not text


def _odd_columns(url: str) -> list[str]:
    """A table with one column of each odd type; row k holds the CPR in column k only, and a last row
    holds binary data that is not text."""
    dashed = f"{CPR[:6]}-{CPR[6:]}"
    if url.startswith("postgresql"):
        columns = {"x": "xml", "a": "text[]", "v": "varchar[]", "b": "bytea"}
        values: dict[str, Any] = {"x": f"<kunde>CPR {dashed}</kunde>", "a": ["x", f"CPR {dashed}"]}
        values |= {"v": [f"CPR {dashed}"], "b": f"CPR {dashed}".encode()}
        cast = {"x": "CAST(:x AS xml)", "v": "CAST(:v AS varchar[])"}
    elif url.startswith("mysql"):
        columns = {"b": "BLOB", "lb": "LONGBLOB", "vb": "VARBINARY(100)", "bn": "BINARY(40)"}
        values = {c: f"CPR {dashed}".encode() for c in columns}
        cast = {}
    else:
        columns, values, cast = {"b": "BLOB", "lb": "BLOB"}, {"b": f"CPR {dashed}".encode(), "lb": b""}, {}
        values["lb"] = f"CPR {dashed}".encode("cp1252") + " Søren".encode("cp1252")
    engine = sa.create_engine(_admin(url))
    with engine.begin() as conn:
        conn.execute(
            sa.text(f"CREATE TABLE odd (id int primary key, {', '.join(f'{c} {t}' for c, t in columns.items())})")
        )
        for n, column in enumerate(columns, 1):
            conn.execute(
                sa.text(f"INSERT INTO odd (id, {column}) VALUES ({n}, {cast.get(column, ':' + column)})"),
                {column: values[column]},
            )
        blob = next(c for c, t in columns.items() if "bytea" in t or "BLOB" in t)
        conn.execute(sa.text(f"INSERT INTO odd (id, {blob}) VALUES (99, :v)"), {"v": NOT_TEXT})
    engine.dispose()
    return list(columns)


def test_xml_array_and_binary_columns_are_read_and_binary_that_is_not_text_is_an_error_record(database: str) -> None:
    columns = _odd_columns(database)
    items = list(open_source(_spec(database, include=["odd"]), CONFIG, MemoryState()).items())
    errors = [i for i in items if i.source_error]
    assert [e.location.rsplit("/", 1)[1] for e in errors] == ["odd!columns"]
    assert "1 binary value(s) in 1 column(s)" in str(errors[0].source_error)
    assert CPR not in str(errors[0].source_error)
    results = list(scan_items(iter(i for i in items if not i.source_error), CONFIG))
    found = {f.part for r in results for f in r.findings if f.entity_type == "DK_CPR" and f.normalized == CPR}
    assert found == {f"column:{c}" for c in columns}


def test_a_binary_value_that_is_not_text_is_recorded_and_a_live_search_is_never_clean(
    database: str, tmp_path: Path
) -> None:
    from pii_scanner.access import Subject, search
    from pii_scanner.store import open_store

    _odd_columns(database)
    index = tmp_path / "index.sqlite3"
    config = tmp_path / "sweep.toml"
    config.write_text(f'[store]\ndb = "{index}"\n\n' + _source_toml(database), encoding="utf-8")
    sweep(config_path=config, config=CONFIG, notify=False)
    with open_store(str(index)) as store:
        errors = [r for r in store.rows("items") if r["location"].endswith("/odd!columns")]
    assert errors and "not text and were not read" in errors[0]["error"]
    result = search(None, Subject.of(cpr=f"{CPR[:6]}-{CPR[6:]}"), live=True, config=config)
    assert result.unreadable >= 1  # search --live and verify-erasure exit 4: not every value was checked
