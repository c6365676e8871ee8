"""Hostile (trust7, item 5): a JPEG XR picture (HD Photo: the .wdp Office writes for some pasted pictures, a
.jxr file) cannot be decoded here. In an Office file it was not taken for a picture at all (no child, no record:
a scan pasted as JPEG XR vanished without a word); a .jxr file was read as strings and called clean. Now each is
a record of its own, flagged ``skipped`` with the reason (as a picture with OCR off is)."""

from __future__ import annotations

import zipfile
from pathlib import Path

from tests.extract.extract_helpers import CONFIG, scan_file

# A JPEG XR header (II, 0xBC, version 1, first IFD at 8) and a body no reader here decodes.
_JXR = b"II\xbc\x01\x08\x00\x00\x00" + bytes(range(256)) * 40
_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Default Extension="wdp" ContentType="image/vnd.ms-photo"/>'
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


def test_a_jpeg_xr_picture_in_a_docx_is_a_record_said_not_read(tmp_path: Path) -> None:
    path = tmp_path / "bilag.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", _TYPES)
        zf.writestr("_rels/.rels", _RELS)
        zf.writestr("word/document.xml", _BODY)
        zf.writestr("word/media/hdphoto1.wdp", _JXR)
        zf.writestr("word/media/small.wdp", _JXR[:600])  # small: no size can be read from it, so kept
    results = scan_file(path, CONFIG)
    pictures = [r for r in results if r.item.name.endswith(".wdp")]
    assert len(pictures) == 2, [r.item.location for r in results]
    for r in pictures:
        assert "skipped" in r.flags and "JPEG XR" in str(r.metadata.get("skipped")), r.metadata
        assert r.error is None and r.findings == []


def test_a_jxr_file_is_said_not_read_its_strings_still_read(tmp_path: Path) -> None:
    path = tmp_path / "scan.jxr"
    path.write_bytes(_JXR + b" CPR 070761-4285 ")
    (result,) = scan_file(path, CONFIG)
    assert "skipped" in result.flags and "JPEG XR" in str(result.metadata.get("skipped"))
    assert [f.entity_type for f in result.findings] == ["DK_CPR"]  # what its strings say is kept
