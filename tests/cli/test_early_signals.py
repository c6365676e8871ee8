"""Ctrl-C or SIGTERM while the command is still importing its modules (its first ~0.5-1 s, before a
verb installs its own handling): one `interrupted` line and exit 130, no traceback (was: a Python
KeyboardInterrupt traceback for Ctrl-C, a silent death by the signal, 143, for SIGTERM)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

IMPORTING = "import sys; sys.argv[0] = '/usr/bin/pii-scanner'; import pii_scanner.cli; "


@pytest.mark.parametrize(
    "stop",
    [
        "raise KeyboardInterrupt",  # what SIGINT raises anywhere in the imports
        "import os, signal, time; os.kill(os.getpid(), signal.SIGTERM); time.sleep(30)",
    ],
)
def test_a_signal_during_start_up_is_one_line_and_exit_130(stop: str) -> None:
    proc = subprocess.run([sys.executable, "-c", IMPORTING + stop], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 130, (proc.returncode, proc.stderr)
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and json.loads(lines[0])["event"] == "interrupted"


def test_a_library_import_installs_nothing() -> None:
    code = (
        "import signal, sys; import pii_scanner.cli; "
        "assert sys.excepthook is sys.__excepthook__; assert signal.getsignal(signal.SIGTERM) == signal.SIG_DFL"
    )
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=60).returncode == 0


def test_once_the_verb_runs_sigterm_is_its_own_again() -> None:
    code = (
        IMPORTING + "import signal, sys; from pii_scanner.cli import end_start_up; end_start_up(); "
        "assert signal.getsignal(signal.SIGTERM) == signal.SIG_DFL and sys.excepthook is sys.__excepthook__"
    )
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=60).returncode == 0
