"""UTF-16 text without a byte order mark (PowerShell's and .NET's "Unicode" files, a JSON export written so)
typed as text by libmagic (application/json, text/*): decoded as UTF-16, its CPR found. Was: decoded as UTF-8
(a NUL after each character), nothing found, the item clean, exit 0. Message exports in UTF-16 (with or
without a mark) are judged as exports: a private message in them is not read."""

from __future__ import annotations

import json

import pytest

from pii_scanner.extract.text import decode_text
from tests.helpers.mail_messages import CPR, process

RECORD = {"navn": "Søren Hansen", "note": f"CPR {CPR}", "by": "København"}


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_json_without_a_mark_is_read(encoding: str) -> None:
    data = json.dumps(RECORD, ensure_ascii=False).encode(encoding)
    assert decode_text(data) == (json.dumps(RECORD, ensure_ascii=False), encoding)
    results = process(data, name="kunde.json")
    assert any(f.entity_type == "DK_CPR" for r in results for f in r.findings), results[0].mime


@pytest.mark.parametrize("mark", [b"\xff\xfe", b""])
def test_a_private_message_in_a_utf16_graph_export_is_not_read(mark: bytes) -> None:
    page = {"value": [{"subject": "Hej", "sensitivity": "private", "body": {"content": f"CPR {CPR}, syg"}}]}
    results = process(mark + json.dumps(page, indent=2).encode("utf-16-le"), name="messages.json")
    assert results[0].private and not any(f.entity_type == "DK_CPR" for r in results for f in r.findings)


def test_utf8_and_binary_data_are_not_taken_for_utf16() -> None:
    assert decode_text(f"CPR {CPR}".encode())[1] == "utf-8"
    assert decode_text(b"PK\x03\x04\x14\x00\x00\x00" * 8)[1] != "utf-16-le"
