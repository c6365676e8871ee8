"""Access request cases (GDPR art. 15): received date, deadline, extension, status.

Deadline rule applied: GDPR art. 12(3) says "within one month of receipt"; the firms' policies say
four weeks. We use the stricter, fixed **received + 28 days** (never later than one calendar
month). The deadline may be extended once or twice by **at most two further calendar months in
total** (art. 12(3), "where necessary, taking into account the complexity and number of requests"),
each extension recorded with its reason; the data subject must be told within the first period.
A case is overdue when it is still open after its (extended) deadline.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

import sqlalchemy as sa

from pii_scanner.access.subject import SubjectKey
from pii_scanner.core.errors import ConfigError
from pii_scanner.core.privacy import scrub_operator_text
from pii_scanner.store import Store
from pii_scanner.store.migrations import access_requests as table
from pii_scanner.store.store import as_utc, current_user, now

RESPONSE_DAYS = 28
MAX_EXTENSION_MONTHS = 2


class CaseError(ConfigError):
    """Unknown case, a bad extension, a closed case."""


def add_months(day: date, months: int) -> date:
    """Same day ``months`` later, clamped to the month's end.

    >>> add_months(date(2024, 12, 31), 2)
    datetime.date(2025, 2, 28)
    """
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def due_date(received: date) -> date:
    """
    >>> due_date(date(2024, 1, 31))
    datetime.date(2024, 2, 28)
    """
    return received + timedelta(days=RESPONSE_DAYS)


def latest_extension(received: date) -> date:
    return add_months(due_date(received), MAX_EXTENSION_MONTHS)


@dataclass(slots=True)
class Case:
    id: int
    reference: str
    subject: SubjectKey
    received_on: date
    due_on: date
    extended_to: date | None
    extension_reason: str | None
    status: str
    opened_at: datetime | None
    opened_by: str
    closed_at: datetime | None
    last_export_at: datetime | None

    @property
    def deadline(self) -> date:
        return self.extended_to or self.due_on

    def days_left(self, today: date | None = None) -> int:
        return (self.deadline - (today or date.today())).days

    def overdue(self, today: date | None = None) -> bool:
        return self.status == "open" and self.days_left(today) < 0

    def as_dict(self, today: date | None = None) -> dict[str, Any]:
        return {
            "id": self.id,
            "reference": self.reference,
            "subject_fingerprint": self.subject.fingerprint,
            "subject": self.subject.describe(),
            "received_on": self.received_on.isoformat(),
            "due_on": self.due_on.isoformat(),
            "extended_to": self.extended_to.isoformat() if self.extended_to else None,
            "extension_reason": self.extension_reason,
            "deadline": self.deadline.isoformat(),
            "status": self.status,
            "days_left": self.days_left(today),
            "overdue": self.overdue(today),
            "opened_by": self.opened_by,
            "closed_at": self.closed_at.isoformat() if self.closed_at else None,
            "last_export_at": self.last_export_at.isoformat() if self.last_export_at else None,
        }


def _case(row: Any) -> Case:
    return Case(
        int(row["id"]),
        row["reference"] or "",
        SubjectKey.from_json(row["subject_key"]),
        row["received_on"],
        row["due_on"],
        row["extended_to"],
        row["extension_reason"],
        row["status"],
        as_utc(row["opened_at"]),
        row["opened_by"],
        as_utc(row["closed_at"]),
        as_utc(row["last_export_at"]),
    )


def open_case(
    store: Store, key: SubjectKey, *, received: date | None = None, reference: str = "", actor: str | None = None
) -> Case:
    received = received or date.today()
    if received > date.today():
        raise CaseError("the received date lies in the future")
    who = actor or current_user()
    with store.engine.begin() as conn:
        case_id = int(
            conn.execute(
                table.insert()
                .values(
                    reference=scrub_operator_text(reference)[:100],
                    subject_fp=key.fingerprint,
                    subject_key=key.to_json(),
                    received_on=received,
                    due_on=due_date(received),
                    status="open",
                    opened_at=now(),
                    opened_by=who,
                )
                .returning(table.c.id)
            ).scalar_one()
        )
        store.audit(
            "access_request_opened",
            actor=who,
            subject=key.fingerprint,
            conn=conn,
            case=case_id,
            criteria=key.criteria,
            received_on=received.isoformat(),
            due_on=due_date(received).isoformat(),
        )
    return get_case(store, case_id)


# Case numbers are 64-bit signed integers in the index: a larger one names no case (never an overflow).
_MAX_CASE_ID = 2**63 - 1


def get_case(store: Store, case_id: int) -> Case:
    if not 0 < case_id <= _MAX_CASE_ID:
        raise CaseError(f"no access request case {case_id}")
    with store.engine.connect() as conn:
        row = conn.execute(sa.select(table).where(table.c.id == case_id)).mappings().first()
    if row is None:
        raise CaseError(f"no access request case {case_id}")
    return _case(row)


def list_cases(store: Store, *, include_closed: bool = False) -> list[Case]:
    query = sa.select(table).order_by(table.c.id)
    if not include_closed:
        query = query.where(table.c.status == "open")
    with store.engine.connect() as conn:
        return [_case(r) for r in conn.execute(query).mappings()]


def extend_case(store: Store, case_id: int, *, months: int, reason: str, actor: str | None = None) -> Case:
    """Push the deadline by ``months`` (1 or 2) after the current one; never past due + 2 months.

    A refusal of an existing case's extension is audited (``access_request_extension_refused``, with why), as
    the console audits its other refusals: an attempt to move a closed or overdue case's deadline is on record.
    """
    case = get_case(store, case_id)
    if case.status != "open":
        raise _refused(
            store, case, "access_request_extension_refused", "closed", actor, f"case {case_id} is {case.status}"
        )
    if not reason.strip():
        raise _refused(
            store,
            case,
            "access_request_extension_refused",
            "no_reason",
            actor,
            "an extension needs a reason (GDPR art. 12(3): complexity or number of requests)",
        )
    if not 1 <= months <= MAX_EXTENSION_MONTHS:  # also before the date sum: 99999999 months is past the calendar
        raise _refused(store, case, "access_request_extension_refused", "months", actor, "extend by 1 or 2 months")
    if case.overdue():
        # Art. 12(3): an extension is decided (and the subject told) before the deadline runs out; after
        # it, an extension would only hide the missed deadline from the status list and its exit code.
        raise _refused(
            store,
            case,
            "access_request_extension_refused",
            "overdue",
            actor,
            f"case {case_id} is overdue since {case.deadline.isoformat()}: a deadline can only be extended "
            "before it passes; answer the request now",
        )
    new = add_months(case.deadline, months)
    limit = latest_extension(case.received_on)
    if new > limit:
        raise _refused(
            store,
            case,
            "access_request_extension_refused",
            "limit",
            actor,
            f"the deadline can be extended by at most {MAX_EXTENSION_MONTHS} months in total "
            f"(latest {limit.isoformat()})",
        )
    note = scrub_operator_text(reason.strip())
    previous = f"{case.extension_reason}; " if case.extension_reason else ""
    who = actor or current_user()
    with store.engine.begin() as conn:
        conn.execute(
            table.update().where(table.c.id == case_id).values(extended_to=new, extension_reason=(previous + note))
        )
        store.audit(
            "access_request_extended",
            actor=who,
            subject=case.subject.fingerprint,
            conn=conn,
            case=case_id,
            months=months,
            extended_to=new.isoformat(),
        )  # reason: free text, not audited
    return get_case(store, case_id)


def close_case(store: Store, case_id: int, *, actor: str | None = None) -> Case:
    case = get_case(store, case_id)
    if case.status != "open":  # closing again would move the date the answer was closed on
        raise _refused(store, case, "access_request_close_refused", "closed", actor, f"case {case_id} is {case.status}")
    who = actor or current_user()
    with store.engine.begin() as conn:
        conn.execute(table.update().where(table.c.id == case_id).values(status="closed", closed_at=now()))
        store.audit(
            "access_request_closed",
            actor=who,
            subject=case.subject.fingerprint,
            conn=conn,
            case=case_id,
            overdue=case.overdue(),
        )
    return get_case(store, case_id)


def _refused(store: Store, case: Case, action: str, why: str, actor: str | None, message: str) -> CaseError:
    """Audit a refused change of ``case`` (``why`` a short code) and give the error to raise."""
    store.audit(action, actor=actor or current_user(), subject=case.subject.fingerprint, case=case.id, why=why)
    return CaseError(message)


def mark_exported(store: Store, case_id: int) -> None:
    with store.engine.begin() as conn:
        conn.execute(table.update().where(table.c.id == case_id).values(last_export_at=now()))
