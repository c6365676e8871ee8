"""Graph: the privacy answer of the property fetch is not the last word. A message whose extended
property says normal (or is absent) but whose MIME, fetched second, is marked private in its own
headers (Sensitivity, a subject marked private), or that was marked private between the two fetches,
is private: its body and attachments are not read (no finding), with 1 and 2 workers."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from pii_scanner.core.state import MemoryState
from pii_scanner.pipeline import scan_items
from pii_scanner.sources.registry import open_source
from tests.helpers.mail_messages import CONFIG, CPR, make_mail
from tests.servers.https import https_server
from tests.sources.mail.test_graph import FakeGraph, _handler, _spec

SENS = "Integer 0x0036"


@pytest.fixture()
def fake_graph(tmp_path: Path) -> Iterator[tuple[FakeGraph, str, Path]]:
    fake = FakeGraph()
    with https_server(lambda base: _handler(fake, base), tmp_path) as (base, ca):
        yield fake, base, ca


@pytest.mark.parametrize("workers", [1, 2])
def test_a_message_private_only_in_its_mime_is_not_read(
    fake_graph: tuple[FakeGraph, str, Path], monkeypatch: pytest.MonkeyPatch, workers: int
) -> None:
    fake, base, ca = fake_graph
    normal = [{"id": SENS, "value": "0"}]
    cases = {
        "header-private-prop-normal": (make_mail(body=f"CPR {CPR}", sensitivity="Private"), normal),
        "header-private-prop-absent": (make_mail(body=f"CPR {CPR}", sensitivity="private"), None),
        "header-unreadable-prop-absent": (make_mail(body=f"CPR {CPR}", sensitivity="Hemmelig"), None),
        "subject-private-only-in-mime": (make_mail(body=f"CPR {CPR}", subject="Privat: lægebesøg"), None),
        "control-normal": (make_mail(body=f"CPR {CPR}"), None),
    }
    for name, (message, props) in cases.items():
        fake.add(name, "inbox", bytes(message), 0, "Møde")  # the listing and the property say nothing
        fake.messages[name]["props"] = props
    config = CONFIG.with_(workers=workers)
    items = open_source(_spec(base, ca, monkeypatch), config, MemoryState()).items()
    tops = {r.item.metadata["graph_id"]: r for r in scan_items(items, config) if r.item.depth == 0}
    assert tops["control-normal"].findings and not tops["control-normal"].private  # the test can fail
    for name in cases:
        if name == "control-normal":
            continue
        assert tops[name].private, name
        assert not tops[name].findings, name
