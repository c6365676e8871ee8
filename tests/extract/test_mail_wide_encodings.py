"""A message saved in UTF-32 (with or without a byte order mark) or in UTF-16 without one is a message:
a private one is private and unread, a normal one is read with its CPR, as a file named .txt, .eml or
nothing. Was: a UTF-32 message without BOM read as nothing (exit 0, clean: the CPR missed, a private one
neither private nor an error), a UTF-16 one without BOM not read (unreadable, private)."""

from __future__ import annotations

import pytest

from tests.helpers.mail_messages import CPR, process

HEAD = "From: Jens <jens@firma.dk>\r\nTo: kim@firma.dk\r\nDate: Mon, 1 Dec 2025 10:00:00 +0100\r\nSubject: Hej\r\n"
PRIVATE = HEAD + f"Sensitivity: Private\r\n\r\nMit CPR er {CPR} og jeg er syg.\r\n"
NORMAL = HEAD + f"\r\nMit CPR er {CPR}.\r\n"
ENCODINGS = ["utf-32", "utf-32-le", "utf-32-be", "utf-16-le", "utf-16-be"]


def _cpr(results: list) -> bool:  # type: ignore[type-arg]
    return any(f.entity_type == "DK_CPR" for r in results for f in r.findings)


@pytest.mark.parametrize("name", ["besked.txt", "besked.eml", "besked"])
@pytest.mark.parametrize("encoding", ENCODINGS)
def test_a_message_in_a_wide_encoding_is_a_message(encoding: str, name: str) -> None:
    private = process(PRIVATE.encode(encoding), name=name)
    assert private[0].private and not _cpr(private)
    normal = process(NORMAL.encode(encoding), name=name)
    assert not normal[0].private and _cpr(normal), (normal[0].mime, normal[0].metadata)
