"""RFC 822 messages: metadata, bodies, attachments, privacy before reading, encryption detection."""

from __future__ import annotations

import shutil
import subprocess
from email.message import EmailMessage
from pathlib import Path

import pytest

from pii_scanner.core.config import ScanConfig
from pii_scanner.core.model import Item
from pii_scanner.extract import walk
from pii_scanner.extract.mail_crypto import (
    OID_ENVELOPED,
    cms_content_type,
    pgp_armor_encrypted,
)
from pii_scanner.extract.sniff import sniff_mime
from tests.helpers.mail_messages import CONFIG, CPR, make_mail, process


def test_sniffs_eml_without_extension() -> None:
    data = bytes(make_mail())
    assert sniff_mime(data) == "message/rfc822"
    assert sniff_mime(b"Return-Path: <a@b.dk>\nReceived: from x\nFrom: a@b.dk\n\nhi\n") == "message/rfc822"
    assert sniff_mime(b"Dear John,\nthis is not mail: really.\n") == "text/plain"


def test_plain_message_meta_body_and_flags() -> None:
    (top,) = process(bytes(make_mail()))
    assert top.mime == "message/rfc822"
    assert top.item.mail is not None
    assert top.item.mail.sender.endswith("<jens@firma.dk>")
    assert top.item.mail.to == ("kim@gmail.com",)
    assert top.item.mail.date is not None and top.item.mail.date.year == 2024
    assert {f.entity_type for f in top.findings} >= {"DK_CPR", "EMAIL_ADDRESS"}
    assert top.flags == ["unencrypted_cpr"]
    assert top.external_recipients is True and not top.private and not top.encrypted


def test_internal_recipients_and_html_only() -> None:
    msg = EmailMessage()
    msg["From"] = "a@firma.dk"
    msg["To"] = "b@firma.dk"
    msg["Subject"] = "x"
    msg.set_content(f"<html><body><p>CPR&nbsp;{CPR}</p><script>var x=1;</script></body></html>", subtype="html")
    (top,) = process(bytes(msg))
    assert top.external_recipients is False
    assert [f.entity_type for f in top.findings if f.entity_type == "DK_CPR"] == ["DK_CPR"]


def test_alternative_bodies_not_doubled() -> None:
    (top,) = process(bytes(make_mail(html=f"<p>Mit CPR er {CPR}.</p>")))
    assert sum(f.entity_type == "DK_CPR" for f in top.findings) == 1


def test_attachments_and_attached_message_recursed() -> None:
    outer = make_mail(body="Se vedhæftet.")
    outer.add_attachment(f"Navn;CPR\nJens;{CPR}\n".encode(), maintype="text", subtype="csv", filename="løn.csv")
    inner = make_mail(body=f"Indre CPR {CPR}", subject="indre")
    outer.add_attachment(inner)
    results = process(bytes(outer))
    locations = [r.item.location for r in results]
    assert locations[0] == "file:///t/m.eml"
    assert locations[1] == "file:///t/m.eml!/attachment/1/løn.csv"
    assert locations[2] == "file:///t/m.eml!/attachment/2/message.eml"
    assert all(r.item.path == "/t/m.eml" for r in results)
    assert results[1].parent == locations[0]
    assert any(f.entity_type == "DK_CPR" for f in results[1].findings)
    assert results[2].item.mail is not None and results[2].mime == "message/rfc822"
    assert "unencrypted_cpr" in results[0].flags
    assert "unencrypted_cpr" not in results[2].flags  # the mail root carries it


@pytest.mark.parametrize(
    ("kwargs", "reason"),
    [
        ({"sensitivity": "Private"}, "sensitivity private"),
        ({"subject": "PRIVAT: lægebesøg"}, "subject marked privat"),
        ({"subject": "Personligt"}, "subject marked personligt"),
    ],
)
def test_private_mail_not_read(kwargs: dict[str, str], reason: str) -> None:
    msg = make_mail(**kwargs)
    msg.add_attachment(CPR.encode(), maintype="text", subtype="plain", filename="a.txt")
    results = process(bytes(msg))
    assert len(results) == 1  # no children
    (top,) = results
    assert top.private and top.flags == ["private_mail"]
    assert top.findings == [] and top.text_length == 0
    assert top.metadata["private_reason"] == reason
    assert top.item.mail is not None and top.item.mail.subject  # metadata kept


def test_personal_sensitivity_configurable() -> None:
    data = bytes(make_mail(sensitivity="Personal"))
    assert not process(data)[0].private
    cfg = CONFIG.with_(mail__private_sensitivities=("private", "personal"))
    assert process(data, cfg)[0].private


def test_inspect_private_override() -> None:
    cfg = CONFIG.with_(mail__inspect_private=True, mail__inspect_private_reason="case 17: misconduct")
    (top,) = process(bytes(make_mail(sensitivity="Private")), cfg)
    assert top.private and "private_mail" in top.flags
    assert any(f.entity_type == "DK_CPR" for f in top.findings)
    assert top.metadata["inspected_private"] is True
    assert "misconduct" not in repr(top.metadata)  # the reason is audited masked, never carried per item
    assert "unencrypted_cpr" not in top.flags  # private mail is the owner's; flagged as private only


def test_broken_message_is_an_error_record_not_a_crash() -> None:
    data = b"From: a@b.dk\nTo: c@d.dk\nSubject: x\nContent-Type: multipart/mixed; boundary=zz\n\n--zz\n"
    results = process(data)
    assert results[0].error is None or isinstance(results[0].error, str)


# --- encryption ----------------------------------------------------------------------------------
def _rpmsg_mail() -> bytes:
    msg = make_mail(body="Denne besked er beskyttet.")
    msg.add_attachment(
        b"\x76\xe8\x04\x60" + b"\x00" * 64,
        maintype="application",
        subtype="x-microsoft-rpmsg-message",
        filename="message.rpmsg",
    )
    return bytes(msg)


def _ome_mail() -> bytes:
    msg = make_mail(body="You've received an encrypted message")
    msg.add_attachment(
        b"<html>You've received an encrypted message. https://outlook.office365.com/Encryption/retrieve.ashx</html>",
        maintype="text",
        subtype="html",
        filename="message.html",
    )
    return bytes(msg)


def test_rights_managed_and_ome_are_encrypted() -> None:
    for data, why in ((_rpmsg_mail(), "rights-managed"), (_ome_mail(), "Office 365")):
        (top,) = process(data)
        assert top.encrypted and why in (top.encryption_reason or "")
    ome_header = make_mail()
    ome_header["X-MS-Exchange-OMEMessageStateCheck"] = "1"
    assert process(bytes(ome_header))[0].encrypted


def _run(cmd: list[str], stdin: bytes | None = None, cwd: Path | None = None) -> bytes:
    return subprocess.run(cmd, input=stdin, capture_output=True, check=True, cwd=cwd).stdout


@pytest.fixture(scope="module")
def smime_cert(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    if not shutil.which("openssl"):
        pytest.skip("openssl not installed")
    d = tmp_path_factory.mktemp("smime")
    _run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-keyout",
            str(d / "k.pem"),
            "-out",
            str(d / "c.pem"),
            "-subj",
            "/CN=jens@firma.dk",
            "-days",
            "2",
        ]
    )
    return d / "c.pem", d / "k.pem"


def _entity() -> bytes:
    return f"Content-Type: text/plain; charset=utf-8\n\nMit CPR er {CPR}.\n".encode()


def _headers() -> list[str]:
    return ["-from", "jens@firma.dk", "-to", "kim@gmail.com", "-subject", "Løn"]


def test_smime_enveloped_is_encrypted(smime_cert: tuple[Path, Path]) -> None:
    cert, _ = smime_cert
    data = _run(["openssl", "smime", "-encrypt", "-aes256", *_headers(), str(cert)], _entity())
    (top,) = process(data)
    assert top.encrypted and top.encryption_reason == "S/MIME enveloped-data"
    assert "unencrypted_cpr" not in top.flags and not any(f.entity_type == "DK_CPR" for f in top.findings)
    # Without the smime-type parameter the CMS content type (DER) still tells.
    stripped = data.replace(b"smime-type=enveloped-data;", b"").replace(b" smime-type=enveloped-data", b"")
    assert process(stripped)[0].encryption_reason == "S/MIME enveloped-data"


def test_smime_auth_enveloped_is_encrypted(smime_cert: tuple[Path, Path]) -> None:
    cert, _ = smime_cert
    data = _run(["openssl", "cms", "-encrypt", "-aes-256-gcm", *_headers(), str(cert)], _entity())
    (top,) = process(data)
    assert top.encrypted and top.encryption_reason == "S/MIME authEnveloped-data"


@pytest.mark.parametrize("opaque", [False, True])
def test_smime_signed_only_is_scanned(smime_cert: tuple[Path, Path], opaque: bool) -> None:
    cert, key = smime_cert
    cmd = ["openssl", "smime", "-sign", "-signer", str(cert), "-inkey", str(key), *_headers()]
    data = _run([*cmd, "-nodetach"] if opaque else cmd, _entity())
    (top,) = process(data)
    assert not top.encrypted
    assert any(f.entity_type == "DK_CPR" for f in top.findings)
    assert "unencrypted_cpr" in top.flags


def test_cms_content_type_of_openssl_output(smime_cert: tuple[Path, Path]) -> None:
    cert, _ = smime_cert
    der = _run(["openssl", "cms", "-encrypt", "-outform", "DER", str(cert)], b"x")
    assert cms_content_type(der) == OID_ENVELOPED
    assert cms_content_type(b"not der") is None


@pytest.fixture(scope="module")
def gpg_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not shutil.which("gpg"):
        pytest.skip("gpg not installed")
    home = tmp_path_factory.mktemp("gnupg")
    home.chmod(0o700)
    _run(
        [
            "gpg",
            "--homedir",
            str(home),
            "--batch",
            "--pinentry-mode",
            "loopback",
            "--passphrase",
            "",
            "--quick-gen-key",
            "Test <kim@gmail.com>",
            "default",
            "default",
            "never",
        ]
    )
    return home


def _gpg(home: Path, *args: str, data: bytes) -> bytes:
    return _run(
        [
            "gpg",
            "--homedir",
            str(home),
            "--batch",
            "--yes",
            "--trust-model",
            "always",
            "--pinentry-mode",
            "loopback",
            "--passphrase",
            "",
            "--armor",
            *args,
        ],
        data,
    )


def test_inline_pgp_encrypted_vs_signed(gpg_home: Path) -> None:
    plain = f"Mit CPR er {CPR}.\n".encode()
    encrypted = _gpg(gpg_home, "--encrypt", "-r", "kim@gmail.com", data=plain).decode()
    symmetric = _run(
        [
            "gpg",
            "--homedir",
            str(gpg_home),
            "--batch",
            "--armor",
            "--symmetric",
            "--pinentry-mode",
            "loopback",
            "--passphrase",
            "pw",
        ],
        plain,
    ).decode()
    clearsigned = _gpg(gpg_home, "--clearsign", data=plain).decode()
    signed = _gpg(gpg_home, "--sign", data=plain).decode()
    assert pgp_armor_encrypted(encrypted) and pgp_armor_encrypted(symmetric)
    assert not pgp_armor_encrypted(clearsigned) and not pgp_armor_encrypted(signed)

    (top,) = process(bytes(make_mail(body=encrypted)))
    assert top.encrypted and top.encryption_reason == "inline PGP encrypted"
    assert "unencrypted_cpr" not in top.flags
    (top,) = process(bytes(make_mail(body=clearsigned)))
    assert not top.encrypted and "unencrypted_cpr" in top.flags


def test_pgp_mime_encrypted(gpg_home: Path) -> None:
    armored = _gpg(gpg_home, "--encrypt", "-r", "kim@gmail.com", data=_entity())
    boundary = "b1"
    data = (
        "From: jens@firma.dk\nTo: kim@gmail.com\nSubject: Løn\nMIME-Version: 1.0\n"
        f'Content-Type: multipart/encrypted; protocol="application/pgp-encrypted"; boundary="{boundary}"\n\n'
        f"--{boundary}\nContent-Type: application/pgp-encrypted\n\nVersion: 1\n\n"
        f"--{boundary}\nContent-Type: application/octet-stream; name=encrypted.asc\n\n"
        f"{armored.decode()}\n--{boundary}--\n"
    ).encode()
    results = process(data)
    assert results[0].encrypted and results[0].encryption_reason == "PGP/MIME multipart/encrypted"
    assert len(results) == 1 and "unencrypted_cpr" not in results[0].flags


def test_walk_yields_message_before_attachments() -> None:
    msg = make_mail()
    msg.add_attachment(b"abc", maintype="application", subtype="octet-stream", filename="../../x.bin")
    item = Item(location="file:///t/m.eml", path="/t/m.eml", name="m.eml", data=bytes(msg))
    pairs = list(walk(item, CONFIG))
    assert [i.location for i, _ in pairs] == ["file:///t/m.eml", "file:///t/m.eml!/attachment/1/.._.._x.bin"]


@pytest.mark.parametrize("encoded", [False, True])
def test_header_names_beyond_ascii_are_found(encoded: bool) -> None:
    """A display name with æøå (raw UTF-8 or an RFC 2047 encoded word) is found in the header part as written."""
    head = (
        "From: =?utf-8?q?S=C3=B8ren_=C3=98stergaard?= <so@firma.dk>\nTo: =?utf-8?q?=C3=85sa?= Berg <ab@x.se>\n"
        if encoded
        else "From: Søren Østergaard <so@firma.dk>\nTo: Åsa Berg <ab@x.se>\n"
    )
    (top,) = process((head + "Subject: Møde\n\nHej Åsa\n").encode(), ScanConfig(workers=1))
    header = [f.value for f in top.findings if f.entity_type == "PERSON" and f.part == "header"]
    assert header == ["Søren Østergaard", "Åsa Berg"]
