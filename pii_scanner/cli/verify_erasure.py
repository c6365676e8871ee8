"""``pii-scanner verify-erasure``: scan every configured source again for a data subject.

Exit status: 0 no trace of the subject (possible namesakes listed under ``to_review``), 1 traces
remain (listed), 2 usage or configuration error (an ``-o`` file that cannot be written among them: refused
before anything is checked or recorded), 4 a source could not be scanned or an item in it could not be read,
5 the erasure was recorded in the ledger (``--record``) but the report could not be written (a full disk).
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import click

from pii_scanner.access import verify_erasure as run_verify
from pii_scanner.cli.common import handle_errors, log_event, terminate_interrupts
from pii_scanner.cli.output_guard import refuse_overwriting
from pii_scanner.cli.search import subject_from, subject_options, write_output
from pii_scanner.core.errors import ExitCode
from pii_scanner.core.privacy import scrub


@click.command("verify-erasure")
@subject_options
@click.option(
    "--config",
    "config_path",
    type=click.Path(dir_okay=False, exists=True),
    required=True,
    help="Sweep configuration whose [[sources]] are scanned.",
)
@click.option("--db", default=None, help="Index URL for the audit entry (default: the config's [store] db).")
@click.option("--loose", is_flag=True, help="Also count surname-only name matches as traces.")
@click.option(
    "--output", "-o", type=click.Path(dir_okay=False), default=None, help="JSON report file (default: stdout)."
)
@click.option(
    "--record",
    "record_case",
    default=None,
    metavar="CASE",
    help="When clean, record the erasure (identifier fingerprints, date, CASE) in the erasure ledger: "
    "later sweeps flag a restored copy as restored_after_erasure.",
)
@handle_errors
@terminate_interrupts
def verify_erasure(
    cpr: tuple[str, ...],
    personnummer: tuple[str, ...],
    names: tuple[str, ...],
    email: tuple[str, ...],
    phone: tuple[str, ...],
    config_path: str,
    db: str | None,
    loose: bool,
    output: str | None,
    record_case: str | None,
) -> None:
    """Re-scan the configured sources and report any remaining trace of the data subject."""
    refuse_overwriting(output, config=config_path)
    _refuse_unwritable(output)  # before the check: a report that cannot go there records nothing (exit 2)
    result = run_verify(
        subject_from(cpr, personnummer, names, email, phone),
        config=config_path,
        db=db,
        loose=loose,
        events=log_event,
        record_case=record_case,
    )
    report = json.dumps(result.as_dict(), indent=2, ensure_ascii=False).encode("utf-8") + b"\n"
    try:
        write_output(report, output)
    except OSError as exc:
        if result.ledger_entry is None:
            raise  # nothing recorded: a usage error as before (exit 2)
        # The erasure is recorded (the check was clean): exit 2 would say nothing was done. Like a sweep whose
        # summary mail failed, the work stands and its report did not arrive.
        log_event(
            "error",
            kind=type(exc).__name__,
            exit_code=int(ExitCode.NOTIFY_FAILED),
            message=scrub(f"{output}: {exc.strerror or exc}"),
            ledger_entry=result.ledger_entry,
            status=result.status,
            note="the erasure was recorded in the ledger; its report could not be written",
        )
        sys.exit(ExitCode.NOTIFY_FAILED)
    log_event(
        "erasure_verified",
        status=result.status,
        remaining=len(result.remaining),
        failed_sources=len(result.failed_sources),
        unreadable=result.unreadable,
    )
    sys.exit(result.exit_code)


def _refuse_unwritable(output: str | None) -> None:
    """A usage error when ``output`` cannot be written (a folder missing or read-only, a file not writable),
    checked without touching it. A full disk shows only when writing: see the exit code 5 above."""
    if output is None or output == "-":
        return
    target = Path(output)
    where = target if target.exists() else target.parent
    if not where.exists() or not os.access(where, os.W_OK):
        raise click.UsageError(f"--output {scrub(output)} cannot be written (no such folder, or no permission)")
