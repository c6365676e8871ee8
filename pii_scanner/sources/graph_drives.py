"""SharePoint Online document libraries and OneDrive for Business through Microsoft Graph.

``type = "sharepoint"``: the drives (document libraries) of configured sites (``sites``: site ids or
``host:/sites/path``), or of every site the application can see (``/sites?search=*``) when none
is given. ``type = "onedrive"``: the OneDrive of each configured user (``users``). Per drive a
``/root/delta`` query is followed page by page and its ``@odata.deltaLink`` kept as state, so the
next sweep reads only changes; HTTP 410 (the link expired) restarts that drive; 429/503 honour
Retry-After (the Graph client of the mail source). Files are downloaded lazily from their
pre-authenticated ``@microsoft.graph.downloadUrl``, only when the sweep reads them; the owner is
the creator (``createdBy``), and a sensitivity label, where Graph gives one, is kept.
Least privilege: ``Sites.Selected`` (granted per site) or ``Sites.Read.All``; ``Files.Read.All``
for OneDrive.
"""

from __future__ import annotations

import json
from collections.abc import Generator, Iterator
from typing import Any
from urllib.parse import quote

import httpx

from pii_scanner.core.config import ScanConfig
from pii_scanner.core.errors import ConfigError, SourceError, SourceUnavailable
from pii_scanner.core.model import Item
from pii_scanner.core.state import SourceState
from pii_scanner.sources.mail.graph import Gone, GraphSource, Refused, TokenProvider, _date, open_graph_tokens
from pii_scanner.sources.registry import Source
from pii_scanner.sources.specs import DrivesSpec

_DELTA_SELECT = "id,name,size,eTag,cTag,file,folder,package,root,deleted,parentReference,createdBy,lastModifiedDateTime"


class DriveSource:
    def __init__(self, spec: DrivesSpec, graph: GraphSource) -> None:
        self.kind, self.spec, self.g = spec.type, spec, graph
        self.name = spec.name

    def drives(self, refused: list[int]) -> Iterator[tuple[str, str, str]]:
        """(drive id, readable root of its locations, drive's web name); a user, site or site's drive list
        that is gone or refused (403/404) is noted in ``refused`` and the others are still given."""
        if self.kind == "onedrive":
            for user in self.spec.users:  # required for onedrive (DrivesSpec)
                try:
                    drive = self.g.get(f"/users/{quote(str(user), safe='@')}/drive")
                except Refused as exc:
                    refused.append(exc.status)
                    continue
                yield str(drive["id"]), f"onedrive://{quote(str(user), safe='@')}", str(drive.get("name") or "OneDrive")
            return
        sites = self.spec.sites
        site_docs: list[dict[str, Any]] = []
        if sites:
            for s in sites:
                try:
                    site_docs.append(self.g.get(f"/sites/{quote(str(s), safe=':/,')}"))
                except Refused as exc:
                    refused.append(exc.status)
        else:
            for page in self.g.pages("/sites", {"search": "*"}):
                site_docs.extend(page.get("value", []))
        for site in site_docs:
            site_name = str(site.get("name") or site.get("displayName") or site["id"])
            found: list[dict[str, Any]] = []
            try:
                for page in self.g.pages(f"/sites/{quote(str(site['id']), safe=',')}/drives"):
                    found.extend(page.get("value", []))
            except Refused as exc:
                refused.append(exc.status)
                continue
            for drive in found:
                drive_name = str(drive.get("name") or drive["id"])
                root = f"sharepoint://{quote(site_name, safe='')}/{quote(drive_name, safe='')}"
                yield str(drive["id"]), root, drive_name

    def items(self) -> Iterator[Item]:
        refused: list[int] = []
        for drive_id, root, _name in self.drives(refused):
            try:
                yield from self._drive(drive_id, root)
            except Refused as exc:  # the drive went, or access to it was taken, while it was read
                refused.append(exc.status)
        if refused:  # once every other drive is swept: the source failed, nothing of these is marked removed
            statuses = ", ".join(map(str, sorted(set(refused))))
            raise SourceUnavailable(
                f"Graph: {len(refused)} {self.kind} user(s), site(s) or drive(s) gone or refused (HTTP {statuses})"
            )

    def _drive(self, drive_id: str, root: str) -> Iterator[Item]:
        key = f"drive:{drive_id}:delta"
        start = self.g.state.get(key)
        first = f"/drives/{quote(drive_id, safe='!')}/root/delta"
        try:
            moved = yield from self._delta(
                drive_id, root, start or first, None if start else {"$select": _DELTA_SELECT}, key, whole=not start
            )
        except Gone:  # the stored link expired: read the drive afresh
            self.g.state.delete(key)
            moved = yield from self._delta(drive_id, root, first, {"$select": _DELTA_SELECT}, key, whole=True)
        if moved:
            # A folder was renamed or moved: delta lists the folder but none of its descendants, so the
            # whole drive is listed once more; every file whose path changed then moves in the index.
            self.g.state.delete(key)
            yield from self._delta(drive_id, root, first, {"$select": _DELTA_SELECT}, key, whole=True)

    def _delta(
        self, drive_id: str, root: str, url: str, params: dict[str, str] | None, key: str, *, whole: bool = False
    ) -> Generator[Item, None, bool]:
        """The changes from ``url`` on; returns whether a folder known before changed its path. ``whole``: the
        drive is listed from scratch, which lists no deletions: a file an earlier listing saw and this one does
        not was deleted meanwhile (Microsoft: after a resync, apply the differences, deletes too)."""
        delta_link = None
        moved = False
        ids_key = f"drive:{drive_id}:ids"
        ids = set(_json_list(self.g.state.get(ids_key)))
        listed_before = frozenset(ids)
        unseen = set(ids) if whole else set()
        for page in self.g.pages(url, params):
            for entry in page.get("value", []):
                unseen.discard(str(entry["id"]))
                if "folder" in entry or "root" in entry or "package" in entry:  # package: a OneNote notebook
                    moved = self._folder(drive_id, entry) or moved
                    continue
                for item in self._entry(drive_id, root, entry):
                    if item.metadata.get("drive_item_id") == str(entry["id"]):
                        (ids.discard if item.deleted else ids.add)(str(entry["id"]))
                    yield item
            delta_link = page.get("@odata.deltaLink") or delta_link
        for item_id in sorted(unseen):
            ids.discard(item_id)
            before = self.g.state.get(f"drive:{drive_id}:item:{item_id}")
            self.g.state.delete(f"drive:{drive_id}:item:{item_id}")
            if before:
                yield Item(location=before, path=before, origin="share", source=self.name, deleted=True)
        if delta_link:
            self.g.state.set(key, str(delta_link))
        if ids != listed_before:  # unchanged: not written again (a large folder's list is big)
            self.g.state.set(ids_key, json.dumps(sorted(ids)))
        return moved

    # --- folder paths, tracked by id -----------------------------------------------------------------
    # Delta never gives parentReference.path (Microsoft: "track items by id"), so each folder's path is kept
    # as state ("/" + path: the root's is "/") and a file's path is its parent folder's path and its name.
    def _folder(self, drive_id: str, entry: dict[str, Any]) -> bool:
        """Record a listed folder's path; True when a folder known before now has another path."""
        key = f"drive:{drive_id}:dir:{entry['id']}"
        before = self.g.state.get(key)
        if "deleted" in entry:
            self.g.state.delete(key)
            return False
        path = "" if "root" in entry else self._child_path(drive_id, entry)
        self.g.state.set(key, "/" + path)
        return before is not None and before != "/" + path

    def _child_path(self, drive_id: str, entry: dict[str, Any]) -> str:
        """The drive path of a listed item: its parent's path (by id) and its name."""
        ref = entry.get("parentReference") or {}
        name = str(entry.get("name") or "")
        given = ref.get("path")
        if given:  # a GET of one item, or a service that gives it in delta too
            inside = str(given).split("root:", 1)[1] if "root:" in str(given) else ""
        elif ref.get("id"):
            inside = self._dir_path(drive_id, str(ref["id"]))
        else:
            inside = ""
        return "/".join(p for p in (*inside.strip("/").split("/"), name) if p)

    def _dir_path(self, drive_id: str, folder_id: str) -> str:
        key = f"drive:{drive_id}:dir:{folder_id}"
        known = self.g.state.get(key)
        if known is not None:
            return known[1:]
        doc = self.g.get(
            f"/drives/{quote(drive_id, safe='!')}/items/{quote(folder_id, safe='')}",
            {"$select": "id,name,root,parentReference"},
        )
        path = "" if "root" in doc else self._child_path(drive_id, doc)
        self.g.state.set(key, "/" + path)
        return path

    def _entry(self, drive_id: str, root: str, entry: dict[str, Any]) -> Iterator[Item]:
        """The item for a delta entry. A deletion names only the id, and a move or rename changes the
        location: the location each id had is kept as state, so the old location is marked removed."""
        key = f"drive:{drive_id}:item:{entry['id']}"
        before = self.g.state.get(key)
        item = self._item(drive_id, root, entry)
        if item is None:
            return
        if item.deleted:
            self.g.state.delete(key)
            if before:
                item.location = item.path = before
                yield item
            return
        if before and before != item.location:
            yield Item(location=before, path=before, origin="share", source=self.name, deleted=True)
        self.g.state.set(key, item.location)
        yield item

    def _item(self, drive_id: str, root: str, entry: dict[str, Any]) -> Item | None:
        meta = {"drive_item_id": str(entry["id"]), "drive_id": drive_id}
        if "deleted" in entry:  # no name (OneDrive for Business): the location the id had is kept as state
            location = f"{root}/{quote(str(entry['id']), safe='')}"
            return Item(location=location, path=location, origin="share", source=self.name, metadata=meta, deleted=True)
        path = self._child_path(drive_id, entry) if "file" in entry else ""
        location = f"{root}/{quote(path, safe='/')}" if path else f"{root}/{quote(str(entry['id']), safe='')}"
        if "file" not in entry:
            return None
        created = (entry.get("createdBy") or {}).get("user") or {}
        owner = str(created.get("email") or created.get("displayName") or "")
        label = (entry.get("sensitivityLabel") or {}).get("displayName")
        if label:
            meta["sensitivity_label"] = str(label)
        item = Item(
            location=location,
            path=location,
            name=str(entry.get("name") or ""),
            size=int(entry.get("size") or 0),
            mtime=_date(entry.get("lastModifiedDateTime")),
            owner=owner,
            origin="share",
            source=self.name,
            change_key=_change_key(entry),
            metadata=meta,
        )
        item.read = _Download(self.g, drive_id, str(entry["id"]), entry.get("@microsoft.graph.downloadUrl"))
        return item


def _json_list(raw: str | None) -> list[str]:
    try:
        value = json.loads(raw) if raw else []
    except ValueError:
        return []
    return [str(v) for v in value] if isinstance(value, list) else []


def _change_key(entry: dict[str, Any]) -> str:
    """cTag (moves with the content), else eTag. Without either, never the item id alone, which stays the same
    after every change (a changed file was skipped forever): its size and the server's modification time."""
    tag = entry.get("cTag") or entry.get("eTag")
    if tag:
        return str(tag)
    modified = entry.get("lastModifiedDateTime")
    return f"{entry['id']}:{entry.get('size')}:{modified}" if modified else ""  # "": read every time listed


class _Download:
    """The file's bytes, fetched only when the pipeline reads the item."""

    __slots__ = ("drive_id", "graph", "item_id", "url")

    def __init__(self, graph: GraphSource, drive_id: str, item_id: str, url: Any) -> None:
        self.graph, self.drive_id, self.item_id, self.url = graph, drive_id, item_id, url

    def __call__(self) -> bytes:
        if isinstance(self.url, str) and self.url:
            # Pre-authenticated and short-lived: no bearer token is sent to the download host.
            try:
                resp = self.graph.client.get(self.url, follow_redirects=True)
            except httpx.HTTPError as exc:
                raise SourceError(f"download failed ({type(exc).__name__})") from None
            if resp.status_code < 400:
                return resp.content
        path = f"/drives/{quote(self.drive_id, safe='!')}/items/{quote(self.item_id, safe='')}/content"
        return bytes(self.graph.get(path, raw=True))


def _open(kind: str, spec: DrivesSpec, config: ScanConfig, state: SourceState, tokens: TokenProvider | None) -> Source:
    if spec.type != kind:
        raise ConfigError(f"source {spec.name}: a {spec.type} spec opened as {kind}")
    graph = GraphSource(spec, config, state, tokens if tokens is not None else open_graph_tokens(spec))
    source = DriveSource(spec, graph)
    # Delta queries list changes only: items not seen this time are not gone.
    return Source(spec.name, kind, source.items, complete_listing=False)


def open_sharepoint(
    spec: DrivesSpec, config: ScanConfig, state: SourceState, tokens: TokenProvider | None = None
) -> Source:
    return _open("sharepoint", spec, config, state, tokens)


def open_onedrive(
    spec: DrivesSpec, config: ScanConfig, state: SourceState, tokens: TokenProvider | None = None
) -> Source:
    return _open("onedrive", spec, config, state, tokens)
