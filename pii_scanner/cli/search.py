"""``pii-scanner search``: everything held about one data subject (index, and --live the sources).

The output shows masked values and which criteria matched; the identifiers typed on the command
line are fingerprinted at once and never printed, logged or stored.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from pii_scanner.access import Subject
from pii_scanner.access import search as run_search
from pii_scanner.access.render import FORMATS, render
from pii_scanner.cli.common import handle_errors, log_event, terminate_interrupts
from pii_scanner.cli.output_guard import refuse_overwriting
from pii_scanner.core.errors import ExitCode

F = TypeVar("F", bound=Callable[..., Any])


def subject_options(func: F) -> F:
    """--cpr/--personnummer/--name/--email/--phone (each repeatable) shared by the access verbs."""
    for option in reversed(
        (
            click.option("--cpr", multiple=True, help="CPR number, any written form (repeatable)."),
            click.option("--personnummer", multiple=True, help="Swedish personnummer/samordningsnummer (repeatable)."),
            click.option(
                "--name",
                "names",
                multiple=True,
                help="Full name, e.g. 'Søren Østergaard' or 'Østergaard, Søren' (repeatable: other names).",
            ),
            click.option("--email", multiple=True, help="E-mail address (repeatable)."),
            click.option("--phone", multiple=True, help="Phone number, national or +CC (repeatable)."),
        )
    ):
        func = option(func)
    return func


def db_options(func: F) -> F:
    func = click.option(
        "--config",
        "config_path",
        type=click.Path(dir_okay=False, exists=True),
        default=None,
        help="Sweep configuration (TOML with [[sources]]; its [store] db is the default index).",
    )(func)
    return click.option("--db", default=None, help="Index URL: a SQLite path or postgresql://...")(func)


def subject_from(
    cpr: tuple[str, ...],
    personnummer: tuple[str, ...],
    names: tuple[str, ...],
    email: tuple[str, ...],
    phone: tuple[str, ...],
) -> Subject:
    return Subject.of(cpr=cpr, personnummer=personnummer, name=names, email=email, phone=phone)


def write_output(data: bytes, output: str | None) -> None:
    if output is None:
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    else:
        Path(output).write_bytes(data)


@click.command("search")
@subject_options
@db_options
@click.option("--live", is_flag=True, help="Also scan the configured sources now (the index can be stale).")
@click.option("--loose", is_flag=True, help="Also list surname-only name matches.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="json", show_default=True)
@click.option("--output", "-o", type=click.Path(dir_okay=False), default=None, help="Output file (default: stdout).")
@handle_errors
@terminate_interrupts
def search(
    cpr: tuple[str, ...],
    personnummer: tuple[str, ...],
    names: tuple[str, ...],
    email: tuple[str, ...],
    phone: tuple[str, ...],
    db: str | None,
    config_path: str | None,
    live: bool,
    loose: bool,
    fmt: str,
    output: str | None,
) -> None:
    """List every item that concerns one data subject, exact matches first.

    Exit 0: nothing held; 1: items found; 4: a live source could not be searched, or an item in it
    could not be read or is of a type the configuration skips (the answer may be incomplete).
    """
    refuse_overwriting(output, config=config_path)
    result = run_search(
        db,
        subject_from(cpr, personnummer, names, email, phone),
        live=live,
        config=config_path,
        loose=loose,
        events=log_event,
    )
    write_output(render(result, fmt), output)
    log_event("search_finished", subject=result.subject_fingerprint[:16], live=live, **result.counts)
    if result.failed_sources or result.unreadable or result.skipped or result.names_not_read or result.paths_not_traced:
        sys.exit(ExitCode.PARTIAL)
    sys.exit(ExitCode.FOUND if result.hits else ExitCode.OK)
