"""Outlook .msg: a private category (PidNameKeywords, Outlook's "Categories"; or a Keywords transport header)
makes the message private, as keywords and categories do on the other mail paths (IMAP flags, mbox
X-Keywords, OLM categories). Categories that are there but cannot be read make it private (fail closed).
Was: .msg decided by PR_SENSITIVITY, the transport Sensitivity header and the subject only."""

from __future__ import annotations

import io
from typing import Any

import pytest

from pii_scanner.core.config import ScanConfig
from pii_scanner.extract.mail import decide_private
from pii_scanner.extract.msg import _meta
from tests.helpers.mail_messages import CONFIG, mail_sample, process


class _Msg:
    """What _meta reads of an extract-msg message."""

    def __init__(self, categories: Any = None, header: str = "", raises: bool = False) -> None:
        self.sensitivity, self.header, self.subject = None, header, "Moede"
        self._categories, self._raises = categories, raises

    def getNamedProp(self, name: str, guid: str) -> Any:
        assert (name, guid.upper()) == ("Keywords", "{00020329-0000-0000-C000-000000000046}")
        if self._raises:
            raise ValueError("Failed to parse named property")
        return self._categories


@pytest.mark.parametrize(
    "msg",
    [
        _Msg(["Kunde", "Privat"]),
        _Msg("Private"),
        _Msg(["Personal"], raises=True),  # the name map cannot be read
        _Msg(7),  # a type no category list has
        _Msg(header="Received: x\r\nKeywords: Privat\r\nSubject: Moede\r\n"),
        _Msg(header="X-Keywords: $label3\r\n"),
    ],
)
def test_a_msg_with_a_private_or_unreadable_category_is_private(msg: _Msg) -> None:
    reason, _inspect = decide_private(_meta(msg, None), ScanConfig())
    assert reason, msg.__dict__


def test_a_msg_with_ordinary_categories_is_not_private() -> None:
    meta = _meta(_Msg(["Kunde", "Sag 12"]), None)
    assert meta.keywords == ("Kunde", "Sag 12")
    assert decide_private(meta, ScanConfig())[0] is None
    assert decide_private(_meta(_Msg(None), None), ScanConfig())[0] is None


SAMPLE = mail_sample("unicode.msg")


@pytest.mark.skipif(SAMPLE is None, reason="the Outlook sample files are not here")
def test_a_real_msg_whose_transport_header_says_keywords_privat_is_private() -> None:
    import olefile
    from extract_msg.ole_writer import OleWriter

    assert SAMPLE is not None
    ole = olefile.OleFileIO(str(SAMPLE))
    writer = OleWriter()
    writer.fromOleFile(ole)
    stream = ["__substg1.0_007D001F"]
    header = ole.openstream(stream).read()
    writer.editEntry(stream, data="Keywords: Privat\r\n".encode("utf-16-le") + header)
    out = io.BytesIO()
    writer.write(out)
    before = process(SAMPLE.read_bytes(), CONFIG, name="x.msg")
    after = process(out.getvalue(), CONFIG, name="x.msg")
    assert not before[0].private and after[0].private, after[0].metadata
