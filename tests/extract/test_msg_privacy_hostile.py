"""Outlook .msg privacy on real .msg files. Python has no .msg writer, so a public sample
(strangeDate.msg, see ../shared/data/mail-samples/README.md) is changed in place with olefile, which
can rewrite a stream of the same size: PR_SENSITIVITY's value and type, the subject, and the plain
body (given a CPR, so that reading it would show). Each variant is scanned alone, inside a zip, and
attached to an e-mail."""

from __future__ import annotations

import io
import shutil
import struct
import zipfile
from email.message import EmailMessage
from pathlib import Path

import pytest

from tests.helpers.mail_messages import CONFIG, CPR, mail_sample, process

SAMPLE = mail_sample("strangeDate.msg")
pytestmark = pytest.mark.skipif(SAMPLE is None, reason="the Outlook sample files are not here")
PR_SENSITIVITY = 0x0036


def _msg(tmp: Path, *, value: int | None = 0, prop_type: int = 0x0003, subject: str | None = None) -> bytes:
    import olefile

    assert SAMPLE is not None
    path = tmp / "m.msg"
    shutil.copyfile(SAMPLE, path)
    with olefile.OleFileIO(str(path), write_mode=True) as ole:
        props = bytearray(ole.openstream("__properties_version1.0").read())
        for off in range(32, len(props), 16):  # 32-byte header, then 16-byte fixed-size entries
            tag = struct.unpack_from("<I", props, off)[0]
            if tag >> 16 == PR_SENSITIVITY:
                if value is None:  # the property gone: its tag now names an unused property id
                    struct.pack_into("<I", props, off, (0x6FF0 << 16) | (tag & 0xFFFF))
                else:
                    struct.pack_into("<IIQ", props, off, (PR_SENSITIVITY << 16) | prop_type, 6, value)
                break
        else:
            raise AssertionError("the sample has no PR_SENSITIVITY")
        ole.write_stream("__properties_version1.0", bytes(props))
        size = ole.get_size("__substg1.0_1000001F")
        body = f"Hemmeligt: CPR-nr. {CPR}\r\n".encode("utf-16-le")
        ole.write_stream("__substg1.0_1000001F", body + b" \x00" * ((size - len(body)) // 2))
        if subject is not None:
            old = ole.get_size("__substg1.0_0037001F")
            new = subject.encode("utf-16-le")
            assert len(new) == old, "the subject must keep its length"
            ole.write_stream("__substg1.0_0037001F", new)
    return path.read_bytes()


def _zip(data: bytes) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("mapper/besked.msg", data)
    return buf.getvalue()


def _attached(data: bytes) -> bytes:
    mail = EmailMessage()
    mail["From"], mail["To"], mail["Subject"] = "a@firma.dk", "b@firma.dk", "Videresendt"
    mail.set_content("Se vedhæftet.")
    mail.add_attachment(data, maintype="application", subtype="vnd.ms-outlook", filename="besked.msg")
    return bytes(mail)


CONTAINERS = {"alone": (lambda d: d, "x.msg"), "zip": (_zip, "x.zip"), "attached": (_attached, "x.eml")}

PRIVATE = {
    "private": {"value": 2},
    "out-of-range": {"value": 7},
    "all-bits": {"value": 0xFFFFFFFF},
    "wrong-type-binary": {"value": 2, "prop_type": 0x0102},
    "wrong-type-string": {"value": 0, "prop_type": 0x001F},
    "subject-marked": {"value": 0, "subject": "PRIVAT: hejsa"},
}


@pytest.mark.parametrize("container", list(CONTAINERS))
@pytest.mark.parametrize("variant", list(PRIVATE))
def test_private_msg_is_never_read(tmp_path: Path, variant: str, container: str) -> None:
    wrap, name = CONTAINERS[container]
    results = process(wrap(_msg(tmp_path, **PRIVATE[variant])), CONFIG, name=name)  # type: ignore[arg-type]
    messages = [r for r in results if r.mime == "application/vnd.ms-outlook"]
    assert messages, [(r.item.location, r.mime, r.error) for r in results]
    assert all(r.private for r in messages), (variant, container)
    assert not any(f.normalized and "0707614285" in f.normalized for r in results for f in r.findings)


@pytest.mark.parametrize("container", list(CONTAINERS))
@pytest.mark.parametrize("variant", [{"value": 0}, {"value": None}, {"value": 3}])
def test_normal_msg_is_read(tmp_path: Path, variant: dict[str, int | None], container: str) -> None:
    """Controls: the same file marked Normal, without the property, or Company-Confidential is read
    (the CPR in its body is found), so the private cases above prove something."""
    wrap, name = CONTAINERS[container]
    results = process(wrap(_msg(tmp_path, **variant)), CONFIG, name=name)  # type: ignore[arg-type]
    messages = [r for r in results if r.mime == "application/vnd.ms-outlook"]
    assert messages and not any(r.private for r in messages)
    assert any(f.normalized == "0707614285" for r in results for f in r.findings)
