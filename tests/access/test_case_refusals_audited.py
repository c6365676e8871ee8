"""Hostile (left20, item 3): a refused change of an access-request case is audited as a refusal.

Extending a closed case was refused but left no trace in the audit log (the console audits its other refusals,
e.g. an exclusion on a closed case); so were the other refused extensions (an overdue case's deadline moved after
it passed, past the two-month limit, without a reason). Closing a closed case again moved its closing date and
was audited as a second close: it is refused and audited too.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from click.testing import CliRunner

from pii_scanner.access import Subject, request_close, request_extend, request_open, request_status
from pii_scanner.access.cases import CaseError
from pii_scanner.cli.main import main
from pii_scanner.store import open_store
from tests.access.access_env import SUBJECT_CPR, Indexed


def _refusals(db: str) -> list[dict[str, Any]]:
    with open_store(db) as st:
        rows = st.rows("audit")
        assert st.verify_audit().ok
    return [r for r in rows if r["action"].endswith("_refused")]


def test_extending_a_closed_case_is_refused_and_audited(fresh: Indexed) -> None:
    db = fresh.db
    case = request_open(db, Subject.of(cpr=SUBJECT_CPR), reference="J.nr. 17")
    closed = request_close(db, case.id)
    with pytest.raises(CaseError, match="closed"):
        request_extend(db, case.id, months=1, reason="more systems", actor="mette")
    (refused,) = _refusals(db)
    assert refused["action"] == "access_request_extension_refused" and refused["actor"] == "mette"
    assert refused["detail"] == {"case": case.id, "why": "closed"}
    assert refused["subject"] == case.subject.fingerprint
    assert request_status(db, case.id, include_closed=True)[0].extended_to is None
    assert request_status(db, case.id, include_closed=True)[0].closed_at == closed.closed_at


def test_every_refused_extension_is_audited_with_its_reason(fresh: Indexed) -> None:
    db = fresh.db
    subject = Subject.of(cpr=SUBJECT_CPR)
    late = request_open(db, subject, received=date.today() - timedelta(days=40))
    recent = request_open(db, subject)
    for case_id, months, reason in ((late.id, 1, "many systems"), (recent.id, 1, "  "), (recent.id, 3, "x")):
        with pytest.raises(CaseError):
            request_extend(db, case_id, months=months, reason=reason)
    request_extend(db, recent.id, months=2, reason="backup tapes")
    with pytest.raises(CaseError, match="at most 2 months"):
        request_extend(db, recent.id, months=1, reason="more")
    assert [(r["detail"]["case"], r["detail"]["why"]) for r in _refusals(db)] == [
        (late.id, "overdue"),
        (recent.id, "no_reason"),
        (recent.id, "months"),
        (recent.id, "limit"),
    ]


def test_closing_a_closed_case_again_is_refused_and_keeps_its_date(fresh: Indexed) -> None:
    db = fresh.db
    case = request_open(db, Subject.of(cpr=SUBJECT_CPR))
    first = request_close(db, case.id)
    with pytest.raises(CaseError, match="closed"):
        request_close(db, case.id)
    assert request_status(db, case.id, include_closed=True)[0].closed_at == first.closed_at
    assert [(r["action"], r["detail"]["why"]) for r in _refusals(db)] == [("access_request_close_refused", "closed")]


def test_the_cli_extension_of_a_closed_case_exits_2_and_is_audited(fresh: Indexed) -> None:
    db = fresh.db
    case = request_open(db, Subject.of(cpr=SUBJECT_CPR))
    request_close(db, case.id)
    r = CliRunner().invoke(main, ["request", "extend", str(case.id), "--months", "1", "--reason", "x", "--db", db])
    assert r.exit_code == 2, r.output
    assert [r["action"] for r in _refusals(db)] == ["access_request_extension_refused"]
