"""EWS source: real exchangelib against a loopback SOAP server (no mocking of exchangelib internals)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from pii_scanner.core.errors import SourceError
from pii_scanner.core.state import MemoryState
from pii_scanner.pipeline import scan_items
from pii_scanner.sources.registry import open_source
from tests.helpers.mail_messages import CONFIG, make_mail
from tests.sources.mail.ews_server import EwsMailbox, run_ews

MAILBOX = "jens@firma.dk"


@pytest.fixture()
def ews(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[EwsMailbox, dict[str, Any]]]:
    box = EwsMailbox()
    box.folders = {"inbox": ("root", "Indbakke"), "priv": ("root", "Privat"), "a2019": ("aroot", "2019")}
    box.add("m1", "inbox", bytes(make_mail()))
    box.add("m2", "inbox", bytes(make_mail(subject="x")), sensitivity=2, subject="x")
    box.add("m3", "a2019", bytes(make_mail(subject="old")))
    box.add("m4", "priv", bytes(make_mail(subject="y")), subject="y")
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
                "mailboxes": [MAILBOX],
                "access_type": "impersonation",
                "max_wait": 30,
            },
        )


def test_sync_all_folders_incl_archive_then_incremental(ews: tuple[EwsMailbox, dict[str, Any]]) -> None:
    box, spec = ews
    state = MemoryState()
    first = list(open_source(spec, CONFIG, state).items())
    assert sorted((i.metadata["ews_id"], i.metadata["folder"]) for i in first) == [
        ("m1", "Indbakke"),
        ("m2", "Indbakke"),
        ("m3", "Archive/2019"),
        ("m4", "Privat"),
    ]
    assert set(box.impersonated) == {MAILBOX}  # ExchangeImpersonation header on every call
    assert "m2" not in box.mime_fetched  # Sensitivity Private: GetItem never asked for its MIME
    assert "m4" not in box.mime_fetched  # folder "Privat"
    assert {k for k in state.values} == {f"ews:{MAILBOX}:{f}:sync" for f in ("inbox", "priv", "a2019")}
    assert list(open_source(spec, CONFIG, state).items()) == []

    box.add("m5", "inbox", bytes(make_mail(subject="ny")))
    box.remove("m1")
    second = list(open_source(spec, CONFIG, state).items())
    assert [(i.metadata["ews_id"], bool(i.metadata.get("deleted"))) for i in second] == [("m5", False), ("m1", True)]


def test_throttling_backs_off(ews: tuple[EwsMailbox, dict[str, Any]]) -> None:
    box, spec = ews
    box.busy = 2  # two ErrorServerBusy faults with BackOffMilliseconds=100
    items = list(open_source(spec, CONFIG, MemoryState()).items())
    assert len(items) == 4 and box.busy == 0


def test_pipeline_over_ews(ews: tuple[EwsMailbox, dict[str, Any]]) -> None:
    _box, spec = ews
    results = list(scan_items(open_source(spec, CONFIG, MemoryState()).items(), CONFIG))
    top = {r.item.metadata["ews_id"]: r for r in results if r.item.depth == 0}
    assert top["m1"].flags == ["unencrypted_cpr"] and top["m1"].external_recipients is True
    assert top["m2"].private and top["m2"].findings == [] and top["m4"].private


def test_bad_password_is_a_source_error(
    ews: tuple[EwsMailbox, dict[str, Any]], monkeypatch: pytest.MonkeyPatch
) -> None:
    _box, spec = ews
    monkeypatch.setenv("PII_TEST_EWS_PASSWORD", "wrong")
    with pytest.raises(SourceError) as err:
        list(open_source({**spec, "max_wait": 1}, CONFIG, MemoryState()).items())
    assert "wrong" not in str(err.value)
