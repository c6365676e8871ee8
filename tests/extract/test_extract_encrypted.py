"""Password-protected content is reported as encrypted with a reason: not an error, not skipped."""

from __future__ import annotations

from pathlib import Path

from tests.extract.extract_helpers import entities, scan_file
from tests.extract.extract_makers import (
    CPR_NORM,
    encrypt_office,
    make_7z,
    make_doc,
    make_docx,
    make_encrypted_pdf,
    make_encrypted_zip,
    make_pptx,
    make_xlsx,
)


def _by_name(results: list, name: str):  # type: ignore[no-untyped-def]
    return next(r for r in results if r.item.location.endswith(name))


def test_encrypted_zip_entries(tmp_path: Path) -> None:
    for aes in (True, False):
        results = scan_file(make_encrypted_zip(tmp_path / f"e{aes}.zip", aes=aes))
        locked = _by_name(results, "hemmelig.txt")
        assert locked.encrypted and locked.error is None
        assert ("AES" if aes else "ZipCrypto") in (locked.encryption_reason or "")
        opened = _by_name(results, "aaben.txt")  # the unprotected member is still read
        assert not opened.encrypted and ("DK_CPR", CPR_NORM) in entities([opened])
        assert results[0].metadata["encrypted_members"] == 1


def test_encrypted_7z(tmp_path: Path) -> None:
    results = scan_file(make_7z(tmp_path / "content.7z", password="hemlig"))
    assert results[0].error is None
    members = results[1:]
    assert len(members) == 2 and all(r.encrypted and r.error is None for r in members)
    headers = scan_file(make_7z(tmp_path / "headers.7z", password="hemlig", header_encryption=True))
    assert len(headers) == 1 and headers[0].encrypted and headers[0].error is None
    assert "7z" in (headers[0].encryption_reason or "")


def test_encrypted_pdf(tmp_path: Path) -> None:
    results = scan_file(make_encrypted_pdf(tmp_path / "locked.pdf"))
    assert results[0].encrypted and results[0].error is None
    assert results[0].mime == "application/pdf" and "password" in (results[0].encryption_reason or "")


def test_encrypted_office(tmp_path: Path) -> None:
    for maker, name in ((make_docx, "a.docx"), (make_xlsx, "b.xlsx"), (make_pptx, "c.pptx")):
        plain = maker(tmp_path / f"plain-{name}")
        results = scan_file(encrypt_office(plain, tmp_path / name))
        assert results[0].encrypted, name
        assert results[0].error is None and results[0].findings == []
        assert "password" in (results[0].encryption_reason or "")


def test_encrypted_legacy_word(tmp_path: Path) -> None:
    results = scan_file(make_doc(tmp_path / "locked.doc", encrypted=True))
    assert results[0].encrypted and results[0].error is None
