"""Files encrypted as a whole by common tools are encrypted items (exit 4), never read for strings and
called clean: binary OpenPGP (gpg's default output), ``openssl enc`` (``Salted__``, also base64), a DER
S/MIME ``.p7m``, age, KeePass, LUKS, BitLocker, Ansible Vault. Only ASCII-armored OpenPGP was caught."""

from __future__ import annotations

import io
import os
import random
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from pii_scanner.extract.envelopes import envelope_mime, pgp_encrypted
from tests.helpers.cli_inprocess import run_cli
from tests.helpers.mail_messages import CPR, process

ROOT = Path(__file__).resolve().parents[2]
PLAIN = f"Kunde CPR-nummer {CPR}\n".encode()


def _run(*args: str, stdin: bytes = PLAIN, home: Path | None = None) -> bytes:
    env = {**os.environ, **({"GNUPGHOME": str(home)} if home else {})}
    return subprocess.run(list(args), input=stdin, capture_output=True, check=True, env=env, timeout=60).stdout


def _gpg(tmp_path: Path, *extra: str) -> bytes:
    home = tmp_path / "g"
    home.mkdir(mode=0o700, exist_ok=True)
    return _run(
        "gpg", "--batch", "--quiet", "--pinentry-mode", "loopback", "--passphrase", "x", *extra, "-o", "-", home=home
    )


def _cert(tmp_path: Path) -> Path:
    cert = tmp_path / "cert.pem"
    key = tmp_path / "key.pem"
    _run("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out", str(cert),
         "-subj", "/CN=x", "-days", "1", stdin=b"")  # fmt: skip
    return cert


def _made_by_tools(tmp_path: Path) -> dict[str, bytes]:
    if not (shutil.which("gpg") and shutil.which("openssl")):
        pytest.skip("gpg and openssl are needed to make the files")
    cert = _cert(tmp_path)
    return {
        "kunde.txt.gpg": _gpg(tmp_path, "-c"),
        "kunde.gpg": _gpg(tmp_path, "-c", "--compress-algo", "none", "--s2k-mode", "1"),
        "kunde.txt.enc": _run("openssl", "enc", "-aes-256-cbc", "-pbkdf2", "-salt", "-pass", "pass:x"),
        "backup.bin": _run("openssl", "enc", "-aes-256-cbc", "-pbkdf2", "-salt", "-pass", "pass:x", "-a"),
        "kunde.p7m": _run("openssl", "smime", "-encrypt", "-aes256", "-outform", "DER", str(cert)),
        "kunde.cms": _run("openssl", "cms", "-encrypt", "-aes256", "-outform", "DER", str(cert)),
    }


_BUILT = {
    "kunde.txt.age": b"age-encryption.org/v1\n-> scrypt c2FsdA 18\nQUJD\n--- MDEy\n" + bytes(range(200)),
    "kodeord.kdbx": bytes.fromhex("03d9a29a67fb4bb5") + bytes(range(64)),
    "disk.img": b"LUKS\xba\xbe\x00\x02" + bytes(600),
    "usb.img": b"\xeb\x58\x90-FVE-FS-" + bytes(500),
    "secrets.yml": b"$ANSIBLE_VAULT;1.1;AES256\n6162636465666768\n",
}


def test_files_encrypted_by_common_tools_are_encrypted_items(tmp_path: Path) -> None:
    for name, data in {**_made_by_tools(tmp_path), **_BUILT}.items():
        (top,) = process(data, name=name)
        assert top.encrypted and top.encryption_reason, (name, top.mime)
        assert not top.findings and not top.error, name


def test_a_public_key_encrypted_openpgp_file_is_encrypted(tmp_path: Path) -> None:
    if not shutil.which("gpg"):
        pytest.skip("gpg is needed")
    home = tmp_path / "g"
    home.mkdir(mode=0o700)
    _run("gpg", "--batch", "--quiet", "--passphrase", "", "--quick-gen-key", "dpo@example.dk", "default", "default",
         "never", stdin=b"", home=home)  # fmt: skip
    data = _run(
        "gpg", "--batch", "--quiet", "--trust-model", "always", "-e", "-r", "dpo@example.dk", "-o", "-", home=home
    )
    (top,) = process(data, name="til_dpo")
    assert top.encrypted and top.encryption_reason == "OpenPGP-encrypted file"


def test_a_signed_only_cms_file_is_not_called_encrypted(tmp_path: Path) -> None:
    if not shutil.which("openssl"):
        pytest.skip("openssl is needed")
    cert = _cert(tmp_path)
    signed = _run("openssl", "smime", "-sign", "-nodetach", "-signer", str(cert), "-inkey", str(tmp_path / "key.pem"),
                  "-outform", "DER")  # fmt: skip
    (top,) = process(signed, name="signed.p7m")
    assert not top.encrypted


def test_random_data_that_opens_like_an_openpgp_packet_is_not_taken_for_one() -> None:
    rng = random.Random(15)
    firsts = (0x84, 0x85, 0x8C, 0x8D, 0xC1, 0xC3, 0xD2, 0xA4, 0x8E)
    hits = sum(envelope_mime(bytes([first]) + rng.randbytes(4095)) is not None for first in firsts for _ in range(2000))
    assert hits == 0
    assert not pgp_encrypted(bytes.fromhex("8c0d04090302") + bytes(8) + b"\x60")  # key packet, no data after it


def test_an_encrypted_member_of_a_zip_makes_the_zip_exit_4(tmp_path: Path) -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("noter.txt", "intet")
        zf.writestr("kunde.txt.age", _BUILT["kunde.txt.age"])
    path = tmp_path / "pakke.zip"
    path.write_bytes(buf.getvalue())
    proc = run_cli("scan", str(path), "--no-ner", "--workers", "1", "--format", "jsonl")
    assert proc.returncode == 4, proc.stderr.decode()
    assert '"encryption_reason": "age-encrypted file"' in proc.stdout.decode()
