"""Hostile: SIGTERM (systemd stopping a job, `timeout`, a scheduler's kill) to the long-running access verbs
ends them as Ctrl-C does: exit 130 with one `interrupted` line, no traceback, no ledger entry. They died by
the signal (exit 143, nothing said) where `scan` and `sweep` already gave 130."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pii_scanner.store import open_store

KEY = "access-signals-test-key-0123456789abcdef"


@pytest.fixture
def setup(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    share = tmp_path / "share"
    share.mkdir()
    line = "Kunde Søren Østergaard, CPR 070761-4285, telefon 20 30 40 50, soren@example.dk\n" * 400
    for n in range(400):
        (share / f"f{n:03d}.txt").write_text(line, encoding="utf-8")
    config = tmp_path / "sweep.toml"
    config.write_text(f'[store]\ndb = "{tmp_path / "i.db"}"\n[[sources]]\ntype = "paths"\npaths = ["{share}"]\n')
    env = os.environ | {"PII_SCANNER_KEY": KEY}
    return config, env


@pytest.mark.skipif(not hasattr(signal, "SIGTERM") or os.name != "posix", reason="POSIX signals")
@pytest.mark.parametrize(
    "verb",
    [
        ["verify-erasure", "--cpr", "1409714111", "--record", "SAG-1"],
        ["search", "--live", "--cpr", "0707614285"],
    ],
    ids=["verify-erasure", "search-live"],
)
def test_sigterm_ends_an_access_verb_as_interrupted(setup: tuple[Path, dict[str, str]], verb: list[str]) -> None:
    config, env = setup
    cmd = [sys.executable, "-m", "pii_scanner", *verb, "--config", str(config)]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    time.sleep(4)
    assert proc.poll() is None, "finished before the signal: make the share bigger"
    proc.send_signal(signal.SIGTERM)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, (proc.returncode, err[-500:])
    assert "Traceback" not in err and "070761-4285" not in out + err
    events = [json.loads(line) for line in err.strip().splitlines()]
    assert events and events[-1]["exit_code"] == 130, events[-1:]
    store = open_store(f"sqlite:///{config.parent / 'i.db'}", create=False)
    try:
        assert store.rows("erasure_ledger") == []
    finally:
        store.close()
