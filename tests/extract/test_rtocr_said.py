"""Red team rtocr: what OCR does not read is said.

Before: with OCR off a picture or a scanned PDF page left no trace in its record (no flag, no reason;
a report could not tell it was not read), and OCR language packs missing were replaced by English
without a word (Danish and Swedish letters misread)."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

import pii_scanner.extract.ocr as ocr
from tests.extract.extract_helpers import CONFIG, scan_file
from tests.extract.extract_makers import make_image, make_scanned_pdf

OFF = CONFIG.with_(limits__ocr=False)


def test_a_picture_not_read_with_ocr_off_is_flagged_skipped_with_the_reason(tmp_path: Path) -> None:
    result = scan_file(make_image(tmp_path / "scan.png"), OFF)[0]
    assert result.error is None and result.findings == []
    assert "skipped" in result.flags
    assert "OCR is off" in str(result.metadata.get("skipped"))


def test_a_scanned_pdf_page_not_read_with_ocr_off_is_flagged_skipped(tmp_path: Path) -> None:
    result = scan_file(make_scanned_pdf(tmp_path / "scan.pdf"), OFF)[0]
    assert result.error is None and "skipped" in result.flags
    assert "1 page" in str(result.metadata.get("skipped"))


def test_a_pdf_with_only_text_is_not_flagged_with_ocr_off(tmp_path: Path) -> None:
    from reportlab.pdfgen import canvas

    path = tmp_path / "text.pdf"
    pdf = canvas.Canvas(str(path))
    pdf.drawString(72, 700, "Referat af mødet i udvalget den 3. marts")
    pdf.showPage()
    pdf.save()
    result = scan_file(path, OFF)[0]
    assert "skipped" not in result.flags


def test_missing_ocr_language_packs_are_said_once(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(ocr, "_installed_languages", lambda: frozenset({"eng", "osd"}))
    monkeypatch.setattr(ocr, "_SAID", set())
    with caplog.at_level(logging.WARNING, logger="pii_scanner.extract.ocr"):
        assert ocr.languages("dan+swe+eng") == "eng"
        assert ocr.languages("dan+swe+eng") == "eng"
    said = [r.getMessage() for r in caplog.records if r.name == "pii_scanner.extract.ocr"]
    assert len(said) == 1 and "dan, swe" in said[0]


def test_installed_languages_are_used_without_a_word(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(ocr, "_installed_languages", lambda: frozenset({"dan", "swe", "eng"}))
    monkeypatch.setattr(ocr, "_SAID", set())
    with caplog.at_level(logging.WARNING, logger="pii_scanner.extract.ocr"):
        assert ocr.languages("dan+swe+eng") == "dan+swe+eng"
    assert not [r for r in caplog.records if r.name == "pii_scanner.extract.ocr"]
