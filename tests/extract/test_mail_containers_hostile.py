"""Hostile mailbox files: mbox boundaries inside private bodies, damaged PSTs, unreadable PST sensitivity."""

from __future__ import annotations

import random
from typing import Any

import pytest

from pii_scanner.core.model import MailMeta
from pii_scanner.extract import pst
from pii_scanner.extract.mailbox_files import iter_mbox_spans
from tests.helpers.mail_messages import CPR, mail_sample, make_mail, process

SEP = b"From jens@firma.dk Mon Jan  1 10:00:00 2024\n"


def _msg(subject: str, body: str, **kw: Any) -> bytes:
    return bytes(make_mail(subject=subject, body=body, **kw))


def _messages(results: list[Any]) -> list[Any]:
    return [r for r in results if r.mime == "message/rfc822" and r.item.depth == 1]


def test_body_line_from_after_blank_line_does_not_split_a_private_message() -> None:
    private = _msg("Privat", f"Hej\n\nFrom here on CPR {CPR}\n\nFrom me to you, {CPR}\n")
    data = SEP + private + b"\n" + SEP + _msg("m2", "intet her") + b"\n"
    results = process(data, name="Inbox.mbox")
    msgs = _messages(results)
    assert len(msgs) == 2
    assert msgs[0].private and not msgs[0].findings
    assert not any(f.entity_type == "DK_CPR" for r in results for f in r.findings)


def test_dated_from_line_without_headers_after_it_is_body_text() -> None:
    body = f"Citat:\n\nFrom jens@firma.dk Mon Jan  1 10:00:00 2024\nJeg skrev CPR {CPR}\n"
    data = SEP + _msg("Privat", body) + b"\n" + SEP + _msg("m2", "intet") + b"\n"
    msgs = _messages(process(data, name="Inbox.mbox"))
    assert len(msgs) == 2 and msgs[0].private and not msgs[0].findings


def test_content_length_is_honoured_over_an_embedded_message() -> None:
    """mboxcl: an unquoted From_ line + headers inside the body is still the same message."""
    embedded = SEP.decode() + f"From: x@y.dk\nSubject: indlejret\n\nCPR {CPR}\n"
    private = make_mail(subject="Privat", body="Videresendt:\n\n" + embedded)
    raw = bytes(private)
    head, _, body = raw.partition(b"\n\n")
    with_len = head + f"\nContent-Length: {len(body)}".encode() + b"\n\n" + body
    data = SEP + with_len + b"\n" + SEP + _msg("m2", "intet") + b"\n"
    results = process(data, name="Inbox.mbox")
    msgs = _messages(results)
    assert [m.item.mail.subject for m in msgs if m.item.mail] == ["Privat", "m2"]
    assert msgs[0].private and not any(f.entity_type == "DK_CPR" for r in results for f in r.findings)


def test_wrong_content_length_falls_back_to_separators() -> None:
    raw = _msg("m1", "kort")
    head, _, body = raw.partition(b"\n\n")
    lying = head + b"\nContent-Length: 3\n\n" + body
    data = SEP + lying + b"\n" + SEP + _msg("m2", "intet") + b"\n"
    assert len(list(iter_mbox_spans(data))) == 2


def test_mboxrd_from_quoting_is_undone() -> None:
    """mboxrd: one ">" is removed from every >*From line; body From lines come back as written."""
    from pii_scanner.extract.mailbox_files import _MboxSlice

    raw = bytes(make_mail(subject="m", body="linje\n>From once\nFrom twice\n"))
    stored = raw.replace(b"\n>From once", b"\n>>From once").replace(b"\nFrom twice", b"\n>From twice")
    data = SEP + stored + b"\n"
    ((start, end),) = list(iter_mbox_spans(data))
    content = _MboxSlice(data, start, end)()
    assert b"\n>From once" in content and b"\nFrom twice" in content


def test_crlf_mbox_splits_and_keeps_privacy() -> None:
    data = (SEP + _msg("Privat", f"CPR {CPR}") + b"\n" + SEP + _msg("m2", "intet") + b"\n").replace(b"\n", b"\r\n")
    results = process(data, name="box.mbox")
    msgs = _messages(results)
    assert len(msgs) == 2 and msgs[0].private and not msgs[0].findings


# --- PST ---------------------------------------------------------------------------------------------
def _support() -> bytes:
    path = mail_sample("support.pst")
    if path is None:
        pytest.skip("support.pst sample not available")
    return path.read_bytes()


@pytest.mark.parametrize("fraction", [0.75, 0.9])
def test_truncated_pst_says_what_could_not_be_read(fraction: float) -> None:
    data = _support()
    results = process(data[: int(len(data) * fraction)], name="support.pst")
    errors = [r for r in results if r.error]
    assert errors, "a truncated PST must not look like an empty, clean mailbox"
    assert any("damaged PST" in (r.error or "") or "PST" in (r.error or "") for r in errors)


@pytest.mark.parametrize("seed", range(6))
def test_byte_flipped_pst_never_silently_loses_messages(seed: int) -> None:
    data = bytearray(_support())
    rng = random.Random(seed)
    for _ in range(40):
        pos = rng.randrange(4096, len(data))
        data[pos] ^= 0xFF
    results = process(bytes(data), name="support.pst")
    messages = [r for r in results if r.mime == "message/rfc822" and r.item.depth == 1]
    assert len(messages) == 17 or any(r.error for r in results), "messages lost without an error record"


def test_whole_pst_still_reads_every_message() -> None:
    results = process(_support(), name="support.pst")
    assert len([r for r in results if r.mime == "message/rfc822" and r.item.depth == 1]) == 17
    assert not any(r.error for r in results)


class _Entry:
    def __init__(self, value: Any) -> None:
        self._value = value

    @property
    def data_as_integer(self) -> int:
        if isinstance(self._value, Exception):
            raise self._value
        return int(self._value)


class _RecordSet:
    def __init__(self, entry: Any) -> None:
        self.entry = entry

    def get_entry_by_type(self, tag: int) -> Any:
        if isinstance(self.entry, Exception):
            raise self.entry
        return self.entry


class _Message:
    def __init__(self, entry: Any, sets: int = 1) -> None:
        self.number_of_record_sets = sets
        self._set = _RecordSet(entry)

    def get_record_set(self, index: int) -> _RecordSet:
        return self._set


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        (_Message(None), "normal"),
        (_Message(_Entry(2)), "private"),
        (_Message(_Entry(0)), "normal"),
        (_Message(_Entry(9)), "unreadable"),
        (_Message(_Entry(-1)), "unreadable"),
        (_Message(_Entry(OSError("bad block"))), "unreadable"),
        (_Message(OSError("record set")), "unreadable"),
        (_Message(_Entry(UnicodeEncodeError("utf-8", "x", 0, 1, "bad"))), "unreadable"),
        (_Message(None, sets=0), "unreadable"),
    ],
)
def test_pst_sensitivity_property_reading(message: Any, expected: str) -> None:
    assert pst.message_sensitivity(message) == expected


def test_pst_unreadable_sensitivity_is_private_and_never_read(monkeypatch: pytest.MonkeyPatch) -> None:
    import pii_scanner.extract.mailbox_files as mf

    data = _support()
    monkeypatch.setattr(pst, "message_sensitivity", lambda message: "unreadable")

    def boom(*_args: object) -> bytes:
        raise AssertionError("body read although privacy could not be decided")

    monkeypatch.setattr(mf, "message_mime", boom)
    results = process(data, name="support.pst")
    msgs = [r for r in results if r.item.depth == 1]
    assert len(msgs) == 17
    assert all(r.private and r.metadata["private_reason"] == "sensitivity_unreadable" for r in msgs)
    assert all(not r.findings and r.error is None for r in msgs)


def test_pst_meta_keeps_store_value_over_header() -> None:
    """A private PST message stays private whatever its MIME headers later say (strictest wins)."""
    from pii_scanner.core.mail_policy import read_meta

    meta = read_meta(b"Subject: x\nSensitivity: Normal\n\n", MailMeta(sensitivity="private"))
    assert meta.sensitivity == "private"


@pytest.mark.parametrize("prefix", [b"\n", b"\r\n\r\n", b"\xef\xbb\xbf", b"\xef\xbb\xbf\n"])
def test_mbox_with_leading_bom_or_blank_lines_is_still_an_mbox(prefix: bytes) -> None:
    """Thunderbird keeps mbox files without an extension: content alone must make them an mbox."""
    data = prefix + SEP + _msg("Privat", f"CPR {CPR}") + b"\n" + SEP + _msg("m2", "intet") + b"\n"
    results = process(data, name="Inbox")
    assert results[0].mime == "application/mbox"
    msgs = _messages(results)
    assert len(msgs) == 2 and msgs[0].private and not msgs[0].findings


def test_mbox_with_its_own_date_format_still_splits() -> None:
    """A writer's own separator dates: the first line sets the rule; headers are still required."""
    sep = b"From jens@firma.dk 2024-01-01T10:00:00Z\n"
    body = f"Hej\n\nFrom 2024 on, CPR {CPR}\n"
    data = sep + _msg("m1", "intet") + b"\n" + sep + _msg("Privat", body) + b"\n" + sep + _msg("m3", "intet") + b"\n"
    results = process(data, name="export.mbox")
    msgs = _messages(results)
    assert [m.item.mail.subject for m in msgs if m.item.mail] == ["m1", "Privat", "m3"]
    assert msgs[1].private and not any(f.entity_type == "DK_CPR" for r in results for f in r.findings)


def test_a_glued_private_message_behind_many_decoy_separators_is_not_read() -> None:
    # Only the first 200 separator lines were checked: a private message glued on after 205 decoys was read.
    sep = "From a@firma.dk Mon Jan  1 10:00:00 2024"
    decoys = "".join(f"\n{sep}\nlinje {i}\n" for i in range(205))
    glued = f"\n{sep}\nFrom: b@firma.dk\nSubject: x\nSensitivity: Private\n\nPrivat CPR {CPR}\n"
    (top,) = process(f"From: a@firma.dk\nSubject: liste\n\nhej\n{decoys}{glued}".encode())
    assert top.private and not top.findings
    assert top.metadata["private_reason"].startswith("embedded message")


def test_many_body_lines_starting_with_from_leave_a_normal_message_readable() -> None:

    lines = "".join(f"\nFrom here on, point {i}.\n" for i in range(500))
    (top,) = process(f"From: a@firma.dk\nSubject: liste\n\nCPR {CPR}\n{lines}".encode())
    assert not top.private and any(f.entity_type == "DK_CPR" for f in top.findings)
