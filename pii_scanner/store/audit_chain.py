"""The audit log: append-only by triggers, tamper-evident by a hash chain.

Each row carries ``prev_hash`` (the ``row_hash`` of the row before it, by id; 64 zeros for the
first) and ``row_hash`` = SHA-256 of ``prev_hash`` + the row's canonical content. Changing,
removing, inserting between or reordering rows breaks the chain at that row, which
:func:`verify` reports. The triggers refuse UPDATE, DELETE, TRUNCATE and every form of
replace (SQLite's REPLACE deletes the old row without firing delete triggers, so an insert
with an id already present is refused before it happens).

What it cannot show: someone who can drop the triggers and rewrite the whole table with a
freshly computed chain. Keep the ``head`` that ``pii-scanner audit verify`` prints somewhere
else (a ticket, the DPO's mail) to anchor it.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa

from pii_scanner.store import schema as s

GENESIS = "0" * 64
_MESSAGE = "audit log is append-only"

SQLITE_TRIGGERS = [
    f"CREATE TRIGGER IF NOT EXISTS audit_no_update BEFORE UPDATE ON audit BEGIN SELECT RAISE(ABORT, '{_MESSAGE}'); END",
    f"CREATE TRIGGER IF NOT EXISTS audit_no_delete BEFORE DELETE ON audit BEGIN SELECT RAISE(ABORT, '{_MESSAGE}'); END",
    # INSERT OR REPLACE / REPLACE INTO / upserts on an existing id: refused before the conflict.
    "CREATE TRIGGER IF NOT EXISTS audit_no_replace BEFORE INSERT ON audit "
    "WHEN NEW.id IS NOT NULL AND EXISTS (SELECT 1 FROM audit WHERE id = NEW.id) "
    f"BEGIN SELECT RAISE(ABORT, '{_MESSAGE}'); END",
]
SQLITE_DROP = ["DROP TRIGGER IF EXISTS audit_no_update", "DROP TRIGGER IF EXISTS audit_no_delete"]

PG_TRIGGERS = [
    "CREATE OR REPLACE FUNCTION pii_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS "
    f"$$ BEGIN RAISE EXCEPTION '{_MESSAGE}'; END $$",
    "CREATE OR REPLACE FUNCTION pii_audit_refuse() RETURNS void LANGUAGE plpgsql AS "
    f"$$ BEGIN RAISE EXCEPTION '{_MESSAGE}'; END $$",
    "DROP TRIGGER IF EXISTS audit_no_change ON audit",
    "CREATE TRIGGER audit_no_change BEFORE UPDATE OR DELETE ON audit "
    "FOR EACH ROW EXECUTE FUNCTION pii_audit_append_only()",
    "DROP TRIGGER IF EXISTS audit_no_truncate ON audit",
    "CREATE TRIGGER audit_no_truncate BEFORE TRUNCATE ON audit "
    "FOR EACH STATEMENT EXECUTE FUNCTION pii_audit_append_only()",
    # Rules rewrite the statement itself (upserts' DO UPDATE included); ENABLE ALWAYS keeps rules
    # and triggers working in sessions that set session_replication_role = replica.
    "CREATE OR REPLACE RULE audit_no_update_rule AS ON UPDATE TO audit DO INSTEAD SELECT pii_audit_refuse()",
    "CREATE OR REPLACE RULE audit_no_delete_rule AS ON DELETE TO audit DO INSTEAD SELECT pii_audit_refuse()",
    "ALTER TABLE audit ENABLE ALWAYS TRIGGER audit_no_change",
    "ALTER TABLE audit ENABLE ALWAYS TRIGGER audit_no_truncate",
    "ALTER TABLE audit ENABLE ALWAYS RULE audit_no_update_rule",
    "ALTER TABLE audit ENABLE ALWAYS RULE audit_no_delete_rule",
]
PG_DROP = [
    "DROP RULE IF EXISTS audit_no_update_rule ON audit",
    "DROP RULE IF EXISTS audit_no_delete_rule ON audit",
    "DROP TRIGGER IF EXISTS audit_no_change ON audit",
]


def install_triggers(conn: sa.Connection) -> None:
    for stmt in PG_TRIGGERS if conn.dialect.name == "postgresql" else SQLITE_TRIGGERS:
        conn.exec_driver_sql(stmt)


def _ts(value: Any) -> str:
    if isinstance(value, datetime):
        aware = value if value.tzinfo else value.replace(tzinfo=UTC)
        return aware.astimezone(UTC).isoformat(timespec="microseconds")
    return str(value)


def content(row: dict[str, Any]) -> str:
    """The canonical text of a row's content (what the hash covers)."""
    doc = {
        "at": _ts(row["at"]),
        "actor": row["actor"],
        "action": row["action"],
        "run_id": row["run_id"],
        "subject": row["subject"],
        "detail": row["detail"],
    }
    return json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)


def row_hash(prev_hash: str, row: dict[str, Any]) -> str:
    return hashlib.sha256((prev_hash + "\n" + content(row)).encode("utf-8")).hexdigest()


def _lock_tail(conn: sa.Connection) -> None:
    """Hold the write lock before reading the tail, so two writers cannot both chain onto it."""
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql("SELECT pg_advisory_xact_lock(728106)")
    else:  # a write statement takes SQLite's RESERVED lock; it matches no row, so no trigger fires
        conn.exec_driver_sql("UPDATE audit SET id = id WHERE 0")


def append(conn: sa.Connection, row: dict[str, Any]) -> str:
    """Insert one audit row chained onto the last one; returns its hash."""
    _lock_tail(conn)
    prev = conn.scalar(
        sa.select(s.audit.c.row_hash).where(s.audit.c.row_hash.is_not(None)).order_by(s.audit.c.id.desc()).limit(1)
    )
    # Hash what the database will give back: JSON-normalised detail, microsecond timestamps.
    stored = {**row, "detail": json.loads(json.dumps(row["detail"], default=str)) if row["detail"] else None}
    prev_hash = prev or GENESIS
    digest = row_hash(prev_hash, stored)
    conn.execute(s.audit.insert().values(**stored, prev_hash=prev_hash, row_hash=digest))
    return digest


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    rows: int
    head: str  # the last row's hash: keep it elsewhere to anchor the chain
    broken_at: int | None = None  # id of the first row that does not fit
    reason: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {"ok": self.ok, "rows": self.rows, "head": self.head, "broken_at": self.broken_at, "reason": self.reason}


def verify(conn: sa.Connection) -> ChainReport:
    """Walk the audit log in id order and check every link."""
    prev = GENESIS
    n = 0
    a = s.audit.c
    query = sa.select(a.id, a.at, a.actor, a.action, a.run_id, a.subject, a.detail, a.prev_hash, a.row_hash)
    for rec in conn.execute(query.order_by(a.id)).mappings():
        n += 1
        row = dict(rec)
        if row["prev_hash"] != prev:
            reason = "a row before it was removed, inserted or changed" if row["prev_hash"] else "row has no hash"
            return ChainReport(False, n, prev, int(row["id"]), reason)
        if row_hash(prev, row) != row["row_hash"]:
            return ChainReport(False, n, prev, int(row["id"]), "row content changed")
        prev = row["row_hash"]
    return ChainReport(True, n, prev)


def backfill(conn: sa.Connection) -> None:
    """Chain rows written before the chain existed (triggers are lifted for this one migration)."""
    pg = conn.dialect.name == "postgresql"
    rows = conn.execute(sa.select(s.audit).where(s.audit.c.row_hash.is_(None)).order_by(s.audit.c.id)).mappings()
    pending = [dict(r) for r in rows]
    if not pending:
        return
    for stmt in PG_DROP if pg else SQLITE_DROP:
        conn.exec_driver_sql(stmt)
    prev = GENESIS
    for row in conn.execute(sa.select(s.audit).order_by(s.audit.c.id)).mappings():
        digest = row_hash(prev, dict(row))
        conn.execute(s.audit.update().where(s.audit.c.id == row["id"]).values(prev_hash=prev, row_hash=digest))
        prev = digest
    install_triggers(conn)
