"""Files attached to a PDF (the document's /EmbeddedFiles, a page's /FileAttachment annotation) are child
items read as any other member: a CSV of people is found, an attached private message stays private. A
PDF carrying them was called clean (one item, exit 0); one whose attached file cannot be read says so."""

from __future__ import annotations

import io
import json
import subprocess
from pathlib import Path

import pikepdf

from tests.extract.extract_helpers import scan_file

CPR_TXT = b"".join(b"Linje %d: Kunde Jens Hansen CPR 070761-4285\n" % i for i in range(5))
PRIV_EML = (
    b"From: Jens Hansen <jens@firma.dk>\r\nTo: kim@firma.dk\r\nSubject: Om mit helbred\r\n"
    b"Sensitivity: Private\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
    b"Min CPR er 070761-4285 og jeg har diabetes.\r\n"
)


def _base() -> pikepdf.Pdf:
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.drawString(72, 720, "Bilag vedlagt.")
    c.save()
    return pikepdf.open(io.BytesIO(buf.getvalue()))


def _attached(path: Path, name: str, data: bytes) -> Path:
    pdf = _base()
    pdf.attachments[name] = pikepdf.AttachedFileSpec(pdf, data, filename=name)
    pdf.save(path)
    return path


def _annotated(path: Path, name: str, data: bytes) -> Path:
    """The paper-clip on a page: a /FileAttachment annotation with its own file specification."""
    pdf = _base()
    spec = pikepdf.AttachedFileSpec(pdf, data, filename=name)
    annot = pdf.make_indirect(
        pikepdf.Dictionary(
            Type=pikepdf.Name.Annot,
            Subtype=pikepdf.Name.FileAttachment,
            Rect=[72, 600, 90, 620],
            FS=spec.obj,
            Contents="Bilag",
        )
    )
    pdf.pages[0].obj.Annots = pdf.make_indirect(pikepdf.Array([annot]))
    pdf.save(path)
    return path


def _damaged(path: Path) -> Path:
    """An attached file whose stream says FlateDecode but holds no deflate data."""
    _attached(path, "cpr.txt", CPR_TXT)
    pdf = pikepdf.open(path, allow_overwriting_input=True)
    stream = pdf.attachments["cpr.txt"].obj.EF.F
    stream.write(b"\x00not deflate at all" * 20, filter=pikepdf.Name.FlateDecode)
    pdf.save(path)
    return path


def test_a_document_attachment_is_a_child_item_and_read(tmp_path: Path) -> None:
    top, child = scan_file(_attached(tmp_path / "faktura.pdf", "cpr.txt", CPR_TXT))
    assert child.item.location == top.item.location + "!/attachment/1/cpr.txt"
    assert [f.entity_type for f in child.findings] == ["DK_CPR"] * 5
    assert child.parent == top.item.location


def test_a_page_file_attachment_annotation_is_read(tmp_path: Path) -> None:
    results = scan_file(_annotated(tmp_path / "formular.pdf", "liste.csv", b"navn;cpr\nJens Hansen;070761-4285\n"))
    assert [r.item.location.rsplit("!/", 1)[-1] for r in results[1:]] == ["attachment/1/liste.csv"]
    assert any(f.entity_type == "DK_CPR" for f in results[1].findings)


def test_an_attached_private_message_stays_private(tmp_path: Path) -> None:
    _top, child = scan_file(_attached(tmp_path / "bilag.pdf", "privat.eml", PRIV_EML))
    assert child.private and not child.findings and child.mime == "message/rfc822"


def test_an_attachment_that_cannot_be_read_is_not_called_clean(tmp_path: Path) -> None:
    _top, child = scan_file(_damaged(tmp_path / "skadet.pdf"))
    assert child.error and "checksum" in child.error and not child.findings


def test_scan_exit_code_counts_what_a_pdf_carries(cli: list[str], tmp_path: Path) -> None:
    pdf = _attached(tmp_path / "faktura.pdf", "cpr.txt", CPR_TXT)
    proc = subprocess.run([*cli, "scan", "--no-ner", str(pdf)], capture_output=True, timeout=120)
    records = [json.loads(x) for x in proc.stdout.splitlines() if x.strip()]
    assert proc.returncode == 1 and sum(r["record"] == "finding" for r in records) == 5, proc.stderr
