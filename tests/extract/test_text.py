"""Text in UTF-32 without a byte order mark is read (it was typed as data, or as a colour swatch file
for big endian, and called clean); tables of small integers are not taken for it."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest

from pii_scanner.extract.sniff import sniff_mime
from pii_scanner.extract.text import decode_text, stream_encoding, utf32_without_bom
from tests.helpers.mail_messages import CPR, process

TEXT = f"Kunde: Søren Ærø\nCPR-nummer: {CPR}\nNoter: ringede 3 gange 😀\n"


@pytest.mark.parametrize("encoding", ["utf-32-le", "utf-32-be"])
def test_utf32_text_without_a_byte_order_mark_is_found_and_read(encoding: str, tmp_path: Path) -> None:
    data = TEXT.encode(encoding)
    assert utf32_without_bom(data) == encoding and stream_encoding(data) == encoding
    assert decode_text(data) == (TEXT, encoding)
    assert sniff_mime(data, "kunde") == "text/plain"
    (top,) = process(data, name="kunde")
    assert not top.error and [f.entity_type for f in top.findings if f.entity_type == "DK_CPR"] == ["DK_CPR"]


def test_integers_and_other_wide_text_are_not_taken_for_utf32() -> None:
    assert utf32_without_bom(struct.pack("<64i", *range(64))) is None  # mostly control codes
    assert utf32_without_bom(TEXT.encode("utf-16-le")) is None
    assert utf32_without_bom(TEXT.encode("utf-8")) is None
    assert utf32_without_bom(bytes(4096)) is None


def test_a_message_in_utf32_is_not_read_as_plain_text() -> None:
    mail = f"From: a@example.dk\nTo: b@example.dk\nSubject: Laege\nSensitivity: Private\n\nMit CPR {CPR}\n"
    data = mail.encode("utf-32-le")
    assert sniff_mime(data, "besked") != "text/plain"
    (top,) = process(data, name="besked")
    assert not [f for f in top.findings if f.entity_type == "DK_CPR"]  # a private body is never reported
