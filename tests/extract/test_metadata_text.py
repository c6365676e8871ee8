"""A CPR written where a reader does not look: a picture's metadata (PNG text chunks before or after the
pixels, zTXt/iTXt, XMP, EXIF ImageDescription/UserComment/XPComment, JPEG and GIF comments) and a
document's custom properties (DOCX docProps/custom.xml, ODF meta:user-defined: where document-management
systems write "Klient CPR"). Neither was read (exit 0); now they are the parts ``metadata`` and
``properties``, also with OCR off."""

from __future__ import annotations

import io
import struct
import zipfile
import zlib

import pytest
from PIL import Image, PngImagePlugin

from pii_scanner.core.model import ItemResult
from tests.helpers.mail_messages import CONFIG, CPR, process

NO_OCR = CONFIG.with_(limits__ocr=False)
XMP = (
    '<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/">'
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description '
    'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:description><rdf:Alt><rdf:li xml:lang="x-default">'
    f"Patient CPR {CPR}</rdf:li></rdf:Alt></dc:description></rdf:Description></rdf:RDF></x:xmpmeta>"
    '<?xpacket end="w"?>'
)


def _cprs(results: list[ItemResult]) -> int:
    return sum(1 for r in results for f in r.findings if f.entity_type == "DK_CPR")


def _image(fmt: str, **save: object) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (60, 30), "white").save(out, fmt, **save)
    return out.getvalue()


def _png_chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def _png_text_after_pixels() -> bytes:
    # exiftool and others append text chunks after the image data, just before IEND.
    data = _image("PNG")
    iend = data.rindex(b"IEND") - 4
    return data[:iend] + _png_chunk(b"tEXt", f"Comment\x00CPR {CPR}".encode()) + data[iend:]


def _png(text_kind: str) -> bytes:
    info = PngImagePlugin.PngInfo()
    if text_kind == "itxt-xmp":
        info.add_itxt("XML:com.adobe.xmp", XMP, zip=True)
    else:
        info.add_text("Description", f"CPR {CPR}", zip=text_kind == "ztxt")
    return _image("PNG", pnginfo=info)


def _exif(tag: int, value: object, ifd: int | None = None) -> bytes:
    exif = Image.Exif()
    if ifd is None:
        exif[tag] = value
    else:
        exif.get_ifd(ifd)[tag] = value
    return _image("JPEG", exif=exif)


PICTURES = {
    "png tEXt": lambda: _png("text"),
    "png zTXt": lambda: _png("ztxt"),
    "png iTXt XMP": lambda: _png("itxt-xmp"),
    "png text after the pixels": _png_text_after_pixels,
    "jpeg EXIF ImageDescription": lambda: _exif(0x010E, f"CPR {CPR}"),
    "jpeg EXIF XPComment": lambda: _exif(0x9C9C, f"CPR {CPR}".encode("utf-16-le") + b"\0\0"),
    "jpeg EXIF UserComment": lambda: _exif(0x9286, b"ASCII\0\0\0" + f"CPR {CPR}".encode(), ifd=0x8769),
    "jpeg comment": lambda: _image("JPEG", comment=f"CPR {CPR}".encode()),
    "jpeg XMP": lambda: _image("JPEG", xmp=XMP.encode()),
    "gif comment": lambda: _image("GIF", comment=f"CPR {CPR}".encode()),
    "tiff ImageDescription": lambda: _image("TIFF", description=f"CPR {CPR}"),
}


@pytest.mark.parametrize("ocr", [True, False], ids=["ocr", "no-ocr"])
@pytest.mark.parametrize("where", PICTURES)
def test_a_cpr_in_a_pictures_metadata_is_found(where: str, ocr: bool) -> None:
    ext = where.split()[0]
    results = process(PICTURES[where](), CONFIG if ocr else NO_OCR, name=f"foto.{ext}")
    assert _cprs(results) == 1
    assert not [r.error for r in results if r.error]


def test_a_zTXt_chunk_that_inflates_without_end_is_cut() -> None:
    bomb = zlib.compress(b"A" * (64 << 20), 9)
    data = _image("PNG")
    iend = data.rindex(b"IEND") - 4
    data = data[:iend] + _png_chunk(b"zTXt", b"Description\x00\x00" + bomb) + data[iend:]
    results = process(data, NO_OCR, name="bombe.png")
    assert len(results) == 1  # read within the bound, no memory blow-up, no crash


def _docx_with_custom(value: str) -> bytes:
    ns = "http://schemas.openxmlformats.org/officeDocument/2006"
    custom = (
        f'<?xml version="1.0"?><Properties xmlns="{ns}/custom-properties" xmlns:vt="{ns}/docPropsVTypes">'
        '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Klient CPR">'
        f"<vt:lpwstr>{value}</vt:lpwstr></property></Properties>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        zf.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
            "</Types>",
        )
        zf.writestr(
            "word/document.xml",
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p>'
            "<w:r><w:t>Referat fra mødet.</w:t></w:r></w:p></w:body></w:document>",
        )
        zf.writestr("docProps/custom.xml", custom)
    return out.getvalue()


def test_a_cpr_in_docx_custom_properties_is_found() -> None:
    results = process(_docx_with_custom(CPR), NO_OCR, name="referat.docx")
    assert _cprs(results) == 1
    assert any(f.part == "properties" for r in results for f in r.findings)


def test_a_cpr_in_odf_user_defined_properties_is_found() -> None:
    meta = (
        '<?xml version="1.0"?><office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
        ' xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"><office:meta>'
        f'<meta:user-defined meta:name="Klient CPR">{CPR}</meta:user-defined></office:meta></office:document-meta>'
    )
    content = (
        '<?xml version="1.0"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
        ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text>'
        "<text:p>Referat.</text:p></office:text></office:body></office:document-content>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.text", compress_type=zipfile.ZIP_STORED)
        zf.writestr("content.xml", content)
        zf.writestr("meta.xml", meta)
    results = process(out.getvalue(), NO_OCR, name="referat.odt")
    assert _cprs(results) == 1


def test_text_chunks_past_the_limit_are_not_inflated(monkeypatch: pytest.MonkeyPatch) -> None:
    from pii_scanner.extract import image_meta

    # Each chunk inflates to the whole limit: the first fills it, the rest must stay compressed.
    bomb = zlib.compress(b"a" * image_meta.MAX_TEXT, 9)
    data = _image("PNG")
    iend = data.rindex(b"IEND") - 4
    chunks = b"".join(_png_chunk(b"zTXt", f"Note{n}".encode() + b"\x00\x00" + bomb) for n in range(20))
    data = data[:iend] + chunks + data[iend:]
    inflated: list[int] = []
    inflate = image_meta._inflate
    monkeypatch.setattr(image_meta, "_inflate", lambda raw: inflated.append(1) or inflate(raw))
    with Image.open(io.BytesIO(data)) as img:
        text = image_meta.metadata_text(data, img)
    assert len(text) == image_meta.MAX_TEXT and text.startswith("Note0: aaa")
    assert len(inflated) == 1
