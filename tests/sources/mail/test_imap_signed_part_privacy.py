"""IMAP (a real Dovecot, asserted on its raw protocol log): a message private only in its signed part
(``multipart/signed``: header protection repeats ``Sensitivity: Private`` there; also inside a list server's
``multipart/mixed``) is decided from BODYSTRUCTURE and the signed part's MIME headers, and never downloaded nor
sent by the server. Was: downloaded whole, then not read. A signed normal message is downloaded and read."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest

from pii_scanner.core.state import MemoryState
from pii_scanner.pipeline import scan_items
from pii_scanner.sources.registry import open_source
from tests.helpers.mail_messages import CONFIG
from tests.servers import dovecot

pytestmark = [pytest.mark.imap, pytest.mark.skipif(not dovecot.available(), reason="dovecot not installed")]

CPR = "070761-4285"
HEAD = "From: Jens <jens@firma.dk>\r\nTo: Lise <lise@firma.dk>\r\nSubject: {name}\r\nMIME-Version: 1.0\r\n"


def _signed(name: str, sens: str, wrap: bool = False, protocol: str = "application/pkcs7-signature") -> bytes:
    inner = f"Content-Type: text/plain; charset=utf-8\r\n{sens}\r\nMARK-{name} Jeg er syg. CPR {CPR}\r\n"
    signed = (
        f'Content-Type: multipart/signed; protocol="{protocol}"; micalg=sha-256; boundary=S\r\n\r\n'
        f"--S\r\n{inner}--S\r\nContent-Type: {protocol}\r\n\r\nAAAA\r\n--S--\r\n"
    )
    if wrap:
        signed = (
            "Content-Type: multipart/mixed; boundary=W\r\n\r\n--W\r\n"
            + signed
            + "--W\r\nContent-Type: text/plain\r\n\r\nListe-footer\r\n--W--\r\n"
        )
    return (HEAD.format(name=name) + signed).encode()


MESSAGES = {
    "sig-marked": _signed("sig-marked", "Sensitivity: Private\r\n"),
    "sig-unknown": _signed("sig-unknown", "Sensitivity: Geheim\r\n", protocol="application/pgp-signature"),
    "wrapped-marked": _signed("wrapped-marked", "Sensitivity: Private\r\n", wrap=True),
    "sig-plain": _signed("sig-plain", ""),
}
PRIVATE = {"sig-marked", "sig-unknown", "wrapped-marked"}


@pytest.fixture(scope="module")
def server() -> Iterator[dovecot.Dovecot]:
    with dovecot.run_dovecot(rawlog=True) as srv:
        client: Any = dovecot.imap_client(srv)
        client.create("Signed")
        for data in MESSAGES.values():
            client.append("Signed", None, None, data)
        client.logout()
        yield srv


def test_a_message_private_in_its_signed_part_is_never_downloaded(server: dovecot.Dovecot) -> None:
    before = len(server.commands())
    items = list(open_source(server.spec("tls", folders=["Signed"]), CONFIG, MemoryState()).items())
    assert len(items) == len(MESSAGES)
    uids = {i + 1: name for i, name in enumerate(MESSAGES)}  # APPEND order is UID order
    whole: set[int] = set()
    for line in server.commands()[before:]:
        m = re.search(r"\bUID FETCH (\S+) \((.*)\)\s*$", line, re.IGNORECASE)
        if m and re.search(r"BODY(?:\.PEEK)?\[\]|RFC822(?!\.SIZE)|\[TEXT\]", m.group(2), re.IGNORECASE):
            whole |= {int(u) for u in m.group(1).split(",")}
    assert {u for u, n in uids.items() if n not in PRIVATE} <= whole, "the normal one was not downloaded"
    assert not {u for u, n in uids.items() if n in PRIVATE} & whole, whole
    sent = "".join(p.read_text(errors="replace") for p in sorted((server.root / "rawlog").glob("*.out")))
    for name in PRIVATE:
        assert f"MARK-{name} " not in sent, name
    assert "MARK-sig-plain " in sent
    results = {r.item.metadata["uid"]: r for r in scan_items(items, CONFIG) if r.item.depth == 0}
    for uid, name in uids.items():
        cpr = any(f.entity_type == "DK_CPR" for f in results[uid].findings)
        assert (results[uid].private, cpr) == ((True, False) if name in PRIVATE else (False, True)), name


@pytest.mark.parametrize(
    "line",
    [b"1 (UID 5 BODYSTRUCTURE " + b"(" * 5000 + b")" * 5000 + b")", b'1 (UID 5 BODYSTRUCTURE ("text"', b"garbage", b""],
)
def test_a_hostile_bodystructure_answer_never_raises(line: bytes) -> None:
    from pii_scanner.sources.mail.imap_structure import item_of, parse, structure

    fetched = parse(line)
    found = structure(item_of(fetched or [], b"BODYSTRUCTURE"))
    assert not found.signed
