"""``pii-scanner audit verify``: check that the audit log has not been altered."""

from __future__ import annotations

import json
import sys

import click

from pii_scanner.cli.common import handle_errors, log_event
from pii_scanner.core.errors import ExitCode
from pii_scanner.store import verify_audit


@click.group("audit")
def audit() -> None:
    """The index's append-only, hash-chained audit log."""


@audit.command("verify")
@click.option("--db", default=None, help="Index URL: a SQLite path or postgresql://...")
@handle_errors
def verify(db: str | None) -> None:
    """Check the hash chain. Exit 0: intact; 6: broken (the first bad row is named); 2: no index."""
    report = verify_audit(db)
    sys.stdout.write(json.dumps(report.as_dict()) + "\n")
    if not report.ok:
        log_event("audit_chain_broken", broken_at=report.broken_at, reason=report.reason, rows=report.rows)
        sys.exit(ExitCode.TAMPERED)
    sys.exit(ExitCode.OK)
