"""Ctrl-C or SIGTERM while the command is still importing its modules (its first ~0.5-1 s, before a
verb installs its own handling): one `interrupted` line and exit 130, no traceback (was: a Python
KeyboardInterrupt traceback for Ctrl-C, a silent death by the signal, 143, for SIGTERM)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
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


def test_once_the_verb_runs_a_sigterm_still_ends_it_in_one_line_until_serve_gives_it_back() -> None:
    code = (
        IMPORTING + "import signal, sys; from pii_scanner.cli import end_start_up, sigterm_to_default; end_start_up(); "
        "assert sys.excepthook is sys.__excepthook__ and signal.getsignal(signal.SIGTERM) != signal.SIG_DFL; "
        "sigterm_to_default(); assert signal.getsignal(signal.SIGTERM) == signal.SIG_DFL"
    )
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=60).returncode == 0


def test_sigterm_inside_sweep_before_its_own_handler_is_one_line_and_exit_130(tmp_path: Path) -> None:
    """The ~0.3 s in which ``sweep`` reads its configuration, policy and index before the engine installs its
    handler: a SIGTERM there died by the signal (143, nothing said). A policy file that is a FIFO holds the
    sweep in that window."""
    fifo = tmp_path / "policy.yaml"
    os.mkfifo(fifo)
    data = tmp_path / "data"
    data.mkdir()
    (tmp_path / "c.toml").write_text(
        f'[retention]\npolicy = "{fifo}"\n[[sources]]\nname = "d"\npaths = ["{data}"]\n', encoding="utf-8"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "pii_scanner",
            "sweep",
            "--config",
            str(tmp_path / "c.toml"),
            "--db",
            str(tmp_path / "i.db"),
        ],
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    time.sleep(0.5)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        if _blocked_on_fifo(proc.pid, fifo):
            break
        time.sleep(0.1)
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, (proc.returncode, err)
    lines = err.strip().splitlines()
    assert len(lines) == 1 and json.loads(lines[0])["event"] == "interrupted"


def _blocked_on_fifo(pid: int, fifo: Path) -> bool:
    # Linux: a process in open() of a FIFO without a writer waits in wait_for_partner (its wchan).
    try:
        return Path(f"/proc/{pid}/wchan").read_text(encoding="ascii") == "wait_for_partner"
    except OSError:
        return False
