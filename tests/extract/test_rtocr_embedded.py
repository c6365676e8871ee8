"""Red team rtocr: a picture pasted into an Office document is OCR'd when it can hold a line of text.

Before: a picture under 8 KB was skipped as an icon (a one-line screenshot of a CPR is 3-5 KB as PNG) and
WebP/JFIF pictures were not taken for pictures at all: no finding, exit 0. Icons are still skipped."""

from __future__ import annotations

import io
import shutil
import zipfile
from pathlib import Path
from typing import Any

import pytest

from tests.extract.extract_helpers import found, scan_file
from tests.extract.extract_makers import CPR_NORM, FONT

pytestmark = pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract not installed (./run setup)")

_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="word/document.xml"/></Relationships>'
)
_BODY = (
    '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    "<w:body><w:p><w:r><w:t>Se billedet.</w:t></w:r></w:p></w:body></w:document>"
)


def _picture(fmt: str, mode: str = "L", size: tuple[int, int] = (900, 200)) -> bytes:
    from PIL import Image, ImageDraw, ImageFont

    img = Image.new(mode, size, "white")
    draw = ImageDraw.Draw(img)
    for n, line in enumerate(["Kunde: Jens Hansen", "CPR 070761-4285"]):
        draw.text((20, 20 + 60 * n), line, fill="black", font=ImageFont.truetype(FONT, 36))
    out = io.BytesIO()
    img.save(out, fmt)
    return out.getvalue()


def _docx(path: Path, media: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", _TYPES)
        zf.writestr("_rels/.rels", _RELS)
        zf.writestr("word/document.xml", _BODY)
        for name, data in media.items():
            zf.writestr(name, data)
    return path


@pytest.mark.parametrize(
    ("name", "picture"),
    [
        ("image1.png", lambda: _picture("PNG")),  # under 8 KB
        ("image1.webp", lambda: _picture("WEBP", "RGB")),
        ("image1.jfif", lambda: _picture("JPEG", "RGB")),
    ],
)
def test_a_small_or_webp_picture_in_a_docx_is_ocrd(tmp_path: Path, name: str, picture: Any) -> None:
    data = picture()
    results = scan_file(_docx(tmp_path / "doc.docx", {f"word/media/{name}": data}))
    assert all(r.error is None for r in results)
    assert ("DK_CPR", CPR_NORM, "ocr") in found(results)


def test_icons_are_still_skipped(tmp_path: Path) -> None:
    from PIL import Image

    out = io.BytesIO()
    Image.new("L", (48, 48), 128).save(out, "PNG")
    results = scan_file(_docx(tmp_path / "doc.docx", {"word/media/image1.png": out.getvalue()}))
    assert len(results) == 1  # the document alone: no child item for the icon


def _emf(text: str) -> bytes:
    """A minimal Enhanced Metafile drawing ``text`` (one EMR_EXTTEXTOUTW record): a table pasted as a picture."""
    import struct

    chars = text.encode("utf-16-le")
    header = struct.pack("<II4i4iI", 1, 108, 0, 0, 100, 100, 0, 0, 2540, 2540, 0x464D4520)
    header += struct.pack("<IIIHHIII", 0x10000, 0, 3, 0, 0, 0, 0, 0) + struct.pack("<4i", 1024, 768, 320, 240)
    header += b"\0" * (108 - len(header))
    offset = 8 + 16 + 12 + 8 + 4 + 4 + 4 + 16 + 4
    body = struct.pack("<4iIff2iIII4iI", 0, 0, 100, 20, 1, 1.0, 1.0, 10, 10, len(chars) // 2, offset, 0, 0, 0, 0, 0, 0)
    record = body + chars + b"\0" * (-len(body + chars) % 4)
    data = bytearray(header + struct.pack("<II", 84, 8 + len(record)) + record + struct.pack("<5I", 14, 20, 0, 16, 20))
    struct.pack_into("<I", data, 48, len(data))
    return bytes(data)


@pytest.mark.parametrize("name", ["image1.emf", "image1.emz"])
def test_the_text_of_a_metafile_picture_in_a_docx_is_read(tmp_path: Path, name: str) -> None:
    """A table pasted from Excel as a metafile holds its cells as text records (was: never read, exit 0)."""
    import gzip

    data = _emf("CPR 070761-4285 Jens Hansen")
    results = scan_file(
        _docx(tmp_path / "doc.docx", {f"word/media/{name}": gzip.compress(data) if name.endswith("z") else data})
    )
    assert all(r.error is None for r in results)
    assert ("DK_CPR", CPR_NORM) in {(e, v) for e, v, _p in found(results)}
