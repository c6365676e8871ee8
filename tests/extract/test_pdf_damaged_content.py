"""A PDF page whose content stream is damaged is not a blank page: PDFium reads it as one (no text,
no objects, no error), so the scan called such a file clean (exit 0). The record now says which page
could not be read and the scan exits 4; the pages that can be read are still read."""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
import zlib
from pathlib import Path

import pytest

from pii_scanner.core.model import ItemResult
from tests.helpers.mail_messages import CPR, process

ROOT = Path(__file__).resolve().parents[2]


def _pdf(pages: list[str | None], compress: bool = True) -> bytes:
    """A PDF with one page per entry: that text, or a blank page for None."""
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pageCompression=1 if compress else 0)
    for text in pages:
        if text is not None:
            c.drawString(72, 700, text)
        c.showPage()
    c.save()
    return buf.getvalue()


def _streams(data: bytes) -> list[re.Match[bytes]]:
    return list(re.finditer(rb"stream\r?\n(.*?)endstream", data, re.S))


def _replace_stream(data: bytes, index: int, new: bytes) -> bytes:
    """The stream's bytes replaced in place (same length: the xref table stays right)."""
    m = _streams(data)[index]
    body = m.group(1)
    new = new[: len(body)].ljust(len(body), b" ")
    return data[: m.start(1)] + new + data[m.end(1) :]


def _damaged(how: str) -> bytes:
    data = _pdf([f"Kunde CPR {CPR} i sagen", "Side to: Anna Hansen", None])
    body = _streams(data)[0].group(1)
    if how == "flipped":
        return _replace_stream(data, 0, body[:40] + b"zzzz" + body[44:])
    if how == "cut":
        return _replace_stream(data, 0, body[:25])
    if how == "garbage":
        return _replace_stream(data, 0, bytes(range(33, 117)) * 4)
    # Flate that inflates fine to text that is no content stream at all
    plain = _pdf([f"Kunde CPR {CPR} i sagen", "Side to: Anna Hansen", None], compress=False)
    return _replace_stream(plain, 0, b"BT /F1 12 Tf 72 700 Td ((" + b"\x00" * 20 + b") Tj ET")


def _errors(results: list[ItemResult]) -> list[str]:
    return [r.error for r in results if r.error]


@pytest.mark.parametrize("how", ["flipped", "cut", "garbage", "unparsable"])
def test_a_page_with_a_damaged_content_stream_is_not_called_blank(how: str) -> None:
    results = process(_damaged(how), name="sag.pdf")
    top = results[0]
    assert top.mime == "application/pdf"
    assert top.error and "page 1 cannot be read" in top.error, top.error
    assert "page 2" not in top.error and "page 3" not in top.error  # the blank page 3 is blank
    assert top.text_length > 0  # page 2 is read


def test_blank_pages_and_pages_with_only_shapes_stay_clean() -> None:
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.showPage()  # blank
    c.rect(100, 100, 200, 200, fill=1)  # a shape, no text
    c.showPage()
    c.saveState()
    c.restoreState()  # only q Q
    c.showPage()
    c.save()
    (top,) = process(buf.getvalue(), name="tom.pdf")
    assert top.mime == "application/pdf" and not top.error


def test_a_blank_page_of_an_owner_password_pdf_stays_clean(tmp_path: Path) -> None:
    import pikepdf

    plain = tmp_path / "plain.pdf"
    plain.write_bytes(_pdf([f"CPR {CPR}", None]))
    locked = tmp_path / "locked.pdf"
    with pikepdf.open(plain) as pdf:  # encrypted streams, opened without a password
        pdf.save(locked, encryption=pikepdf.Encryption(user="", owner="ejer", R=4))
    (top,) = process(locked.read_bytes(), name="locked.pdf")
    assert not top.error and any(f.entity_type == "DK_CPR" for f in top.findings)


@pytest.mark.parametrize(
    ("name", "encode"),
    [
        ("ASCIIHexDecode", lambda b: b.hex().encode() + b">"),
        ("RunLengthDecode", lambda b: bytes([len(b) - 1]) + b + b"\x80"),
    ],
)
def test_other_filters_of_a_readable_blank_page_decode(name: str, encode: object) -> None:
    from pii_scanner.extract.pdf_content import _DECODERS

    content = b"q 1 0 0 1 0 0 cm Q"
    assert _DECODERS[name.encode()](encode(content)) == content  # type: ignore[operator]


def test_lzw_decoder_reads_a_known_stream() -> None:
    from pii_scanner.extract.pdf_content import _lzw

    # The PDF reference's example (7.4.4.2): "-----A---B" with early change.
    assert _lzw(bytes.fromhex("800B6050220C0C8501")) == b"-----A---B"


def test_flate_cut_short_is_damaged() -> None:
    from pii_scanner.extract.pdf_content import ContentError, _flate

    with pytest.raises(ContentError):
        _flate(zlib.compress(bytes(range(256)) * 4)[:-10])


def test_scan_of_a_damaged_pdf_exits_4(tmp_path: Path) -> None:
    (tmp_path / "sag.pdf").write_bytes(_damaged("flipped"))
    out = tmp_path / "out.jsonl"
    proc = subprocess.run(
        [sys.executable, "-m", "pii_scanner", "scan", str(tmp_path / "sag.pdf"), "--no-ner", "-o", str(out)],
        capture_output=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=120,
    )
    assert proc.returncode == 4, proc.stderr.decode()
    assert "page 1 cannot be read" in out.read_text(encoding="utf-8")


def test_a_page_drawn_by_a_form_xobject_without_text_stays_clean() -> None:
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.beginForm("logo")
    c.rect(10, 10, 50, 50, fill=1)
    c.endForm()
    c.doForm("logo")  # "Do" in the page's content, and PDFium makes a form object of it
    c.showPage()
    c.save()
    (top,) = process(buf.getvalue(), name="logo.pdf")
    assert top.mime == "application/pdf" and not top.error


def test_an_unknown_filter_is_an_error_that_does_not_echo_its_name() -> None:
    data = _pdf([f"Kunde CPR {CPR} i sagen", "Side to"])
    data = data.replace(b"/FlateDecode ]", b"/JensHansen1 ]", 1)  # same length: the xref table stays right
    (top,) = process(data, name="sag.pdf")
    assert top.error and "page 1 cannot be read" in top.error and "Hansen" not in top.error, top.error


def _content_object(data: bytes) -> bytes:
    """The ``N 0`` of the object holding the first content stream."""
    first = data.index(b"stream")
    return re.findall(rb"(\d+) 0 obj", data[:first])[-1]


@pytest.mark.parametrize("how", ["filter key", "object header", "dangling reference"])
def test_a_page_whose_content_stream_cannot_be_reached_is_not_called_blank(how: str) -> None:
    data = _pdf([f"Kunde CPR {CPR} i sagen"])
    number = _content_object(data)
    if how == "filter key":  # PDFium then reads the stream undecoded and makes nothing of it
        damaged = data.replace(b"/Filter", b"/;ilter", 1)
    elif how == "object header":
        damaged = data.replace(number + b" 0 obj", number + b"V0 obj", 1)
    else:
        other = b"9" * len(number)
        assert other + b" 0 obj" not in data
        damaged = data.replace(b"/Contents " + number + b" 0 R", b"/Contents " + other + b" 0 R", 1)
    assert damaged != data
    (top,) = process(damaged, name="sag.pdf")
    assert top.error and "page 1 cannot be read" in top.error, (how, top.error)
