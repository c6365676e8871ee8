"""Private mail over IMAP is never downloaded, asserted on what a real Dovecot was asked and sent
(its raw protocol log): Sensitivity headers in odd places and spellings, given twice, encoded,
unknown or empty; private keywords; duplicates of one message; line endings. Plus a server that puts
FLAGS after the header literal (allowed by RFC 3501): the keyword must still be seen."""

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
HEAD = "From: Jens Hansen <jens@firma.dk>\r\nTo: kim@gmail.com\r\nDate: Mon, 01 Jan 2024 10:00:00 +0100\r\n"
RECEIVED = "".join(
    f"Received: from relay{n}.firma.dk by mx.firma.dk; Mon, 1 Jan 2024 10:00:0{n} +0100\r\n" for n in range(6)
)

# (name, extra header lines placed by the template, flags given at APPEND)
PRIVATE: list[tuple[str, str, str | None]] = [
    ("first-header", "Sensitivity: Private\r\n{head}Subject: {name}\r\n", None),
    ("after-received", "{head}{received}Subject: {name}\r\nSensitivity: Private\r\n", None),
    ("folded", "{head}Subject: {name}\r\nSensitivity:\r\n  Private\r\n", None),
    ("rfc2047", "{head}Subject: {name}\r\nSensitivity: =?utf-8?q?Private?=\r\n", None),
    ("normal-then-private", "{head}Subject: {name}\r\nSensitivity: Normal\r\nSensitivity: Private\r\n", None),
    ("private-then-normal", "Sensitivity: Private\r\n{head}Subject: {name}\r\nSensitivity: Normal\r\n", None),
    ("lower-case", "{head}subject: {name}\r\nsensitivity: private\r\n", None),
    ("space-before-colon", "{head}Subject: {name}\r\nSensitivity : Private\r\n", None),
    ("comment", "{head}Subject: {name}\r\nSensitivity: (set by Outlook) Private (user)\r\n", None),
    ("unknown", "{head}Subject: {name}\r\nSensitivity: Hemmelig\r\n", None),
    ("empty", "{head}Subject: {name}\r\nSensitivity: \r\n", None),
    ("only-comment", "{head}Subject: {name}\r\nSensitivity: (none)\r\n", None),
    ("latin1-value", "{head}Subject: {name}\r\nSensitivity: Priv\xe9\r\n", None),
    ("keyword-privat", "{head}Subject: {name}\r\n", "(Privat)"),
    ("keyword-dollar", "{head}Subject: {name}\r\n", "($Private \\Seen)"),
    ("keyword-lower", "{head}Subject: {name}\r\n", "(privat)"),
    ("subject-marked", "{head}Subject: PRIVAT: {name}\r\n", None),
    ("lf-only", "{head}Subject: {name}\r\nSensitivity: Private\r\n", None),
]
NORMAL: list[tuple[str, str, str | None]] = [
    ("normal-plain", "{head}Subject: {name}\r\n", None),
    ("normal-explicit", "{head}Subject: {name}\r\nSensitivity: Normal\r\n", "(\\Seen)"),
    ("normal-keyword-other", "{head}Subject: {name}\r\n", "(Arbejde)"),
]


def _message(name: str, template: str) -> bytes:
    headers = template.format(head=HEAD, received=RECEIVED, name=name)
    raw = f"{headers}Content-Type: text/plain; charset=utf-8\r\n\r\nMARK-{name} CPR {CPR}\r\n"
    if name == "lf-only":
        raw = raw.replace("\r\n", "\n")
    return raw.encode("latin-1")


@pytest.fixture(scope="module")
def server() -> Iterator[dovecot.Dovecot]:
    with dovecot.run_dovecot(rawlog=True) as srv:
        client: Any = dovecot.imap_client(srv)
        client.create("Hostile")
        client.create("Privat")
        for name, template, flags in PRIVATE + NORMAL:
            client.append("Hostile", flags, None, _message(name, template))
        for _ in range(2):  # the same private message twice (a copy kept in two places)
            client.append(
                "Hostile", None, None, _message("duplicate", "{head}Subject: {name}\r\nSensitivity: Private\r\n")
            )
        client.append("Privat", None, None, _message("private-folder", "{head}Subject: {name}\r\n"))
        client.logout()
        yield srv


def _body_fetches(commands: list[str]) -> list[str]:
    """UID sets of every command that asked for more than headers (BODY[], RFC822, TEXT, parts)."""
    out = []
    for line in commands:
        m = re.search(r"\bUID FETCH (\S+) \((.*)\)\s*$", line, re.IGNORECASE)
        if m and re.search(r"BODY(?:\.PEEK)?\[(?!HEADER\])|RFC822(?!\.SIZE)|BINARY", m.group(2), re.IGNORECASE):
            out.append(m.group(1))
    return out


def _uids(uid_set: str) -> set[int]:
    out: set[int] = set()
    for part in uid_set.split(","):
        lo, _, hi = part.partition(":")
        out.update(range(int(lo), int(hi or lo) + 1))
    return out


def test_private_mail_is_never_fetched_nor_sent_by_the_server(server: dovecot.Dovecot) -> None:
    before = len(server.commands())
    spec = server.spec("tls", folders=["Hostile", "Privat"])
    items = list(open_source(spec, CONFIG, MemoryState()).items())
    names = [n for n, _t, _f in PRIVATE + NORMAL] + ["duplicate", "duplicate"]
    assert len(items) == len(names) + 1
    asked: set[int] = set()
    for uid_set in _body_fetches(server.commands()[before:]):
        asked |= _uids(uid_set)
    hostile_uids = {i + 1: name for i, name in enumerate(names)}  # APPEND order is UID order
    private_uids = {uid for uid, name in hostile_uids.items() if name not in {n for n, _t, _f in NORMAL}}
    normal_uids = set(hostile_uids) - private_uids
    assert normal_uids <= asked, "the normal messages were not downloaded: the test proves nothing"
    assert not (private_uids & asked), sorted(hostile_uids[u] for u in private_uids & asked)
    # What the server sent back: no private body, the normal bodies did come.
    sent = "".join(p.read_text(errors="replace") for p in sorted((server.root / "rawlog").glob("*.out")))
    for name in [n for n, _t, _f in PRIVATE] + ["duplicate", "private-folder"]:
        assert f"MARK-{name} " not in sent, name
    assert "MARK-normal-plain " in sent
    results = list(scan_items(items, CONFIG))
    by_subject = {r.item.metadata["uid"]: r for r in results if r.item.mail and r.item.mail.folder == "Hostile"}
    for uid in private_uids:
        assert by_subject[uid].private and not by_subject[uid].findings, hostile_uids[uid]
    for uid in normal_uids:
        assert not by_subject[uid].private and by_subject[uid].findings, hostile_uids[uid]
    folder_item = next(r for r in results if r.item.mail and r.item.mail.folder == "Privat")
    assert folder_item.private and not folder_item.findings


class _FlagsAfterLiteral:
    """An imaplib connection whose server puts FLAGS after the header literal, as RFC 3501 allows:
    imaplib then returns the FLAGS in a separate bytes element after the (line, literal) tuple."""

    def __init__(self, headers: bytes) -> None:
        self.headers = headers
        self.requests: list[str] = []

    def uid(self, command: str, uids: str, what: str) -> tuple[str, list[Any]]:
        self.requests.append(f"{command} {uids} {what}")
        if "HEADER" in what:
            line = b'1 (UID 7 RFC822.SIZE 400 INTERNALDATE "01-Jan-2024 10:00:00 +0100" BODY[HEADER] {%d}' % len(
                self.headers
            )
            return "OK", [(line, self.headers), b" FLAGS (\\Seen Privat))"]
        return "OK", [(b"1 (UID 7 BODY[] {5}", b"BODY!"), b")"]


def test_keyword_after_the_header_literal_still_makes_the_message_private() -> None:
    from pii_scanner.sources.mail.imap import ImapSource
    from pii_scanner.sources.specs import parse_spec

    spec = parse_spec({"type": "imap", "name": "x", "host": "127.0.0.1", "username": "jens@firma.dk"})
    source = ImapSource(spec, CONFIG, MemoryState(), "pw")  # type: ignore[arg-type]
    conn = _FlagsAfterLiteral(f"{HEAD}Subject: hej\r\n\r\n".encode())
    ((item, kw_private),) = list(source._fetch(conn, "INBOX", "1", [7]))  # type: ignore[arg-type]
    assert kw_private and item.mail is not None and item.mail.sensitivity == "private"
    assert [r for r in conn.requests if "BODY.PEEK[]" in r] == [], conn.requests
    assert b"BODY!" not in (item.data or b"")


class _UidAfterLiteral(_FlagsAfterLiteral):
    def uid(self, command: str, uids: str, what: str) -> tuple[str, list[Any]]:
        self.requests.append(f"{command} {uids} {what}")
        if "HEADER" in what:
            return "OK", [(b"1 (BODY[HEADER] {%d}" % len(self.headers), self.headers), b" UID 7 FLAGS (\\Seen))"]
        return "OK", [(b"1 (BODY[] {5}", b"BODY!"), b" UID 7)"]


def test_uid_after_the_literal_loses_no_message_and_reads_a_normal_body() -> None:
    from pii_scanner.sources.mail.imap import ImapSource
    from pii_scanner.sources.specs import parse_spec

    spec = parse_spec({"type": "imap", "name": "x", "host": "127.0.0.1", "username": "jens@firma.dk"})
    source = ImapSource(spec, CONFIG, MemoryState(), "pw")  # type: ignore[arg-type]
    conn = _UidAfterLiteral(f"{HEAD}Subject: hej\r\n\r\n".encode())
    ((item, kw_private),) = list(source._fetch(conn, "INBOX", "1", [7]))  # type: ignore[arg-type]
    assert not kw_private and item.data == b"BODY!"
