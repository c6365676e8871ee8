"""``pii-scanner report minimisation``: what to delete or move, from the index."""

from __future__ import annotations

import sys

import click

from pii_scanner.cli.common import handle_errors, log_event
from pii_scanner.cli.output_guard import refuse_overwriting
from pii_scanner.reports.minimisation import FORMATS
from pii_scanner.reports.minimisation import minimisation as build_minimisation


@click.group("report")
def report() -> None:
    """Reports built from the findings index."""


@report.command("minimisation")
@click.option("--db", default=None, help="Index URL or SQLite path (default: user data dir).")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="html", show_default=True)
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False),
    default=None,
    help="Output file (default: stdout for csv/json, minimisation-report.<fmt> otherwise).",
)
@click.option(
    "--spread-min",
    type=click.IntRange(1),
    default=3,
    show_default=True,
    help="List identifiers found in at least this many files.",
)
@handle_errors
def minimisation(db: str | None, fmt: str, output: str | None, spread_min: int) -> None:
    """Items past retention, personal data on removable/local storage, CPR mail, spread identifiers."""
    if output is None and fmt in ("html", "xlsx"):
        output = f"minimisation-report.{fmt}"
    refuse_overwriting(output)
    result, data = build_minimisation(db, fmt=fmt, output=output, spread_min=spread_min)
    if output is None:
        sys.stdout.buffer.write(data)
    else:
        log_event(
            "report_written", path=output, format=fmt, **{k: v for k, v in result.summary.items() if isinstance(v, int)}
        )
