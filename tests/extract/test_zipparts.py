"""A part of a zip-based document whose declared expanded size is past the expansion ratio is refused
before a byte is inflated: a 4.6 MB DOCX whose document.xml expands 320 times was inflated and parsed
up to 100 times its size and ran into the time budget."""

from __future__ import annotations

import io
import time
import zipfile

from tests.helpers.mail_messages import CPR, process

_HEAD = (
    b'<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    b"<w:body><w:p><w:r><w:t>CPR " + CPR.encode() + b"</w:t></w:r></w:p>"
)
_TAIL = b"</w:body></w:document>"


def _docx(paragraphs: int) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        with zf.open("word/document.xml", "w", force_zip64=True) as fh:
            fh.write(_HEAD)
            unit = b"<w:p><w:r><w:t>a</w:t></w:r></w:p>" * 30_000
            for _ in range(paragraphs // 30_000):
                fh.write(unit)
            fh.write(_TAIL)
    return buf.getvalue()


def test_a_document_part_declared_past_the_ratio_is_refused_before_it_is_read() -> None:
    data = _docx(2_000_000)  # 68 MB of XML in about 0.2 MB
    started = time.monotonic()
    (top,) = process(data, name="bomb.docx")
    assert top.error == "DOCX member expands more than 100 times its compressed size", top.error
    assert time.monotonic() - started < 5  # nothing inflated, nothing parsed


def test_a_document_part_within_the_ratio_is_read() -> None:
    (top,) = process(_docx(30_000), name="ok.docx")  # 1 MB of XML: under the first MiB allowed
    assert not top.error and any(f.entity_type == "DK_CPR" for f in top.findings)
