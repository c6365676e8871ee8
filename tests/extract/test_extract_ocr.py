"""OCR with tesseract (dan+swe+eng): pictures and scanned PDF pages, text labelled "ocr"."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.extract.extract_helpers import CONFIG, found, scan_file
from tests.extract.extract_makers import CPR_NORM, PNR_NORM, make_image, make_multipage_tiff, make_scanned_pdf

pytestmark = pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract not installed (./run setup)")


@pytest.mark.parametrize(("name", "fmt"), [("scan.png", "PNG"), ("photo.jpg", "JPEG"), ("fax.tif", "TIFF")])
def test_picture_ocr(tmp_path: Path, name: str, fmt: str) -> None:
    results = scan_file(make_image(tmp_path / name, fmt=fmt))
    assert results[0].error is None
    got = found(results)
    assert ("DK_CPR", CPR_NORM, "ocr") in got
    assert ("SE_PERSONNUMMER", PNR_NORM, "ocr") in got


def test_spaced_ocr_form_is_found(tmp_path: Path) -> None:
    """Digits split by OCR ("0707 61-4285") are still a CPR in text labelled ocr."""
    results = scan_file(make_image(tmp_path / "spaced.png", ["Kunde: Jens Hansen", "CPR 0707 61-4285"]))
    cprs = [f for f in results[0].findings if f.entity_type == "DK_CPR"]
    assert cprs and cprs[0].normalized == CPR_NORM and cprs[0].part == "ocr"
    assert " " in cprs[0].value.strip()


def test_multipage_tiff_reads_every_page(tmp_path: Path) -> None:
    results = scan_file(make_multipage_tiff(tmp_path / "pages.tiff"))
    assert results[0].metadata["ocr_pages"] == 2
    assert ("DK_CPR", CPR_NORM, "ocr") in found(results)


def test_scanned_pdf_page_is_ocrd(tmp_path: Path) -> None:
    results = scan_file(make_scanned_pdf(tmp_path / "scanned.pdf"))
    assert results[0].mime == "application/pdf"
    assert results[0].metadata["ocr_pages"] == 1
    assert ("DK_CPR", CPR_NORM, "ocr") in found(results)
    assert ("SE_PERSONNUMMER", PNR_NORM, "ocr") in found(results)


def test_ocr_can_be_switched_off(tmp_path: Path) -> None:
    config = CONFIG.with_(limits__ocr=False)
    results = scan_file(make_image(tmp_path / "scan.png"), config)
    assert results[0].findings == [] and results[0].error is None


def _huge_page_pdf(path: Path, corners: bool = False) -> Path:
    """A page of the PDF maximum (14400 x 14400 pt) holding a small picture of a CPR, no text layer."""
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.pdfgen import canvas

    picture = Image.new("L", (600, 100), 255)
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 36)
    ImageDraw.Draw(picture).text((10, 30), "CPR 070761-4285", fill=0, font=font)
    picture.save(path.with_suffix(".png"))
    pdf = canvas.Canvas(str(path), pagesize=(14400, 14400))
    pdf.drawImage(str(path.with_suffix(".png")), 100, 14000, 600, 100)
    if corners:  # pictures in opposite corners: their union is the whole page
        pdf.drawImage(str(path.with_suffix(".png")), 13700, 100, 600, 100)
    pdf.showPage()
    pdf.save()
    return path


@pytest.mark.skipif(not Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf").exists(), reason="DejaVu font")
def test_a_huge_page_is_rendered_bounded_and_its_picture_read(tmp_path: Path) -> None:
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    from pii_scanner.extract.pdf import MAX_OCR_PIXELS, _render_for_ocr

    results = scan_file(_huge_page_pdf(tmp_path / "huge.pdf"))
    assert results[0].error is None and results[0].metadata["ocr_pages"] == 1
    assert ("DK_CPR", CPR_NORM, "ocr") in found(results)
    for corners in (False, True):
        doc = pdfium.PdfDocument(str(_huge_page_pdf(tmp_path / f"c{corners}.pdf", corners)))
        bitmap = _render_for_ocr(doc[0], raw, 200)
        assert 0 < bitmap.width * bitmap.height <= MAX_OCR_PIXELS
        doc.close()
