"""Run ``pii-scanner`` in this process: the same exit code, stdout and stderr as a spawned
command, without its ~0.4 s start-up (CONTRIBUTING.md, "Test suite time").

Use it where the test checks what the verb does, not how the process behaves (signals, closed
streams, start-up environment, a fresh process reading a cache: those stay subprocesses).
Each call gets its own environment (``env`` overrides; ``PII_SCANNER_*`` and HOME put back after)
and leaves no state behind: logging handlers and levels (``configure_logging`` drops pytest's),
warnings filters and ``captureWarnings``, SIGINT/SIGTERM handlers, ``sys.excepthook``.
"""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import warnings
from collections.abc import Iterator, Mapping
from contextlib import contextmanager

from click.testing import CliRunner

_SIGNALS = [s for s in (signal.SIGINT, getattr(signal, "SIGTERM", None), getattr(signal, "SIGPIPE", None)) if s]


@contextmanager
def _process_state_kept() -> Iterator[None]:
    environ = dict(os.environ)
    root = logging.getLogger()
    loggers = {
        name: (lg.level, list(lg.handlers), lg.propagate)
        for name, lg in logging.Logger.manager.loggerDict.items()
        if isinstance(lg, logging.Logger)
    }
    root_state = (root.level, list(root.handlers))
    handlers = {s: signal.getsignal(s) for s in _SIGNALS}
    hook = sys.excepthook
    captured = logging._warnings_showwarning is not None  # type: ignore[attr-defined]
    try:
        with warnings.catch_warnings():
            yield
    finally:
        logging.captureWarnings(captured)
        root.setLevel(root_state[0])
        root.handlers[:] = root_state[1]
        for name, (level, hs, propagate) in loggers.items():
            lg = logging.getLogger(name)
            lg.setLevel(level)
            lg.handlers[:] = hs
            lg.propagate = propagate
        for s, h in handlers.items():
            if h is not None:
                signal.signal(s, h)
        sys.excepthook = hook
        os.environ.clear()
        os.environ.update(environ)


def run_cli(
    *args: str,
    input: bytes | str | None = None,  # as subprocess.run names it
    env: Mapping[str, str | None] | None = None,
    cwd: str | os.PathLike[str] | None = None,
) -> subprocess.CompletedProcess[bytes]:
    """``pii-scanner *args`` in process, returned as ``subprocess.run(..., capture_output=True)`` would.

    ``env`` sets (or, with None, removes) variables for this call only."""
    from pii_scanner.cli.main import main

    with _process_state_kept():
        for name, value in (env or {}).items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        old_cwd = os.getcwd()
        if cwd is not None:
            os.chdir(cwd)
        try:
            # prog_name: messages say "see pii-scanner scan --help", as the command's do (not "main").
            result = CliRunner().invoke(main, list(args), input=input, catch_exceptions=True, prog_name="pii-scanner")
        finally:
            os.chdir(old_cwd)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        # A spawned command would print a traceback and exit 1; here the test should see why.
        raise result.exception
    return subprocess.CompletedProcess(
        ["pii-scanner", *args], result.exit_code, result.stdout_bytes, result.stderr_bytes
    )
