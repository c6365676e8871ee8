"""Red team rtocr: the text a reader sees on a PDF page is read whatever way it is drawn.

Before these fixes each page below gave no finding and exit 0: a typed heading (20+ characters) above a
pasted scan (the scan was never OCR'd), text converted to outlines (no text layer, no picture), a scan
wrapped three form XObjects deep (not seen as a picture). A searchable scan (invisible OCR text over the
picture) is still read from its text layer only, and a logo on every page is OCR'd once."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from tests.extract.extract_helpers import found, scan_file
from tests.extract.extract_makers import CPR_NORM, FONT

pytestmark = pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract not installed (./run setup)")

LINES = ["Kunde: Jens Hansen", "CPR 070761-4285"]


def _picture(lines: list[str] = LINES, size: tuple[int, int] = (900, 200)) -> Any:
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype(FONT, 36)
    img = Image.new("L", size, 255)
    draw = ImageDraw.Draw(img)
    for n, line in enumerate(lines):
        draw.text((20, 20 + 60 * n), line, fill=0, font=font)
    return img


def test_a_scan_pasted_below_a_typed_heading_is_ocrd(tmp_path: Path) -> None:
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    path = tmp_path / "bilag.pdf"
    pdf = canvas.Canvas(str(path))
    pdf.drawString(72, 780, "Bilag 3: scannet kopi af sundhedskort, modtaget 3. marts")
    pdf.drawImage(ImageReader(_picture()), 72, 500, width=450, height=100)
    pdf.showPage()
    pdf.save()
    results = scan_file(path)
    assert results[0].error is None
    assert ("DK_CPR", CPR_NORM, "ocr") in found(results)


def test_a_searchable_scan_is_read_from_its_text_layer_not_ocrd_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    import pii_scanner.extract.pdf as pdf_module

    path = tmp_path / "searchable.pdf"
    pdf = canvas.Canvas(str(path))
    pdf.drawImage(ImageReader(_picture(size=(1700, 2200))), 0, 0, width=612, height=792)
    text = pdf.beginText()
    text.setTextRenderMode(3)  # invisible: the scanner's OCR layer
    text.setTextOrigin(40, 760)
    for line in LINES:
        text.textLine(line)
    pdf.drawText(text)
    pdf.showPage()
    pdf.save()
    calls: list[int] = []
    monkeypatch.setattr(pdf_module, "ocr_image", lambda image, ctx: calls.append(1) or "")
    results = scan_file(path)
    assert ("DK_CPR", CPR_NORM, "body") in found(results)
    assert calls == []


def test_a_logo_on_every_page_is_ocrd_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    import pii_scanner.extract.pdf as pdf_module

    path = tmp_path / "report.pdf"
    pdf = canvas.Canvas(str(path))
    logo = ImageReader(_picture(["Kommune"], size=(400, 100)))
    for page in range(4):
        pdf.drawImage(logo, 400, 760, width=120, height=30)
        pdf.drawString(72, 700, f"Side {page + 1}: referat af mødet i udvalget")
        pdf.showPage()
    pdf.save()
    calls: list[int] = []
    monkeypatch.setattr(pdf_module, "ocr_image", lambda image, ctx: calls.append(1) or "")
    scan_file(path)
    assert calls == [1]


def _outlined_text_pdf(path: Path, words: str) -> Path:
    """A page whose text is drawn as glyph outlines (filled paths): no text layer, no picture."""
    import pikepdf
    from fontTools.pens.basePen import BasePen
    from fontTools.ttLib import TTFont

    font = TTFont(FONT)
    glyphs, cmap, scale = font.getGlyphSet(), font.getBestCmap(), 24 / 2048
    ops: list[str] = []

    class Pen(BasePen):
        def __init__(self, dx: float) -> None:
            super().__init__(glyphs)
            self.dx = dx

        def at(self, p: tuple[float, float]) -> str:
            return f"{p[0] * scale + self.dx:.2f} {p[1] * scale + 500:.2f}"

        def _moveTo(self, p: tuple[float, float]) -> None:
            ops.append(self.at(p) + " m")

        def _lineTo(self, p: tuple[float, float]) -> None:
            ops.append(self.at(p) + " l")

        def _curveToOne(self, a: tuple[float, float], b: tuple[float, float], c: tuple[float, float]) -> None:
            ops.append(f"{self.at(a)} {self.at(b)} {self.at(c)} c")

        def _closePath(self) -> None:
            ops.append("h")

    x = 40.0
    for char in words:
        name = cmap[ord(char)]
        glyphs[name].draw(Pen(x))
        x += font["hmtx"][name][0] * scale
    ops.append("f")
    pdf = pikepdf.new()
    contents = pikepdf.Stream(pdf, "\n".join(ops).encode())
    pdf.pages.append(
        pikepdf.Page(pikepdf.Dictionary(Type=pikepdf.Name.Page, MediaBox=[0, 0, 612, 792], Contents=contents))
    )
    pdf.save(path)
    return path


def test_text_drawn_as_outlines_is_ocrd(tmp_path: Path) -> None:
    results = scan_file(_outlined_text_pdf(tmp_path / "outlined.pdf", "CPR 070761-4285 Jens Hansen"))
    assert results[0].error is None
    assert ("DK_CPR", CPR_NORM, "ocr") in found(results)


def test_a_scan_nested_three_forms_deep_is_ocrd(tmp_path: Path) -> None:
    import pikepdf

    pdf = pikepdf.new()
    img = pikepdf.Stream(pdf, _picture().tobytes())
    img.Type, img.Subtype = pikepdf.Name.XObject, pikepdf.Name.Image
    img.Width, img.Height, img.ColorSpace, img.BitsPerComponent = 900, 200, pikepdf.Name.DeviceGray, 8

    def form(name: str, inner: Any, draw: bytes) -> Any:
        stream = pikepdf.Stream(pdf, draw)
        stream.Type, stream.Subtype, stream.BBox = pikepdf.Name.XObject, pikepdf.Name.Form, [0, 0, 612, 792]
        stream.Resources = pikepdf.Dictionary(XObject=pikepdf.Dictionary({"/" + name: inner}))
        return stream

    inner = form("Im0", img, b"q 450 0 0 100 72 500 cm /Im0 Do Q")
    outer = form("Fx2", form("Fx1", inner, b"q /Fx1 Do Q"), b"q /Fx2 Do Q")
    page = pikepdf.Dictionary(
        Type=pikepdf.Name.Page,
        MediaBox=[0, 0, 612, 792],
        Contents=pikepdf.Stream(pdf, b"q /Fx3 Do Q"),
        Resources=pikepdf.Dictionary(XObject=pikepdf.Dictionary(Fx3=outer)),
    )
    pdf.pages.append(pikepdf.Page(page))
    path = tmp_path / "nested.pdf"
    pdf.save(path)
    results = scan_file(path)
    assert results[0].error is None
    assert ("DK_CPR", CPR_NORM, "ocr") in found(results)


def test_a_page_scanned_sideways_is_read(tmp_path: Path) -> None:
    """A landscape sheet fed portrait: the picture's text runs up the page, no /Rotate, no EXIF (was: nothing)."""
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    path = tmp_path / "sideways.pdf"
    pdf = canvas.Canvas(str(path))
    pdf.drawImage(ImageReader(_picture().rotate(90, expand=True)), 72, 200, width=100, height=450)
    pdf.showPage()
    pdf.save()
    results = scan_file(path)
    assert results[0].error is None
    assert ("DK_CPR", CPR_NORM, "ocr") in found(results)
