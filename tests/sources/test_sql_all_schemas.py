"""PostgreSQL (real server): a sql source without `schemas` reads every schema of the database the role can
see, not only the default one (was: `hr.ansatte` and `sales.kunder` silently unread, the source complete, the
sweep exit 0). The default schema's rows keep their locations (`.../-/table/key`); a schema the role may not
read is an error item naming it (exit 4), never silence; system schemas are not read; `schemas` set reads
only those, as before."""

from __future__ import annotations

import datetime
import uuid

import pytest
import sqlalchemy as sa

from pii_scanner.core.config import ScanConfig
from pii_scanner.core.state import MemoryState
from pii_scanner.pipeline import scan_items
from pii_scanner.sources.registry import open_source
from tests.helpers.nordic_numbers import make_cpr
from tests.servers.postgres import fresh_database, postgres_url

__all__ = ["postgres_url"]

CPR = make_cpr(datetime.date(1961, 7, 7), 4)
DASHED = f"{CPR[:6]}-{CPR[6:]}"
CONFIG = ScanConfig(workers=1).with_(ner__enabled=False)
pytestmark = pytest.mark.postgres


def _read(url: str, **more: object) -> tuple[set[str], list[str]]:
    """Locations (schema/table/key) whose row holds the CPR, and the error items' locations."""
    spec = {"type": "sql", "name": "hr", "url": url, **more}
    items = list(open_source(spec, CONFIG, MemoryState()).items())
    errors = ["/".join(i.location.split("/")[4:]) for i in items if i.source_error]
    found = {
        "/".join(r.item.location.split("/")[4:])
        for r in scan_items(iter(i for i in items if not i.source_error), CONFIG)
        if any(f.entity_type == "DK_CPR" for f in r.findings)
    }
    return found, errors


@pytest.fixture
def database(postgres_url: str) -> str:
    url = fresh_database(postgres_url, "s_" + uuid.uuid4().hex[:8]).replace("postgresql://", "postgresql+psycopg://")
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        conn.execute(sa.text("CREATE TABLE noter (id int primary key, t text)"))
        conn.execute(sa.text("INSERT INTO noter VALUES (1, :v)"), {"v": f"CPR {DASHED}"})
        for schema, table in (("hr", "ansatte"), ("sales", "kunder"), ("Løn 2024", "udbetaling")):
            conn.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
            conn.execute(sa.text(f'CREATE TABLE "{schema}"."{table}" (id int primary key, t text)'))
            conn.execute(sa.text(f'INSERT INTO "{schema}"."{table}" VALUES (7, :v)'), {"v": f"CPR {DASHED}"})
        conn.execute(sa.text("CREATE SCHEMA tom"))  # no tables: nothing to say
    engine.dispose()
    return url


def test_every_schema_is_read_when_none_are_named(database: str) -> None:
    found, errors = _read(database)
    assert found == {"-/noter/1", "hr/ansatte/7", "sales/kunder/7", "L%C3%B8n%202024/udbetaling/7"}, found
    assert errors == [], errors


def test_named_schemas_are_the_only_ones_read(database: str) -> None:
    found, errors = _read(database, schemas=["hr"])
    assert found == {"hr/ansatte/7"} and errors == []


def test_a_schema_the_role_may_not_read_is_an_error_never_silence(database: str) -> None:
    engine = sa.create_engine(database)
    role = "laeser_" + uuid.uuid4().hex[:6]
    with engine.begin() as conn:
        conn.execute(sa.text(f"CREATE ROLE {role} LOGIN"))
        conn.execute(sa.text(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {role}"))
        conn.execute(sa.text(f"GRANT USAGE ON SCHEMA sales TO {role}"))
        conn.execute(sa.text(f"GRANT SELECT ON ALL TABLES IN SCHEMA sales TO {role}"))
    engine.dispose()
    url = sa.make_url(database).set(username=role).render_as_string(hide_password=False)
    found, errors = _read(url)
    assert found == {"-/noter/1", "sales/kunder/7"}, found
    assert {e.split("/")[0] for e in errors} >= {"hr", "L%C3%B8n%202024"}, errors
