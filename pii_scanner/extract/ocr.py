"""OCR with Debian's tesseract (through pytesseract), Danish + Swedish + English by default.

Text from OCR is labelled ``ocr`` so the detector applies its OCR-tolerant patterns (split digit
groups, O/0 and l/1 confusions). Each call gets the remaining time of the item's budget as its
timeout. Tesseract's own threads are capped at one: the scan already runs one process per core.
"""

from __future__ import annotations

import functools
import os
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
    import pytesseract

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
    try:
        text: str = pytesseract.image_to_string(image, lang=languages(lim.ocr_languages), timeout=remaining)
    except RuntimeError as exc:  # pytesseract signals its timeout this way
        raise LimitExceeded(f"OCR stopped by the time budget of {ctx.budget.max_seconds:g} s") from exc
    except pytesseract.TesseractError as exc:
        raise ExtractionError(f"OCR failed (tesseract status {exc.status})") from exc
    except pytesseract.TesseractNotFoundError as exc:
        raise ExtractionError("OCR needed but tesseract is not installed") from exc
    return text.strip()
