"""Library functions behind ``pii-scanner request open/status/extend/close`` (export: export.py)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pii_scanner.access.cases import Case, close_case, extend_case, get_case, list_cases, open_case
from pii_scanner.access.lookup import SubjectLike, opened, subject_key
from pii_scanner.store import Store


def request_open(
    db: str | Store | None,
    subject: SubjectLike,
    *,
    received: date | None = None,
    reference: str = "",
    config: str | Path | None = None,
    actor: str | None = None,
) -> Case:
    """Open a case: deadline received + 28 days; the subject is kept as fingerprints only."""
    with opened(db, config) as store:
        return open_case(store, subject_key(store, subject), received=received, reference=reference, actor=actor)


def request_status(
    db: str | Store | None,
    case_id: int | None = None,
    *,
    include_closed: bool = False,
    config: str | Path | None = None,
) -> list[Case]:
    """One case, or every open case (with ``include_closed`` all), soonest deadline first."""
    with opened(db, config, create=False) as store:  # a mistyped --db is an error, not a new empty index
        if case_id is not None:
            return [get_case(store, case_id)]
        return sorted(list_cases(store, include_closed=include_closed), key=lambda c: (c.status, c.deadline))


def request_extend(
    db: str | Store | None,
    case_id: int,
    *,
    months: int,
    reason: str,
    config: str | Path | None = None,
    actor: str | None = None,
) -> Case:
    with opened(db, config, create=False) as store:
        return extend_case(store, case_id, months=months, reason=reason, actor=actor)


def request_close(
    db: str | Store | None, case_id: int, *, config: str | Path | None = None, actor: str | None = None
) -> Case:
    with opened(db, config, create=False) as store:
        return close_case(store, case_id, actor=actor)
