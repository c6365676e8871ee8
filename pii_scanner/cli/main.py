"""The ``pii-scanner`` command: a thin layer; each verb calls one library function."""

from __future__ import annotations

import errno
import importlib
import io
import os
import sys
from gettext import gettext
from typing import Any

import click

from pii_scanner.cli.common import fail
from pii_scanner.cli.logs import configure_logging
from pii_scanner.core import collector

# Verb modules, each exposing a click command (or group) named like the verb, and the first paragraph of
# its help (what `pii-scanner --help` lists without importing every verb; a test keeps them equal).
VERBS: tuple[tuple[str, str, str], ...] = (
    ("pii_scanner.cli.scan", "scan", "Scan PATHS (files, folders, or - for stdin)."),
    (
        "pii_scanner.cli.sweep",
        "sweep",
        "Sweep PATHs and/or the sources of --config into the findings index (incremental).",
    ),
    ("pii_scanner.cli.report", "report", "Reports built from the findings index."),
    (
        "pii_scanner.cli.triage",
        "triage",
        "Mark LOCATION (a path, URI or location key) false-positive, exception, resolved, moved, deleted or open.",
    ),
    ("pii_scanner.cli.schedule", "schedule", "Print (or write) the scheduler definition of a nightly sweep."),
    (
        "pii_scanner.cli.demo",
        "demo",
        "Scan the bundled sample data (offline), write the data-minimisation report, set up the console.",
    ),
    ("pii_scanner.cli.search", "search", "List every item that concerns one data subject, exact matches first."),
    (
        "pii_scanner.cli.request",
        "request",
        "Access request cases: open, status, extend, close, export (response pack).",
    ),
    (
        "pii_scanner.cli.verify_erasure",
        "verify_erasure",
        "Re-scan the configured sources and report any remaining trace of the data subject.",
    ),
    ("pii_scanner.cli.audit", "audit", "The index's append-only, hash-chained audit log."),
    (
        "pii_scanner.cli.serve",
        "serve",
        "Start the web console (dashboard, findings, triage, my findings, access requests).",
    ),
    ("pii_scanner.cli.users", "users", "Console accounts: local sign-in, roles, what each person owns."),
)


class ClosedStream(io.TextIOBase):
    """Stands for a standard stream whose descriptor was closed before we started: any read, write or
    question about it is ``OSError(EBADF)`` naming the stream (exit 2, one line); flushing and closing
    it do nothing (the interpreter flushes at exit)."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name

    def _closed(self, *_args: Any, **_kwargs: Any) -> Any:
        raise OSError(errno.EBADF, f"{self.name} is closed (the command was started with it closed)")

    read = readline = write = writelines = isatty = fileno = _closed

    @property
    def buffer(self) -> Any:
        return self._closed()

    def flush(self) -> None:
        return None

    def close(self) -> None:
        return None


class Diagnostics:
    """Standard error as the scanner uses it: for events and messages only, never for results. Started
    closed (``2>&-``) or full (``2>/dev/full``, a log file on a full disk) it swallows what cannot be
    written, so that a diagnostic that goes nowhere changes no exit code and stops no output."""

    def __init__(self, stream: Any) -> None:
        self._stream = stream
        self._lost = stream is None

    def write(self, text: str) -> int:
        if not self._lost:
            try:
                self._stream.write(text)
            except (OSError, ValueError):
                self._lost = True
        return len(text)

    def writelines(self, lines: Any) -> None:
        for line in lines:
            self.write(line)

    def flush(self) -> None:
        if not self._lost:
            try:
                self._stream.flush()
            except (OSError, ValueError):
                self._lost = True

    def isatty(self) -> bool:
        try:
            return not self._lost and bool(self._stream.isatty())
        except (OSError, ValueError):
            return False

    def close(self) -> None:
        return None

    def __getattr__(self, name: str) -> Any:
        if self._stream is None:
            raise AttributeError(name)
        return getattr(self._stream, name)


def _plug_closed_descriptors() -> None:
    """A standard descriptor closed at start would be handed to the next file opened: an output file or
    the index would then receive whatever a library or a worker writes to "standard error". Each closed
    one is pointed at the null device; the stream objects still say that it was closed."""
    for fd in (0, 1, 2):
        try:
            os.fstat(fd)
        except OSError:
            try:
                null = os.open(os.devnull, os.O_RDWR)
            except OSError:
                continue
            if null != fd:
                os.dup2(null, fd)
                os.close(null)


class _Main(click.Group):
    """The command group; every way out of it goes through the documented exit codes."""

    def main(self, *args: Any, **kwargs: Any) -> Any:
        kwargs["standalone_mode"] = False
        # No collector passes over what start-up builds: `scan` settles once its Processor is built, any
        # other verb as it starts (main() below), and whatever happens the collector is on again at the end.
        # Only for the process's own command line: a caller passing arguments in-process (click's test
        # runner, a program embedding the CLI) keeps its collector as it is, and nothing of it is frozen.
        if not args and kwargs.get("args") is None:
            collector.hold()
        try:
            return self._main(*args, **kwargs)
        finally:
            collector.settle()

    def _main(self, *args: Any, **kwargs: Any) -> Any:
        # A daemon or cron wrapper may start us with a descriptor closed: Python then leaves sys.stdout or
        # sys.stdin None, and the first use was an AttributeError (exit 70, "a bug"). Reading or writing one
        # is now an OSError naming the stream: one line, exit 2.
        _plug_closed_descriptors()
        if sys.stdout is None:
            sys.stdout = ClosedStream("standard output")
        if sys.stdin is None:
            sys.stdin = ClosedStream("standard input")
        if not isinstance(sys.stderr, Diagnostics):
            sys.stderr = Diagnostics(sys.stderr)
        for stream in (sys.stdout, sys.stderr):  # a stray undecodable name must not kill the output
            reconfigure = getattr(stream, "reconfigure", None)
            if reconfigure is not None:
                reconfigure(errors="backslashreplace")
        try:
            returned = super().main(*args, **kwargs)
        except SystemExit:
            raise
        except BrokenPipeError:  # `pii-scanner scan ... | head`: the reader left; not an error of ours
            sys.stderr.close()
            sys.exit(141)
        except BaseException as exc:
            fail(exc)
        sys.exit(returned if isinstance(returned, int) else 0)


class _LazyMain(_Main):
    """Imports a verb's module only when that verb runs: ``scan`` does not pay for the sweep engine's
    Dask, the reports' pandas or the web console at start-up, and ``--help`` lists the verbs from their
    summaries in ``VERBS`` without importing any."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *(name.replace("_", "-") for _, name, _ in VERBS)})

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        # click's own listing asks get_command for each verb, which would import them all (~2 s with pandas);
        # a stand-in command with the verb's first help paragraph gives the same short help
        summaries = {name.replace("_", "-"): summary for _, name, summary in VERBS}
        rows: list[tuple[str, click.Command]] = []
        for name in self.list_commands(ctx):
            summary = summaries.get(name)
            command = self.commands.get(name) if summary is not None else self.get_command(ctx, name)
            if command is None and summary is not None:
                command = click.Command(name, help=summary)
            if command is not None and not command.hidden:
                rows.append((name, command))
        if rows:
            limit = formatter.width - 6 - max(len(name) for name, _ in rows)
            with formatter.section(gettext("Commands")):  # as click words it
                formatter.write_dl([(name, command.get_short_help_str(limit)) for name, command in rows])

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        found = super().get_command(ctx, cmd_name)
        if found is not None:
            return found
        for module, name, _summary in VERBS:
            if name.replace("_", "-") == cmd_name or name == cmd_name:
                command: click.Command = getattr(importlib.import_module(module), name)
                self.add_command(command, cmd_name)
                return command
        return None


@click.group(cls=_LazyMain, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="nordic-pii-scanner")
def main() -> None:
    """Find and classify personal data (CPR, personnummer, names...) in files and mailboxes."""
    if click.get_current_context().invoked_subcommand != "scan":
        collector.settle()  # only a scan's start-up is held until its tables are built (pipeline.scan_items)
    configure_logging()
