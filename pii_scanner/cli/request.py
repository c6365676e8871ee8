"""``pii-scanner request open|status|extend|close|export``: access request cases (GDPR art. 15).

Deadline: received + 28 days; ``extend`` adds up to two months in total, with a reason.
"""

from __future__ import annotations

import json
import sys
from datetime import date, datetime

import click

from pii_scanner.access import (
    Case,
    request_close,
    request_export,
    request_extend,
    request_open,
    request_status,
)
from pii_scanner.cli.common import handle_errors, log_event, terminate_interrupts
from pii_scanner.cli.output_guard import refuse_overwriting
from pii_scanner.cli.search import db_options, subject_from, subject_options, write_output
from pii_scanner.core.errors import ExitCode


def _day(_ctx: click.Context, _param: click.Parameter, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return datetime.strptime(value, "%Y-%m-%d").date()
    except ValueError:
        raise click.BadParameter("use YYYY-MM-DD") from None


def _show(cases: list[Case], fmt: str) -> None:
    if fmt == "json":
        write_output(json.dumps([c.as_dict() for c in cases], indent=2, ensure_ascii=False).encode() + b"\n", None)
        return
    click.echo(f"{'case':>5}  {'received':10}  {'deadline':10}  {'days':>5}  {'status':8}  subject")
    for c in cases:
        state = "OVERDUE" if c.overdue() else c.status
        ext = " (extended)" if c.extended_to else ""
        click.echo(
            f"{c.id:>5}  {c.received_on}  {c.deadline}  {c.days_left():>5}  {state:8}  "
            f"{', '.join(c.subject.describe())}{ext}"
        )


@click.group("request")
def request() -> None:
    """Access request cases: open, status, extend, close, export (response pack)."""


@request.command("open")
@subject_options
@db_options
@click.option("--received", callback=_day, default=None, help="Date the request was received (default: today).")
@click.option("--reference", default="", help="Your ticket or journal number (no names).")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@handle_errors
def open_(
    cpr: tuple[str, ...],
    personnummer: tuple[str, ...],
    names: tuple[str, ...],
    email: tuple[str, ...],
    phone: tuple[str, ...],
    db: str | None,
    config_path: str | None,
    received: date | None,
    reference: str,
    fmt: str,
) -> None:
    """Open a case for one data subject; prints its number and deadline."""
    case = request_open(
        db,
        subject_from(cpr, personnummer, names, email, phone),
        received=received,
        reference=reference,
        config=config_path,
    )
    _show([case], fmt)


open_.name = "open"


@request.command("status")
@click.argument("case_id", type=int, required=False)
@db_options
@click.option("--all", "include_closed", is_flag=True, help="Closed cases too.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@handle_errors
def status(case_id: int | None, db: str | None, config_path: str | None, include_closed: bool, fmt: str) -> None:
    """Open cases with their deadline; overdue ones marked. Exit 1 when any listed case is overdue."""
    cases = request_status(db, case_id, include_closed=include_closed, config=config_path)
    _show(cases, fmt)
    sys.exit(1 if any(c.overdue() for c in cases) else 0)


@request.command("extend")
@click.argument("case_id", type=int)
@db_options
@click.option("--months", type=click.IntRange(1, 2), required=True, help="Further months (at most 2 in total).")
@click.option("--reason", required=True, help="Why (complexity, number of requests); no names.")
@handle_errors
def extend(case_id: int, db: str | None, config_path: str | None, months: int, reason: str) -> None:
    """Extend the deadline (GDPR art. 12(3)); the reason is recorded."""
    _show([request_extend(db, case_id, months=months, reason=reason, config=config_path)], "text")


@request.command("close")
@click.argument("case_id", type=int)
@db_options
@handle_errors
def close(case_id: int, db: str | None, config_path: str | None) -> None:
    """Mark the case answered."""
    _show([request_close(db, case_id, config=config_path)], "text")


@request.command("export")
@click.argument("case_id", type=int)
@db_options
@click.option("--output", "-o", type=click.Path(), required=True, help="Folder, or a .zip file.")
@click.option("--live", is_flag=True, help="Also scan the configured sources now.")
@handle_errors
@terminate_interrupts
def export(case_id: int, db: str | None, config_path: str | None, output: str, live: bool) -> None:
    """Write the response pack: report.html, data.json (art. 20), excerpts/ (others masked)."""
    refuse_overwriting(output, config=config_path)
    result = request_export(db, case_id, output, live=live, config=config_path, events=log_event)
    log_event(
        "request_exported",
        case=case_id,
        path=str(result.path),
        items=result.items,
        excerpts=result.excerpts,
        unavailable=result.unavailable,
        failed_sources=len(result.failed_sources),
        unreadable=result.unreadable,
        skipped=result.skipped,
    )
    # As search --live: a source or item not searched makes the pack incomplete, and a scheduler must see it.
    if result.partial:
        sys.exit(ExitCode.PARTIAL)
