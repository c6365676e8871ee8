"""A message sent in fragments (RFC 2046 ``message/partial``): only fragment 1 holds the message's own
header block, its ``Sensitivity`` included. A later fragment was read as a message of no headers (its
first lines dropped as malformed headers, the rest read, never private); now its privacy cannot be
decided, so it is private (fail closed). Fragment 1 decides by its headers when they end inside it."""

from __future__ import annotations

import pytest

from pii_scanner.core.model import ItemResult
from tests.helpers.mail_messages import CPR, process

ENCLOSING = "From: Jens <jens@firma.dk>\r\nTo: Lise <lise@firma.dk>\r\nSubject: Hej ({n})\r\nMIME-Version: 1.0\r\n"
INNER = "From: Jens <jens@firma.dk>\r\nTo: Lise <lise@firma.dk>\r\nSubject: Hej\r\n{mark}Content-Type: text/plain\r\n"


def _fragment(params: str, body: bytes, n: str = "1/1") -> bytes:
    head = ENCLOSING.format(n=n) + f"Content-Type: message/partial; {params}\r\n\r\n"
    return head.encode() + body


def _inner(private: bool) -> bytes:
    mark = "Sensitivity: Private\r\n" if private else ""
    return (INNER.format(mark=mark) + f"\r\nMit CPR er {CPR}\r\n").encode()


def _attached(fragment_part: bytes) -> bytes:
    """A normal message forwarding a fragment as one of its parts."""
    head = (
        b"From: Lise <lise@firma.dk>\r\nTo: HR <hr@firma.dk>\r\nSubject: Fwd\r\nMIME-Version: 1.0\r\n"
        b"Content-Type: multipart/mixed; boundary=XX\r\n\r\n--XX\r\nContent-Type: text/plain\r\n\r\nSe her.\r\n--XX\r\n"
    )
    return head + fragment_part + b"\r\n--XX--\r\n"


def _cprs(results: list[ItemResult]) -> int:
    return sum(1 for r in results for f in r.findings if f.entity_type == "DK_CPR")


LATER = f"yderligere oplysninger: CPR {CPR}\r\n".encode()
UNDECIDABLE = {
    "fragment 2 of 2": ('id="a@firma.dk"; number=2; total=2', LATER),
    "fragment 2 after a blank line": ('id="a@firma.dk"; number=2; total=2', b"\r\n" + LATER),
    "fragment 2 that looks like headers": ('id="a@firma.dk"; number=2', f"Note: CPR {CPR}\r\n\r\nmere\r\n".encode()),
    "no number": ('id="a@firma.dk"', _inner(False)),
    "a number that is no number": ('id="a@firma.dk"; number=x1; total=2', _inner(False)),
    "fragment 1 whose header block goes on in fragment 2": (
        'id="a@firma.dk"; number=1; total=2',
        f"From: Jens <jens@firma.dk>\r\nTo: Lise <lise@firma.dk>\r\nX-Sag: CPR {CPR}\r\n".encode(),
    ),
    "fragment 1 of 2, private": ('id="a@firma.dk"; number=1; total=2', _inner(True)),
}


@pytest.mark.parametrize("where", ["file", "attached"])
@pytest.mark.parametrize("form", UNDECIDABLE)
def test_a_fragment_whose_privacy_cannot_be_decided_is_private(form: str, where: str) -> None:
    params, body = UNDECIDABLE[form]
    part = f"Content-Type: message/partial; {params}\r\n\r\n".encode() + body
    results = process(_fragment(params, body) if where == "file" else _attached(part))
    fragments = [r for r in results if r.item.depth > 0]
    assert fragments and all(r.private and "private_mail" in r.flags for r in fragments), form
    assert _cprs(results) == 0, f"the fragment ({form}) was read"
    assert fragments[0].metadata["private_reason"].startswith(("sensitivity_unreadable", "sensitivity private"))


@pytest.mark.parametrize(
    "params", ['id="a@firma.dk"; number=1; total=1', 'id="a@firma.dk"; number=1; total=2', "number=1"]
)
def test_a_first_fragment_of_a_normal_message_is_read(params: str) -> None:
    results = process(_fragment(params, _inner(False)))
    assert _cprs(results) == 1 and not any(r.private for r in results)
