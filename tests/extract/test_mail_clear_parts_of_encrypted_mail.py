"""A CPR that travels in clear in a message that is encrypted only in part raises `unencrypted_cpr`:
written in the body beside an attached S/MIME `smime.p7m` (the body was not even read: the whole message
was taken for encrypted), in the subject of an S/MIME-encrypted message (subjects are sent in clear), or
in the text around an inline PGP block. A CPR only inside the ciphertext is never seen and raises
nothing (encrypted parts yield no text)."""

from __future__ import annotations

import base64
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.helpers.mail_messages import CPR, process

pytestmark = pytest.mark.skipif(not shutil.which("openssl"), reason="openssl not installed")

REQ = ("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes")
GPG = ("gpg", "--batch", "--passphrase", "x", "--pinentry-mode", "loopback")
HEAD = "From: Jens <jens@firma.dk>\nTo: kim@gmail.com\nDate: Mon, 1 Dec 2025 10:00:00 +0100\n"


@pytest.fixture(scope="module")
def cert(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("smime")
    subprocess.run(
        [*REQ, "-keyout", str(d / "k.pem"), "-out", str(d / "c.pem"), "-subj", "/CN=kim@gmail.com", "-days", "2"],
        check=True,
        capture_output=True,
    )
    return d / "c.pem"


def _enveloped(cert: Path, content: bytes, *args: str) -> bytes:
    return subprocess.run(
        ["openssl", "smime", "-encrypt", "-aes256", *args, str(cert)], input=content, capture_output=True, check=True
    ).stdout


def _flags_and_cpr(data: bytes) -> tuple[list[str], bool, bool]:
    results = process(data)
    top = results[0]
    cpr = any(f.entity_type == "DK_CPR" for r in results for f in r.findings)
    return top.flags, top.encrypted or any(r.encrypted for r in results), cpr


def test_clear_body_beside_an_attached_smime_p7m_is_read_and_flagged(cert: Path) -> None:
    der = _enveloped(cert, b"Content-Type: text/plain\n\nhemmeligt\n", "-outform", "DER")
    mail = (
        HEAD + 'Subject: Sag\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="XX"\n\n'
        f"--XX\nContent-Type: text/plain\n\nCPR {CPR} i klartekst.\n"
        "--XX\nContent-Type: application/pkcs7-mime; smime-type=enveloped-data; name=smime.p7m\n"
        "Content-Disposition: attachment; filename=smime.p7m\nContent-Transfer-Encoding: base64\n\n"
        + base64.encodebytes(der).decode()
        + "--XX--\n"
    )
    flags, encrypted, cpr = _flags_and_cpr(mail.encode())
    assert cpr and "unencrypted_cpr" in flags
    assert encrypted  # the attachment still cannot be read: never called clean


def test_a_cpr_in_the_subject_of_an_encrypted_message_is_unencrypted(cert: Path) -> None:
    data = _enveloped(
        cert, b"Content-Type: text/plain\n\nhemmeligt\n", "-subject", f"CPR {CPR}", "-to", "kim@gmail.com"
    )
    flags, encrypted, cpr = _flags_and_cpr(data)
    assert encrypted and cpr and "unencrypted_cpr" in flags


@pytest.mark.skipif(not shutil.which("gpg"), reason="gpg not installed")
def test_a_cpr_beside_an_inline_pgp_block_is_unencrypted(tmp_path: Path) -> None:
    armored = subprocess.run(
        [*GPG, "--homedir", str(tmp_path), "-c", "-a", "-o", "-"],
        input=b"hemmeligt",
        capture_output=True,
        check=True,
    ).stdout.decode()
    mail = HEAD + f"Subject: Sag\nContent-Type: text/plain\n\nHusk CPR {CPR} for Jens.\n\n{armored}\n"
    flags, encrypted, cpr = _flags_and_cpr(mail.encode())
    assert encrypted and cpr and "unencrypted_cpr" in flags


def test_a_cpr_only_inside_the_ciphertext_raises_nothing(cert: Path) -> None:
    data = _enveloped(cert, f"Content-Type: text/plain\n\nCPR {CPR}\n".encode(), "-subject", "Løn")
    flags, encrypted, cpr = _flags_and_cpr(data)
    assert encrypted and not cpr and "unencrypted_cpr" not in flags
