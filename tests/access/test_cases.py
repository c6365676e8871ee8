"""Request cases: deadline (received + 28 days), extension with reason (max 2 months), overdue."""

from __future__ import annotations

import json
import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest

from pii_scanner.access import Subject, request_close, request_extend, request_open, request_status
from pii_scanner.access.cases import CaseError, add_months, due_date, latest_extension
from tests.access.access_env import SUBJECT_CPR, Indexed
from tests.helpers.cli_inprocess import run_cli


def test_deadline_rule() -> None:
    assert due_date(date(2024, 3, 1)) == date(2024, 3, 29)
    assert due_date(date(2024, 1, 31)) == date(2024, 2, 28)  # never later than one month
    assert latest_extension(date(2024, 3, 1)) == date(2024, 5, 29)
    assert add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)
    for day in (date(2023, 2, 1), date(2024, 2, 1), date(2024, 12, 15)):
        assert due_date(day) <= add_months(day, 1)


def test_open_extend_overdue_close(fresh: Indexed) -> None:
    db, subject = fresh.db, Subject.of(cpr=SUBJECT_CPR, name="Søren Østergaard")
    received = date.today() - timedelta(days=40)
    case = request_open(db, subject, received=received, reference="J.nr. 17")
    assert case.due_on == received + timedelta(days=28) and case.deadline == case.due_on
    assert case.overdue() and case.days_left() == -12
    recent = request_open(db, subject, reference="J.nr. 18")
    assert not recent.overdue() and recent.days_left() == 28

    with pytest.raises(CaseError, match="reason"):
        request_extend(db, recent.id, months=1, reason="  ")
    # The deadline has passed: extending now would hide it (art. 12(3): extended before it runs out).
    with pytest.raises(CaseError, match="overdue since"):
        request_extend(db, case.id, months=1, reason="many systems to search")
    assert request_status(db, case.id)[0].overdue() and request_status(db, case.id)[0].extended_to is None
    extended = request_extend(db, recent.id, months=1, reason="many systems to search")
    assert extended.extended_to == add_months(extended.due_on, 1) and not extended.overdue()
    extended = request_extend(db, recent.id, months=1, reason="backup tapes")
    assert extended.extended_to == add_months(extended.due_on, 2)
    assert extended.extension_reason == "many systems to search; backup tapes"
    with pytest.raises(CaseError, match="at most 2 months"):
        request_extend(db, recent.id, months=1, reason="more")
    assert extended.overdue(today=extended.extended_to + timedelta(days=1))
    request_close(db, case.id)  # answered late: closed, no longer listed as overdue

    old = request_open(db, subject, received=date.today() - timedelta(days=30))
    listed = request_status(db)
    assert [c.id for c in listed] == sorted(
        [c.id for c in listed], key=lambda i: next(c.deadline for c in listed if c.id == i)
    )
    assert {c.id: c.overdue() for c in listed} == {recent.id: False, old.id: True}
    request_close(db, old.id)
    assert old.id not in [c.id for c in request_status(db)]
    assert not request_status(db, old.id)[0].overdue()  # answered: no longer overdue
    assert old.id in [c.id for c in request_status(db, include_closed=True)]
    with pytest.raises(CaseError):
        request_extend(db, old.id, months=1, reason="x")
    with pytest.raises(CaseError):
        request_open(db, subject, received=date.today() + timedelta(days=1))


def _request(*args: str) -> subprocess.CompletedProcess[str]:
    """``pii-scanner request ...`` in process (tests/helpers/cli_inprocess.py), as text."""
    proc = run_cli("request", *args)
    return subprocess.CompletedProcess(proc.args, proc.returncode, proc.stdout.decode(), proc.stderr.decode())


def test_cli_request_status_exit_code(fresh: Indexed, cli: list[str]) -> None:
    received = (date.today() - timedelta(days=29)).isoformat()
    # The first call is a real process (the verb through the interpreter); the rest run in process.
    opened = subprocess.run(
        [*cli, "request", "open", "--db", fresh.db, "--cpr", SUBJECT_CPR, "--received", received, "--format", "json"],
        capture_output=True,
        text=True,
        check=True,
    )
    case = json.loads(opened.stdout)[0]
    assert case["overdue"] and case["days_left"] == -1 and SUBJECT_CPR not in opened.stdout
    status = _request("status", "--db", fresh.db)
    assert status.returncode == 1 and "OVERDUE" in status.stdout
    ext = _request("extend", str(case["id"]), "--db", fresh.db, "--months", "2", "--reason", "complex")
    # Overdue: the extension is refused (one line, exit 2) and the case stays overdue (exit 1).
    assert ext.returncode == 2 and len(ext.stderr.strip().splitlines()) == 1 and "overdue since" in ext.stderr
    status = _request("status", "--db", fresh.db)
    assert status.returncode == 1 and "OVERDUE" in status.stdout and "extended" not in status.stdout
    on_time = (date.today() - timedelta(days=20)).isoformat()
    opened = _request("open", "--db", fresh.db, "--cpr", SUBJECT_CPR, "--received", on_time, "--format", "json")
    assert opened.returncode == 0, opened.stderr
    new_id = str(json.loads(opened.stdout)[0]["id"])
    ext = _request("extend", new_id, "--db", fresh.db, "--months", "2", "--reason", "complex")
    assert ext.returncode == 0, ext.stderr


@pytest.mark.parametrize(
    "args", [["status"], ["close", "1"], ["extend", "1", "--months", "1", "--reason", "many systems to search"]]
)
def test_case_verbs_on_a_missing_index_say_so_and_create_none(tmp_path: Path, args: list[str]) -> None:
    """Only `request open` makes an index: a mistyped --db must not answer "no open cases" from a new,
    empty one."""
    from click.testing import CliRunner

    from pii_scanner.cli.main import main

    db = tmp_path / "typo.sqlite3"
    result = CliRunner().invoke(main, ["request", args[0], *args[1:], "--db", str(db)])
    assert result.exit_code == 2, result.output
    record = json.loads(result.stderr.strip())
    assert record["kind"] == "IndexMissing" and "no index at" in record["message"]
    assert not db.exists()
