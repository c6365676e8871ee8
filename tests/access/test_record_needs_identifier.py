"""Hostile: `verify-erasure --record CASE` by name alone was "clean" (exit 0) and wrote no ledger entry,
saying nothing: later restores could never be flagged. The ledger needs an identifier; asked for by name
only, it is one line and exit 2 before anything is scanned."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

KEY = "record-needs-identifier-key-0123456789abc"


def test_record_by_name_alone_is_refused_before_the_scan(tmp_path: Path) -> None:
    share = tmp_path / "share"
    share.mkdir()
    (share / "a.txt").write_text("Intet her.\n", encoding="utf-8")
    config = tmp_path / "sweep.toml"
    config.write_text(f'[store]\ndb = "{tmp_path / "i.db"}"\n[[sources]]\ntype = "paths"\npaths = ["{share}"]\n')
    env = os.environ | {"PII_SCANNER_KEY": KEY}
    cmd = [sys.executable, "-m", "pii_scanner", "verify-erasure", "--config", str(config), "--name", "Mette Kjærgaard"]
    proc = subprocess.run([*cmd, "--record", "SAG-9"], capture_output=True, text=True, env=env)
    assert proc.returncode == 2, (proc.returncode, proc.stderr)
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "needs an identifier" in lines[0] and "Traceback" not in proc.stderr
    assert "Kjærgaard" not in proc.stdout + proc.stderr
    # Without --record a name-only check still runs (clean: exit 0).
    assert subprocess.run(cmd, capture_output=True, text=True, env=env).returncode == 0
