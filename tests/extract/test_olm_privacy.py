"""Outlook for Mac archives (.olm: a zip of one XML file per message plus the attachments' files) were read
as a plain zip: every message body and attachment whatever the message was marked. Each message is now
decided before its body is read, and an attachment file is read only when a normal message names it."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from pii_scanner.cli.main import main
from tests.helpers.mail_messages import CONFIG, CPR, process

ACCOUNT = "Accounts/jens@firma.dk"


def _message(extra: str = "", subject: str = "Møde", attachment: str | None = "bilag_1.txt") -> bytes:
    attach = (
        '<OPFMessageCopyAttachmentList><messageAttachment OPFAttachmentContentType="text/plain" '
        f'OPFAttachmentName="{attachment}" OPFAttachmentURL="com.microsoft.__Attachments/{attachment}"/>'
        "</OPFMessageCopyAttachmentList>"
        if attachment
        else ""
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><emails><email>'
        f"<OPFMessageCopySubject>{subject}</OPFMessageCopySubject>"
        '<OPFMessageCopySenderAddress><emailAddress OPFContactEmailAddressAddress="jens@firma.dk"/>'
        "</OPFMessageCopySenderAddress>"
        '<OPFMessageCopyToAddresses><emailAddress OPFContactEmailAddressAddress="kim@firma.dk"/>'
        "</OPFMessageCopyToAddresses>"
        f"<OPFMessageCopyBody>Hej, mit CPR er {CPR}.</OPFMessageCopyBody>{extra}{attach}</email></emails>"
    ).encode()


def _olm(message: bytes, folder: str = "Inbox", name: str = "bilag_1.txt") -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr(f"{ACCOUNT}/com.microsoft.__Messages/{folder}/message_00001.xml", message)
        zf.writestr(f"{ACCOUNT}/com.microsoft.__Messages/{folder}/com.microsoft.__Attachments/{name}", f"CPR {CPR}")
        zf.writestr(f"{ACCOUNT}/com.microsoft.__Contacts/contact_00001.xml", b"<contacts/>")
    return buf.getvalue()


PRIVATE = {
    "sensitivity number": (_message("<OPFMessageGetSensitivity>2</OPFMessageGetSensitivity>"), "Inbox"),
    "sensitivity name": (_message("<OPFMessageCopySensitivity>Private</OPFMessageCopySensitivity>"), "Inbox"),
    "sensitivity unknown": (_message("<OPFMessageCopySensitivity>Hemmelig</OPFMessageCopySensitivity>"), "Inbox"),
    "private flag": (_message("<OPFMessageGetIsPrivate>1</OPFMessageGetIsPrivate>"), "Inbox"),
    "private flag as attribute": (_message('<OPFMessageFlags OPFIsPrivate="true"/>'), "Inbox"),
    "category Privat": (
        _message('<OPFMessageCopyCategoryList><category OPFCategoryCopyName="Privat"/></OPFMessageCopyCategoryList>'),
        "Inbox",
    ),
    "subject PRIVAT": (_message(subject="PRIVAT: lægebesøg"), "Inbox"),
    "folder Privat": (_message(), "Inbox/Privat"),
    "XML that cannot be parsed": (_message()[:-20], "Inbox"),
}


def _results(data: bytes, name: str = "arkiv.olm") -> list[object]:
    return process(data, CONFIG, name=name)


def _cprs(results: list[object]) -> int:
    return sum(1 for r in results for f in r.findings if f.entity_type == "DK_CPR")  # type: ignore[attr-defined]


@pytest.mark.parametrize("archive_name", ["arkiv.olm", "backup.zip"])
@pytest.mark.parametrize("variant", list(PRIVATE))
def test_a_private_olm_message_and_its_attachment_are_not_read(variant: str, archive_name: str) -> None:
    message, folder = PRIVATE[variant]
    results = _results(_olm(message, folder), archive_name)
    messages = [r for r in results if r.item.location.endswith("message_00001.xml")]  # type: ignore[attr-defined]
    assert messages and all(r.private for r in messages), variant  # type: ignore[attr-defined]
    assert _cprs(results) == 0, variant


def test_a_normal_olm_message_and_its_attachment_are_read() -> None:
    results = _results(_olm(_message("<OPFMessageGetSensitivity>0</OPFMessageGetSensitivity>")))
    assert not any(r.private for r in results)  # type: ignore[attr-defined]
    assert _cprs(results) == 2  # the body and the attachment file


def test_an_attachment_file_no_message_names_is_withheld() -> None:
    results = _results(_olm(_message(attachment=None)))
    assert _cprs(results) == 1  # the normal message's body only
    (withheld,) = [r for r in results if r.item.location.endswith("bilag_1.txt")]  # type: ignore[attr-defined]
    assert withheld.private  # type: ignore[attr-defined]


def test_the_account_address_in_olm_member_names_is_not_shown(tmp_path: Path) -> None:
    archive = tmp_path / "arkiv.olm"
    archive.write_bytes(_olm(_message()))
    result = CliRunner().invoke(main, ["scan", str(archive), "--no-ner", "--workers", "1"])
    assert result.exit_code == 1, result.output
    assert "message_00001.xml" in result.stdout and "jens@firma.dk" not in result.stdout
    assert CPR not in result.stdout and CPR.replace("-", "") not in result.stdout
