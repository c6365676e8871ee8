"""S/MIME compressed-data (RFC 3274, `smime-type=compressed-data`, `smime.p7z`; AS2 and some gateways send
it) is decompressed and read like opaque-signed content: a CPR in it is found, and one whose content says
`Sensitivity: Private` is private and unread, in a mail and as a file of its own. Was: neither read nor
an error (the file alone exit 0, clean)."""

from __future__ import annotations

import base64
import zlib

from tests.helpers.mail_messages import CPR, process


def _tlv(tag: int, body: bytes) -> bytes:
    n = len(body)
    size = (
        bytes([n]) if n < 128 else bytes([0x80 | ((n.bit_length() + 7) // 8)]) + n.to_bytes((n.bit_length() + 7) // 8)
    )
    return bytes([tag]) + size + body


def _oid(dotted: str) -> bytes:
    parts = [int(x) for x in dotted.split(".")]
    out = bytes([40 * parts[0] + parts[1]])
    for v in parts[2:]:
        enc = [v & 0x7F]
        v >>= 7
        while v:
            enc.append(0x80 | (v & 0x7F))
            v >>= 7
        out += bytes(reversed(enc))
    return _tlv(0x06, out)


def compressed_data(content: bytes) -> bytes:
    """A CMS ContentInfo of type id-ct-compressedData, zlib (as `openssl cms -compress` writes it)."""
    encap = _tlv(0x30, _oid("1.2.840.113549.1.7.1") + _tlv(0xA0, _tlv(0x04, zlib.compress(content))))
    inner = _tlv(0x30, _tlv(0x02, b"\x00") + _tlv(0x30, _oid("1.2.840.113549.1.9.16.3.8")) + encap)
    return _tlv(0x30, _oid("1.2.840.113549.1.9.16.1.9") + _tlv(0xA0, inner))


def _mail(content: bytes) -> bytes:
    der = base64.encodebytes(compressed_data(content)).decode()
    return (
        "From: jens@firma.dk\r\nTo: kim@gmail.com\r\nSubject: Sag\r\nMIME-Version: 1.0\r\n"
        "Content-Type: application/pkcs7-mime; smime-type=compressed-data; name=smime.p7z\r\n"
        "Content-Transfer-Encoding: base64\r\nContent-Disposition: attachment; filename=smime.p7z\r\n\r\n" + der
    ).encode()


NORMAL = f"Content-Type: text/plain; charset=utf-8\r\n\r\nMit CPR er {CPR}.\r\n".encode()
PRIVATE = f"Content-Type: text/plain\r\nSensitivity: Private\r\n\r\nMit CPR er {CPR} og jeg er syg.\r\n".encode()


def _cpr(results: list) -> bool:  # type: ignore[type-arg]
    return any(f.entity_type == "DK_CPR" for r in results for f in r.findings)


def test_compressed_smime_mail_is_read() -> None:
    results = process(_mail(NORMAL))
    assert _cpr(results) and "unencrypted_cpr" in results[0].flags


def test_compressed_smime_mail_saying_private_is_private() -> None:
    results = process(_mail(PRIVATE))
    assert results[0].private and not _cpr(results)


def test_a_compressed_smime_file_is_read() -> None:
    results = process(compressed_data(NORMAL), name="smime.p7z")
    assert _cpr(results), [(r.item.location, r.mime, r.error) for r in results]
    private = process(compressed_data(PRIVATE), name="smime.p7z")
    assert not _cpr(private) and any(r.private for r in private)
