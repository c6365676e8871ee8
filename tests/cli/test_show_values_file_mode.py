"""`scan --show-values -o FILE` writes plaintext identifiers (the user asked for them): the file is readable
by its owner only, also when it existed world-readable; without --show-values nothing changes."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")


def _scan(tmp_path: Path, out: Path, *extra: str) -> None:
    doc = tmp_path / "doc.txt"
    doc.write_text("Medarbejder CPR-nr.: 070761-4285\n", encoding="utf-8")
    env = os.environ | {"PII_SCANNER_KEY": "k" * 40}
    run = subprocess.run(
        [sys.executable, "-m", "pii_scanner", "scan", str(doc), "-o", str(out), "--format", "jsonl", *extra],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert run.returncode == 1, run.stderr


def test_a_file_with_values_is_owner_only(tmp_path: Path) -> None:
    out = tmp_path / "fund.jsonl"
    out.write_text("old\n")
    out.chmod(0o644)
    _scan(tmp_path, out, "--show-values")
    assert "070761-4285" in out.read_text(encoding="utf-8")
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


def test_a_masked_file_keeps_its_mode(tmp_path: Path) -> None:
    out = tmp_path / "fund.jsonl"
    out.write_text("old\n")
    out.chmod(0o644)
    _scan(tmp_path, out)
    assert "070761-4285" not in out.read_text(encoding="utf-8")
    assert stat.S_IMODE(out.stat().st_mode) == 0o644
