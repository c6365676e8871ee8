"""Dropbox changes as the API documents them (files/list_folder: "For each DeletedMetadata ... remove it and all
its children"; path_display "in rare instances the casing will not correctly match"): a deleted or moved folder is
ONE deleted entry, its files are not listed; the deleted entry may be cased otherwise than the files were.

Hostile (srcred F6): the source made one tombstone at the folder's own path, which no stored item has, so every
file of a deleted or moved folder stayed in the index as held, for ever (with its findings: reports, access
requests and erasure checks said the data was still there)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from pii_scanner.core.state import MemoryState
from pii_scanner.sources.registry import open_source
from pii_scanner.sweeps.engine import sweep
from tests.servers.https import https_server
from tests.sources.sweep_files import sweep_toml
from tests.sources.test_dropbox import CONFIG, CPR, TOKEN, FakeDropbox, _handler, _spec


class ServiceDropbox(FakeDropbox):
    def __init__(self) -> None:
        super().__init__()
        self.gone_members: set[str] = set()  # removed from the team: 401 invalid_select_user
        self.link_error = False  # sharing/list_shared_links answers a route error (409)


def _service_handler(fake: ServiceDropbox) -> type:
    parent = _handler(fake)

    class Handler(parent):  # type: ignore[misc, valid-type]
        def do_POST(self) -> None:
            member = self.headers.get("Dropbox-API-Select-User")
            if member in fake.gone_members:
                self.rfile.read(int(self.headers.get("Content-Length") or 0))
                self._json({"error_summary": "invalid_select_user/", "error": {".tag": "invalid_select_user"}}, 401)
                return
            if fake.link_error and self.path == "/2/sharing/list_shared_links":
                self.rfile.read(int(self.headers.get("Content-Length") or 0))
                self._json({"error_summary": "reset/..", "error": {".tag": "reset"}}, 409)
                return
            super().do_POST()

    return Handler


@pytest.fixture()
def dbx(tmp_path: Path) -> Iterator[tuple[ServiceDropbox, str, Path]]:
    fake = ServiceDropbox()
    with https_server(lambda _base: _service_handler(fake), tmp_path) as (base, ca):
        yield fake, base.removeprefix("https://"), ca


def _rmdir(fake: FakeDropbox, display: str, listed_as: str) -> None:
    """Delete a folder as Dropbox reports it: one deleted entry (cased ``listed_as``), nothing for its files."""
    fake.version += 1
    for lower in [k for k in fake.files if k.startswith(display.lower() + "/")]:
        fake.files.pop(lower)
    fake.gone.append((fake.version, display.lower(), listed_as))


def _changes(fake: FakeDropbox, host: str, ca: Path, state: MemoryState) -> list[tuple[str, bool]]:
    return [(i.location, i.deleted) for i in open_source(_spec(host, ca), CONFIG, state).items()]


def test_a_deleted_folder_removes_every_file_under_it_at_its_stored_location(
    dbx: tuple[ServiceDropbox, str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    fake, host, ca = dbx
    monkeypatch.setenv("PII_TEST_DROPBOX_TOKEN", TOKEN)
    fake.put("/Sager/Klient A/Kontrakt.txt", b"a")
    fake.put("/Sager/Klient A/Bilag/Løn.txt", b"b")
    fake.put("/Sager/Skabelon.txt", b"c")
    state = MemoryState()
    _changes(fake, host, ca, state)
    _rmdir(fake, "/Sager/Klient A", "/sager/klient a")
    assert sorted(_changes(fake, host, ca, state)) == [
        ("dropbox://me/Sager/Klient%20A/Bilag/L%C3%B8n.txt", True),
        ("dropbox://me/Sager/Klient%20A/Kontrakt.txt", True),
    ]
    # A file deleted with its path cased otherwise: the tombstone is where the file was stored.
    fake.version += 1
    fake.files.pop("/sager/skabelon.txt")
    fake.gone.append((fake.version, "/sager/skabelon.txt", "/SAGER/skabelon.TXT"))
    assert _changes(fake, host, ca, state) == [("dropbox://me/Sager/Skabelon.txt", True)]


def test_a_moved_folder_removes_its_old_locations_in_the_index(
    dbx: tuple[ServiceDropbox, str, Path], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from pii_scanner.store import open_store

    fake, host, ca = dbx
    monkeypatch.setenv("PII_TEST_DROPBOX_TOKEN", TOKEN)
    monkeypatch.setenv("PII_SCANNER_KEY", "k" * 40)
    body = f"Klient CPR-nr.: {CPR[:6]}-{CPR[6:]}\n".encode()
    fake.put("/Sager/Klient Å/Kontrakt.txt", body)
    fake.put("/Sager/Klient Å/Notat.txt", b"intet")
    index = tmp_path / "index.sqlite3"
    config = sweep_toml(tmp_path, _spec(host, ca), db=index, fast=True)
    assert not sweep(config_path=config, config=CONFIG, notify=False).failed_sources
    _rmdir(fake, "/Sager/Klient Å", "/Sager/Klient Å")  # moved: the old folder is one deleted entry
    fake.put("/Arkiv/Klient Å/Kontrakt.txt", body)
    fake.put("/Arkiv/Klient Å/Notat.txt", b"intet")
    second = sweep(config_path=config, config=CONFIG, notify=False, allow_mass_removal=True)
    assert not second.failed_sources
    with open_store(str(index)) as store:
        held = sorted(str(r["location"]).split("/", 3)[3] for r in store.rows("items") if r["removed_at"] is None)
    assert held == ["Arkiv/Klient%20%C3%85/Kontrakt.txt", "Arkiv/Klient%20%C3%85/Notat.txt"], held


def test_a_cursor_reset_while_paging_lists_the_path_afresh(
    dbx: tuple[ServiceDropbox, str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """list_folder/continue may answer 409 reset on any page, the first listing's too: the path is listed
    afresh, not a crash (an ApiError escaped: exit 70)."""
    fake, host, ca = dbx
    monkeypatch.setenv("PII_TEST_DROPBOX_TOKEN", TOKEN)
    for n in range(5):
        fake.put(f"/Sager/f{n}.txt", b"x")
    fake.expired.add(f"|0|{fake.version}|2")  # the second page of the first listing
    items = list(open_source(_spec(host, ca), CONFIG, MemoryState()).items())
    assert sorted({i.name for i in items}) == [f"f{n}.txt" for n in range(5)]


def test_a_shared_link_route_error_fails_the_source_not_the_program(
    dbx: tuple[ServiceDropbox, str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    from pii_scanner.core.errors import SourceError

    fake, host, ca = dbx
    monkeypatch.setenv("PII_TEST_DROPBOX_TOKEN", TOKEN)
    fake.put("/Sager/a.txt", b"x")
    fake.link_error = True
    with pytest.raises(SourceError, match="shared links"):
        list(open_source(_spec(host, ca), CONFIG, MemoryState()).items())


def test_a_member_removed_from_the_team_fails_the_source_after_the_others(
    dbx: tuple[ServiceDropbox, str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    from pii_scanner.core.errors import SourceUnavailable

    fake, host, ca = dbx
    monkeypatch.setenv("PII_TEST_DROPBOX_TOKEN", TOKEN)
    fake.put("/Sager/a.txt", b"x")
    fake.gone_members.add("dbmid:ole")
    spec = _spec(host, ca, team=True, members=["dbmid:ole", "dbmid:lars"])
    seen: list[str] = []
    with pytest.raises(SourceUnavailable, match="1 team member"):
        seen.extend(i.location for i in open_source(spec, CONFIG, MemoryState()).items())
    assert seen == ["dropbox://dbmid%3Alars/Sager/a.txt"]


def test_a_file_deleted_while_the_cursor_was_reset_is_removed(
    dbx: tuple[ServiceDropbox, str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A reset cursor relists the path from scratch, which lists no deletions: a file deleted meanwhile stayed
    held for ever. Dropbox's advice: compare the fresh listing with local state."""
    fake, host, ca = dbx
    monkeypatch.setenv("PII_TEST_DROPBOX_TOKEN", TOKEN)
    fake.put("/Sager/a.txt", b"a")
    fake.put("/Sager/Klient/b.txt", b"b")
    state = MemoryState()
    _changes(fake, host, ca, state)
    fake.files.pop("/sager/klient/b.txt")  # gone, and the cursor reset: no deleted entry is ever listed
    (cursor,) = [v for k, v in state.values.items() if ":dir:" not in k]
    fake.expired.add(cursor)
    assert ("dropbox://me/Sager/Klient/b.txt", True) in _changes(fake, host, ca, state)
    assert _changes(fake, host, ca, state) == []


def test_a_folder_replaced_by_a_file_removes_every_file_that_was_under_it(
    dbx: tuple[ServiceDropbox, str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """files/list_folder, for each FileMetadata: "If there's already something else at the given path, replace it
    and remove all its children". Dropbox lists the new file only (one entry per path), no deleted entry for the
    folder or its files: the folder's files stayed held in the index for ever (srcred, left open). The converse,
    a file replaced by a folder, marks the file removed."""
    fake, host, ca = dbx
    monkeypatch.setenv("PII_TEST_DROPBOX_TOKEN", TOKEN)
    fake.put("/Sager/Klient A/Kontrakt.txt", b"a")
    fake.put("/Sager/Klient A/Bilag/Løn.txt", b"b")
    fake.put("/Sager/Skabelon.txt", b"c")
    state = MemoryState()
    _changes(fake, host, ca, state)
    for lower in [k for k in fake.files if k.startswith("/sager/klient a/")]:
        fake.files.pop(lower)  # the folder deleted ...
    fake.put("/Sager/Klient A", b"nu en fil")  # ... and a file uploaded at its path: only the file is listed
    assert sorted(_changes(fake, host, ca, state)) == [
        ("dropbox://me/Sager/Klient%20A", False),
        ("dropbox://me/Sager/Klient%20A/Bilag/L%C3%B8n.txt", True),
        ("dropbox://me/Sager/Klient%20A/Kontrakt.txt", True),
    ]
    assert _changes(fake, host, ca, state) == []  # the state says so too: nothing comes back
    fake.files.pop("/sager/klient a")  # the file replaced by a folder with a file in it
    fake.put("/Sager/Klient A/Ny.txt", b"d")
    assert sorted(_changes(fake, host, ca, state)) == [
        ("dropbox://me/Sager/Klient%20A", True),
        ("dropbox://me/Sager/Klient%20A/Ny.txt", False),
    ]


def test_a_case_only_rename_keeps_the_file_held_and_changes_are_applied_in_order(
    dbx: tuple[ServiceDropbox, str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Dropbox paths are case-insensitive (path_lower is the key). "Changes to only the casing of paths won't be
    returned by list_folder/continue": the file stays held where it was stored. A path deleted and written again
    in other case is listed in order, deleted entry first ("iterate through each entry in order"): the new file
    is held, the old spelling removed (the fake listed deletions last: the renamed file was removed)."""
    fake, host, ca = dbx
    monkeypatch.setenv("PII_TEST_DROPBOX_TOKEN", TOKEN)
    fake.put("/Sager/Notat.txt", b"a")
    state = MemoryState()
    assert _changes(fake, host, ca, state) == [("dropbox://me/Sager/Notat.txt", False)]
    fake.files["/sager/notat.txt"]["display"] = "/Sager/notat.txt"  # renamed in case only: not listed
    assert _changes(fake, host, ca, state) == []
    fake.delete("/Sager/notat.txt")
    fake.put("/Sager/NOTAT.txt", b"ny")
    assert _changes(fake, host, ca, state) == [
        ("dropbox://me/Sager/Notat.txt", True),
        ("dropbox://me/Sager/NOTAT.txt", False),
    ]
    fake.put("/Sager/notat.txt", b"igen")  # written, then deleted: the file is gone, removed where it was stored
    fake.delete("/Sager/Notat.txt")
    assert _changes(fake, host, ca, state) == [("dropbox://me/Sager/NOTAT.txt", True)]


def test_a_folder_replaced_by_a_file_leaves_only_the_file_held_in_the_index(
    dbx: tuple[ServiceDropbox, str, Path], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from pii_scanner.store import open_store

    fake, host, ca = dbx
    monkeypatch.setenv("PII_TEST_DROPBOX_TOKEN", TOKEN)
    monkeypatch.setenv("PII_SCANNER_KEY", "k" * 40)
    fake.put("/Sager/Klient Å/Kontrakt.txt", f"Klient CPR-nr.: {CPR[:6]}-{CPR[6:]}\n".encode())
    fake.put("/Sager/Skabelon.txt", b"intet")
    index = tmp_path / "index.sqlite3"
    config = sweep_toml(tmp_path, _spec(host, ca), db=index, fast=True)
    assert not sweep(config_path=config, config=CONFIG, notify=False).failed_sources
    fake.files.pop("/sager/klient å/kontrakt.txt")
    fake.put("/Sager/Klient Å", b"intet")
    second = sweep(config_path=config, config=CONFIG, notify=False, allow_mass_removal=True)
    assert not second.failed_sources
    with open_store(str(index)) as store:
        held = sorted(str(r["location"]).split("/", 3)[3] for r in store.rows("items") if r["removed_at"] is None)
    assert held == ["Sager/Klient%20%C3%85", "Sager/Skabelon.txt"], held
