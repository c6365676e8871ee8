"""Mail whose lines end in CR CR LF (a CRLF file written again through a text-mode conversion: FTP ASCII
mode, a Windows tool) or LF CR (the same written the other way round). Every parser read each line end
as a line end plus an empty line, so a message's header block ended after its first line: ``Sensitivity:
Private`` became body text and the private body was read; an mbox was one message whose first header
block decided for all. The doubled line ends are undone before anything is decided."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from pii_scanner.core.model import ItemResult
from pii_scanner.extract import split
from pii_scanner.pipeline import scan_items
from pii_scanner.sources.files import file_item
from tests.extract.test_split_hostile import IDS, _check_private_unread, _layout, _write_mbox
from tests.helpers.mail_messages import CONFIG, CPR, mbox_bytes, process

MESSAGE = (
    "From: Jens <jens@firma.dk>\nTo: Lise <lise@firma.dk>\nSubject: Hej\n{sens}"
    "Content-Type: text/plain\n\nMit CPR er {cpr}\n"
)


ENDS = {"CR CR LF": b"\r\r\n", "LF CR": b"\n\r", "bare CR": b"\r"}  # bare CR: classic Mac OS mail


def _ended(text: str, end: bytes) -> bytes:
    return text.encode().replace(b"\n", end)


def _cprs(results: list[ItemResult]) -> int:
    return sum(1 for r in results for f in r.findings if f.entity_type == "DK_CPR")


@pytest.mark.parametrize("end", ENDS)
@pytest.mark.parametrize("container", ["eml", "no extension", "zip"])
def test_a_private_message_with_doubled_line_ends_is_not_read(container: str, end: str) -> None:
    data = _ended(MESSAGE.format(sens="Sensitivity: Private\n", cpr=CPR), ENDS[end])
    if container == "zip":
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as zf:
            zf.writestr("post/besked.eml", data)
        results = process(buf.getvalue(), name="post.zip")
    else:
        results = process(data, name="besked.eml" if container == "eml" else "besked")
    messages = [r for r in results if r.mime == "message/rfc822"]
    assert messages and messages[-1].private and _cprs(results) == 0


@pytest.mark.parametrize("end", ENDS)
def test_a_normal_message_with_doubled_line_ends_is_read_with_its_headers(end: str) -> None:
    results = process(_ended(MESSAGE.format(sens="", cpr=CPR), ENDS[end]))
    assert not results[0].private and _cprs(results) == 1
    assert results[0].item.mail is not None and results[0].item.mail.subject == "Hej"


@pytest.mark.parametrize("end", ENDS)
def test_an_mbox_with_doubled_line_ends_is_split_and_its_private_messages_not_read(end: str) -> None:
    data = mbox_bytes(6, private_every=2).replace(b"\n", ENDS[end])
    results = process(data, name="INBOX")
    messages = [r for r in results if r.item.depth == 1]
    assert len(messages) == 6, "the mbox was not split into its messages"
    assert [r.private for r in messages] == [True, False] * 3
    assert _cprs(results) == 3


@pytest.mark.parametrize("end", ENDS)
@pytest.mark.parametrize("workers", [1, 2])
def test_a_large_mbox_with_doubled_line_ends_is_read_whole_and_keeps_every_decision(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, workers: int, end: str
) -> None:
    # The spread path reads messages from byte ranges of the file as it is: such a file is read whole.
    monkeypatch.setattr(split, "BATCH_MESSAGES", 4)
    messages, private_numbers = _layout(4)
    path = _write_mbox(tmp_path / "Inbox.mbox", messages, ENDS[end])
    config = CONFIG.with_(detect__entities=IDS, workers=workers)
    assert split.plan_mailbox(file_item(path), config) is None
    results = list(scan_items([file_item(path)], config))
    _check_private_unread(results, path, private_numbers, len(messages))
