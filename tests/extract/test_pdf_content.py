"""PDF streams that PDFium would inflate whole in memory are checked first, piece by piece: a content
stream of a GiB of blanks in a 1 MB file took 2.2 GB of memory and ran past the time budget (exit 0).
Now every inflated byte is charged to the item's budget and the expansion ratio, as for zip members."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import zlib
from pathlib import Path

import pytest

from pii_scanner.core.model import ItemResult
from tests.helpers.mail_messages import CONFIG, CPR, process

ROOT = Path(__file__).resolve().parents[2]


def _pdf(content: bytes, image: bytes | None = None, blanks: int = 0) -> bytes:
    """A one-page PDF whose content stream is ``content`` and ``blanks`` MiB of blanks (Flate), optionally
    with an image XObject."""
    deflater = zlib.compressobj(9)
    block = b" " * (1 << 20)
    stream = b"".join([deflater.compress(content)] + [deflater.compress(block) for _ in range(blanks)])
    stream += deflater.flush()
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> /XObject << /Im1 6 0 R >> >> >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    if image is not None:
        picture = zlib.compress(image, 9)
        objs.append(
            b"<< /Type /XObject /Subtype /Image /Width 4000 /Height %d /ColorSpace /DeviceGray"
            b" /BitsPerComponent 8 /Length %d /Filter /FlateDecode >>\nstream\n"
            % (len(image) // 4000, len(picture))
            + picture
            + b"\nendstream"
        )
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for i, obj in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % i + obj + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref))
    return out.getvalue()


_TEXT = b"BT /F1 12 Tf 72 700 Td (Kunde CPR " + CPR.encode() + b") Tj ET\n"


def _top(results: list[ItemResult]) -> ItemResult:
    return results[0]


def test_a_content_stream_of_blanks_past_the_ratio_stops_with_an_error() -> None:
    top = _top(process(_pdf(_TEXT, blanks=64), name="bomb.pdf"))
    assert top.error == "PDF content stream expands more than 100 times its compressed size", top.error


def test_a_content_stream_within_the_ratio_but_over_the_budget_stops() -> None:
    noise = b"".join(b"%d %d m %d %d l S\n" % (i, i * 7 % 997, i * 13 % 991, i * 3 % 983) for i in range(200_000))
    config = CONFIG.with_(limits__max_expanded=1 << 20)
    top = _top(process(_pdf(_TEXT + noise), config=config, name="big.pdf"))
    assert top.error == f"total expanded size over {1 << 20} bytes", top.error


def test_an_ordinary_page_and_a_blank_scanned_image_are_read() -> None:
    # A white scan compresses far beyond the ratio; PDFium decodes images only to render them.
    top = _top(process(_pdf(_TEXT + b"q 100 0 0 100 0 0 cm /Im1 Do Q\n", image=b"\xff" * (4000 * 600)), name="ok.pdf"))
    assert not top.error, top.error
    assert any(f.entity_type == "DK_CPR" for f in top.findings)


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="peak memory read from /proc")
def test_scan_of_a_pdf_bomb_on_disk_exits_4_with_memory_bounded(tmp_path: Path) -> None:
    (tmp_path / "bomb.pdf").write_bytes(_pdf(_TEXT, blanks=256))
    out = tmp_path / "out.jsonl"
    # The peak resident size of this process alone (VmHWM starts afresh at exec; ru_maxrss does not).
    code = (
        "import runpy, sys; sys.argv = ['pii-scanner'] + sys.argv[1:]\n"
        "try:\n    runpy.run_module('pii_scanner', run_name='__main__')\n"
        "finally:\n    status = open('/proc/self/status').read()\n"
        "    sys.stderr.write('maxrss=' + status.split('VmHWM:')[1].split()[0] + '\\n')\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code, "scan", str(tmp_path / "bomb.pdf"), "--no-ner", "--workers", "1", "-o", str(out)],
        capture_output=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=120,
    )
    assert proc.returncode == 4, proc.stderr.decode()
    assert "PDF content stream expands more than 100 times" in out.read_text(encoding="utf-8")
    maxrss_kib = int(proc.stderr.decode().rsplit("maxrss=", 1)[1].split()[0])
    assert maxrss_kib < 200 * 1024  # PDFium alone held twice the 256 MiB stream
