"""The audit log refuses every way of rewriting it and shows tampering done behind its back."""

from __future__ import annotations

import subprocess

import pytest
import sqlalchemy as sa

from pii_scanner.core.errors import ExitCode
from pii_scanner.store import open_store, verify_audit


def _rows(db_url: str) -> list[tuple[object, ...]]:
    with open_store(db_url) as st, st.engine.connect() as conn:
        return [tuple(r) for r in conn.exec_driver_sql("SELECT id, action, detail, row_hash FROM audit ORDER BY id")]


@pytest.fixture
def audited(db_url: str) -> str:
    with open_store(db_url) as st:
        for i in range(4):
            st.audit("reveal", subject=f"item-{i}", reason="art. 15", n=i)
    return db_url


SQLITE_FORMS = [
    "UPDATE audit SET action = 'x' WHERE id = 2",
    "DELETE FROM audit WHERE id = 2",
    "INSERT OR REPLACE INTO audit (id, at, actor, action) VALUES (2, '2020-01-01', 'eve', 'nothing')",
    "REPLACE INTO audit (id, at, actor, action) VALUES (2, '2020-01-01', 'eve', 'nothing')",
    "INSERT INTO audit (id, at, actor, action) VALUES (2, '2020-01-01', 'eve', 'x') "
    "ON CONFLICT(id) DO UPDATE SET action = excluded.action",
    "UPDATE OR REPLACE audit SET id = 1 WHERE id = 2",
    "INSERT OR IGNORE INTO audit (id, at, actor, action) VALUES (2, '2020-01-01', 'eve', 'x')",
]
PG_FORMS = [
    "UPDATE audit SET action = 'x' WHERE id = 2",
    "DELETE FROM audit WHERE id = 2",
    "TRUNCATE audit",
    "INSERT INTO audit (id, at, actor, action) VALUES (2, now(), 'eve', 'x') "
    "ON CONFLICT (id) DO UPDATE SET action = excluded.action",
    "SET session_replication_role = replica; UPDATE audit SET action = 'x' WHERE id = 2",
    "SET session_replication_role = replica; DELETE FROM audit WHERE id = 2",
]


def test_every_rewriting_statement_is_refused(audited: str) -> None:
    before = _rows(audited)
    assert len(before) == 4
    with open_store(audited) as st:
        forms = PG_FORMS if st.engine.dialect.name == "postgresql" else SQLITE_FORMS
        for stmt in forms:
            with pytest.raises(sa.exc.DBAPIError), st.engine.begin() as conn:
                for part in stmt.split("; "):
                    conn.exec_driver_sql(part)
    assert _rows(audited) == before
    report = verify_audit(audited)
    assert report.ok and report.rows == 4


def _tamper(db_url: str, *stmts: str) -> None:
    """What a database owner can do behind the application's back: lift the protection first."""
    with open_store(db_url) as st, st.engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            for s in (
                "DROP RULE audit_no_update_rule ON audit",
                "DROP RULE audit_no_delete_rule ON audit",
                "DROP TRIGGER audit_no_change ON audit",
            ):
                conn.exec_driver_sql(s)
        else:
            for s in ("audit_no_update", "audit_no_delete", "audit_no_replace"):
                conn.exec_driver_sql(f"DROP TRIGGER {s}")
        for s in stmts:
            conn.exec_driver_sql(s)


@pytest.mark.parametrize(
    ("stmts", "broken_at"),
    [
        (["UPDATE audit SET actor = 'someone else' WHERE id = 3"], 3),
        (["UPDATE audit SET detail = NULL WHERE id = 2"], 2),
        (["DELETE FROM audit WHERE id = 2"], 3),
        (["DELETE FROM audit WHERE id = 1"], 2),
        (["UPDATE audit SET action = 'run_started', subject = NULL WHERE id = 4"], 4),
        (["UPDATE audit SET row_hash = '" + "a" * 64 + "' WHERE id = 4"], 4),
    ],
)
def test_tampering_breaks_the_chain(audited: str, cli: list[str], stmts: list[str], broken_at: int) -> None:
    _tamper(audited, *stmts)
    report = verify_audit(audited)
    assert not report.ok and report.broken_at == broken_at
    run = subprocess.run([*cli, "audit", "verify", "--db", audited], capture_output=True, text=True, timeout=120)
    assert run.returncode == ExitCode.TAMPERED == 6, run.stderr
    assert '"ok": false' in run.stdout


def test_forged_row_appended_without_the_chain(audited: str, cli: list[str]) -> None:
    with open_store(audited) as st, st.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO audit (at, actor, action, prev_hash, row_hash) "
            f"VALUES ('2030-01-01 00:00:00', 'eve', 'reveal', '{'0' * 64}', '{'1' * 64}')"
        )
    assert verify_audit(audited).broken_at == 5


def test_verify_cli_intact_and_missing_index(audited: str, cli: list[str], tmp_path: object) -> None:
    run = subprocess.run([*cli, "audit", "verify", "--db", audited], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert '"ok": true' in run.stdout and '"rows": 4' in run.stdout
    missing = f"{tmp_path}/none/x.sqlite"
    run = subprocess.run([*cli, "audit", "verify", "--db", missing], capture_output=True, text=True, timeout=120)
    assert run.returncode == 2 and "Traceback" not in run.stderr
    assert not (tmp_path / "none").exists()  # type: ignore[operator]


def test_chain_survives_reopen_and_more_rows(audited: str) -> None:
    with open_store(audited) as st:
        st.audit("export", subject="case-1", items=3)
    report = verify_audit(audited)
    assert report.ok and report.rows == 5 and len(report.head) == 64


def test_rows_from_before_the_chain_are_backfilled(db_url: str) -> None:
    """An index written by the previous version (no hashes, migration 8 not applied) gets chained."""
    with open_store(db_url) as st:
        st.audit("run_started", run_id=1)
        st.audit("reveal", subject="x", reason="art. 15")
    _tamper(
        db_url, "UPDATE audit SET prev_hash = NULL, row_hash = NULL", "DELETE FROM schema_migrations WHERE version = 8"
    )
    with open_store(db_url) as st:
        st.audit("export", subject="case-2")
        with pytest.raises(sa.exc.DBAPIError), st.engine.begin() as conn:  # protection is back
            conn.exec_driver_sql("DELETE FROM audit")
    report = verify_audit(db_url)
    assert report.ok and report.rows == 3
