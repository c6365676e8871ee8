"""Dropbox accounts and Dropbox Business team members through the official ``dropbox`` SDK.

``type = "dropbox"``. Per member (``me`` for a user token, each of ``members`` for a team token
with ``team = true``) and per configured path (``paths``, default ``[""]``: the whole account),
``files/list_folder`` (recursive) is followed with ``list_folder/continue`` until ``has_more`` is
false; the last cursor is kept as state so the next sweep reads only changes. A cursor Dropbox
reset or expired restarts that path. Deleted entries become tombstones. Files are downloaded
only when the sweep reads them. Files reachable by a shared link (``sharing/list_shared_links``,
one paged call per member) carry ``metadata["shared_link"] = True``: a public link to personal
data is a finding for the DPO. ``team_space = true`` lists from the team's root namespace.

``api_host`` / ``content_host`` point the SDK at a Dropbox-compatible endpoint (a private gateway,
the tests' loopback fake); the SDK reads its hosts from ``_host_map``, so that one private
attribute is the whole seam (see ``_point``). Least privilege: ``files.metadata.read``,
``files.content.read``, ``sharing.read``; a team token also needs ``team_data.member``.
"""

from __future__ import annotations

import fnmatch
import json
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote

import dropbox
import requests
from dropbox import exceptions as dbx_exc
from dropbox import files as dbx_files
from dropbox import session as dbx_session

from pii_scanner.core.config import ScanConfig
from pii_scanner.core.errors import ConfigError, ExtractionError, SourceError, SourceUnavailable
from pii_scanner.core.model import Item
from pii_scanner.core.state import SourceState
from pii_scanner.sources.mail.credentials import secret
from pii_scanner.sources.registry import Source
from pii_scanner.sources.specs import DropboxSpec

_ME = "me"


def _point(client: Any, api_host: str | None, content_host: str | None) -> Any:
    """Send the client's requests to other hosts (the SDK builds ``https://<host>/2/<route>``).

    ``_host_map`` is private to the SDK and reset by ``clone``/``as_user``/``with_path_root``, so
    every derived client passes through here again.
    """
    if api_host or content_host:
        api = api_host or dbx_session.API_HOST
        client._host_map = {
            dbx_session.HOST_API: api,
            dbx_session.HOST_CONTENT: content_host or api,
            dbx_session.HOST_NOTIFY: api,
        }
    return client


class _PrivateCaSession(requests.Session):
    """A session that trusts the configured CA file.

    requests lets REQUESTS_CA_BUNDLE / CURL_CA_BUNDLE override a session's ``verify`` (so the
    SDK's own ``ca_certs`` is silently ignored where those are set); proxies still come from
    the environment.
    """

    def __init__(self, ca_certs: str) -> None:
        super().__init__()
        self.verify = ca_certs

    def merge_environment_settings(self, url: str, proxies: Any, stream: Any, verify: Any, cert: Any) -> dict[str, Any]:
        merged: dict[str, Any] = super().merge_environment_settings(url, proxies, stream, verify, cert)
        if verify is None or verify is True:
            merged["verify"] = self.verify
        return merged


class DropboxSource:
    def __init__(self, spec: DropboxSpec, state: SourceState) -> None:
        self.spec, self.state = spec, state
        self.name = spec.name
        self.paths: list[str] = [_norm_path(p) for p in spec.paths]
        self.exclude = [p.lower() for p in spec.exclude]
        self.team, self.team_space = spec.team, spec.team_space
        self.members = list(spec.members)  # required with a team token (DropboxSpec)
        self.api_host = spec.api_host or None
        self.content_host = spec.content_host or None
        self.root = self._client()

    def _client(self) -> Any:
        spec = self.spec
        token = secret(spec.token, "token", self.name, required=False)
        refresh = secret(spec.refresh_token, "refresh_token", self.name, required=False)
        kwargs: dict[str, Any] = {
            "max_retries_on_error": spec.max_retries,
            # The SDK waits out 429s (Retry-After) itself; bounded, so a throttled account fails.
            "max_retries_on_rate_limit": spec.max_retries_on_rate_limit,
            "timeout": spec.timeout,
            "user_agent": "pii-scanner",
        }
        if spec.ca_certs:
            kwargs["session"] = _PrivateCaSession(spec.ca_certs)
        if token:
            kwargs["oauth2_access_token"] = token
        elif refresh:
            if not spec.app_key:
                raise ConfigError(f"source {self.name}: 'app_key' is required with a refresh token")
            kwargs["oauth2_refresh_token"] = refresh
            kwargs["app_key"] = spec.app_key
            kwargs["app_secret"] = secret(spec.app_secret, "app_secret", self.name, required=False)
        else:
            raise ConfigError(
                f"source {self.name}: token_env/token_keyring/token_file or refresh_token_env + app_key is required"
            )
        cls = dropbox.DropboxTeam if self.team else dropbox.Dropbox
        client = _point(cls(**kwargs), self.api_host, self.content_host)
        if refresh and not token and self.api_host:
            # The SDK refreshes against the public host by default; ask the configured one.
            self._call(client.refresh_access_token, self.api_host)
        return client

    def _call(self, fn: Any, *args: Any, **kwargs: Any) -> Any:
        return _call(self.name, fn, *args, **kwargs)

    def _member_client(self, member: str) -> tuple[Any, str]:
        """(client acting as the member, the member's e-mail address)."""
        client = self.root
        if self.team:
            client = _point(self.root.as_user(member), self.api_host, self.content_host)
        account = self._call(client.users_get_current_account)
        if self.team_space:
            root_ns = account.root_info.root_namespace_id
            client = _point(
                client.with_path_root(dropbox.common.PathRoot.root(root_ns)), self.api_host, self.content_host
            )
        return client, str(account.email or "")

    def items(self) -> Iterator[Item]:
        gone: list[str] = []
        for member in self.members if self.team else [_ME]:
            try:
                client, owner = self._member_client(member)
            except _MemberGone as exc:  # left the team or suspended: the other members are swept
                gone.append(str(exc.tag))
                continue
            shared = self._shared_links(client)
            for path in self.paths:
                yield from self._list(client, member, owner, path, shared)
        if gone:  # once the others are swept: the source failed, nothing of these members is marked removed
            raise SourceUnavailable(
                f"source {self.name}: {len(gone)} team member(s) could not be read ({', '.join(sorted(set(gone)))})"
            )

    def _shared_links(self, client: Any) -> tuple[set[str], list[str]]:
        """(lower-case paths of files with a link, of folders with a link)."""
        files: set[str] = set()
        folders: list[str] = []
        try:
            result = self._call(client.sharing_list_shared_links)
        except dbx_exc.ApiError as exc:
            raise SourceError(
                f"source {self.name}: Dropbox shared links cannot be listed ({_tag(exc.error)})"
            ) from None
        while True:
            for link in result.links:
                path = getattr(link, "path_lower", None)
                if not path:
                    continue
                if isinstance(link, dropbox.sharing.FolderLinkMetadata):
                    folders.append(path.rstrip("/") + "/")
                else:
                    files.add(path)
            if not result.has_more or not result.cursor:
                return files, folders
            try:
                result = self._call(client.sharing_list_shared_links, cursor=result.cursor)
            except dbx_exc.ApiError as exc:
                raise SourceError(
                    f"source {self.name}: Dropbox shared links cannot be listed ({_tag(exc.error)})"
                ) from None

    def _list(
        self, client: Any, member: str, owner: str, path: str, shared: tuple[set[str], list[str]]
    ) -> Iterator[Item]:
        key = f"cursor:{member}:{'team' if self.team_space else 'home'}:{path}"
        cursor = self.state.get(key)
        if cursor:
            try:
                result = self._call(client.files_list_folder_continue, cursor)
            except dbx_exc.ApiError as exc:
                if not (isinstance(exc.error, dbx_files.ListFolderContinueError) and exc.error.is_reset()):
                    raise SourceError(f"source {self.name}: listing {path or '/'} failed ({_tag(exc.error)})") from None
                # Dropbox reset or expired the cursor: read the path afresh.
                self.state.delete(key)
                cursor = None
        if not cursor:
            try:
                result = self._call(client.files_list_folder, path, recursive=True)
            except dbx_exc.ApiError as exc:
                raise SourceUnavailable(f"source {self.name}: cannot list {path or '/'} ({_tag(exc.error)})") from None
        tree = _Tree(self.state, key)
        restarted = False
        whole = not cursor  # a listing from scratch (first, or after a reset) lists no deletions
        seen: set[str] = set()
        while True:
            for entry in result.entries:
                if isinstance(entry, dbx_files.DeletedMetadata):
                    yield from self._deleted(member, entry, tree)
                    continue
                seen.add(str(entry.path_lower or str(entry.path_display or entry.name).lower()))
                item = self._item(client, member, owner, entry, shared)
                if item is None:
                    if isinstance(entry, dbx_files.FolderMetadata):  # a file it replaced is gone
                        for gone in tree.add(
                            str(entry.path_lower or ""), "d", str(entry.path_display or entry.path_lower)
                        ):
                            yield _tombstone(self.name, member, gone)
                    continue
                shown = str(entry.path_display or entry.path_lower or entry.name)
                # Gone: the old spelling of a file listed in other case, or every file of a folder this file
                # replaced (Dropbox lists the file only, no deleted entry: "replace it and remove all its children").
                for gone in tree.add(str(entry.path_lower or shown.lower()), "f", shown):
                    yield _tombstone(self.name, member, gone)
                yield item
            if not result.has_more:
                break
            try:
                result = self._call(client.files_list_folder_continue, result.cursor)
            except dbx_exc.ApiError as exc:
                # Dropbox may reset a cursor on any page: list the path afresh, once (an item listed twice is
                # compared by its change key; a second reset or another route error fails the source).
                if restarted or not (isinstance(exc.error, dbx_files.ListFolderContinueError) and exc.error.is_reset()):
                    raise SourceError(f"source {self.name}: listing {path or '/'} failed ({_tag(exc.error)})") from None
                restarted = True
                try:
                    result = self._call(client.files_list_folder, path, recursive=True)
                except dbx_exc.ApiError as again:
                    raise SourceUnavailable(
                        f"source {self.name}: cannot list {path or '/'} ({_tag(again.error)})"
                    ) from None
        if whole or restarted:
            # Files an earlier listing saw that this one from scratch does not: deleted while the cursor was
            # reset or expired (Dropbox's own advice: compare the fresh listing with local state).
            for lower, shown in list(tree.files_under(path.lower())):
                if lower not in seen:
                    tree.remove(lower)
                    yield _tombstone(self.name, member, shown)
        # Stored only once the whole listing was yielded: an interrupted sweep re-reads the changes.
        self.state.set(key, str(result.cursor))
        tree.save()

    def _deleted(self, member: str, entry: Any, tree: _Tree) -> Iterator[Item]:
        """Dropbox lists one DeletedMetadata for a deleted or moved folder, none for what was in it ("remove it
        and all its children"), and its path_display may be cased otherwise: every file listed under that path
        before becomes a tombstone at the location it was stored at."""
        lower = str(entry.path_lower or str(entry.path_display or "").lower())
        known = tree.remove(lower)
        if not known:  # not listed by this version before (state from an older one): the entry's own path
            shown = str(entry.path_display or entry.path_lower or entry.name)
            if not any(fnmatch.fnmatchcase(lower, pat) for pat in self.exclude):
                yield _tombstone(self.name, member, shown)
            return
        for shown in known:
            yield _tombstone(self.name, member, shown)

    def _item(
        self, client: Any, member: str, owner: str, entry: Any, shared: tuple[set[str], list[str]]
    ) -> Item | None:
        shown = str(entry.path_display or entry.path_lower or entry.name)
        lower = str(entry.path_lower or shown.lower())
        if any(fnmatch.fnmatchcase(lower, pat) for pat in self.exclude):
            return None
        location = _location(member, shown)
        if not isinstance(entry, dbx_files.FileMetadata):
            return None
        files, folders = shared
        meta: dict[str, Any] = {"dropbox_id": str(entry.id)}
        if lower in files or any(lower.startswith(f) for f in folders):
            meta["shared_link"] = True
        item = Item(
            location=location,
            path=location,
            name=str(entry.name),
            size=int(entry.size),
            mtime=_utc(entry.server_modified),
            owner=owner,
            origin="share",
            source=self.name,
            change_key=str(entry.rev or entry.content_hash or ""),
            metadata=meta,
        )
        item.read = _Download(self.name, client, str(entry.id))
        return item


def _location(member: str, shown: str) -> str:
    return f"dropbox://{quote(member, safe='@')}{quote(shown, safe='/')}"


def _tombstone(source: str, member: str, shown: str) -> Item:
    location = _location(member, shown)
    return Item(location=location, path=location, origin="share", source=source, deleted=True)


class _Tree:
    """What a listing has seen, kept as state per folder (its lower-case path -> {child's lower-case path:
    kind "f"/"d" + the path as listed}), so that a deleted or moved folder's files, which Dropbox does not
    list, can be marked removed at the locations they were stored at. Folders are read from state when first
    needed and written back by ``save`` once the listing is whole."""

    def __init__(self, state: SourceState, cursor_key: str) -> None:
        self.state, self.prefix = state, cursor_key + ":dir:"
        self.dirs: dict[str, dict[str, str]] = {}
        self.dirty: set[str] = set()

    def _dir(self, lower: str) -> dict[str, str]:
        if lower not in self.dirs:
            raw = self.state.get(self.prefix + lower)
            try:
                loaded = json.loads(raw) if raw else {}
            except ValueError:
                loaded = {}
            self.dirs[lower] = loaded if isinstance(loaded, dict) else {}
        return self.dirs[lower]

    def add(self, lower: str, kind: str, shown: str) -> list[str]:
        """Record a listed file or folder (and its parents as folders); the stored paths of files this
        entry replaced: a file at another spelling, a file now a folder, every file of a folder now a file."""
        if not lower or lower == "/":
            return []
        parent = lower.rsplit("/", 1)[0]
        children = self._dir(parent)
        old = children.get(lower)
        gone: list[str] = []
        if old is not None and old[0] == "d" and kind == "f":
            for child in list(self._dir(lower)):
                gone += self.remove(child)
        elif old is not None and old[0] == "f" and (kind == "d" or old[1:] != shown):
            gone.append(old[1:])
        if old != kind + shown:
            children[lower] = kind + shown
            self.dirty.add(parent)
        if parent and old is None:
            gone += self.add(parent, "d", shown.rsplit("/", 1)[0] or parent)
        return gone

    def remove(self, lower: str) -> list[str]:
        """Forget a path and everything under it; the files' paths as they were listed."""
        parent = lower.rsplit("/", 1)[0]
        old = self._dir(parent).pop(lower, None)
        if old is None:
            return []
        self.dirty.add(parent)
        if old[0] == "f":
            return [old[1:]]
        files: list[str] = []
        for child in list(self._dir(lower)):
            files += self.remove(child)
        self.dirs[lower] = {}
        self.dirty.add(lower)
        return files

    def files_under(self, lower: str) -> Iterator[tuple[str, str]]:
        """(lower-case path, path as listed) of every file recorded under the folder ``lower``."""
        for child, value in list(self._dir(lower.rstrip("/")).items()):
            if value[0] == "f":
                yield child, value[1:]
            else:
                yield from self.files_under(child)

    def save(self) -> None:
        for lower in self.dirty:
            children = self.dirs.get(lower) or {}
            if children:
                self.state.set(self.prefix + lower, json.dumps(children, ensure_ascii=False))
            else:
                self.state.delete(self.prefix + lower)
        self.dirty.clear()


class _MemberGone(SourceError):
    """The team member a call acts as is no longer on the team (or is suspended): that member only."""

    def __init__(self, name: str, tag: str) -> None:
        super().__init__(f"source {name}: Dropbox team member cannot be read ({tag})")
        self.tag = tag


def _call(name: str, fn: Any, *args: Any, **kwargs: Any) -> Any:
    """One SDK call with its failures turned into one clear SourceError line (no secrets)."""
    try:
        return fn(*args, **kwargs)
    except dbx_exc.AuthError as exc:
        if _tag(exc.error) in ("invalid_select_user", "user_suspended"):
            raise _MemberGone(name, _tag(exc.error)) from None
        raise SourceError(f"source {name}: Dropbox authentication failed ({_tag(exc.error)})") from None
    except dbx_exc.PathRootError:
        raise SourceError(f"source {name}: Dropbox refused the team-space path root") from None
    except dbx_exc.RateLimitError:
        raise SourceError(f"source {name}: Dropbox kept rate-limiting; try again later") from None
    except dbx_exc.BadInputError:
        raise SourceError(f"source {name}: Dropbox rejected the request (bad input)") from None
    except dbx_exc.InternalServerError as exc:
        raise SourceError(f"source {name}: Dropbox server error {exc.status_code}") from None
    except dbx_exc.HttpError as exc:
        raise SourceError(f"source {name}: Dropbox HTTP error {exc.status_code}") from None
    except requests.RequestException as exc:
        raise SourceUnavailable(f"source {name}: cannot reach Dropbox ({type(exc).__name__})") from None


class _Download:
    """The file's bytes, fetched only when the pipeline reads the item (by id: renames do not matter).

    Holds only the SDK client (picklable: requests sessions are) and the source's name, so the
    reader can go to a worker process; a failed download is that file's error record.
    """

    __slots__ = ("client", "file_id", "name")

    def __init__(self, name: str, client: Any, file_id: str) -> None:
        self.name, self.client, self.file_id = name, client, file_id

    def __call__(self) -> bytes:
        try:
            _meta, resp = _call(self.name, self.client.files_download, self.file_id)
        except dbx_exc.ApiError as exc:
            raise ExtractionError(f"cannot download from Dropbox ({_tag(exc.error)})") from None
        except SourceError as exc:
            raise ExtractionError(str(exc)) from None
        try:
            return bytes(resp.content)
        finally:
            resp.close()


def _tag(error: Any) -> str:
    """The error's union tag ("reset", "invalid_access_token"): never a path or a value."""
    tag = getattr(error, "_tag", None)
    return str(tag) if tag else type(error).__name__


def _norm_path(path: str) -> str:
    # The API names the root "" and everything else "/a/b" without a trailing slash.
    path = path.strip().rstrip("/")
    return path if not path or path.startswith(("/", "id:", "ns:")) else "/" + path


def _utc(value: datetime | None) -> datetime | None:
    return value.replace(tzinfo=UTC) if value is not None and value.tzinfo is None else value


def open_dropbox(spec: DropboxSpec, config: ScanConfig, state: SourceState) -> Source:
    source = DropboxSource(spec, state)
    # Cursors list changes only: items not seen this time are not gone.
    return Source(source.name, "dropbox", source.items, complete_listing=False)
