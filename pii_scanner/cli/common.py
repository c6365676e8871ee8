"""Shared CLI plumbing: config loading, logging to stderr, error -> exit code mapping."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from typing import Any, TypeVar

import click

from pii_scanner.cli.logs import configure_logging, emit
from pii_scanner.core.config import ScanConfig, load_config
from pii_scanner.core.errors import PiiScannerError

F = TypeVar("F", bound=Callable[..., Any])

EXIT_OK, EXIT_FOUND, EXIT_ERROR = 0, 1, 2


def log_event(event: str, **fields: Any) -> None:
    """One JSON line per event on stderr when not on a terminal; a short line otherwise.

    Callers pass counts, locations and masked values only; identifiers and e-mail addresses
    that slip into a field are masked on the way out all the same.
    """
    emit(event, **fields)


def handle_errors(func: F) -> F:
    """Turn library exceptions into a message and an exit code; no traceback for known errors."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        configure_logging()
        try:
            return func(*args, **kwargs)
        except PiiScannerError as exc:
            log_event("error", kind=type(exc).__name__, message=str(exc))
            sys.exit(exc.exit_code)

    return wrapper  # type: ignore[return-value]


def config_option(func: F) -> F:
    return click.option(
        "--config",
        "config_path",
        type=click.Path(dir_okay=False),
        default=None,
        help="TOML configuration file ([scan] section and sources).",
    )(func)


def build_config(config_path: str | None, **overrides: Any) -> tuple[ScanConfig, dict[str, Any]]:
    if config_path:
        config, doc = load_config(config_path)
    else:
        config, doc = ScanConfig(), {}
    changes = {k: v for k, v in overrides.items() if v is not None}
    return (config.with_(**changes) if changes else config), doc
