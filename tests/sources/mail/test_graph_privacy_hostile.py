"""Graph privacy under hostile answers (real msal + requests against the loopback Graph fake): the
sensitivity property given twice, as a JSON number, null, a boolean, an object instead of a list,
under an id we cannot read, a subject marked private. Private mail's MIME is never asked for
(asserted on the fake's request log); the normal ones are downloaded."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from pii_scanner.core.state import MemoryState
from pii_scanner.pipeline import scan_items
from pii_scanner.sources.registry import open_source
from tests.helpers.mail_messages import CONFIG, CPR, make_mail
from tests.servers.https import https_server
from tests.sources.mail.test_graph import FakeGraph, _handler, _spec

SENS = "Integer 0x0036"
PRIVATE: dict[str, Any] = {
    "normal-then-private": [{"id": SENS, "value": "0"}, {"id": SENS, "value": "2"}],
    "private-then-normal": [{"id": SENS, "value": "2"}, {"id": SENS, "value": "0"}],
    "json-number": [{"id": SENS, "value": 2}],
    "null-value": [{"id": SENS, "value": None}],
    "bool-value": [{"id": SENS, "value": True}],
    "no-value": [{"id": SENS}],
    "object-not-list": {"id": SENS, "value": "0"},
    "string-not-list": "0",
    "unreadable-id": [{"id": "String {00020329-0000-0000-C000-000000000046} Name Sensitivity", "value": "0"}],
    "id-missing": [{"value": "0"}],
    "confidential-and-private": [{"id": "integer 0x36", "value": "3"}, {"id": "Integer 0x00000036", "value": "2"}],
}
NORMAL: dict[str, Any] = {
    "normal": [{"id": SENS, "value": "0"}],
    "absent": None,  # Graph leaves out a property that was never set: normal mail (documented)
    "empty-list": [],
}


@pytest.fixture()
def fake_graph(tmp_path: Path) -> Iterator[tuple[FakeGraph, str, Path]]:
    fake = FakeGraph()
    with https_server(lambda base: _handler(fake, base), tmp_path) as (base, ca):
        yield fake, base, ca


def test_hostile_property_answers_are_private_and_never_downloaded(
    fake_graph: tuple[FakeGraph, str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    fake, base, ca = fake_graph
    for name, props in {**PRIVATE, **NORMAL}.items():
        fake.add(name, "inbox", bytes(make_mail(subject=name, body=f"MARK-{name} CPR {CPR}")), 0, name)
        fake.messages[name]["props"] = props
    fake.add("subject-marked", "inbox", bytes(make_mail(subject="PRIVAT: læge", body=f"CPR {CPR}")), 0, "PRIVAT: læge")
    fake.add("twice", "inbox", bytes(make_mail(subject="t", body=f"CPR {CPR}")), 2, "t")
    fake.add("twice-again", "inbox", fake.messages["twice"]["mime"], 2, "t")  # the same message kept twice
    results = list(scan_items(open_source(_spec(base, ca, monkeypatch), CONFIG, MemoryState()).items(), CONFIG))
    tops = {r.item.metadata["graph_id"]: r for r in results if r.item.depth == 0}
    assert set(NORMAL) <= set(fake.mime_fetched), "the normal messages were not downloaded: the test proves nothing"
    leaked = sorted(set(fake.mime_fetched) - set(NORMAL))
    assert not leaked, f"private MIME downloaded: {leaked}"
    assert not any(p.endswith("/$value") and p.split("/")[-2] in PRIVATE for p in fake.requests)
    for name in [*PRIVATE, "subject-marked", "twice", "twice-again"]:
        assert tops[name].private and not tops[name].findings, name
    for name in NORMAL:
        assert not tops[name].private and tops[name].findings, name
