"""Text hidden by a transfer encoding: a file uuencoded inline in a mail body or a text file (Outlook
Express, list digests, old archives) was never decoded (called clean); a part whose Content-Transfer-Encoding
is unknown was read as its code, and a base64 part cut short lost its end, both without a word. Now the
inline files are child items (sniffed and decided like any attachment, a private message among them too)
and what cannot be decoded whole is the item's error (read in part: the scan exits 4)."""

from __future__ import annotations

import base64
import binascii
import gzip

import pytest

from pii_scanner.core.model import ItemResult
from tests.helpers.mail_messages import CPR, process

TEXT = "".join(f"Linje {i}: Kunde Jens Hansen CPR {CPR}\n" for i in range(20)).encode()
HEAD = b"From: a@firma.dk\nTo: b@kunde.dk\nSubject: bilag\nMIME-Version: 1.0\n"


def _uu(data: bytes, name: str = "bilag.txt", end: bool = True) -> bytes:
    lines = [b"begin 644 " + name.encode()]
    lines += [binascii.b2a_uu(data[i : i + 45]).rstrip(b"\n") for i in range(0, len(data), 45)]
    return b"\n".join(lines + ([b"`", b"end"] if end else [])) + b"\n"


def _with_part(headers: bytes, body: bytes) -> bytes:
    return (
        HEAD + b"Content-Type: multipart/mixed; boundary=BB\n\n--BB\nContent-Type: text/plain\n\nSe bilag.\n--BB\n"
        b"Content-Type: text/plain; name=bilag.txt\nContent-Disposition: attachment; filename=bilag.txt\n"
        + headers
        + b"\n\n"
        + body
        + b"\n--BB--\n"
    )


def _cprs(results: list[ItemResult]) -> int:
    return sum(1 for r in results for f in r.findings if f.entity_type == "DK_CPR")


def _errors(results: list[ItemResult]) -> list[str]:
    return [r.error for r in results if r.error]


@pytest.mark.parametrize("name", ["m.eml", "gemt.txt"])
def test_an_inline_uuencoded_file_is_a_child_item_read_whole(name: str) -> None:
    data = (HEAD + b"Content-Type: text/plain\n\n" if name.endswith(".eml") else b"") + b"Hej:\n\n" + _uu(TEXT)
    results = process(data, name=name)
    children = [r for r in results if "!/attachment/" in r.item.location]
    assert [c.item.location.rsplit("/", 1)[-1] for c in children] == ["bilag.txt"]
    assert _cprs(children) == 20
    assert _cprs(results) == 20  # the code itself is no longer read as text
    assert not _errors(results)


def test_a_private_message_uuencoded_in_a_body_is_decided_private() -> None:
    inner = f"From: a@firma.dk\nTo: b@kunde.dk\nSubject: x\nSensitivity: Private\n\nMit CPR er {CPR}\n".encode()
    results = process(HEAD + b"Content-Type: text/plain\n\nVideresendt:\n\n" + _uu(inner, "privat.eml"))
    child = next(r for r in results if "!/attachment/" in r.item.location)
    assert child.private
    assert _cprs(results) == 0


def test_an_inline_uuencoded_file_cut_short_is_read_in_part() -> None:
    results = process(HEAD + b"Content-Type: text/plain\n\n" + _uu(TEXT, end=False)[:-200])
    assert any("uuencoded" in e for e in _errors(results))


def test_begin_in_prose_is_no_file() -> None:
    results = process(HEAD + b"Content-Type: text/plain\n\nbegin 644 gange om dagen, siger han.\nHilsen\n")
    assert len(results) == 1
    assert not _errors(results)


def test_an_unknown_transfer_encoding_is_said() -> None:
    results = process(_with_part(b"Content-Transfer-Encoding: x-gzip64", base64.encodebytes(gzip.compress(TEXT))))
    assert any("x-gzip64" in e and "unknown" in e for e in _errors(results))


def test_a_base64_part_cut_short_is_said() -> None:
    results = process(_with_part(b"Content-Transfer-Encoding: base64", base64.encodebytes(TEXT)[:-7]))
    assert any("base64" in e for e in _errors(results))


@pytest.mark.parametrize("cte", [b"base64", b"quoted-printable", b"7bit", b"x-uuencode", b"8-bit"])
def test_a_whole_part_has_no_error(cte: bytes) -> None:
    body = {
        b"base64": base64.encodebytes(TEXT),
        b"quoted-printable": TEXT,
        b"x-uuencode": _uu(TEXT),
    }.get(cte, TEXT)
    results = process(_with_part(b"Content-Transfer-Encoding: " + cte, body))
    assert _cprs(results) == 20
    assert not _errors(results)


def test_an_encoding_label_carrying_an_identifier_is_not_shown() -> None:
    results = process(_with_part(b"Content-Transfer-Encoding: x-" + CPR.encode(), TEXT))
    errors = _errors(results)
    assert errors
    assert not any(CPR in e or CPR.replace("-", "") in e for e in errors)
