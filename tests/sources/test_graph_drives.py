"""SharePoint document libraries and OneDrive through a loopback Graph fake (HTTPS, msal tokens):
site and drive enumeration, driveItem delta with stored links, 410 resync, 429 Retry-After,
lazy downloads from the pre-authenticated URL, owners, sensitivity labels, and a sweep."""

from __future__ import annotations

import datetime
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from pii_scanner.core.config import ScanConfig
from pii_scanner.core.state import MemoryState
from pii_scanner.sources.registry import open_source
from pii_scanner.sweeps.engine import sweep
from tests.helpers.nordic_numbers import make_cpr
from tests.servers.https import https_server
from tests.sources.mail.test_graph import FakeGraph, _handler
from tests.sources.sweep_files import findings_and_dump, sweep_toml

CPR = make_cpr(datetime.date(1961, 7, 7), 6)
CONFIG = ScanConfig(workers=1)


class FakeDrives(FakeGraph):
    def __init__(self) -> None:
        super().__init__()
        self.files: dict[str, dict[str, Any]] = {}
        self.gone: list[tuple[int, str]] = []
        self.downloads: list[str] = []
        self.throttle_delta = 0
        self.expired: set[str] = set()
        self.sites: list[dict[str, str]] = [{"id": "contoso.sharepoint.com,s1,w1", "name": "HR"}]

    def put(self, fid: str, folder: str, name: str, content: bytes, label: str | None = None) -> None:
        self.version += 1
        self.files[fid] = {"folder": folder, "name": name, "content": content, "v": self.version, "label": label}

    def delete(self, fid: str) -> None:
        self.version += 1
        self.files.pop(fid)
        self.gone.append((self.version, fid))


def _drive_handler(fake: FakeDrives, base: list[str]) -> type:
    parent = _handler(fake, base)

    class Handler(parent):  # type: ignore[misc, valid-type]
        def do_GET(self) -> None:
            if self.path.startswith("/download/"):
                # Pre-authenticated like Graph's downloadUrl: a bearer token must not be sent here.
                fid = self.path.split("/")[2]
                fake.downloads.append(fid if "Authorization" not in self.headers else "token-leaked")
                data = fake.files[fid]["content"]
                self.send_response(200)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)
                return
            super().do_GET()

        def _route(self, parts: list[str], q: dict[str, str]) -> None:
            rest = parts[1:]  # after v1.0
            if rest == ["sites"]:
                self._json({"value": fake.sites})
            elif len(rest) == 3 and rest[0] == "sites" and rest[2] == "drives":
                self._json({"value": [{"id": "b!drv-" + rest[1].split(",")[-2], "name": "Dokumenter"}]})
            elif len(rest) == 3 and rest[0] == "users" and rest[2] == "drive":
                self._json({"id": "b!od-" + rest[1].split("@")[0], "name": "OneDrive"})
            elif len(rest) == 4 and rest[0] == "drives" and rest[2:] == ["root", "delta"]:
                token = q.get("token")
                if token in fake.expired:
                    self._json({"error": {"code": "resyncRequired"}}, 410)
                    return
                if fake.throttle_delta:
                    fake.throttle_delta -= 1
                    self._json({"error": {"code": "TooManyRequests"}}, 429, {"Retry-After": "0"})
                    return
                since = int(token or 0)
                entries: list[dict[str, Any]] = [{"id": "root", "root": {}, "folder": {}}] if not since else []
                for fid, f in sorted(fake.files.items(), key=lambda kv: kv[1]["v"]):
                    if f["v"] > since:
                        entry = {
                            "id": fid,
                            "name": f["name"],
                            "size": len(f["content"]),
                            "cTag": f"c{f['v']}",
                            "file": {"mimeType": "application/octet-stream"},
                            "parentReference": {"path": f"/drives/{rest[1]}/root:/{f['folder']}"},
                            "createdBy": {"user": {"email": "mette@firma.dk", "displayName": "Mette"}},
                            "lastModifiedDateTime": "2026-11-01T10:00:00Z",
                            "@microsoft.graph.downloadUrl": f"{base[0]}/download/{fid}",
                        }
                        if f["label"]:
                            entry["sensitivityLabel"] = {"displayName": f["label"]}
                        entries.append(entry)
                entries += [{"id": fid, "deleted": {"state": "deleted"}} for v, fid in fake.gone if since and v > since]
                self._json(
                    {
                        "value": entries,
                        "@odata.deltaLink": f"{base[0]}/v1.0/drives/{rest[1]}/root/delta?token={fake.version}",
                    }
                )
            else:
                self._json({"error": {"code": "BadRequest"}}, 400)

    return Handler


@pytest.fixture()
def drives(tmp_path: Path) -> Iterator[tuple[FakeDrives, str, Path]]:
    fake = FakeDrives()
    with https_server(lambda base: _drive_handler(fake, base), tmp_path) as (base, ca):
        yield fake, base, ca


def _spec(kind: str, base: str, ca: Path, **extra: Any) -> dict[str, Any]:
    return {
        "type": kind,
        "name": f"m365-{kind}",
        "tenant_id": "contoso",
        "client_id": "app-1",
        "client_secret_env": "PII_TEST_GRAPH_SECRET",
        "authority": f"{base}/contoso",
        "graph_url": f"{base}/v1.0",
        "ca_file": str(ca),
        **extra,
    }


def test_sharepoint_delta_resync_throttle_and_lazy_download(
    drives: tuple[FakeDrives, str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    fake, base, ca = drives
    monkeypatch.setenv("PII_TEST_GRAPH_SECRET", "s3cret")
    fake.put("f1", "Personale/Ansatte", "kontrakt.txt", f"Ansat CPR-nr.: {CPR[:6]}-{CPR[6:]}\n".encode(), "Fortroligt")
    fake.put("f2", "Skabeloner", "tom.txt", b"Intet her.\n")
    state = MemoryState()
    fake.throttle_delta = 1  # one 429 with Retry-After: 0
    first = list(open_source(_spec("sharepoint", base, ca), CONFIG, state).items())
    assert sorted(i.location for i in first) == [
        "sharepoint://HR/Dokumenter/Personale/Ansatte/kontrakt.txt",
        "sharepoint://HR/Dokumenter/Skabeloner/tom.txt",
    ]
    f1 = next(i for i in first if i.name == "kontrakt.txt")
    assert f1.owner == "mette@firma.dk" and f1.metadata["sensitivity_label"] == "Fortroligt"
    assert fake.downloads == []  # nothing downloaded until read
    assert f"{CPR[:6]}-{CPR[6:]}".encode() in (f1.read() if f1.read else b"")
    assert fake.downloads == ["f1"]
    # Unchanged drive: nothing listed; a change and a deletion: just those.
    assert list(open_source(_spec("sharepoint", base, ca), CONFIG, state).items()) == []
    fake.put("f3", "Sager", "ny.txt", b"ny fil")
    fake.delete("f2")
    again = list(open_source(_spec("sharepoint", base, ca), CONFIG, state).items())
    assert [(i.name or i.location.rsplit("/", 1)[1], i.deleted) for i in again] == [
        ("ny.txt", False),
        ("tom.txt", True),  # the deletion names only the id: the location it had is remembered
    ]
    # The stored link expires (410): the drive is read afresh.
    fake.expired.add(str(fake.version))
    resync = list(open_source(_spec("sharepoint", base, ca), CONFIG, state).items())
    assert sorted(i.name for i in resync) == ["kontrakt.txt", "ny.txt"]


def test_onedrive_needs_users_and_lists_each(
    drives: tuple[FakeDrives, str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    from pii_scanner.core.errors import ConfigError

    fake, base, ca = drives
    monkeypatch.setenv("PII_TEST_GRAPH_SECRET", "s3cret")
    fake.put("f1", "Dokumenter", "cv.txt", b"CV")
    items = list(open_source(_spec("onedrive", base, ca, users=["mette@firma.dk"]), CONFIG, MemoryState()).items())
    assert [i.location for i in items] == ["onedrive://mette@firma.dk/Dokumenter/cv.txt"]
    with pytest.raises(ConfigError):
        list(open_source(_spec("onedrive", base, ca), CONFIG, MemoryState()).items())


def test_sweep_finds_cpr_and_keeps_no_plaintext(
    drives: tuple[FakeDrives, str, Path], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:

    fake, base, ca = drives
    monkeypatch.setenv("PII_TEST_GRAPH_SECRET", "s3cret")
    fake.put("f1", "Personale", "kontrakt.txt", f"CPR-nr.: {CPR[:6]}-{CPR[6:]}\n".encode())
    index = tmp_path / "index.sqlite3"
    config = sweep_toml(tmp_path, _spec("sharepoint", base, ca), db=index)
    result = sweep(config_path=config, config=CONFIG, notify=False)
    assert result.exit_code in (0, 1) and not result.failed_sources
    findings, dump = findings_and_dump(index)
    assert any(f["entity_type"] == "DK_CPR" for f in findings)
    assert CPR not in dump and f"{CPR[:6]}-{CPR[6:]}" not in dump


def test_deleted_and_moved_files_are_removed_from_the_index(
    drives: tuple[FakeDrives, str, Path], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from pii_scanner.store import open_store

    fake, base, ca = drives
    monkeypatch.setenv("PII_TEST_GRAPH_SECRET", "s3cret")
    fake.put("f1", "Personale", "kontrakt.txt", f"CPR-nr.: {CPR[:6]}-{CPR[6:]}\n".encode())
    fake.put("f2", "Personale", "notat.txt", f"CPR-nr.: {CPR[:6]}-{CPR[6:]}\n".encode())
    index = tmp_path / "index.sqlite3"
    config = sweep_toml(tmp_path, _spec("sharepoint", base, ca), db=index)
    sweep(config_path=config, config=CONFIG, notify=False)
    fake.delete("f1")
    fake.put("f2", "Arkiv", "notat.txt", fake.files["f2"]["content"])  # moved to another folder
    events: list[tuple[str, dict[str, Any]]] = []
    second = sweep(
        config_path=config,
        config=CONFIG,
        notify=False,
        events=lambda e, **kw: events.append((e, kw)),
        allow_mass_removal=True,  # two of two files go: the guard would hold them otherwise
    )
    assert not second.failed_sources, events
    with open_store(str(index)) as store:
        state = {r["location"].split("Dokumenter/", 1)[1]: r["removed_at"] is not None for r in store.rows("items")}
    assert state == {"Personale/kontrakt.txt": True, "Personale/notat.txt": True, "Arkiv/notat.txt": False}, events


def test_onedrive_users_and_personal_sites_leave_no_plaintext_in_the_index(
    drives: tuple[FakeDrives, str, Path], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A OneDrive user's address and a personal site's name (the user's address written with "_") stand
    at the start of every location of those sources and in the source's configuration: the index keeps
    neither in plaintext (locations, the sources table, the whole file), and two users stay apart."""
    from pii_scanner.store import open_store

    fake, base, ca = drives
    monkeypatch.setenv("PII_TEST_GRAPH_SECRET", "s3cret")
    fake.sites.append(
        {
            "id": "contoso-my.sharepoint.com,p1,w2",
            "name": "jens_hansen_contoso_dk",
            "webUrl": "https://contoso-my.sharepoint.com/personal/jens_hansen_contoso_dk",
        }
    )
    fake.put("f1", "Dokumenter", "cv.txt", f"CPR-nr.: {CPR[:6]}-{CPR[6:]}\n".encode())
    index = tmp_path / "index.sqlite3"
    users = ["jens.hansen@contoso.dk", "anna.berg@contoso.dk"]
    for kind, extra in (("onedrive", {"users": users, "name": "OneDrive jens.hansen@contoso.dk"}), ("sharepoint", {})):
        folder = tmp_path / kind
        folder.mkdir()
        result = sweep(
            config_path=sweep_toml(folder, _spec(kind, base, ca, **extra), db=index), config=CONFIG, notify=False
        )
        assert result.exit_code in (0, 1) and not result.failed_sources
    with open_store(str(index)) as store:
        locations = sorted(str(r["location"]) for r in store.rows("items"))
        sources = store.rows("sources")
        dump = json.dumps(store.dump(), default=str)
    raw = b"".join(p.read_bytes() for p in tmp_path.glob("index.sqlite3*"))
    for secret in ("jens.hansen", "anna.berg", "jens_hansen"):
        assert secret not in dump and secret.encode() not in raw, secret
    onedrive = [loc for loc in locations if loc.startswith("onedrive://")]
    assert len(onedrive) == 2 and len({loc.split("/")[2] for loc in onedrive}) == 2  # two users, two tags
    assert all(loc.startswith(("onedrive://j***", "onedrive://a***")) for loc in onedrive), onedrive
    assert any(loc.startswith("sharepoint://j***") for loc in locations), locations
    assert any(loc.startswith("sharepoint://HR/") for loc in locations), locations  # a team site stays
    assert {str(s["kind"]) for s in sources} == {"onedrive", "sharepoint"}


def test_a_file_listed_without_ctag_or_etag_changes_key_when_its_content_changes() -> None:
    """The delta lists a changed file; without cTag/eTag (a $select or a server that leaves them out) the change key
    was the item id, the same after every change: the file was skipped as unchanged forever."""
    from pii_scanner.sources.graph_drives import DriveSource

    drives = object.__new__(DriveSource)
    drives.name, drives.g = "sp", None  # type: ignore[assignment]  # not called: the download is lazy

    def entry(size: int, modified: str) -> dict[str, Any]:
        return {
            "id": "01ABC",
            "name": "kunder.xlsx",
            "size": size,
            "file": {},
            "parentReference": {"path": "/drives/d1/root:/Delt"},
            "lastModifiedDateTime": modified,
        }

    before = drives._item("d1", "sharepoint://x", entry(100, "2026-11-01T10:00:00Z"))
    after = drives._item("d1", "sharepoint://x", entry(100, "2026-11-02T09:00:00Z"))
    assert before is not None and after is not None and before.change_key != after.change_key
