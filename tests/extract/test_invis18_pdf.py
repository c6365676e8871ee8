"""A PDF whose context word is hyphenated at a line end: PDFium takes the hyphen out, joins the lines and leaves
U+FFFE where it was ("Personnum\ufffemer"); detection reads the word whole (docs/detection.md)."""

from __future__ import annotations

from pathlib import Path

from reportlab.pdfgen import canvas

from .extract_helpers import found, scan_file


def test_a_context_word_hyphenated_at_a_line_end_in_a_pdf_is_read(tmp_path: Path) -> None:
    path = tmp_path / "brev.pdf"
    pdf = canvas.Canvas(str(path))
    pdf.drawString(72, 700, "Ansøgerens person\u00ad")  # a soft hyphen, shown as "-" at the line end
    pdf.drawString(72, 686, "nummer 8112189876 er oplyst.")
    pdf.drawString(72, 650, "Kunde-")
    pdf.drawString(72, 636, "nummer 0707614285")
    pdf.save()
    hits = {(e, v) for e, v, _ in found(scan_file(path)) if e in ("SE_PERSONNUMMER", "DK_CPR")}
    assert hits == {("SE_PERSONNUMMER", "198112189876")}
