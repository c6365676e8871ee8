"""PDF data about a person outside the page text (session 18, extract6): XMP metadata in a PDF without
a document information dictionary, and form fields' tooltips."""

from __future__ import annotations

import zlib
from pathlib import Path

import pikepdf
import pytest
from reportlab.pdfgen import canvas

from .extract_helpers import found, scan_file

_XMP = (
    '<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/">'
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/" '
    'pdf:Keywords="anna.berg@firma.se"><dc:title><rdf:Alt><rdf:li xml:lang="x-default">Klient CPR 070761-4285'
    "</rdf:li></rdf:Alt></dc:title><dc:creator><rdf:Seq><rdf:li>jens.hansen@firma.dk</rdf:li></rdf:Seq>"
    '</dc:creator></rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>'
)


def _by_hand(path: Path, metadata: bytes, filters: str) -> Path:
    """A one-page PDF with the catalog's /Metadata stream as given and no /Info (qpdf and pikepdf always
    write /Metadata uncompressed, so the compressed form is written here, as other writers do)."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R /Metadata 4 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 5 0 R"
        b" /Resources << /Font << /F1 6 0 R >> >> >>",
        f"<< /Type /Metadata /Subtype /XML{filters} /Length {len(metadata)} >>\nstream\n".encode()
        + metadata
        + b"\nendstream",
        b"<< /Length 44 >>\nstream\nBT /F1 12 Tf 72 700 Td (Referat af moedet) Tj ET\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    path.write_bytes(bytes(out))
    return path


@pytest.mark.parametrize("compressed", [False, True])
def test_xmp_metadata_of_a_pdf_without_document_information_is_read(tmp_path: Path, compressed: bool) -> None:
    # PDF 2.0 deprecates the information dictionary: writers keep title and author only in XMP.
    raw = _XMP.encode()
    path = _by_hand(
        tmp_path / "xmp.pdf", zlib.compress(raw) if compressed else raw, " /Filter /FlateDecode" if compressed else ""
    )
    with pikepdf.open(path) as pdf:  # a well-formed PDF without document information
        assert "/Info" not in pdf.trailer and pdf.Root.Metadata.read_bytes() == raw
    hits = {(e, v, p) for e, v, p in found(scan_file(path)) if e in ("DK_CPR", "EMAIL_ADDRESS")}
    assert hits == {
        ("DK_CPR", "0707614285", "properties"),
        ("EMAIL_ADDRESS", "anna.berg@firma.se", "properties"),
        ("EMAIL_ADDRESS", "jens.hansen@firma.dk", "properties"),
    }


def test_a_form_fields_tooltip_is_read_whatever_its_type(tmp_path: Path) -> None:
    path = tmp_path / "formular.pdf"
    pdf = canvas.Canvas(str(path))
    pdf.drawString(72, 700, "Formular")
    pdf.acroForm.checkbox(name="samtykke", tooltip="Samtykke for CPR 070761-4285", x=72, y=640)
    pdf.acroForm.textfield(name="mail", tooltip="anna.berg@firma.se", value="", x=72, y=600, width=200, height=20)
    pdf.save()
    hits = {(e, v, p) for e, v, p in found(scan_file(path)) if e in ("DK_CPR", "EMAIL_ADDRESS")}
    assert hits == {("DK_CPR", "0707614285", "form"), ("EMAIL_ADDRESS", "anna.berg@firma.se", "form")}
