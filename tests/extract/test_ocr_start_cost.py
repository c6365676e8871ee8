"""What a process pays to start reading images: the tesseract command is asked directly, so neither
pytesseract nor what it imports (numpy, pandas: ~0.26 s of CPU) is loaded by a scan that meets an image."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pii_scanner.extract import ocr

ROOT = Path(__file__).resolve().parents[2]
needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract not installed (./run setup)")

_PROBE = """
import sys
from pathlib import Path
from tests.extract.extract_helpers import scan_file
from tests.extract.extract_makers import CPR_NORM, make_image

results = scan_file(make_image(Path(sys.argv[1]) / "scan.png"))
assert any(f.normalized == CPR_NORM and f.part == "ocr" for f in results[0].findings), results[0].findings
print(",".join(sorted(m for m in ("pytesseract", "numpy", "pandas") if m in sys.modules)))
"""


@needs_tesseract
def test_reading_an_image_imports_neither_pytesseract_nor_numpy_nor_pandas(tmp_path: Path) -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, str(tmp_path)], cwd=ROOT, env=env, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == ""


@needs_tesseract
def test_installed_languages_are_the_ones_the_command_lists() -> None:
    ocr._installed_languages.cache_clear()
    have = ocr._installed_languages()
    listed = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True, check=False)
    names = {line.strip() for line in (listed.stdout + listed.stderr).splitlines()[1:] if line.strip()}
    assert have == frozenset(names)
    assert {"dan", "swe", "eng"} <= have
    assert ocr.languages("dan+swe+eng") == "dan+swe+eng"
    assert ocr.languages("xyz+eng") == "eng"


def test_a_missing_command_means_no_languages_and_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ocr, "TESSERACT", "/nonexistent/tesseract-for-this-test")
    ocr._installed_languages.cache_clear()
    try:
        assert ocr._installed_languages() == frozenset()
        with pytest.raises(ocr.ExtractionError, match="tesseract is not installed"):
            ocr.languages("dan+swe+eng")
    finally:
        ocr._installed_languages.cache_clear()
