"""IMAP (a real Dovecot, stock configuration, asserted on its raw protocol log): a message whose only privacy
mark may be inside a TNEF part (winmail.dat: PR_SENSITIVITY is in its content, next to the body) is decided
from BODYSTRUCTURE before anything of it is downloaded: private (``sensitivity_unreadable``), metadata only,
unless its own headers already say private or an audited inspection reads private mail. Was: downloaded whole
(body and winmail.dat sent by the server), then decided by the extractor. A message without TNEF is read."""

from __future__ import annotations

import base64
import re
from collections.abc import Iterator
from typing import Any

import pytest

from pii_scanner.core.state import MemoryState
from pii_scanner.pipeline import scan_items
from pii_scanner.sources.registry import open_source
from tests.helpers.mail_messages import CONFIG
from tests.helpers.tnef_bytes import tnef_mail, tnef_with_sensitivity
from tests.servers import dovecot

pytestmark = [pytest.mark.imap, pytest.mark.skipif(not dovecot.available(), reason="dovecot not installed")]

CPR = "070761-4285"
PRIVATE, NORMAL = 2, 0  # PR_SENSITIVITY values


def _body(name: str) -> str:
    return f"MARK-{name} Jeg er syg. CPR {CPR}"


def _top_level(name: str) -> bytes:
    """The whole message one application/ms-tnef part (no multipart at all)."""
    encoded = base64.encodebytes(tnef_with_sensitivity(PRIVATE, _body(name))).decode().replace("\n", "\r\n")
    return (
        f"From: Jens <jens@firma.dk>\r\nTo: Lise <lise@firma.dk>\r\nSubject: {name}\r\nMIME-Version: 1.0\r\n"
        'Content-Type: application/ms-tnef; name="winmail.dat"\r\nContent-Transfer-Encoding: base64\r\n\r\n'
        f"{encoded}"
    ).encode()


MESSAGES = {
    "tnef-private": tnef_mail(_body("tnef-private"), tnef_with_sensitivity(PRIVATE)),
    "tnef-normal": tnef_mail(_body("tnef-normal"), tnef_with_sensitivity(NORMAL)),
    "tnef-octet": tnef_mail(_body("tnef-octet"), tnef_with_sensitivity(PRIVATE), ctype="application/octet-stream"),
    "tnef-vnd": tnef_mail(_body("tnef-vnd"), tnef_with_sensitivity(PRIVATE), ctype="application/vnd.ms-tnef"),
    "tnef-nested": tnef_mail(_body("tnef-nested"), tnef_with_sensitivity(PRIVATE), nested=True),
    "tnef-top": _top_level("tnef-top"),
    "plain": (
        "From: Jens <jens@firma.dk>\r\nTo: Lise <lise@firma.dk>\r\nSubject: plain\r\nMIME-Version: 1.0\r\n"
        f"Content-Type: multipart/mixed; boundary=B\r\n\r\n--B\r\nContent-Type: text/plain\r\n\r\n{_body('plain')}\r\n"
        "--B\r\nContent-Type: application/pdf; name=bilag.dat\r\n\r\nAAAA\r\n--B--\r\n"
    ).encode(),
}
NOT_DOWNLOADED = {n for n in MESSAGES if n.startswith("tnef")}


@pytest.fixture(scope="module")
def server() -> Iterator[dovecot.Dovecot]:
    with dovecot.run_dovecot(rawlog=True) as srv:
        client: Any = dovecot.imap_client(srv)
        client.create("Tnef")
        for data in MESSAGES.values():
            client.append("Tnef", None, None, data)
        client.logout()
        yield srv


def _downloaded(server: dovecot.Dovecot, before: int) -> set[int]:
    """UIDs any part of whose content (not only headers or structure) was asked for."""
    whole: set[int] = set()
    for line in server.commands()[before:]:
        m = re.search(r"\bUID FETCH (\S+) \((.*)\)\s*$", line, re.IGNORECASE)
        if m and re.search(r"BODY(?:\.PEEK)?\[(?!HEADER\]|[\d.]+\.MIME\])|RFC822(?!\.SIZE)", m.group(2), re.I):
            whole |= {int(u) for u in m.group(1).split(",")}
    return whole


def test_a_message_with_a_tnef_part_is_never_downloaded(server: dovecot.Dovecot) -> None:
    before = len(server.commands())
    sent_before = {p: p.stat().st_size for p in (server.root / "rawlog").glob("*.out")}
    items = list(open_source(server.spec("tls", folders=["Tnef"]), CONFIG, MemoryState()).items())
    assert len(items) == len(MESSAGES)
    uids = {i + 1: name for i, name in enumerate(MESSAGES)}  # APPEND order is UID order
    whole = _downloaded(server, before)
    assert {u for u, n in uids.items() if n not in NOT_DOWNLOADED} <= whole, "the plain one was not downloaded"
    assert not {u for u, n in uids.items() if n in NOT_DOWNLOADED} & whole, whole
    sent = ""
    for p in sorted((server.root / "rawlog").glob("*.out")):
        sent += p.read_bytes()[sent_before.get(p, 0) :].decode("utf-8", "replace")
    for name in NOT_DOWNLOADED:
        assert f"MARK-{name} " not in sent, name
    assert "MARK-plain " in sent
    results = {r.item.metadata["uid"]: r for r in scan_items(items, CONFIG) if r.item.depth == 0}
    for uid, name in uids.items():
        result = results[uid]
        cpr = any(f.entity_type == "DK_CPR" for f in result.findings)
        if name in NOT_DOWNLOADED:
            assert (result.private, cpr) == (True, False), name
            assert "sensitivity_unreadable" in str(result.metadata.get("private_reason")), name
        else:
            assert (result.private, cpr) == (False, True), name


def test_an_audited_inspection_still_downloads_and_reads_a_normal_tnef_message(server: dovecot.Dovecot) -> None:
    config = CONFIG.with_(mail__inspect_private=True, mail__inspect_private_reason="Sag 12: revision")
    items = list(open_source(server.spec("tls", folders=["Tnef"]), config, MemoryState()).items())
    results = {r.item.metadata["uid"]: r for r in scan_items(items, config) if r.item.depth == 0}
    normal = list(MESSAGES).index("tnef-normal") + 1
    assert any(f.entity_type == "DK_CPR" for f in results[normal].findings)


@pytest.mark.parametrize(
    ("line", "tnef"),
    [
        (b'1 (UID 5 BODYSTRUCTURE ("application" "ms-tnef" NIL NIL NIL "base64" 10))', ["1"]),
        (
            b'1 (UID 5 BODYSTRUCTURE ("application" "octet-stream" ("name*" "utf-8\'\'WINMAIL.DAT")'
            b' NIL NIL "base64" 10))',
            ["1"],
        ),
        (
            b'1 (UID 5 BODYSTRUCTURE (("text" "plain" NIL NIL NIL "7bit" 1 1)("application" "octet-stream" NIL NIL NIL '
            b'"base64" 10 NIL ("attachment" ("filename" "winmail.dat")) NIL NIL) "mixed"))',
            ["2"],
        ),
        (
            b'1 (UID 5 BODYSTRUCTURE (("text" "plain" NIL NIL NIL "7bit" 1 1)("message" "rfc822" NIL NIL NIL "7bit" 9 '
            b'NIL ("application" "ms-tnef" NIL NIL NIL "base64" 10) 1) "mixed"))',
            [],
        ),
    ],
)
def test_tnef_parts_are_found_by_type_and_by_name(line: bytes, tnef: list[str]) -> None:
    from pii_scanner.sources.mail.imap_structure import item_of, parse, structure

    assert structure(item_of(parse(line) or [], b"BODYSTRUCTURE")).tnef == tnef
