"""Command-line interface (click). Library functions do the work; this maps options and errors."""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import time
import types
from pathlib import PurePath


def _running_as_the_command() -> bool:
    # The console script (pii-scanner, pii-scanner.exe) or `python -m pii_scanner`; never a library
    # import (a notebook, pytest): their Ctrl-C and SIGTERM stay theirs.
    argv0 = PurePath(sys.argv[0]) if sys.argv and sys.argv[0] else PurePath()
    return argv0.name.removesuffix(".exe") == "pii-scanner" or argv0.parts[-2:] == ("pii_scanner", "__main__.py")


def _interrupted_while_starting(
    kind: type[BaseException], value: BaseException, tb: types.TracebackType | None
) -> None:
    # A Ctrl-C (or SIGTERM, below) while the modules import, before the verb's error handling runs:
    # one line and exit 130, as later in the run, not a traceback. Nothing is open yet to clean up.
    if issubclass(kind, KeyboardInterrupt):
        try:
            line = f'{{"ts": {round(time.time(), 3)}, "event": "interrupted", "exit_code": 130}}\n'
            os.write(2, line.encode("ascii"))
        finally:
            os._exit(130)
    sys.__excepthook__(kind, value, tb)


def _terminate_is_interrupt(signum: int, frame: types.FrameType | None) -> None:
    if os.getpid() != _PID:  # a worker forked before its own handling: dies by the signal as before
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        os.kill(os.getpid(), signal.SIGTERM)
        return
    raise KeyboardInterrupt


_PID = os.getpid()
if _running_as_the_command():
    sys.excepthook = _interrupted_while_starting
    if hasattr(signal, "SIGTERM") and signal.getsignal(signal.SIGTERM) == signal.SIG_DFL:
        with contextlib.suppress(ValueError):  # not the main thread
            signal.signal(signal.SIGTERM, _terminate_is_interrupt)


def end_start_up() -> None:
    """The verb runs now (its error handling is in place): a SIGTERM before the verb installs its own
    handling (``sweep`` opens the index, checks the sources first) still ends as Ctrl-C does, one
    ``interrupted`` line and exit 130 through ``handle_errors`` (it was a silent 143). ``serve`` gives
    it back to uvicorn (:func:`sigterm_to_default`)."""
    if sys.excepthook is _interrupted_while_starting:
        sys.excepthook = sys.__excepthook__


def sigterm_to_default() -> None:
    """SIGTERM kills by the signal again (``serve``: uvicorn's own shutdown, exit 143)."""
    if hasattr(signal, "SIGTERM") and signal.getsignal(signal.SIGTERM) is _terminate_is_interrupt:
        with contextlib.suppress(ValueError):
            signal.signal(signal.SIGTERM, signal.SIG_DFL)
