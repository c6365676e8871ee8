"""OCR leaves nothing in the temp directory: no tess_*.txt (plaintext), no input images."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import threading
import time
from pathlib import Path

import pytest

from tests.extract.extract_makers import make_image, make_scanned_pdf

pytestmark = pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract not installed (./run setup)")


def test_ocr_writes_no_temp_files(cli: list[str], tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    make_image(corpus / "scan.png")
    make_scanned_pdf(corpus / "scanned.pdf")
    tmpdir = tmp_path / "tmp"
    tmpdir.mkdir()
    env = {**os.environ, "TMPDIR": str(tmpdir), "TEMP": str(tmpdir), "TMP": str(tmpdir)}
    seen: set[str] = set()
    done = threading.Event()

    def watch() -> None:  # files that exist only while tesseract runs count too
        while not done.is_set():
            seen.update(p.name for p in tmpdir.rglob("*"))
            time.sleep(0.002)

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    try:
        proc = subprocess.run(
            [*cli, "scan", str(corpus), "--no-ner", "--workers", "1"], capture_output=True, timeout=300, env=env
        )
    finally:
        done.set()
        watcher.join()
    assert proc.returncode == 1, proc.stderr
    assert not [name for name in seen if name.startswith("tess")], sorted(seen)
    findings = [json.loads(line) for line in proc.stdout.splitlines() if b'"finding"' in line]
    assert {f["part"] for f in findings} == {"ocr"} and len(findings) >= 4
    left = sorted(str(p.relative_to(tmpdir)) for p in tmpdir.rglob("*"))
    assert not [name for name in left if "tess" in name or name.endswith((".txt", ".PNG", ".png"))], left
