"""EWS (real exchangelib, loopback SOAP server): a message the server calls Normal whose MIME, fetched
second, is marked private in its own headers (Sensitivity, an unknown sensitivity, a subject marked
private) is private and its body unread; the control is read."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from pii_scanner.core.state import MemoryState
from pii_scanner.pipeline import scan_items
from pii_scanner.sources.registry import open_source
from tests.helpers.mail_messages import CONFIG, CPR, make_mail
from tests.sources.mail.ews_server import EwsMailbox, run_ews

CASES = {
    "header-private": make_mail(body=f"CPR {CPR}", sensitivity="Private"),
    "header-unknown": make_mail(body=f"CPR {CPR}", sensitivity="Hemmelig"),
    "subject-private": make_mail(body=f"CPR {CPR}", subject="Privat: lægebesøg"),
    "control": make_mail(body=f"CPR {CPR}"),
}


@pytest.fixture()
def ews(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, Any]]:
    box = EwsMailbox()
    box.folders = {"inbox": ("root", "Indbakke")}
    for name, message in CASES.items():
        box.add(name, "inbox", bytes(message), 0, "Møde")  # the server says Normal, subject harmless
    monkeypatch.setenv("PII_TEST_EWS_PASSWORD", "ews-secret")
    with run_ews(box) as url:
        yield {
            "type": "ews",
            "name": "exch",
            "endpoint": url,
            "username": "svc-scanner",
            "password_env": "PII_TEST_EWS_PASSWORD",
            "auth_type": "basic",
            "version": "2016",
            "mailboxes": ["jens@firma.dk"],
            "access_type": "impersonation",
            "max_wait": 30,
        }


def test_a_message_private_only_in_its_mime_is_not_read(ews: dict[str, Any]) -> None:
    results = list(scan_items(open_source(ews, CONFIG, MemoryState()).items(), CONFIG))
    tops = [r for r in results if r.item.depth == 0]
    assert len(tops) == len(CASES), [r.item.location for r in tops]
    by_body = {name: next(r for r in results if r.item.depth == 0 and name in r.item.location) for name in CASES}
    assert by_body["control"].findings and not by_body["control"].private  # the test can fail
    for name in ("header-private", "header-unknown", "subject-private"):
        assert by_body[name].private and not by_body[name].findings, name
