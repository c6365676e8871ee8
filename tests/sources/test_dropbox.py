"""Dropbox through the official SDK against a loopback fake of the Dropbox HTTP API (HTTPS, the
real wire format: RPC JSON bodies, download arguments and results in Dropbox-API-* headers, 409
route errors, 401 auth errors): first and incremental listings, cursor reset, lazy downloads,
shared links, team members and team space, a wrong token, and a sweep finding a CPR."""

from __future__ import annotations

import datetime
import json
import pickle
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import pytest

from pii_scanner.core.config import ScanConfig
from pii_scanner.core.errors import ConfigError, SourceError
from pii_scanner.core.state import MemoryState
from pii_scanner.sources.registry import open_source
from pii_scanner.sweeps.engine import sweep
from tests.helpers.nordic_numbers import make_cpr
from tests.servers.https import https_server
from tests.sources.sweep_files import findings_and_dump, sweep_toml

CPR = make_cpr(datetime.date(1972, 3, 14), 5)
CONFIG = ScanConfig(workers=1)
TOKEN = "sl.fake-token"
PAGE = 2  # entries per page: listings need list_folder/continue


class FakeDropbox:
    def __init__(self) -> None:
        self.version = 0
        self.files: dict[str, dict[str, Any]] = {}  # path_lower -> file
        self.gone: list[tuple[int, str, str]] = []  # (version, path_lower, path_display)
        self.links: list[tuple[str, str]] = []  # (tag, path_lower)
        self.expired: set[str] = set()
        self.downloads: list[str] = []
        self.calls: list[str] = []
        self.headers: list[dict[str, str]] = []
        self.throttle = 0
        self.vanished: set[str] = set()  # listed, but gone by the time they are downloaded

    def put(self, display: str, content: bytes) -> None:
        self.version += 1
        lower = display.lower()
        fid = self.files.get(lower, {}).get("id") or f"id:f{len(self.files) + len(self.gone) + 1:06d}"
        self.files[lower] = {"id": fid, "display": display, "content": content, "v": self.version}

    def delete(self, display: str) -> None:
        self.version += 1
        self.files.pop(display.lower())
        self.gone.append((self.version, display.lower(), display))

    def entries(self, root: str, since: int) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        if not since:
            out.append(
                {".tag": "folder", "name": "Sager", "id": "id:dir001", "path_lower": "/sager", "path_display": "/Sager"}
            )
        # In the order the changes happened: "iterate through each entry in order" (files/list_folder) is what
        # makes a path deleted and then written again a file, not a deletion.
        changes: list[tuple[int, dict[str, Any]]] = []
        for lower, f in self.files.items():
            if f["v"] > since and lower.startswith(root):
                changes.append((f["v"], _file_json(lower, f)))
        for v, lower, display in self.gone:
            if since and v > since and lower.startswith(root):
                deleted = {".tag": "deleted", "name": display.rsplit("/", 1)[1], "path_lower": lower}
                changes.append((v, {**deleted, "path_display": display}))
        return out + [entry for _v, entry in sorted(changes, key=lambda c: c[0])]


def _file_json(lower: str, f: dict[str, Any]) -> dict[str, Any]:
    return {
        ".tag": "file",
        "name": f["display"].rsplit("/", 1)[1],
        "id": f["id"],
        "client_modified": "2026-11-01T09:00:00Z",
        "server_modified": "2026-11-02T10:30:00Z",
        "rev": f"{f['v']:09x}a1b2c3",
        "size": len(f["content"]),
        "path_lower": lower,
        "path_display": f["display"],
        "is_downloadable": True,
        "content_hash": f"{f['v']:064x}",
    }


def _account(member: str) -> dict[str, Any]:
    email = {"me": "mette@firma.dk", "dbmid:lars": "lars@firma.dk"}.get(member, "ukendt@firma.dk")
    return {
        "account_id": "dbid:" + "A" * 35,
        "name": {
            "given_name": "M",
            "surname": "H",
            "familiar_name": "M",
            "display_name": "M H",
            "abbreviated_name": "MH",
        },
        "email": email,
        "email_verified": True,
        "disabled": False,
        "locale": "da",
        "referral_link": "https://db.example/referrals/x",
        "is_paired": False,
        "account_type": {".tag": "business"},
        "root_info": {
            ".tag": "team",
            "root_namespace_id": "3235641",
            "home_namespace_id": "3235642",
            "home_path": "/M H",
        },
    }


def _link(tag: str, lower: str) -> dict[str, Any]:
    perms = {
        "can_revoke": True,
        "visibility_policies": [],
        "can_set_expiry": False,
        "can_remove_expiry": False,
        "allow_download": True,
        "can_allow_download": True,
        "can_disallow_download": False,
        "allow_comments": False,
        "team_restricts_comments": False,
        "resolved_visibility": {".tag": "public"},
    }
    link: dict[str, Any] = {
        ".tag": tag,
        "url": "https://db.example/s/abc" + lower,
        "name": lower.rsplit("/", 1)[1],
        "path_lower": lower,
        "link_permissions": perms,
    }
    if tag == "file":
        link.update(
            client_modified="2026-11-01T09:00:00Z", server_modified="2026-11-01T09:00:00Z", rev="0123456789abc", size=1
        )
    return link


def _handler(fake: FakeDropbox) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: Any) -> None:
            pass

        def _send(self, status: int, body: bytes, ctype: str, extra: dict[str, str] | None = None) -> None:
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            for k, v in (extra or {}).items():
                self.send_header(k, v)
            self.end_headers()
            self.wfile.write(body)

        def _json(self, obj: Any, status: int = 200) -> None:
            self._send(status, json.dumps(obj).encode(), "application/json")

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length) if length else b""
            route = self.path
            fake.calls.append(route)
            fake.headers.append({k.lower(): v for k, v in self.headers.items()})
            if route == "/oauth2/token":  # the refresh-token exchange (form body, no bearer)
                form = parse_qs(raw.decode())
                good = form.get("refresh_token") == ["rt-good"] and form.get("client_id") == ["app-key-1"]
                if good and form.get("client_secret") == ["app-secret-1"]:
                    self._json({"access_token": TOKEN, "expires_in": 14400, "token_type": "bearer"})
                else:
                    self._json({"error": "invalid_grant", "error_description": "refresh token is invalid"}, 400)
                return
            if self.headers.get("Authorization") != f"Bearer {TOKEN}":
                self._json({"error_summary": "invalid_access_token/..", "error": {".tag": "invalid_access_token"}}, 401)
                return
            if fake.throttle:
                fake.throttle -= 1
                self._send(429, b"too_many_requests", "text/plain", {"Retry-After": "0"})
                return
            member = self.headers.get("Dropbox-API-Select-User") or "me"
            if route == "/2/files/download":
                arg = json.loads(self.headers["Dropbox-API-Arg"])
                found = next(((k, f) for k, f in fake.files.items() if f["id"] == arg["path"]), None)
                found = None if found and found[1]["display"] in fake.vanished else found
                if found is None:
                    err = {"error_summary": "path/not_found/", "error": {".tag": "path", "path": {".tag": "not_found"}}}
                    self._json(err, 409)
                    return
                fake.downloads.append(found[1]["display"])
                result = json.dumps(_file_json(*found))
                self._send(200, found[1]["content"], "application/octet-stream", {"Dropbox-API-Result": result})
                return
            body = json.loads(raw or b"null")
            if route == "/2/users/get_current_account":
                self._json(_account(member))
            elif route == "/2/sharing/list_shared_links":
                links = [_link(t, p) for t, p in fake.links]
                start = int((body or {}).get("cursor") or 0)
                more = start + 1 < len(links)
                page: dict[str, Any] = {"links": links[start : start + 1], "has_more": more}
                if more:
                    page["cursor"] = str(start + 1)
                self._json(page)
            elif route == "/2/files/list_folder":
                self._page(str(body["path"]).lower(), fake.version, 0, 0)
            elif route == "/2/files/list_folder/continue":
                cursor = str(body["cursor"])
                if cursor in fake.expired:
                    fake.expired.discard(cursor)  # Dropbox hands out a new cursor on relisting
                    self._json({"error_summary": "reset/...", "error": {".tag": "reset"}}, 409)
                    return
                root, since, upto, offset = cursor.split("|")
                self._page(root, int(upto) if int(offset) else fake.version, int(since), int(offset))
            else:
                self._json({"error_summary": "unknown route", "error": {".tag": "other"}}, 400)

        def _page(self, root: str, upto: int, since: int, offset: int) -> None:
            entries = fake.entries(root, since)
            chunk = entries[offset : offset + PAGE]
            more = offset + PAGE < len(entries)
            cursor = f"{root}|{since}|{upto}|{offset + PAGE}" if more else f"{root}|{upto}|{upto}|0"
            self._json({"entries": chunk, "cursor": cursor, "has_more": more})

    return Handler


@pytest.fixture()
def dbx(tmp_path: Path) -> Iterator[tuple[FakeDropbox, str, Path]]:
    fake = FakeDropbox()
    with https_server(lambda _base: _handler(fake), tmp_path) as (base, ca):
        yield fake, base.removeprefix("https://"), ca


def _spec(host: str, ca: Path, **extra: Any) -> dict[str, Any]:
    return {
        "type": "dropbox",
        "name": "klient-dropbox",
        "token_env": "PII_TEST_DROPBOX_TOKEN",
        "api_host": host,
        "content_host": host,
        "ca_certs": str(ca),
        **extra,
    }


def test_listing_incremental_reset_lazy_download_and_links(
    dbx: tuple[FakeDropbox, str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    fake, host, ca = dbx
    monkeypatch.setenv("PII_TEST_DROPBOX_TOKEN", TOKEN)
    fake.put("/Sager/Klient A/Kontrakt.txt", f"Klient CPR-nr.: {CPR[:6]}-{CPR[6:]}\n".encode())
    fake.put("/Sager/Skabelon.txt", b"Intet her.\n")
    fake.put("/Sager/Æblet ø.txt", b"hej")
    fake.links = [("file", "/sager/skabelon.txt"), ("folder", "/sager/klient a")]
    state = MemoryState()
    first = list(open_source(_spec(host, ca), CONFIG, state).items())
    assert [i.location for i in first] == [
        "dropbox://me/Sager/Klient%20A/Kontrakt.txt",
        "dropbox://me/Sager/Skabelon.txt",
        "dropbox://me/Sager/%C3%86blet%20%C3%B8.txt",
    ]
    assert fake.calls.count("/2/files/list_folder/continue") == 1  # two pages
    assert fake.calls.count("/2/sharing/list_shared_links") == 2  # one paged call per member
    k = first[0]
    assert k.owner == "mette@firma.dk" and k.origin == "share" and k.source == "klient-dropbox"
    assert k.size == len(f"Klient CPR-nr.: {CPR[:6]}-{CPR[6:]}\n")
    assert k.mtime == datetime.datetime(2026, 11, 2, 10, 30, tzinfo=datetime.UTC)
    assert k.change_key and k.change_key.endswith("a1b2c3")
    assert [bool(i.metadata.get("shared_link")) for i in first] == [True, True, False]
    assert fake.downloads == []  # nothing downloaded until read
    assert f"{CPR[:6]}-{CPR[6:]}".encode() in k.content()
    assert fake.downloads == ["/Sager/Klient A/Kontrakt.txt"]
    # The lazy reader can be sent to a worker process (pickled) and still download there.
    assert pickle.loads(pickle.dumps(first[2].read))() == b"hej"
    download_headers = fake.headers[fake.calls.index("/2/files/download")]
    assert json.loads(download_headers["dropbox-api-arg"]) == {"path": k.metadata["dropbox_id"]}

    # Nothing changed: the stored cursor lists nothing.
    assert list(open_source(_spec(host, ca), CONFIG, state).items()) == []
    # A change and a deletion: only those, the deletion as a tombstone at the file's location.
    fake.put("/Sager/Ny.txt", b"ny fil")
    fake.delete("/Sager/Skabelon.txt")
    again = list(open_source(_spec(host, ca), CONFIG, state).items())
    assert [(i.location, i.deleted) for i in again] == [
        ("dropbox://me/Sager/Ny.txt", False),
        ("dropbox://me/Sager/Skabelon.txt", True),
    ]
    assert again[1].location == first[1].location

    # Dropbox resets the cursor (409 reset): that path is listed afresh.
    fake.expired.add(next(iter(state.values.values())))
    resync = list(open_source(_spec(host, ca), CONFIG, state).items())
    assert sorted(i.name for i in resync) == ["Kontrakt.txt", "Ny.txt", "Æblet ø.txt"]
    assert list(open_source(_spec(host, ca), CONFIG, state).items()) == []


def test_paths_exclude_team_members_and_team_space(
    dbx: tuple[FakeDropbox, str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    fake, host, ca = dbx
    monkeypatch.setenv("PII_TEST_DROPBOX_TOKEN", TOKEN)
    fake.put("/Sager/A/cv.txt", b"cv")
    fake.put("/Sager/A/tmp/x.tmp", b"x")
    fake.put("/Privat/ferie.txt", b"ferie")
    spec = _spec(host, ca, paths=["Sager/"], exclude=["*.tmp"], team=True, team_space=True, members=["dbmid:lars"])
    items = list(open_source(spec, CONFIG, MemoryState()).items())
    assert [(i.location, i.owner) for i in items] == [("dropbox://dbmid%3Alars/Sager/A/cv.txt", "lars@firma.dk")]
    listing = fake.headers[fake.calls.index("/2/files/list_folder")]
    assert listing["dropbox-api-select-user"] == "dbmid:lars"
    assert json.loads(listing["dropbox-api-path-root"]) == {".tag": "root", "root": "3235641"}
    with pytest.raises(ConfigError):
        open_source(_spec(host, ca, team=True), CONFIG, MemoryState())
    with pytest.raises(ConfigError):
        open_source({**_spec(host, ca), "token": TOKEN}, CONFIG, MemoryState())  # never in the TOML


def test_wrong_token_is_one_clear_auth_failure(
    dbx: tuple[FakeDropbox, str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    fake, host, ca = dbx
    monkeypatch.setenv("PII_TEST_DROPBOX_TOKEN", "sl.wrong")
    fake.put("/a.txt", b"a")
    started = time.monotonic()
    with pytest.raises(SourceError) as err:
        list(open_source(_spec(host, ca), CONFIG, MemoryState()).items())
    assert time.monotonic() - started < 5
    assert "authentication failed" in str(err.value) and "sl.wrong" not in str(err.value)
    assert len(fake.calls) == 1  # not retried


def test_refresh_token_with_app_key_and_secret(
    dbx: tuple[FakeDropbox, str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    fake, host, ca = dbx
    monkeypatch.setenv("PII_TEST_DROPBOX_REFRESH", "rt-good")
    monkeypatch.setenv("PII_TEST_DROPBOX_SECRET", "app-secret-1")
    fake.put("/a.txt", b"a")
    spec = _spec(
        host,
        ca,
        refresh_token_env="PII_TEST_DROPBOX_REFRESH",
        app_key="app-key-1",
        app_secret_env="PII_TEST_DROPBOX_SECRET",
    )
    del spec["token_env"]
    items = list(open_source(spec, CONFIG, MemoryState()).items())
    assert [i.location for i in items] == ["dropbox://me/a.txt"] and fake.calls[0] == "/oauth2/token"
    monkeypatch.setenv("PII_TEST_DROPBOX_REFRESH", "rt-revoked")
    with pytest.raises(SourceError, match="authentication failed") as err:
        open_source(spec, CONFIG, MemoryState())
    assert "rt-revoked" not in str(err.value)
    with pytest.raises(ConfigError, match="app_key"):
        open_source({k: v for k, v in spec.items() if k != "app_key"}, CONFIG, MemoryState())


def test_sweep_finds_cpr_and_keeps_no_plaintext(
    dbx: tuple[FakeDropbox, str, Path], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from pii_scanner.store import open_store

    fake, host, ca = dbx
    monkeypatch.setenv("PII_TEST_DROPBOX_TOKEN", TOKEN)
    fake.put("/Klienter/udveksling.txt", f"CPR-nr.: {CPR[:6]}-{CPR[6:]}\n".encode())
    for n in range(3):
        fake.put(f"/Klienter/note{n}.txt", b"Intet her.\n")
    index = tmp_path / "index.sqlite3"
    config = sweep_toml(tmp_path, _spec(host, ca), db=index)
    result = sweep(config_path=config, config=CONFIG, notify=False)
    assert result.exit_code in (0, 1) and not result.failed_sources
    findings, dump = findings_and_dump(index)
    assert any(f["entity_type"] == "DK_CPR" for f in findings)
    assert CPR not in dump and f"{CPR[:6]}-{CPR[6:]}" not in dump
    # The second sweep reads only changes: nothing is downloaded again.
    fake.downloads.clear()
    again = sweep(config_path=config, config=CONFIG, notify=False)
    assert not again.failed_sources and fake.downloads == []
    # A file deleted in Dropbox is marked removed in the index (a tombstone, not a complete listing).
    fake.delete("/Klienter/udveksling.txt")
    third = sweep(config_path=config, config=CONFIG, notify=False)
    assert not third.failed_sources
    with open_store(str(index)) as store:
        items = store.rows("items")
    removed = [r for r in items if r["removed_at"] is not None]
    assert len(items) == 4 and len(removed) == 1
    assert fake.downloads == []


def test_rate_limit_is_waited_out_by_the_sdk(
    dbx: tuple[FakeDropbox, str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    fake, host, ca = dbx
    monkeypatch.setenv("PII_TEST_DROPBOX_TOKEN", TOKEN)
    fake.put("/a.txt", b"a")
    fake.throttle = 2  # two 429s with Retry-After: 0
    items = list(open_source(_spec(host, ca), CONFIG, MemoryState()).items())
    assert [i.location for i in items] == ["dropbox://me/a.txt"]
    assert fake.calls[:3] == ["/2/users/get_current_account"] * 3
    fake.throttle = 10
    with pytest.raises(SourceError, match="rate-limiting"):
        list(open_source(_spec(host, ca, max_retries_on_rate_limit=1), CONFIG, MemoryState()).items())


def test_file_gone_before_download_is_an_error_record_and_the_sweep_goes_on(
    dbx: tuple[FakeDropbox, str, Path], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from pii_scanner.store import open_store

    fake, host, ca = dbx
    monkeypatch.setenv("PII_TEST_DROPBOX_TOKEN", TOKEN)
    fake.put("/Klienter/væk.txt", b"bye")
    fake.put("/Klienter/kontrakt.txt", f"CPR-nr.: {CPR[:6]}-{CPR[6:]}\n".encode())
    fake.vanished.add("/Klienter/væk.txt")
    index = tmp_path / "index.sqlite3"
    config = sweep_toml(tmp_path, _spec(host, ca), db=index)
    # Two worker processes: the lazy readers are pickled and download in the workers.
    result = sweep(config_path=config, config=ScanConfig(workers=2), notify=False)
    with open_store(str(index)) as store:
        items = store.rows("items")
        findings = store.rows("findings")
    assert not result.failed_sources and result.stats["errors"] == 1
    errors = [r["error"] for r in items if r["error"]]
    assert errors == ["cannot download from Dropbox (path)"] and len(items) == 2
    assert any(f["entity_type"] == "DK_CPR" for f in findings)
