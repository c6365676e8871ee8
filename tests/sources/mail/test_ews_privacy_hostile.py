"""EWS privacy under hostile answers (real exchangelib, loopback SOAP server): a Sensitivity that is
missing, empty, given twice, padded, in another case or unknown is private and its MIME is never
asked for (asserted on the server's GetItem log); a message in a private folder or below one too."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from pii_scanner.core.state import MemoryState
from pii_scanner.pipeline import scan_items
from pii_scanner.sources.registry import open_source
from tests.helpers.mail_messages import CONFIG, CPR, make_mail
from tests.sources.mail.ews_server import OMIT, EwsMailbox, run_ews

MAILBOX = "jens@firma.dk"
# exchangelib would fill a Sensitivity element the server left out (or sent empty) with "Normal", its
# schema default; the source makes it read as absent, i.e. private.
ABSENT: dict[str, Any] = {"missing": OMIT, "empty-element": "<t:Sensitivity/>"}
PRIVATE: dict[str, Any] = {
    "blank": "<t:Sensitivity>   </t:Sensitivity>",
    "normal-then-private": "<t:Sensitivity>Normal</t:Sensitivity><t:Sensitivity>Private</t:Sensitivity>",
    "private-then-normal": "<t:Sensitivity>Private</t:Sensitivity><t:Sensitivity>Normal</t:Sensitivity>",
    "padded": "<t:Sensitivity> Private </t:Sensitivity>",
    "lower": "private",
    "upper": "PRIVATE",
    "unknown": "Hemmelig",
    "numeric": "2",
    "by-number": 2,
}
NORMAL: dict[str, Any] = {"normal": 0, "normal-name": "Normal"}


@pytest.fixture()
def ews(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[EwsMailbox, dict[str, Any]]]:
    box = EwsMailbox()
    box.folders = {"inbox": ("root", "Indbakke"), "sub": ("inbox", "Privat"), "deep": ("sub", "Læge")}
    for name, sens in {**PRIVATE, **NORMAL, **ABSENT}.items():
        box.add(name, "inbox", bytes(make_mail(subject=name, body=f"MARK-{name} CPR {CPR}")), sens, name)
    box.add("in-private-folder", "sub", bytes(make_mail(subject="a", body=f"CPR {CPR}")), 0, "a")
    box.add("under-private-folder", "deep", bytes(make_mail(subject="b", body=f"CPR {CPR}")), 0, "b")
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


def test_hostile_sensitivity_answers_are_private_and_never_downloaded(ews: tuple[EwsMailbox, dict[str, Any]]) -> None:
    box, spec = ews
    results = list(scan_items(open_source(spec, CONFIG, MemoryState()).items(), CONFIG))
    tops = {r.item.metadata.get("ews_id"): r for r in results if r.item.depth == 0}
    assert set(NORMAL) <= set(box.mime_fetched), "the normal messages were not downloaded: the test proves nothing"
    leaked = sorted(set(box.mime_fetched) - set(NORMAL))
    assert not leaked, f"private MIME downloaded: {leaked}"
    for name in [*PRIVATE, *ABSENT, "in-private-folder", "under-private-folder"]:
        assert tops[name].private and not tops[name].findings, name
    for name in NORMAL:
        assert not tops[name].private and tops[name].findings, name


def test_a_missing_or_empty_sensitivity_is_private_with_the_reason(ews: tuple[EwsMailbox, dict[str, Any]]) -> None:
    box, spec = ews
    results = list(scan_items(open_source(spec, CONFIG, MemoryState()).items(), CONFIG))
    tops = {r.item.metadata.get("ews_id"): r for r in results if r.item.depth == 0}
    assert not set(ABSENT) & set(box.mime_fetched)
    for name in ABSENT:
        assert tops[name].private and tops[name].metadata["private_reason"] == "sensitivity_unreadable", name
