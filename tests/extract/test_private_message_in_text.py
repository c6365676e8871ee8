"""A private message held in a text after other text (a plain list digest, RFC 1153 / Mailman; a saved
thread; the same digest sent as a mail body) makes the item private, as a private message glued into an
mbox body already does: its header block (after a blank line, any first header such as Mailman's
`Message: 2`) is judged as a message's. Was: text/plain read whole, the private message's CPR and
diagnosis found. A digest of normal messages and a text quoting a header block that is not private are
read as before."""

from __future__ import annotations

import pytest

from tests.helpers.mail_messages import CPR, make_mail, process

NORMAL = (
    "From: Kim <kim@firma.dk>\nTo: jens@firma.dk\nDate: Mon, 1 Dec 2025 09:00:00 +0100\nSubject: Moede\n\n"
    "Vi ses kl 10.\n"
)
PRIVATE = {
    "sensitivity": "From: Jens <jens@firma.dk>\nTo: kim@gmail.com\nDate: Mon, 1 Dec 2025 10:00:00 +0100\n"
    "Subject: Hej\nSensitivity: Private\n\nMit CPR er {cpr} og jeg er syg.\n",
    "subject": "From: Jens <jens@firma.dk>\nTo: kim@gmail.com\nDate: Mon, 1 Dec 2025 10:00:00 +0100\n"
    "Subject: Privat: lægen\n\nMit CPR er {cpr} og jeg er syg.\n",
    "unknown": "From: Jens <jens@firma.dk>\nTo: kim@gmail.com\nSubject: Hej\nSensitivity: Hemmelig\n\nCPR {cpr}.\n",
}


def _digest(private: str, nl: str = "\n") -> str:
    text = (
        "Liste-digest, Vol 12, Issue 3\n\nToday's Topics:\n\n   1. Moede\n   2. Hej\n\n"
        + "-" * 70
        + "\n\nMessage: 1\n"
        + NORMAL
        + "\n------------------------------\n\nMessage: 2\n"
        + private.format(cpr=CPR)
        + "\n------------------------------\n\nEnd of digest\n"
    )
    return text.replace("\n", nl)


def _cpr(results: list) -> bool:  # type: ignore[type-arg]
    return any(f.entity_type == "DK_CPR" for r in results for f in r.findings)


@pytest.mark.parametrize("nl", ["\n", "\r\n"])
@pytest.mark.parametrize("kind", sorted(PRIVATE))
def test_a_private_message_in_a_text_digest_is_not_read(kind: str, nl: str) -> None:
    results = process(_digest(PRIVATE[kind], nl).encode(), name="digest.txt")
    assert results[0].private and not _cpr(results)
    assert "embedded message" in str(results[0].metadata.get("private_reason")), results[0].metadata


def test_a_private_message_in_a_digest_sent_as_a_mail_body_is_not_read() -> None:
    mail = make_mail(body=_digest(PRIVATE["sensitivity"]), subject="Liste-digest")
    results = process(bytes(mail))
    assert results[0].private and not _cpr(results)


def test_a_digest_of_normal_messages_and_a_quoted_header_block_are_read() -> None:
    normal = NORMAL.replace("Vi ses kl 10.", f"CPR {CPR}")
    assert _cpr(process(_digest(normal).encode(), name="digest.txt"))
    quoted = f"Notat\n\nFrom: Kim <kim@firma.dk>\nSent: 1. december\nTo: Jens\nSubject: Sag\n\nCPR {CPR}\n"
    results = process(quoted.encode(), name="notat.txt")
    assert not results[0].private and _cpr(results)


@pytest.mark.parametrize("gap", ["\n\n", "\n\n\n\n", "\n \n", "\t\n\n"])
def test_a_private_message_after_several_blank_lines_is_not_read(gap: str) -> None:
    """(NORMAL ends with a line end.) Digests often leave two blank lines before a message: the paragraph
    starts at its first text line (was: it started with the extra blank line, was no header block, and the
    private message was read)."""
    text = "Liste-digest\n\nMessage: 1\n" + NORMAL + gap + "Message: 2\n" + PRIVATE["sensitivity"].format(cpr=CPR)
    results = process(text.encode(), name="digest.txt")
    assert results[0].private and not _cpr(results)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be-bom", "utf-32"])
def test_a_private_message_in_a_unicode_saved_digest_is_not_read(encoding: str) -> None:
    """A digest saved as "Unicode" (UTF-16 with a byte order mark, as Notepad writes it; UTF-32): its header lines
    are looked for in its text (was: looked for in the raw bytes, never found, the private message read)."""
    text = _digest(PRIVATE["sensitivity"], "\r\n")
    data = b"\xfe\xff" + text.encode("utf-16-be") if encoding == "utf-16-be-bom" else text.encode(encoding)
    results = process(data, name="digest.txt")
    assert results[0].private and not _cpr(results), results[0].mime
