"""A file that starts like an OLE2 compound file but is shorter than one (1536 bytes): olefile takes such
bytes for a file name, so extract-msg tried to open a path made of the file's content and logged that
content (a person's name, masked numbers) on stderr. It is now an error record before any library sees it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CONTENT = b"\xd0\xcf\x11\xe0 CPR 070761-4285 Jens Hansen skriver fra jens.hansen@gmail.com"


@pytest.mark.parametrize("size", [len(CONTENT), 1535])
def test_a_short_ole_lookalike_is_an_error_and_its_content_reaches_no_log(tmp_path: Path, size: int) -> None:
    pytest.importorskip("extract_msg")
    (tmp_path / "besked.msg").write_bytes(CONTENT.ljust(size, b" "))
    proc = subprocess.run(
        [sys.executable, "-m", "pii_scanner", "scan", str(tmp_path / "besked.msg"), "--no-ner", "--format", "jsonl"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=120,
    )
    assert proc.returncode == 4, proc.stderr
    assert "shorter than an OLE file" in proc.stdout
    assert "Hansen" not in proc.stderr and "skriver" not in proc.stderr, proc.stderr
