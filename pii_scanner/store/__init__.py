"""Stage 5: the findings index (SQLite by default, PostgreSQL by URL). See docs/store.md."""

from pii_scanner.store.audit_chain import ChainReport
from pii_scanner.store.engine import default_db_path, normalise_url
from pii_scanner.store.schema import CLOSED_STATUSES, TRIAGE_STATUSES
from pii_scanner.store.state import DbSourceState
from pii_scanner.store.store import (
    VIOLATION_FLAGS,
    KnownItem,
    Store,
    Violation,
    WriteSummary,
    open_store,
    verify_audit,
)

__all__ = [
    "CLOSED_STATUSES",
    "TRIAGE_STATUSES",
    "VIOLATION_FLAGS",
    "ChainReport",
    "DbSourceState",
    "KnownItem",
    "Store",
    "Violation",
    "WriteSummary",
    "default_db_path",
    "normalise_url",
    "open_store",
    "verify_audit",
]
