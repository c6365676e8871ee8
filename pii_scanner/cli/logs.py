"""Events and log lines on stderr: one masked JSON object per line when stderr is not a terminal.

Third-party libraries (exchangelib, httpx, msal, urllib3, dask, PIL, pdfminer...) log through the
standard ``logging`` module; without a handler Python prints their warnings raw on stderr, mailbox
addresses and SOAP dumps included. Every verb therefore routes the root logger and Python warnings
through :func:`emit` (first line only, identifiers and addresses masked, length capped) and keeps
the chatty libraries at WARNING.
"""

from __future__ import annotations

import json
import logging
import os
import sys
import time
from collections.abc import Mapping
from typing import Any

from pii_scanner.core.privacy import scrub_text

# Loggers that log message contents, headers or URLs at INFO/DEBUG: never below WARNING.
QUIET_LOGGERS = (
    "exchangelib",
    "httpx",
    "httpcore",
    "msal",
    "urllib3",
    "requests_oauthlib",
    "distributed",
    "dask",
    "tornado",
    "asyncio",
    "PIL",
    "pdfminer",
    "pypdf",
    "fontTools",
    "matplotlib",
    "openpyxl",
    "extract_msg",
    "olefile",
    "imapclient",
    "sqlalchemy",
    "presidio-analyzer",
    "spacy",
)
MAX_MESSAGE = 300
# Dask worker processes read their logging setup from the environment at import: this routes the
# "distributed" loggers there through the same handler instead of distributed's raw stderr handler.
_DASK_LOGGING = repr(
    {
        "version": 1,
        "disable_existing_loggers": False,
        "handlers": {"masked": {"class": "pii_scanner.cli.logs.MaskedEventHandler"}},
        "loggers": {
            name: {"level": "WARNING", "handlers": ["masked"], "propagate": False}
            for name in ("distributed", "dask", "tornado", "bokeh")
        },
        "root": {"level": "WARNING", "handlers": ["masked"]},  # pdfminer, PIL... inside worker tasks
    }
)


def _masked(value: Any) -> Any:
    if isinstance(value, str):
        return scrub_text(value)
    if isinstance(value, Mapping):
        return {k: _masked(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [_masked(v) for v in value]
    return value


def emit(event: str, **fields: Any) -> None:
    """Write one event: a JSON line (not a terminal) or a short ``event key=value`` line."""
    fields = _masked(fields)
    stream = sys.stderr
    try:
        if stream.isatty():
            extra = " ".join(f"{k}={v}" for k, v in fields.items() if v is not None)
            line = f"{event} {extra}".rstrip()
        else:
            payload = {"ts": round(time.time(), 3), "event": event, **fields}
            line = json.dumps(payload, default=str, ensure_ascii=False)
        stream.write(line + "\n")
        stream.flush()
    except (OSError, ValueError):  # stderr closed (a detached scheduler run): events are best-effort
        pass


class MaskedEventHandler(logging.Handler):
    """A ``logging`` handler that turns each record into one masked ``log`` event."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            text = record.getMessage()
        except Exception:  # a library's bad format string must not break the run
            text = str(record.msg)
        first = text.strip().splitlines()[0] if text.strip() else ""
        more = len(text.strip().splitlines()) > 1
        message = first[:MAX_MESSAGE] + (" ..." if more or len(first) > MAX_MESSAGE else "")
        emit("log", level=record.levelname.lower(), logger=record.name, message=message)


def configure_logging(level: int = logging.WARNING) -> None:
    """Route every logger and Python warning through masked events; idempotent."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if not isinstance(handler, MaskedEventHandler):
            root.removeHandler(handler)
    if not any(isinstance(h, MaskedEventHandler) for h in root.handlers):
        root.addHandler(MaskedEventHandler())
    root.setLevel(level)
    for name in QUIET_LOGGERS:
        lib = logging.getLogger(name)
        lib.setLevel(max(level, logging.WARNING))
        # Libraries such as distributed install their own stderr handlers: only ours may write.
        for handler in list(lib.handlers):
            lib.removeHandler(handler)
        lib.propagate = True
    logging.captureWarnings(True)
    os.environ.setdefault("DASK_LOGGING", _DASK_LOGGING)
