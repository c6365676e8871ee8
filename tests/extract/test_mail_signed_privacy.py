"""A clear-signed message (S/MIME or PGP/MIME ``multipart/signed``) whose signed part says
``Sensitivity: Private`` (header protection repeats the headers there) is private although its outer
header block says nothing: fail closed, nothing of it read. Unsigned parts and attached messages keep
their own decisions."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.helpers.mail_messages import CPR, process

HEAD = "From: Jens <jens@firma.dk>\r\nTo: Lise <lise@firma.dk>\r\nSubject: x\r\nMIME-Version: 1.0\r\n"
SIGNED_PART = "Content-Type: text/plain; charset=utf-8\r\n{sens}\r\nJeg er sygemeldt. CPR {cpr}\r\n"


def _signed(sens: str, protocol: str = "application/pkcs7-signature", wrap: bool = False) -> bytes:
    inner = SIGNED_PART.format(sens=sens + "\r\n" if sens else "", cpr=CPR)
    signed = (
        f'Content-Type: multipart/signed; protocol="{protocol}"; micalg=sha-256; boundary=S\r\n\r\n'
        f"--S\r\n{inner}--S\r\nContent-Type: {protocol}\r\n\r\nAAAA\r\n--S--\r\n"
    )
    if wrap:  # a list server's footer around the signed message
        signed = (
            "Content-Type: multipart/mixed; boundary=W\r\n\r\n--W\r\n"
            + signed
            + "--W\r\nContent-Type: text/plain\r\n\r\nListe-footer\r\n--W--\r\n"
        )
    return (HEAD + signed).encode()


@pytest.mark.parametrize("protocol", ["application/pkcs7-signature", "application/pgp-signature"])
@pytest.mark.parametrize("wrap", [False, True])
@pytest.mark.parametrize("sens", ["Sensitivity: Private", "Sensitivity: Geheim", "sensitivity: private (user)"])
def test_private_signed_part_makes_the_message_private(protocol: str, wrap: bool, sens: str) -> None:
    (top, *rest) = process(_signed(sens, protocol, wrap))
    assert top.private and not top.findings and not rest


def test_signed_normal_message_is_still_read() -> None:
    results = process(_signed(""))
    assert any(f.entity_type == "DK_CPR" for r in results for f in r.findings)
    assert not results[0].private


@pytest.mark.parametrize("levels", [9, 12, 40])
def test_a_private_signed_part_nested_deep_in_multipart_mixed_is_private(levels: int) -> None:
    # The signed parts were looked for 8 levels down only, while bodies are read 50 levels down.
    body = _signed("Sensitivity: Private").decode().removeprefix(HEAD)
    for n in range(levels):
        body = f"Content-Type: multipart/mixed; boundary=L{n}\r\n\r\n--L{n}\r\n{body}\r\n--L{n}--\r\n"
    (top, *rest) = process((HEAD + body).encode())
    assert top.private and not top.findings and not rest


def _opaque_signed(tmp: Path, content: bytes) -> bytes:
    """A real opaque-signed S/MIME message (``smime-type=signed-data``, made by openssl) of ``content``."""
    if not shutil.which("openssl"):
        pytest.skip("openssl not installed")
    key, cert = tmp / "k.pem", tmp / "c.pem"
    if not cert.exists():
        req = ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out", str(cert)]
        subprocess.run([*req, "-subj", "/CN=jens@firma.dk", "-days", "2"], capture_output=True, check=True)
    cmd = ["openssl", "smime", "-sign", "-nodetach", "-binary", "-signer", str(cert), "-inkey", str(key)]
    cmd += ["-from", "jens@firma.dk", "-to", "lise@firma.dk", "-subject", "x"]
    return subprocess.run(cmd, input=content, capture_output=True, check=True).stdout


OPAQUE_PRIVATE = {
    "Sensitivity: Private": b"Content-Type: text/plain; charset=utf-8\r\nSensitivity: Private\r\n\r\n",
    "an unknown value": b"Content-Type: text/plain; charset=utf-8\r\nSensitivity: Geheim\r\n\r\n",
    "after a line without a colon": b"Content-Type: text/plain\r\nbroken line\r\nsensitivity: private (user)\r\n\r\n",
    "in a multipart/signed inside": (
        b'Content-Type: multipart/signed; protocol="application/pgp-signature"; boundary=S\r\n\r\n'
        b"--S\r\nContent-Type: text/plain\r\nSensitivity: Private\r\n\r\n"
    ),
}


@pytest.mark.parametrize("form", OPAQUE_PRIVATE)
def test_an_opaque_signed_message_whose_signed_content_says_private_is_private(tmp_path: Path, form: str) -> None:
    # The signed content of an opaque-signed message is read as its body; its headers count as a
    # clear-signed part's do (header protection repeats the message's headers there).
    content = OPAQUE_PRIVATE[form] + f"Jeg er sygemeldt. CPR {CPR}\r\n".encode()
    if b"multipart/signed" in content:
        content += b"--S\r\nContent-Type: application/pgp-signature\r\n\r\nAAAA\r\n--S--\r\n"
    (top, *rest) = process(_opaque_signed(tmp_path, content))
    assert top.private and not top.findings and not rest, form


def test_an_opaque_signed_normal_message_is_still_read(tmp_path: Path) -> None:
    content = f"Content-Type: text/plain; charset=utf-8\r\n\r\nJeg er sygemeldt. CPR {CPR}\r\n".encode()
    results = process(_opaque_signed(tmp_path, content))
    assert not results[0].private and any(f.entity_type == "DK_CPR" for f in results[0].findings)
