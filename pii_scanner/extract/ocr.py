"""OCR with Debian's tesseract (through pytesseract), Danish + Swedish + English by default.

Text from OCR is labelled ``ocr`` so the detector applies its OCR-tolerant patterns (split digit
groups, O/0 and l/1 confusions). Each call gets the remaining time of the item's budget as its
timeout. Tesseract's own threads are capped at one: the scan already runs one process per core.

The image goes to tesseract on stdin and the text comes back on stdout: pytesseract's own calls
write ``tess_*_input.PNG`` and ``tess_*.txt`` (plaintext) into TMPDIR and leave them behind when the
process is killed, so nothing of the document ever touches the disk here.
"""

from __future__ import annotations

import functools
import io
import os
import subprocess
import sys
from typing import Any

from pii_scanner.core.errors import ExtractionError, LimitExceeded
from pii_scanner.extract.context import ExtractContext

os.environ.setdefault("OMP_THREAD_LIMIT", "1")

# Below this many pixels on the short side text is too small to read; such images are icons.
MIN_SIDE = 24
# Scans are usually 200-300 dpi; small text renders below tesseract's sweet spot (~30 px capitals).
UPSCALE_BELOW = 900


@functools.lru_cache(maxsize=1)
def _installed_languages() -> frozenset[str]:
    import pytesseract

    try:
        return frozenset(pytesseract.get_languages(config=""))
    except Exception:  # tesseract missing or broken: reported when OCR is attempted
        return frozenset()


def languages(wanted: str) -> str:
    """The wanted languages that are installed (``dan+swe+eng``); raise when tesseract is missing."""
    have = _installed_languages()
    if not have:
        raise ExtractionError("OCR needed but tesseract is not installed")
    chosen = [lang for lang in wanted.split("+") if lang in have]
    return "+".join(chosen) or "eng"


def ocr_image(image: Any, ctx: ExtractContext) -> str:
    """Text of one PIL image; errors and timeouts become ExtractionError / LimitExceeded."""
    lim = ctx.config.limits
    width, height = image.size
    if min(width, height) < MIN_SIDE:
        return ""
    if image.mode not in ("L", "1"):
        image = image.convert("L")
    if max(width, height) < UPSCALE_BELOW:
        image = image.resize((width * 2, height * 2))
    remaining = ctx.budget.max_seconds - ctx.budget.elapsed()
    if remaining <= 1:
        raise LimitExceeded(f"time budget of {ctx.budget.max_seconds:g} s exceeded before OCR")
    buf = io.BytesIO()
    image.save(buf, format="PNG")
    return _tesseract(buf.getvalue(), languages(lim.ocr_languages), remaining, ctx.budget.max_seconds)


def _tesseract(png: bytes, lang: str, timeout: float, budget: float) -> str:
    """Run tesseract stdin -> stdout (no files); errors become ExtractionError / LimitExceeded."""
    import pytesseract

    cmd = [pytesseract.pytesseract.tesseract_cmd, "stdin", "stdout", "-l", lang]
    flags = getattr(subprocess, "CREATE_NO_WINDOW", 0) if sys.platform == "win32" else 0
    try:
        proc = subprocess.run(cmd, input=png, capture_output=True, timeout=timeout, check=False, creationflags=flags)
    except subprocess.TimeoutExpired as exc:
        raise LimitExceeded(f"OCR stopped by the time budget of {budget:g} s") from exc
    except FileNotFoundError as exc:
        raise ExtractionError("OCR needed but tesseract is not installed") from exc
    except OSError as exc:
        raise ExtractionError(f"OCR could not start tesseract ({exc.strerror})") from exc
    if proc.returncode != 0:
        raise ExtractionError(f"OCR failed (tesseract status {proc.returncode})")
    return proc.stdout.decode("utf-8", "replace").strip()
