"""EWS as Exchange fails in ordinary operation (srcred F4, F5): a stored SyncFolderItems state the server no
longer accepts (ErrorInvalidSyncStateData: the folder was repaired, the state aged out) must restart that folder
from scratch, not fail the source on every sweep for ever; a mailbox gone (ErrorNonExistentMailbox) or refused
to the service account (ErrorImpersonateUserDenied) must not stop the other mailboxes: the source fails once
they are swept (exit 4, no address), nothing of it marked removed."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from pii_scanner.core.errors import SourceUnavailable
from pii_scanner.core.state import MemoryState
from pii_scanner.sources.registry import open_source
from tests.helpers.mail_messages import CONFIG, make_mail
from tests.sources.mail.ews_server import EwsMailbox, run_ews

MAILBOX = "jens@firma.dk"
GONE = "ole.dam@firma.dk"


@pytest.fixture()
def ews(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[EwsMailbox, dict[str, Any]]]:
    box = EwsMailbox()
    box.folders = {"inbox": ("root", "Indbakke")}
    box.add("m1", "inbox", bytes(make_mail(subject="a", body="intet")))
    box.add("m2", "inbox", bytes(make_mail(subject="b", body="intet")))
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
                "max_wait": 5,
            },
        )


@pytest.mark.parametrize("with_state", [True, False])
def test_a_sync_state_the_server_refuses_restarts_the_folder(
    ews: tuple[EwsMailbox, dict[str, Any]], with_state: bool
) -> None:
    box, spec = ews
    box.invalid_with_state = with_state  # without SyncState exchangelib fails reading the answer (AttributeError)
    state = MemoryState()
    list(open_source(spec, CONFIG, state).items())
    (key,) = [k for k in state.values if k.endswith(":sync")]
    box.invalid_states.add(state.values[key])
    box.add("m3", "inbox", bytes(make_mail(subject="c", body="intet")))
    again = list(open_source(spec, CONFIG, state).items())
    assert sorted(i.metadata["ews_id"] for i in again) == ["m1", "m2", "m3"]  # read afresh; change keys skip m1, m2
    assert state.values[key] not in box.invalid_states  # a state the server accepts is kept
    assert box.mime_fetched == []  # listing only: nothing downloaded until the sweep reads it


@pytest.mark.parametrize("code", ["ErrorNonExistentMailbox", "ErrorImpersonateUserDenied"])
def test_a_gone_or_refused_mailbox_fails_the_source_after_the_others(
    ews: tuple[EwsMailbox, dict[str, Any]], code: str
) -> None:
    box, spec = ews
    box.refused[GONE] = code
    seen: list[str] = []
    with pytest.raises(SourceUnavailable) as failed:
        seen.extend(
            i.metadata["ews_id"]
            for i in open_source(spec | {"mailboxes": [GONE, MAILBOX]}, CONFIG, MemoryState()).items()
        )
    assert sorted(seen) == ["m1", "m2"]
    assert code in str(failed.value) and "ole.dam" not in str(failed.value)


def test_a_message_exchange_cannot_give_as_mime_is_an_error_record_not_a_clean_message(
    ews: tuple[EwsMailbox, dict[str, Any]],
) -> None:
    """GetItem answers ErrorMimeContentConversionFailed (or ErrorItemCorrupt) for a message: it was stored as
    if read, its header block only, no findings and no error - never read again (srcred F10)."""
    from pii_scanner.pipeline import scan_items
    from tests.helpers.mail_messages import CPR

    box, spec = ews
    box.add("m9", "inbox", bytes(make_mail(subject="c", body=f"CPR {CPR[:6]}-{CPR[6:]}")))
    box.getitem_errors["m9"] = "ErrorMimeContentConversionFailed"
    box.getitem_errors["m2"] = "ErrorItemNotFound"  # deleted since the sync: its tombstone follows
    results = list(scan_items(open_source(spec, CONFIG, MemoryState()).items(), CONFIG))
    top = {r.item.metadata["ews_id"]: r for r in results if r.item.depth == 0}
    assert top["m9"].error and "cannot download" in top["m9"].error
    assert top["m2"].error is None and top["m1"].error is None


def test_a_renamed_folder_moves_its_messages(ews: tuple[EwsMailbox, dict[str, Any]]) -> None:
    """EWS alike: the folder keeps its id and sync state, SyncFolderItems lists nothing (srcred F11)."""
    box, spec = ews
    state = MemoryState()
    list(open_source(spec, CONFIG, state).items())
    box.folders["inbox"] = ("root", "Indbakke gammel")
    moved = sorted(
        (i.location.rsplit("/", 2)[1], i.metadata["ews_id"], i.deleted)
        for i in open_source(spec, CONFIG, state).items()
    )
    assert moved == [
        ("Indbakke", "m1", True),
        ("Indbakke", "m2", True),
        ("Indbakke%20gammel", "m1", False),
        ("Indbakke%20gammel", "m2", False),
    ]
    assert list(open_source(spec, CONFIG, state).items()) == []


def test_a_folder_the_mailbox_no_longer_has_removes_its_messages(ews: tuple[EwsMailbox, dict[str, Any]]) -> None:
    """EWS alike (srcred F12): a folder purged is no longer walked; the ids its sync listed become tombstones.
    An online archive that cannot be opened this time removes nothing of it."""
    box, spec = ews
    box.folders["sub"] = ("root", "Sager")
    box.add("s1", "sub", bytes(make_mail(subject="s", body="intet")))
    state = MemoryState()
    list(open_source(spec, CONFIG, state).items())
    del box.folders["sub"]
    gone = [
        (i.location.rsplit("/", 2)[1], i.metadata["ews_id"], i.deleted)
        for i in open_source(spec, CONFIG, state).items()
    ]
    assert gone == [("Sager", "s1", True)]
    assert list(open_source(spec, CONFIG, state).items()) == []


def test_a_message_deleted_while_the_sync_state_was_refused_is_removed(ews: tuple[EwsMailbox, dict[str, Any]]) -> None:
    box, spec = ews
    state = MemoryState()
    list(open_source(spec, CONFIG, state).items())
    (key,) = [k for k in state.values if k.endswith(":sync")]
    box.invalid_states.add(state.values[key])
    box.remove("m2")
    again = list(open_source(spec, CONFIG, state).items())
    assert [i.metadata["ews_id"] for i in again if i.deleted] == ["m2"]
