"""PDF text a viewer shows outside the page's text layer: the document information (title bar,
properties dialog), the outline (bookmarks panel) and link targets (``mailto:`` on hover)."""

from __future__ import annotations

from pathlib import Path

from reportlab.pdfgen import canvas

from .extract_helpers import found, scan_file


def _pdf(path: Path) -> canvas.Canvas:
    pdf = canvas.Canvas(str(path))
    pdf.drawString(72, 700, "Referat af mødet i udvalget")
    return pdf


def test_document_information_outline_and_link_targets_of_a_pdf_are_read(tmp_path: Path) -> None:
    path = tmp_path / "referat.pdf"
    pdf = _pdf(path)
    pdf.setTitle("Klient CPR 070761-4285")
    pdf.setSubject("anna.berg@firma.se")
    pdf.bookmarkPage("p1")
    pdf.addOutlineEntry("Sag om CPR 120485-1234", "p1", level=0)
    pdf.linkURL("mailto:jens.hansen@firma.dk", (72, 690, 300, 715))
    pdf.save()
    hits = {(e, v, p) for e, v, p in found(scan_file(path)) if e in ("DK_CPR", "EMAIL_ADDRESS")}
    assert hits == {
        ("DK_CPR", "0707614285", "properties"),
        ("EMAIL_ADDRESS", "anna.berg@firma.se", "properties"),
        ("DK_CPR", "1204851234", "outline"),
        ("EMAIL_ADDRESS", "jens.hansen@firma.dk", "links"),
    }
