"""A file whose type libmagic names but no extractor reads (Windows setup scripts, internet shortcuts,
PostScript, an e-book) was "unsupported" and reported clean: no findings, no error, exit 0, with a CPR
in plain text inside. Content that reads as text is now read as text, an EPUB (a zip of XHTML) as the
zip it is; binary data of such a type is read for its readable runs (the strings reader), and text of such
a type holding a mail header block is not read (it may be private mail): an error record, as for data of
no known format."""

from __future__ import annotations

import io
import zipfile

import pytest

from pii_scanner.core.config import ScanConfig
from pii_scanner.core.model import Item
from pii_scanner.extract.sniff import sniff_mime
from pii_scanner.pipeline import Processor

CPR = "070761-4285"


def _epub() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        zf.writestr(zipfile.ZipInfo("mimetype"), "application/epub+zip")
        zf.writestr("OEBPS/kap1.xhtml", f"<html><body><p>Medarbejder CPR {CPR}</p></body></html>")
    return buffer.getvalue()


CASES = {
    "opsaetning.inf": f'[Version]\nSignature="$Windows NT$"\n[Strings]\ncpr="{CPR}"\n'.encode(),
    "genvej.url": f"[InternetShortcut]\nURL=https://intra.firma.dk/\nComment=Jens Hansen CPR {CPR}\n".encode(),
    "brev.ps": f"%!PS-Adobe-3.0\n%%Title: brev\n(Jens Hansen, CPR {CPR}) show\n".encode(),
    "bog.epub": _epub(),
}


@pytest.mark.parametrize("name", list(CASES))
def test_a_type_without_an_extractor_is_still_read(name: str) -> None:
    data = CASES[name]
    mime = sniff_mime(data, name)
    item = Item(f"mem:///{name}", f"mem:///{name}", name=name, data=data)
    results = list(Processor.build(ScanConfig(workers=1)).process(item))
    found = [f for r in results for f in r.findings if f.entity_type == "DK_CPR"]
    assert found, (mime, [r.metadata for r in results])
    assert not any(r.metadata.get("unsupported") for r in results)


def test_binary_data_of_such_a_type_is_read_for_its_strings() -> None:
    """Binary data of a type no extractor reads is read by the strings reader, not left unread."""
    head = b"\x89HDF\r\n\x1a\n" + bytes(range(256)) * 8
    processor = Processor.build(ScanConfig(workers=1))
    (empty,) = processor.process(Item("mem:///x.h5", "mem:///x.h5", name="x.h5", data=head))
    assert empty.metadata.get("read_as") == "strings" and not empty.metadata.get("unsupported")
    assert not empty.findings and not empty.flags and empty.error is None
    data = head + f"\x00\x00patient {CPR}\x00".encode() + bytes(range(256)) * 4
    (result,) = processor.process(Item("mem:///y.h5", "mem:///y.h5", name="y.h5", data=data))
    assert [f.part for f in result.findings if f.entity_type == "DK_CPR"] == ["strings"]


def test_text_of_such_a_type_holding_mail_headers_is_not_read() -> None:
    data = (
        "%!PS-Adobe-3.0\nFrom: jens@firma.dk\nTo: anna@firma.dk\nSubject: privat\nSensitivity: Private\n"
        f"Date: Mon, 2 Nov 2026 10:00:00 +0100\n\nMit CPR er {CPR}\n"
    ).encode()
    (result,) = Processor.build(ScanConfig(workers=1)).process(
        Item("mem:///x.ps", "mem:///x.ps", name="x.ps", data=data)
    )
    assert not [f for f in result.findings if f.entity_type == "DK_CPR"]
    assert result.error or result.private
