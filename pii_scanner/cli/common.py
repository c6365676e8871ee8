"""Shared CLI plumbing: config loading, logging to stderr, error -> exit code mapping."""

from __future__ import annotations

import contextlib
import functools
import io
import os
import signal
import sys
import traceback
from collections.abc import Callable, Iterator, Sequence
from typing import Any, NoReturn, ParamSpec, TypeVar

import click

from pii_scanner.cli import end_start_up
from pii_scanner.cli.logs import configure_logging, emit
from pii_scanner.core.config import ScanConfig
from pii_scanner.core.errors import ExitCode, PiiScannerError, exit_code_of
from pii_scanner.core.privacy import scrub, scrub_text
from pii_scanner.core.stop_signals import raise_on_signals

F = TypeVar("F", bound=Callable[..., Any])
P = ParamSpec("P")
R = TypeVar("R")

EXIT_OK, EXIT_FOUND, EXIT_ERROR = ExitCode.OK, ExitCode.FOUND, ExitCode.USAGE
EXIT_PARTIAL, EXIT_INTERNAL = ExitCode.PARTIAL, ExitCode.INTERNAL
DEBUG_ENV = "PII_SCANNER_DEBUG"  # set to 1 to get the full traceback of an internal error


def log_event(event: str, **fields: Any) -> None:
    """One JSON line per event on stderr when not on a terminal; a short line otherwise.

    Callers pass counts, locations and masked values only; identifiers and e-mail addresses
    that slip into a field are masked on the way out all the same.
    """
    emit(event, **fields)


def exit_code_for(exc: BaseException) -> int:
    """The one mapping from an exception to a documented exit code (README "Exit codes"): click's errors here,
    the rest in :func:`exit_code_of` (which a sweep's run row uses too)."""
    if isinstance(exc, click.Abort):
        return ExitCode.INTERRUPTED
    if isinstance(exc, click.ClickException):  # bad option, missing argument, unreadable --config...
        return ExitCode.USAGE
    return exit_code_of(exc)


def fail(exc: BaseException) -> NoReturn:
    """Report ``exc`` as one line on stderr (masked) and exit with its code."""
    code = exit_code_for(exc)
    if isinstance(exc, PiiScannerError):
        log_event("error", kind=type(exc).__name__, exit_code=code, message=scrub(str(exc)))
    elif isinstance(exc, OSError) and code == ExitCode.USAGE:
        named = f"{exc.filename}: " if exc.filename else ""
        text = f"{named}{exc.strerror or exc}"
        log_event("error", kind=type(exc).__name__, exit_code=code, message=scrub(text))
    elif isinstance(exc, click.ClickException) and not isinstance(exc, click.exceptions.NoArgsIsHelpError):
        # One line like every other error (click's own is four: usage, hint, blank, error). click repeats
        # the offending value ("'070761-4285' is not a valid size"): masked too.
        ctx = getattr(exc, "ctx", None)
        command = ctx.command_path if ctx is not None else "pii-scanner"
        message = f"{exc.format_message()} (see {command} --help)"
        kind = "UsageError" if isinstance(exc, click.UsageError) else type(exc).__name__
        log_event("error", kind=kind, exit_code=code, message=scrub_text(message))
    elif isinstance(exc, click.ClickException):  # a group without its verb: click shows the group's help
        shown = io.StringIO()
        exc.show(file=shown)
        sys.stderr.write(scrub_text(shown.getvalue()))
    elif code == ExitCode.INTERRUPTED:
        log_event("interrupted", exit_code=code)
    else:
        frame = traceback.extract_tb(exc.__traceback__)[-1:] if exc.__traceback__ else []
        where = f"{frame[0].filename}:{frame[0].lineno}" if frame else None
        log_event(
            "internal_error",
            kind=type(exc).__name__,
            exit_code=code,
            message=(scrub(str(exc)) or "")[:500],
            where=where,
            hint=f"a bug; set {DEBUG_ENV}=1 for the traceback and report it",
        )
        if os.environ.get(DEBUG_ENV) == "1":  # masked as every other line: the messages hold names and values
            sys.stderr.write(scrub_text("".join(traceback.format_exception(exc))))
    sys.exit(code)


def refuse_empty_paths(paths: Sequence[str]) -> None:
    """An empty PATH (an unset variable in a script: ``scan "$DIR"``) is a usage error; read as a path it
    would be the current folder, scanned or swept (and later marked removed) without anyone asking."""
    if any(not path.strip() for path in paths):
        raise click.UsageError("an empty PATH was given (an unset variable?); write . for the current folder")


def handle_errors(func: Callable[P, R]) -> Callable[P, R]:
    """Turn every exception of a verb into a message and its documented exit code, no traceback."""

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            end_start_up()  # from here a signal is this wrapper's (or the verb's) to handle
            configure_logging()
            return func(*args, **kwargs)
        except (SystemExit, click.exceptions.Exit):
            raise
        except click.ClickException:
            raise  # click shows usage errors itself (exit 2)
        except BaseException as exc:
            fail(exc)

    return wrapper


@contextlib.contextmanager
def terminate_is_interrupt() -> Iterator[None]:
    """SIGTERM ends the verb as Ctrl-C does (exit 130, worker processes stopped), not as a silent kill
    that leaves the pool's workers behind."""
    with raise_on_signals([signal.SIGTERM] if hasattr(signal, "SIGTERM") else [], _interrupt):
        yield


def terminate_interrupts(func: Callable[P, R]) -> Callable[P, R]:
    """A verb that runs long in the foreground (live search, erasure check, pack): SIGTERM is Ctrl-C, so it
    ends as ``interrupted`` (exit 130, one line) instead of dying by the signal with nothing said. Goes
    below ``handle_errors``. Not for ``serve`` (uvicorn's own shutdown, exit 143) or ``sweep`` (its own)."""

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        with terminate_is_interrupt():
            return func(*args, **kwargs)

    return wrapper


def _interrupt(signum: int) -> BaseException:
    return KeyboardInterrupt()


def config_option(func: F) -> F:
    return click.option(
        "--config",
        "config_path",
        type=click.Path(dir_okay=False),
        default=None,
        help="TOML configuration file ([scan] section and sources).",
    )(func)


def index_config_option(func: F) -> F:
    """``--config`` for a verb that only opens the index: its [store] db and the key it was swept with."""
    return click.option(
        "--config",
        "config_path",
        type=click.Path(dir_okay=False),
        default=None,
        help="Sweep configuration: its [store] db is the default index, its [scan] key_file the key.",
    )(func)


def build_config(config_path: str | None, **overrides: Any) -> tuple[ScanConfig, dict[str, Any]]:
    if config_path:
        # Imported here: the source kinds' specs are ~0.05 s of every command's start-up otherwise.
        from pii_scanner.sources.registry import load_sweep_config

        config, doc, _specs = load_sweep_config(config_path)  # every [[sources]] table checked by its kind
    else:
        config, doc = ScanConfig(), {}
    changes = {k: v for k, v in overrides.items() if v is not None}
    return (config.with_(**changes) if changes else config), doc
