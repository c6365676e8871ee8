"""SharePoint/OneDrive against a fake that answers ``/root/delta`` as Microsoft documents it (driveItem delta,
"Remarks"): items carry ``parentReference.id`` but never ``parentReference.path``, renaming a folder returns only
the folder (none of its descendants), deletions omit ``name`` and ``cTag``, and OneDrive for Business omits
``cTag`` on changes too. A plain ``GET /drives/{d}/items/{id}`` does give the parent's path.

Hostile (srcred F1): the source built every location from ``parentReference.path``, so against the real service
every file stood at the drive's root by its name: two ``notat.txt`` in two folders were one location, and a
renamed folder left its files at the old location for ever."""

from __future__ import annotations

import datetime
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
from tests.sources.sweep_files import sweep_toml

CPR = make_cpr(datetime.date(1961, 7, 7), 6)
CONFIG = ScanConfig(workers=1)
ROOT = "01ROOTID"


class RealDrive(FakeGraph):
    """One document library: folders and files by id, each with the change version it was last touched at."""

    def __init__(self) -> None:
        super().__init__()
        self.dirs: dict[str, dict[str, Any]] = {}
        self.files: dict[str, dict[str, Any]] = {}
        self.gone: list[tuple[int, str, bool]] = []
        self.item_gets: list[str] = []
        self.refused: dict[str, int] = {}  # site id or drive id -> status of every request about it
        self.expired: set[str] = set()  # delta tokens answered 410 resyncRequired

    def mkdir(self, fid: str, parent: str, name: str) -> None:
        self.version += 1
        self.dirs[fid] = {"parent": parent, "name": name, "v": self.version}

    def put(self, fid: str, parent: str, name: str, content: bytes) -> None:
        self.version += 1
        self.files[fid] = {"parent": parent, "name": name, "content": content, "v": self.version}

    def delete(self, fid: str) -> None:
        self.version += 1
        self.files.pop(fid)
        self.gone.append((self.version, fid, False))

    def path_of(self, fid: str) -> str:
        names: list[str] = []
        while fid != ROOT:
            names.append(self.dirs[fid]["name"])
            fid = self.dirs[fid]["parent"]
        return "/".join(reversed(names))


def _real_handler(fake: RealDrive, base: list[str]) -> type:
    parent = _handler(fake, base)

    class Handler(parent):  # type: ignore[misc, valid-type]
        def do_GET(self) -> None:
            if self.path.startswith("/download/"):
                data = fake.files[self.path.split("/")[2]]["content"]
                self.send_response(200)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)
                return
            super().do_GET()

        def _route(self, parts: list[str], q: dict[str, str]) -> None:
            rest = parts[1:]
            if len(rest) > 1 and rest[1] in fake.refused:
                self._json({"error": {"code": "accessDenied"}}, fake.refused[rest[1]])
            elif len(rest) == 2 and rest[0] == "sites":
                self._json({"id": rest[1], "name": "HR"})
            elif rest == ["sites"]:
                self._json({"value": [{"id": "contoso.sharepoint.com,s1,w1", "name": "HR"}]})
            elif len(rest) == 3 and rest[0] == "sites" and rest[2] == "drives":
                self._json({"value": [{"id": "b!drv", "name": "Dokumenter"}]})
            elif len(rest) == 4 and rest[0] == "drives" and rest[2] == "items":
                fid = rest[3]
                fake.item_gets.append(fid)
                if fid == ROOT:
                    self._json({"id": ROOT, "name": "root", "root": {}, "folder": {}})
                elif fid in fake.dirs:
                    d = fake.dirs[fid]
                    above = fake.path_of(d["parent"])
                    self._json(
                        {
                            "id": fid,
                            "name": d["name"],
                            "folder": {},
                            "parentReference": {
                                "id": d["parent"],
                                "path": f"/drives/{rest[1]}/root:" + (f"/{above}" if above else ""),
                            },
                        }
                    )
                else:
                    self._json({"error": {"code": "itemNotFound"}}, 404)
            elif len(rest) == 4 and rest[0] == "drives" and rest[2:] == ["root", "delta"]:
                if q.get("token") in fake.expired:
                    self._json({"error": {"code": "resyncChangesApplyDifferences"}}, 410)
                    return
                since = int(q.get("token") or 0)
                entries: list[dict[str, Any]] = []
                if not since:
                    entries.append({"id": ROOT, "name": "root", "root": {}, "folder": {}})
                for fid, d in sorted(fake.dirs.items(), key=lambda kv: kv[1]["v"]):
                    if d["v"] > since:
                        ref = {"id": d["parent"], "driveId": rest[1]}
                        # A OneNote notebook is a package, not a folder: no folder facet, its sections inside.
                        kind = {"package": {"type": "oneNote"}} if d["name"].startswith("Notes") else {"folder": {}}
                        entries.append({"id": fid, "name": d["name"], **kind, "parentReference": ref})
                for fid, f in sorted(fake.files.items(), key=lambda kv: kv[1]["v"]):
                    if f["v"] > since:
                        entries.append(
                            {
                                "id": fid,
                                "name": f["name"],
                                "size": len(f["content"]),
                                "eTag": f'"{{{fid}}},{f["v"]}"',  # no cTag: OneDrive for Business omits it
                                "file": {"mimeType": "text/plain"},
                                "parentReference": {"id": f["parent"], "driveId": rest[1]},  # never a path
                                "createdBy": {"user": {"email": "mette@firma.dk"}},
                                "lastModifiedDateTime": "2026-11-01T10:00:00Z",
                                "@microsoft.graph.downloadUrl": f"{base[0]}/download/{fid}",
                            }
                        )
                entries += [
                    {"id": fid, "deleted": {}, "parentReference": {"id": ROOT}}  # no name, no cTag
                    for v, fid, _ in fake.gone
                    if since and v > since
                ]
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
def real(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[RealDrive, dict[str, Any]]]:
    monkeypatch.setenv("PII_TEST_GRAPH_SECRET", "s3cret")
    fake = RealDrive()
    with https_server(lambda base: _real_handler(fake, base), tmp_path) as (base, ca):
        spec = {
            "type": "sharepoint",
            "name": "m365-sharepoint",
            "tenant_id": "contoso",
            "client_id": "app-1",
            "client_secret_env": "PII_TEST_GRAPH_SECRET",
            "authority": f"{base}/contoso",
            "graph_url": f"{base}/v1.0",
            "ca_file": str(ca),
        }
        yield fake, spec


def _tail(location: str) -> str:
    return location.split("/Dokumenter/", 1)[1]


def test_files_of_the_same_name_in_two_folders_are_two_items_at_their_folders(
    real: tuple[RealDrive, dict[str, Any]],
) -> None:
    fake, spec = real
    fake.mkdir("d1", ROOT, "Personale")
    fake.mkdir("d2", "d1", "Ansatte")
    fake.mkdir("d3", ROOT, "Sager")
    fake.put("f1", "d2", "notat.txt", b"a")
    fake.put("f2", "d3", "notat.txt", b"b")
    fake.put("f3", ROOT, "readme.txt", b"c")
    state = MemoryState()
    items = list(open_source(spec, CONFIG, state).items())
    assert sorted(_tail(i.location) for i in items) == [
        "Personale/Ansatte/notat.txt",
        "Sager/notat.txt",
        "readme.txt",
    ]
    # A file added later under a folder known from the first sweep: its path without asking the server again.
    fake.put("f4", "d2", "ny.txt", b"d")
    asked = len(fake.item_gets)
    again = list(open_source(spec, CONFIG, state).items())
    assert [_tail(i.location) for i in again] == ["Personale/Ansatte/ny.txt"] and len(fake.item_gets) == asked


def test_a_file_under_a_folder_the_delta_does_not_list_asks_the_server_for_the_folder_path(
    real: tuple[RealDrive, dict[str, Any]],
) -> None:
    fake, spec = real
    fake.mkdir("d1", ROOT, "Personale")
    fake.mkdir("d2", "d1", "Ansatte")
    state = MemoryState()
    assert list(open_source(spec, CONFIG, state).items()) == []
    for key in [k for k in list(state.values) if ":dir:" in k]:  # a state written before folders were tracked
        state.delete(key)
    fake.put("f1", "d2", "kontrakt.txt", b"a")
    (item,) = open_source(spec, CONFIG, state).items()
    assert _tail(item.location) == "Personale/Ansatte/kontrakt.txt"


def test_a_renamed_folder_moves_its_files_in_the_index(real: tuple[RealDrive, dict[str, Any]], tmp_path: Path) -> None:
    """Renaming a folder returns only the folder from delta: its files' old locations are marked removed and their
    new ones swept; a file deleted (no name in the entry) is marked removed; nothing fails."""
    from pii_scanner.store import open_store

    fake, spec = real
    fake.mkdir("d1", ROOT, "Personale")
    fake.put("f1", "d1", "kontrakt.txt", f"CPR-nr.: {CPR[:6]}-{CPR[6:]}\n".encode())
    fake.put("f2", "d1", "notat.txt", b"intet")
    fake.put("f3", ROOT, "slet.txt", b"intet")
    index = tmp_path / "index.sqlite3"
    config = sweep_toml(tmp_path, spec, db=index, fast=True)
    first = sweep(config_path=config, config=CONFIG, notify=False)
    assert not first.failed_sources
    fake.mkdir("d1", ROOT, "HR-Personale")  # renamed: the folder alone is in the next delta
    fake.delete("f3")
    second = sweep(config_path=config, config=CONFIG, notify=False, allow_mass_removal=True)
    assert not second.failed_sources and second.exit_code in (0, 1)
    with open_store(str(index)) as store:
        state = {_tail(str(r["location"])): r["removed_at"] is not None for r in store.rows("items")}
    assert state == {
        "Personale/kontrakt.txt": True,
        "Personale/notat.txt": True,
        "slet.txt": True,
        "HR-Personale/kontrakt.txt": False,
        "HR-Personale/notat.txt": False,
    }


def test_a_site_gone_and_a_drive_refused_fail_the_source_after_the_other_sites(
    real: tuple[RealDrive, dict[str, Any]],
) -> None:
    from pii_scanner.core.errors import SourceUnavailable

    fake, spec = real
    fake.put("f1", ROOT, "readme.txt", b"c")
    fake.refused["gone-site"] = 404
    spec = spec | {"sites": ["gone-site", "contoso.sharepoint.com,s1,w1"]}
    seen: list[str] = []
    with pytest.raises(SourceUnavailable, match="404"):
        seen.extend(_tail(i.location) for i in open_source(spec, CONFIG, MemoryState()).items())
    assert seen == ["readme.txt"]
    fake.refused["b!drv"] = 403  # access to the library itself taken away
    with pytest.raises(SourceUnavailable, match="403"):
        list(open_source(spec, CONFIG, MemoryState()).items())


def test_a_renamed_onenote_notebook_moves_its_sections(real: tuple[RealDrive, dict[str, Any]]) -> None:
    """A OneNote notebook is listed with a ``package`` facet (no ``folder``): its sections' paths go through it,
    and renaming it moves them as renaming a folder does."""
    fake, spec = real
    fake.mkdir("nb", ROOT, "Notesbog HR")
    fake.put("s1", "nb", "Sektion.one", b"one")
    state = MemoryState()
    assert [_tail(i.location) for i in open_source(spec, CONFIG, state).items()] == ["Notesbog%20HR/Sektion.one"]
    fake.mkdir("nb", ROOT, "Notesbog Personale")
    moved = sorted((_tail(i.location), i.deleted) for i in open_source(spec, CONFIG, state).items())
    assert moved == [("Notesbog%20HR/Sektion.one", True), ("Notesbog%20Personale/Sektion.one", False)]


def test_a_file_deleted_while_the_delta_link_was_expired_is_removed(real: tuple[RealDrive, dict[str, Any]]) -> None:
    """410 resyncChangesApplyDifferences: the drive is listed from scratch, which lists no deletions; a file deleted
    meanwhile stayed held for ever (Microsoft: replace local items with the server's version, deletes too)."""
    fake, spec = real
    fake.mkdir("d1", ROOT, "Personale")
    fake.put("f1", "d1", "kontrakt.txt", b"a")
    fake.put("f2", "d1", "notat.txt", b"b")
    state = MemoryState()
    list(open_source(spec, CONFIG, state).items())
    fake.files.pop("f2")  # deleted while the link expired: its deleted entry is never listed
    fake.expired.add(str(fake.version))
    again = sorted((_tail(i.location), i.deleted) for i in open_source(spec, CONFIG, state).items())
    assert again == [("Personale/kontrakt.txt", False), ("Personale/notat.txt", True)]
