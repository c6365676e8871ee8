"""A ``Sensitivity`` header whose NAME is damaged (a NUL or control byte inside it, an RFC 2047 encoded word,
the colon replaced by ``;`` or ``=``) was not a Sensitivity header at all: the private message was read.
Someone marked the message and the mark cannot be read, so it is private (``sensitivity_unreadable``)."""

from __future__ import annotations

import io
import zipfile

import pytest

from pii_scanner.core.model import ItemResult
from tests.helpers.mail_messages import CPR, process

DAMAGED = {
    "NUL inside the name": b"Sensi\x00tivity: Private",
    "NUL before the colon": b"Sensitivity\x00: Private",
    "vertical tab before the colon": b"Sensitivity\x0b: Private",
    "encoded-word name": b"=?utf-8?q?Sensitivity?=: Private",
    "base64 encoded-word name": b"=?utf-8?b?U2Vuc2l0aXZpdHk=?=: Private",
    "semicolon for the colon": b"Sensitivity;Private",
    "equals sign for the colon": b"Sensitivity= Private",
    "no colon at all": b"Sensitivity Private",
}
# Header names that only look alike, and a folded subject that merely says the words: not a mark.
NOT_A_MARK = {
    "X-Sensitivity": b"X-Sensitivity: Private",
    "Sensitivity-Label": b"Sensitivity-Label: Public",
    "Priority": b"Priority: Private",
    "folded subject text": b"X-Note: see\r\n Sensitivity: Private is what we discussed",
}


def _message(line: bytes) -> bytes:
    return (
        b"From: Jens <jens@firma.dk>\r\nTo: Lise <lise@firma.dk>\r\n"
        + line
        + b"\r\nSubject: Hej\r\nContent-Type: text/plain\r\n\r\nMit CPR er "
        + CPR.encode()
        + b"\r\n"
    )


def _cprs(results: list[ItemResult]) -> int:
    return sum(1 for r in results for f in r.findings if f.entity_type == "DK_CPR")


def _wrapped(data: bytes, container: str) -> tuple[bytes, str]:
    if container == "zip":
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as zf:
            zf.writestr("post/besked.eml", data)
        return buf.getvalue(), "arkiv.zip"
    if container == "attached":
        head = (
            b"From: Lise <lise@firma.dk>\r\nTo: HR <hr@firma.dk>\r\nSubject: Fwd\r\nMIME-Version: 1.0\r\n"
            b"Content-Type: multipart/mixed; boundary=XX\r\n\r\n--XX\r\nContent-Type: text/plain\r\n\r\nSe her.\r\n"
            b"--XX\r\nContent-Type: message/rfc822\r\n\r\n"
        )
        return head + data + b"\r\n--XX--\r\n", "fwd.eml"
    return data, "besked.eml"


@pytest.mark.parametrize("container", ["file", "zip", "attached"])
@pytest.mark.parametrize("form", DAMAGED)
def test_a_damaged_sensitivity_header_name_makes_the_message_private(form: str, container: str) -> None:
    data, name = _wrapped(_message(DAMAGED[form]), container)
    results = process(data, name=name)
    messages = [r for r in results if r.mime == "message/rfc822" and r.private]
    assert messages, f"{form} in a {container}: the message was not private"
    assert _cprs(results) == 0, f"{form} in a {container}: the private message was read"
    assert messages[-1].metadata["private_reason"] == "sensitivity_unreadable"


@pytest.mark.parametrize("form", NOT_A_MARK)
def test_look_alike_header_names_leave_a_normal_message_readable(form: str) -> None:
    results = process(_message(NOT_A_MARK[form]))
    assert not results[0].private and _cprs(results) == 1
