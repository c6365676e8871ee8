"""Graph mail as the service fails in ordinary operation (srcred F2, F3): a delta enumeration whose next page
expires too (410 twice), a message deleted between the delta listing and its property fetch (404
ErrorItemNotFound), a mailbox that is gone or refused (404 / 403 ErrorAccessDenied from an application access
policy) while the others are fine. Each is the documented exit 4 with one line, never a crash (70); the other
mailboxes are swept, and nothing of a refused mailbox is marked removed."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from pii_scanner.core.errors import SourceError, SourceUnavailable
from pii_scanner.core.state import MemoryState
from pii_scanner.sources.registry import open_source
from tests.helpers.mail_messages import CONFIG, make_mail
from tests.servers.https import https_server
from tests.sources.mail.test_graph import USER, FakeGraph, _handler, _seed, _spec
from tests.sources.sweep_files import sweep_toml

GONE_USER = "ole.dam@firma.dk"  # a mailbox that left (404) or that the access policy refuses (403)


class FailingGraph(FakeGraph):
    def __init__(self) -> None:
        super().__init__()
        self.gone_skips: set[str] = set()  # $skiptoken values whose page answers 410
        self.vanish: set[str] = set()  # messages listed by delta, deleted before their properties are read
        self.refuse: dict[str, int] = {}  # mailbox -> status of every request about it
        self.issue: list[str] = []  # access tokens the token endpoint hands out first (then the good one)


def _failing(fake: FailingGraph, base: list[str]) -> type:
    parent = _handler(fake, base)

    class Handler(parent):  # type: ignore[misc, valid-type]
        def do_POST(self) -> None:
            if not fake.issue:
                super().do_POST()
                return
            self.rfile.read(int(self.headers.get("Content-Length", 0)))
            with fake.lock:
                fake.tokens_issued += 1
                token = fake.issue.pop(0)
            self._json({"token_type": "Bearer", "expires_in": 3600, "access_token": token})

        def _route(self, parts: list[str], q: dict[str, str]) -> None:
            user = parts[2] if len(parts) > 2 else ""
            if user in fake.refuse:
                code = "ErrorAccessDenied" if fake.refuse[user] == 403 else "ResourceNotFound"
                self._json({"error": {"code": code, "message": f"Mailbox {user} cannot be read"}}, fake.refuse[user])
                return
            if q.get("$skiptoken") in fake.gone_skips:
                self._json({"error": {"code": "SyncStateNotFound"}}, 410)
                return
            if len(parts) > 4 and parts[3] == "messages" and parts[4] in fake.vanish:
                self._json({"error": {"code": "ErrorItemNotFound"}}, 404)
                return
            super()._route(parts, q)

    return Handler


@pytest.fixture()
def failing(tmp_path: Path) -> Iterator[tuple[FailingGraph, str, Path]]:
    fake = FailingGraph()
    with https_server(lambda base: _failing(fake, base), tmp_path) as (base, ca):
        yield fake, base, ca


def test_a_second_410_while_reading_afresh_fails_the_source_not_the_program(
    failing: tuple[FailingGraph, str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    fake, base, ca = failing
    _seed(fake)
    state = MemoryState()
    spec = _spec(base, ca, monkeypatch)
    list(open_source(spec, CONFIG, state).items())
    fake.gone_tokens.add(f"d-{fake.version}")  # the stored link expired
    fake.gone_skips.add("2")  # and so does the fresh enumeration's next page
    with pytest.raises(SourceError, match="410"):
        list(open_source(spec, CONFIG, state).items())


def test_a_message_deleted_before_its_properties_are_read_is_skipped_and_the_rest_swept(
    failing: tuple[FailingGraph, str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    fake, base, ca = failing
    _seed(fake)
    fake.vanish.add("m2")
    state = MemoryState()
    items = list(open_source(_spec(base, ca, monkeypatch), CONFIG, state).items())
    assert sorted(i.metadata["graph_id"] for i in items if not i.deleted) == ["m1", "m3", "m4", "m5"]
    assert [i.metadata["graph_id"] for i in items if i.deleted] == ["m2"]  # removes it only if it was stored
    assert "m2" not in fake.mime_fetched
    assert len([k for k in state.values if k.endswith(":delta")]) == 3  # every folder's link kept


@pytest.mark.parametrize("status", [404, 403])
def test_a_gone_or_refused_mailbox_fails_the_source_after_the_others_are_swept(
    failing: tuple[FailingGraph, str, Path], monkeypatch: pytest.MonkeyPatch, status: int
) -> None:
    fake, base, ca = failing
    _seed(fake)
    fake.refuse[GONE_USER] = status
    spec = _spec(base, ca, monkeypatch) | {"mailboxes": [GONE_USER, USER]}
    seen: list[str] = []
    with pytest.raises(SourceUnavailable) as failed:
        seen.extend(i.metadata["graph_id"] for i in open_source(spec, CONFIG, MemoryState()).items())
    assert sorted(seen) == ["m1", "m2", "m3", "m4", "m5"]  # the mailbox after the refused one was swept
    assert str(status) in str(failed.value) and "ole.dam" not in str(failed.value)


def test_cli_sweep_with_a_refused_mailbox_exits_4_with_one_line_and_removes_nothing(
    failing: tuple[FailingGraph, str, Path], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import sqlite3

    fake, base, ca = failing
    fake.add("m1", "inbox", bytes(make_mail(subject="hej", body="intet")))
    spec: dict[str, Any] = _spec(base, ca, monkeypatch) | {"mailboxes": [GONE_USER, USER]}
    index = tmp_path / "index.sqlite3"
    config = sweep_toml(tmp_path, spec, db=index, fast=True)
    env = os.environ | {"PII_TEST_GRAPH_SECRET": "s3cret", "PII_SCANNER_KEY": "k" * 40}

    def run() -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "pii_scanner", "sweep", "--config", str(config)],
            capture_output=True,
            text=True,
            env=env,
            timeout=300,
        )

    first = run()
    assert first.returncode == 0, first.stderr
    with sqlite3.connect(index) as conn:
        held = conn.execute("SELECT count(*) FROM items WHERE removed_at IS NULL").fetchone()
    assert held[0] >= 1
    fake.refuse[GONE_USER] = 403
    fake.refuse[USER] = 404  # every mailbox vanished: nothing is marked removed
    second = run()
    assert second.returncode == 4, second.stderr
    assert "Traceback" not in second.stderr and "ole.dam" not in second.stderr
    with sqlite3.connect(index) as conn:
        assert conn.execute("SELECT count(*) FROM items WHERE removed_at IS NULL").fetchone() == held


def test_a_token_the_service_rejects_mid_sweep_is_acquired_again_once(
    failing: tuple[FailingGraph, str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Graph answers 401 InvalidAuthenticationToken to a token msal still holds as valid (revoked, continuous
    access evaluation, a clock ahead): the cached token is dropped and a new one asked for, once per request;
    a service that rejects every token fails the source (exit 4) with one line instead of looping."""
    fake, base, ca = failing
    _seed(fake)
    fake.issue = ["tok-revoked"]  # the first token handed out is rejected by Graph; the next one is good
    items = list(open_source(_spec(base, ca, monkeypatch), CONFIG, MemoryState()).items())
    assert sorted(i.metadata["graph_id"] for i in items) == ["m1", "m2", "m3", "m4", "m5"]
    assert fake.tokens_issued == 2
    fake.issue = ["tok-bad"] * 50
    fake.tokens_issued = 0
    with pytest.raises(SourceError, match="401"):
        list(open_source(_spec(base, ca, monkeypatch), CONFIG, MemoryState()).items())
    assert fake.tokens_issued <= 3


def test_a_renamed_folder_moves_its_messages_and_later_deletions_still_remove_them(
    failing: tuple[FailingGraph, str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A folder renamed (or moved, e.g. into Deleted Items) keeps its id and its delta link: delta then lists no
    change, so its messages stayed at the old path for ever, and a message deleted later was tombstoned at the
    new path, which no stored item has (srcred F11)."""
    fake, base, ca = failing
    _seed(fake)
    state = MemoryState()
    spec = _spec(base, ca, monkeypatch)
    list(open_source(spec, CONFIG, state).items())
    fake.folders["arch"] = "Arkiv 2024"
    moved = sorted(
        (i.location.rsplit("/", 2)[1], i.metadata["graph_id"], i.deleted)
        for i in open_source(spec, CONFIG, state).items()
    )
    assert moved == [("Arkiv", "m5", True), ("Arkiv%202024", "m5", False)]
    fake.remove("m5")
    (gone,) = open_source(spec, CONFIG, state).items()
    assert gone.deleted and gone.location.rsplit("/", 2)[1] == "Arkiv%202024"


def test_a_folder_the_mailbox_no_longer_has_removes_its_messages(
    failing: tuple[FailingGraph, str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A folder deleted for good (purged from Deleted Items) is no longer listed, and its delta is never asked
    for again: its messages stayed held in the index for ever. The ids each folder's delta listed are kept, so
    they are tombstoned; a folder still there but not selected removes nothing (srcred F12)."""
    fake, base, ca = failing
    _seed(fake)
    fake.add("m6", "arch", bytes(make_mail(subject="z")))
    fake.remove("m6")  # listed and removed before the first sweep: not among the folder's messages
    state = MemoryState()
    spec = _spec(base, ca, monkeypatch)
    list(open_source(spec, CONFIG, state).items())
    fake.add("m7", "arch", bytes(make_mail(subject="w")))
    list(open_source(spec, CONFIG, state).items())
    del fake.folders["arch"]
    gone = sorted(
        (i.location.rsplit("/", 2)[1], i.metadata["graph_id"], i.deleted)
        for i in open_source(spec, CONFIG, state).items()
    )
    assert gone == [("Arkiv", "m5", True), ("Arkiv", "m7", True)]
    assert not [k for k in state.values if ":arch:" in k]  # the folder's state goes with it
    assert list(open_source(spec, CONFIG, state).items()) == []
    narrowed = spec | {"folders": ["Indbakke"]}  # not selected is not gone
    assert list(open_source(narrowed, CONFIG, state).items()) == []


def test_a_message_deleted_while_the_delta_link_was_expired_is_removed(
    failing: tuple[FailingGraph, str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """After a 410 the folder is read from scratch, which lists no deletions: a message deleted meanwhile stayed
    held in the index for ever (Microsoft: after the fresh enumeration, apply the differences, deletes too)."""
    fake, base, ca = failing
    _seed(fake)
    state = MemoryState()
    spec = _spec(base, ca, monkeypatch)
    list(open_source(spec, CONFIG, state).items())
    fake.remove("m2")
    fake.gone_tokens.update(f"d-{v}" for v in range(fake.version + 1))
    again = list(open_source(spec, CONFIG, state).items())
    assert [i.metadata["graph_id"] for i in again if i.deleted] == ["m2"]
    assert sorted(i.metadata["graph_id"] for i in again if not i.deleted) == ["m1", "m3", "m4", "m5"]
