"""A small versioned migration runner (no alembic).

Why not alembic: the schema is small, must carry dialect-specific triggers (append-only audit log),
and has to migrate itself silently on ``open_store`` in an installed wheel, without an
``alembic.ini``/script folder to ship and locate. Each migration is a numbered function; the
applied ones are listed in ``schema_migrations``. Migrations run in one transaction (PostgreSQL
also takes an advisory lock so two processes opening a fresh database do not race).

Adding a change: edit ``schema.py`` and append ``(n, "name", fn)`` to MIGRATIONS where ``fn`` adds
what is missing (``add_column_if_missing``), so a database created by an older version catches up.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import sqlalchemy as sa

from pii_scanner.store import accounts, schema

Migration = Callable[[sa.Connection], None]

_SQLITE_AUDIT = [
    "CREATE TRIGGER IF NOT EXISTS audit_no_update BEFORE UPDATE ON audit "
    "BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END",
    "CREATE TRIGGER IF NOT EXISTS audit_no_delete BEFORE DELETE ON audit "
    "BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END",
]
_PG_AUDIT = [
    "CREATE OR REPLACE FUNCTION pii_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS "
    "$$ BEGIN RAISE EXCEPTION 'audit log is append-only'; END $$",
    "DROP TRIGGER IF EXISTS audit_no_change ON audit",
    "CREATE TRIGGER audit_no_change BEFORE UPDATE OR DELETE ON audit "
    "FOR EACH ROW EXECUTE FUNCTION pii_audit_append_only()",
    "DROP TRIGGER IF EXISTS audit_no_truncate ON audit",
    "CREATE TRIGGER audit_no_truncate BEFORE TRUNCATE ON audit "
    "FOR EACH STATEMENT EXECUTE FUNCTION pii_audit_append_only()",
]


def _initial(conn: sa.Connection) -> None:
    tables = [t for t in schema.metadata.sorted_tables if t.name != "schema_migrations"]
    schema.metadata.create_all(conn, tables=tables, checkfirst=True)
    for stmt in _PG_AUDIT if conn.dialect.name == "postgresql" else _SQLITE_AUDIT:
        conn.exec_driver_sql(stmt)


def add_column_if_missing(conn: sa.Connection, table: sa.Table, column: str) -> None:
    """Helper for later migrations: add ``table.c[column]`` unless it is there already."""
    present = {c["name"] for c in sa.inspect(conn).get_columns(table.name)}
    if column in present:
        return
    col = table.c[column]
    ddl = col.type.compile(dialect=conn.dialect)
    conn.exec_driver_sql(f'ALTER TABLE {table.name} ADD COLUMN "{column}" {ddl}')


# --- access requests (issue 6, owned by pii_scanner/access) -------------------------------------
# GDPR art. 15 request cases. The subject is stored as fingerprints only (``subject_key`` JSON).
access_requests = sa.Table(
    "access_requests",
    schema.metadata,
    sa.Column("id", schema.Id, primary_key=True, autoincrement=True),
    sa.Column("reference", sa.String(100), nullable=False, server_default=""),  # ticket number, scrubbed
    sa.Column("subject_fp", sa.String(64), nullable=False),
    sa.Column("subject_key", sa.JSON, nullable=False),  # access.subject.SubjectKey.to_json()
    sa.Column("received_on", sa.Date, nullable=False),
    sa.Column("due_on", sa.Date, nullable=False),  # received + 28 days
    sa.Column("extended_to", sa.Date),  # at most 2 months after due_on (GDPR art. 12(3))
    sa.Column("extension_reason", sa.Text),
    sa.Column("status", sa.String(16), nullable=False),  # open, closed
    sa.Column("opened_at", schema.Ts, nullable=False),
    sa.Column("opened_by", sa.String(255), nullable=False),
    sa.Column("closed_at", schema.Ts),
    sa.Column("last_export_at", schema.Ts),
)
sa.Index("ix_access_requests_subject", access_requests.c.subject_fp)


def _access_requests(conn: sa.Connection) -> None:
    access_requests.create(conn, checkfirst=True)
    for index in access_requests.indexes:
        index.create(conn, checkfirst=True)


# --- end access requests -------------------------------------------------------------------------


def _source_identity(conn: sa.Connection) -> None:
    add_column_if_missing(conn, schema.sources, "identity")
    for index in schema.sources.indexes:
        index.create(conn, checkfirst=True)


MIGRATIONS: list[tuple[int, str, Migration]] = [
    (1, "initial schema, append-only audit trigger", _initial),
    (2, "access request cases (issue 6)", _access_requests),
    (5, "console accounts, owner map, remediation assignments", accounts.create_tables),
    (6, "sources known by the keyed hash of their spec", _source_identity),
]

LATEST = max(version for version, _, _ in MIGRATIONS)


def migrate(engine: sa.Engine) -> list[int]:
    """Bring the database to the latest schema; returns the versions applied now."""
    applied_now: list[int] = []
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.exec_driver_sql("SELECT pg_advisory_xact_lock(728105)")  # serialises migrators
        schema.schema_migrations.create(conn, checkfirst=True)
        done = set(conn.scalars(sa.select(schema.schema_migrations.c.version)))
        for version, name, fn in MIGRATIONS:
            if version in done:
                continue
            fn(conn)
            conn.execute(
                schema.schema_migrations.insert().values(version=version, name=name, applied_at=datetime.now(UTC))
            )
            applied_now.append(version)
    return applied_now
