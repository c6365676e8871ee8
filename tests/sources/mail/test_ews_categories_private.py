"""EWS (real exchangelib, loopback SOAP server): an Outlook category "Privat" marks a message private, as an
IMAP keyword and an OLM, .msg or Graph category do; its MIME is never asked for. Was: categories were not
asked for, the message downloaded and read."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from pii_scanner.core.state import MemoryState
from pii_scanner.pipeline import scan_items
from pii_scanner.sources.registry import open_source
from tests.helpers.mail_messages import CONFIG, CPR, make_mail
from tests.sources.mail.ews_server import EwsMailbox, run_ews

CATEGORY = "<t:Sensitivity>Normal</t:Sensitivity><t:Categories><t:String>{}</t:String></t:Categories>"


@pytest.fixture()
def ews(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[EwsMailbox, dict[str, Any]]]:
    box = EwsMailbox()
    box.folders = {"inbox": ("root", "Indbakke")}
    for name, category in {"cat-privat": "Privat", "cat-private": "Private", "cat-kunde": "Kunde"}.items():
        box.add(name, "inbox", bytes(make_mail(subject="Hej", body=f"CPR {CPR}")), CATEGORY.format(category), "Hej")
    monkeypatch.setenv("PII_TEST_EWS_PASSWORD", "ews-secret")
    with run_ews(box) as url:
        yield (
            box,
            {
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
            },
        )


def test_a_message_with_a_private_category_is_never_downloaded(ews: tuple[EwsMailbox, dict[str, Any]]) -> None:
    box, spec = ews
    results = list(scan_items(open_source(spec, CONFIG, MemoryState()).items(), CONFIG))
    tops = {r.item.metadata.get("ews_id"): r for r in results if r.item.depth == 0}
    assert box.mime_fetched == ["cat-kunde"], box.mime_fetched
    for name in ("cat-privat", "cat-private"):
        assert tops[name].private and not tops[name].findings, name
    assert not tops["cat-kunde"].private and tops["cat-kunde"].findings
