"""Graph source against a loopback HTTPS server speaking Graph JSON (and msal's token endpoints)."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlparse

import pytest

from pii_scanner.core.errors import ConfigError
from pii_scanner.core.state import MemoryState
from pii_scanner.pipeline import scan_items
from pii_scanner.sources.registry import open_source
from tests.helpers.mail_messages import CONFIG, CPR, make_mail
from tests.servers.https import https_server
from tests.sources.mail.fake_mailbox import MessageLog
from tests.sources.sweep_files import sweep_toml

USER = "jens@firma.dk"


class FakeGraph(MessageLog):
    """Mailbox state plus the request log; handlers read it under a lock."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.folders = {"inbox": "Indbakke", "priv": "Privat", "arch": "Arkiv"}
        self.messages: dict[str, dict[str, Any]] = {}
        self.version = 0
        self.removed: list[tuple[int, str, str]] = []
        self.throttle_next = 0
        self.gone_tokens: set[str] = set()
        self.requests: list[str] = []
        self.tokens_issued = 0
        self.mime_fetched: list[str] = []
        self.scopes: list[str] = []
        self.prop_id = "Integer 0x0036"  # how the property id is written back (Graph normalises it)


def _handler(graph: FakeGraph, base: list[str]) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: Any) -> None:
            pass

        def _json(self, body: Any, status: int = 200, headers: dict[str, str] | None = None) -> None:
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            for k, v in (headers or {}).items():
                self.send_header(k, v)
            self.end_headers()
            self.wfile.write(data)

        def do_POST(self) -> None:  # msal's token request
            length = int(self.headers.get("Content-Length", 0))
            form = parse_qs(self.rfile.read(length).decode())
            ok = form.get("client_secret") == ["s3cret"] and form.get("grant_type") == ["client_credentials"]
            with graph.lock:
                graph.tokens_issued += ok
                graph.scopes += form.get("scope", [])
            if not ok:  # Entra ID's answer to a wrong client secret, as it sends it
                self._json(
                    {
                        "error": "invalid_client",
                        "error_description": "AADSTS7000215: Invalid client secret provided. Ensure the secret "
                        "being sent in the request is the client secret value, not the client secret ID.\r\n"
                        "Trace ID: 0b9e3c2a-1111-2222-3333-444455556666\r\nTimestamp: 2026-11-30 10:00:00Z",
                        "error_codes": [7000215],
                    },
                    401,
                )
                return
            self._json({"token_type": "Bearer", "expires_in": 3600, "access_token": "tok-123"})

        def do_GET(self) -> None:
            url = urlparse(self.path)
            q = {k: v[0] for k, v in parse_qs(url.query).items()}
            parts = [p for p in url.path.split("/") if p]
            with graph.lock:
                graph.requests.append(url.path)
                if url.path.endswith("/openid-configuration"):
                    tenant = parts[0]
                    root = f"{base[0]}/{tenant}"
                    self._json(
                        {
                            "token_endpoint": f"{root}/oauth2/v2.0/token",
                            "authorization_endpoint": f"{root}/oauth2/v2.0/authorize",
                            "issuer": f"{root}/v2.0",
                        }
                    )
                    return
                if self.headers.get("Authorization") != "Bearer tok-123":
                    self._json({"error": {"code": "InvalidAuthenticationToken"}}, 401)
                    return
                if graph.throttle_next:
                    graph.throttle_next -= 1
                    self._json({"error": {"code": "TooManyRequests"}}, 429, {"Retry-After": "0"})
                    return
                self._route(parts, q)

        def _route(self, parts: list[str], q: dict[str, str]) -> None:
            # /v1.0/users/{u}/mailFolders[...]
            rest = parts[3:]
            if rest == ["mailFolders"]:
                ids = sorted(graph.folders)
                skip = int(q.get("$skip", 0))
                page = ids[skip : skip + 2]  # paged: two per page
                body: dict[str, Any] = {
                    "value": [{"id": i, "displayName": graph.folders[i], "childFolderCount": 0} for i in page]
                }
                if skip + 2 < len(ids):
                    body["@odata.nextLink"] = f"{base[0]}/v1.0/users/{parts[2]}/mailFolders?$skip={skip + 2}"
                self._json(body)
                return
            if len(rest) == 4 and rest[0] == "mailFolders" and rest[2:] == ["messages", "delta"]:
                folder = rest[1]
                token = q.get("$deltatoken")
                if token in graph.gone_tokens:
                    self._json({"error": {"code": "SyncStateNotFound"}}, 410)
                    return
                since = int(token.split("-")[1]) if token else 0
                skip = int(q.get("$skiptoken", 0))
                changed = [
                    (m["v"], mid) for mid, m in graph.messages.items() if m["folder"] == folder and m["v"] > since
                ]
                entries: list[dict[str, Any]] = [
                    {"id": mid, "subject": "", "changeKey": f"ck{v}"} for v, mid in sorted(changed)
                ]
                if since:
                    entries += [
                        {"id": mid, "@removed": {"reason": "deleted"}}
                        for v, f, mid in graph.removed
                        if f == folder and v > since
                    ]
                page = entries[skip : skip + 2]
                body = {"value": page}
                if skip + 2 < len(entries):
                    body["@odata.nextLink"] = (
                        f"{base[0]}/v1.0/users/{parts[2]}/mailFolders/{folder}/messages/delta"
                        f"?$skiptoken={skip + 2}" + (f"&$deltatoken={token}" if token else "")
                    )
                else:
                    body["@odata.deltaLink"] = (
                        f"{base[0]}/v1.0/users/{parts[2]}/mailFolders/{folder}/messages/delta"
                        f"?$deltatoken=d-{graph.version}"
                    )
                self._json(body)
                return
            if len(rest) >= 2 and rest[0] == "messages":
                msg = graph.messages.get(rest[1])
                if msg is None:
                    self._json({"error": {"code": "ErrorItemNotFound"}}, 404)
                elif rest[2:] == ["$value"]:
                    graph.mime_fetched.append(rest[1])
                    self.send_response(200)
                    self.send_header("Content-Type", "text/plain")
                    self.send_header("Content-Length", str(len(msg["mime"])))
                    self.end_headers()
                    self.wfile.write(msg["mime"])
                else:
                    assert "0x0036" in q.get("$expand", "")
                    body = {"id": rest[1], "subject": msg["subject"]}
                    if "categories" in msg:
                        body["categories"] = msg["categories"]
                    # "props" (hostile tests) replaces the property list as sent; None leaves it out.
                    props = msg.get("props", [{"id": graph.prop_id, "value": str(msg["sens"])}])
                    if props is not None:
                        body["singleValueExtendedProperties"] = props
                    self._json(body)
                return
            self._json({"error": {"code": "BadRequest"}}, 400)

    return Handler


@pytest.fixture()
def graph(tmp_path: Path) -> Iterator[tuple[FakeGraph, str, Path]]:
    fake = FakeGraph()
    with https_server(lambda base: _handler(fake, base), tmp_path) as (base, ca):
        yield fake, base, ca


def _spec(base: str, ca: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    monkeypatch.setenv("PII_TEST_GRAPH_SECRET", "s3cret")
    return {
        "type": "graph",
        "name": "exo",
        "tenant_id": "contoso",
        "client_id": "app-1",
        "client_secret_env": "PII_TEST_GRAPH_SECRET",
        "authority": f"{base}/contoso",
        "graph_url": f"{base}/v1.0",
        "mailboxes": [USER],
        "ca_file": str(ca),
        "page_size": 2,
    }


def _seed(fake: FakeGraph) -> None:
    fake.add("m1", "inbox", bytes(make_mail()))
    fake.add("m2", "inbox", bytes(make_mail(subject="hej", body="intet")))
    fake.add("m3", "inbox", bytes(make_mail(subject="Lægebesøg")), sensitivity=2, subject="Lægebesøg")
    fake.add("m4", "priv", bytes(make_mail(subject="x")))
    fake.add("m5", "arch", bytes(make_mail(subject="y", to="kim@firma.dk")))


def test_delta_sweeps_with_msal_tokens(graph: tuple[FakeGraph, str, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    fake, base, ca = graph
    _seed(fake)
    state = MemoryState()
    spec = _spec(base, ca, monkeypatch)
    fake.throttle_next = 2  # two 429s with Retry-After: 0, then it works
    first = list(open_source(spec, CONFIG, state).items())
    assert fake.tokens_issued >= 1
    assert sorted(i.metadata["graph_id"] for i in first) == ["m1", "m2", "m3", "m4", "m5"]
    assert {i.mail.folder for i in first if i.mail} == {"Indbakke", "Privat", "Arkiv"}
    assert "m3" not in fake.mime_fetched  # sensitivity private: MIME never downloaded
    m3 = next(i for i in first if i.metadata["graph_id"] == "m3")
    assert m3.mail is not None and m3.mail.sensitivity == "private"
    assert all(k.endswith((":delta", ":path", ":ids", ":folders")) for k in state.values)

    assert list(open_source(spec, CONFIG, state).items()) == []
    fake.add("m6", "inbox", bytes(make_mail(subject="ny")))
    fake.remove("m2")
    second = list(open_source(spec, CONFIG, state).items())
    assert [(i.metadata["graph_id"], i.deleted) for i in second] == [("m6", False), ("m2", True)]


def test_gone_restarts_folder(graph: tuple[FakeGraph, str, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    fake, base, ca = graph
    _seed(fake)
    state = MemoryState()
    spec = _spec(base, ca, monkeypatch)
    list(open_source(spec, CONFIG, state).items())
    fake.gone_tokens.add(f"d-{fake.version}")
    again = list(open_source(spec, CONFIG, state).items())
    assert sorted(i.metadata["graph_id"] for i in again) == ["m1", "m2", "m3", "m4", "m5"]


def test_pipeline_over_graph(graph: tuple[FakeGraph, str, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    fake, base, ca = graph
    _seed(fake)
    results = list(scan_items(open_source(_spec(base, ca, monkeypatch), CONFIG, MemoryState()).items(), CONFIG))
    by_id = {r.item.metadata["graph_id"]: r for r in results if r.item.depth == 0}
    assert by_id["m1"].flags == ["unencrypted_cpr"] and by_id["m1"].external_recipients is True
    assert by_id["m3"].private and by_id["m3"].findings == []
    assert by_id["m4"].private  # folder "Privat"
    assert by_id["m5"].external_recipients is False
    assert not any(CPR in json.dumps(r.metadata, default=str) for r in results)


def test_secret_required(monkeypatch: pytest.MonkeyPatch) -> None:
    spec = {"type": "graph", "mailboxes": [USER], "tenant_id": "t", "client_id": "c"}
    with pytest.raises(ConfigError, match="never written in the file"):
        open_source({**spec, "client_secret": "inline"}, CONFIG, MemoryState())
    with pytest.raises(ConfigError, match="client_secret_env, client_secret_keyring or client_secret_file is required"):
        open_source(spec, CONFIG, MemoryState())


@pytest.mark.parametrize("prop_id", ["Integer 0x36", "Integer 0x0036", "integer 0x00000036"])
def test_sensitivity_property_id_compared_by_number(
    graph: tuple[FakeGraph, str, Path], monkeypatch: pytest.MonkeyPatch, prop_id: str
) -> None:
    fake, base, ca = graph
    fake.prop_id = prop_id  # Graph answers in its own normalised form
    fake.add("p1", "inbox", bytes(make_mail(subject="x", body=f"CPR {CPR}")), sensitivity=2, subject="x")
    fake.add("n1", "inbox", bytes(make_mail(subject="y")), sensitivity=0, subject="y")
    items = {
        i.metadata["graph_id"]: i for i in open_source(_spec(base, ca, monkeypatch), CONFIG, MemoryState()).items()
    }
    assert items["p1"].mail is not None and items["p1"].mail.sensitivity == "private"
    assert items["p1"].data is not None and CPR.encode() not in items["p1"].data
    for item in items.values():  # the pipeline reads what it is given
        item.content()
    assert fake.mime_fetched == ["n1"]  # the private message's MIME was never downloaded


@pytest.mark.parametrize("value", ["", "x", "7", "2.5"])
def test_unreadable_sensitivity_value_is_private(
    graph: tuple[FakeGraph, str, Path], monkeypatch: pytest.MonkeyPatch, value: str
) -> None:
    fake, base, ca = graph
    fake.add("u1", "inbox", bytes(make_mail(subject="z", body=f"CPR {CPR}")), sensitivity=value, subject="z")
    results = list(scan_items(open_source(_spec(base, ca, monkeypatch), CONFIG, MemoryState()).items(), CONFIG))
    (top,) = [r for r in results if r.item.depth == 0]
    assert top.private and top.metadata["private_reason"] == "sensitivity_unreadable" and not top.findings
    assert fake.mime_fetched == []


def test_wrong_client_secret_reports_entra_description(
    graph: tuple[FakeGraph, str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    from pii_scanner.core.errors import SourceError

    _fake, base, ca = graph
    spec = _spec(base, ca, monkeypatch)
    monkeypatch.setenv("PII_TEST_GRAPH_SECRET", "not-the-secret")
    with pytest.raises(SourceError) as err:
        list(open_source(spec, CONFIG, MemoryState()).items())
    text = str(err.value)
    assert "authentication failed" in text and "invalid_client" in text
    assert "AADSTS7000215: Invalid client secret provided" in text
    assert "not-the-secret" not in text


def test_token_scope_follows_graph_url(graph: tuple[FakeGraph, str, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    from pii_scanner.sources.mail.graph import graph_scope, login_authority

    fake, base, ca = graph
    fake.add("m1", "inbox", bytes(make_mail()))
    list(open_source(_spec(base, ca, monkeypatch), CONFIG, MemoryState()).items())
    assert fake.scopes and all(scope.split()[0] == f"{base}/.default" for scope in fake.scopes)
    assert graph_scope("https://graph.microsoft.us/v1.0") == "https://graph.microsoft.us/.default"
    assert graph_scope("https://dod-graph.microsoft.us/v1.0") == "https://dod-graph.microsoft.us/.default"
    assert login_authority("https://microsoftgraph.chinacloudapi.cn/v1.0", "t") == "https://login.chinacloudapi.cn/t"


def test_after_410_unchanged_messages_are_not_downloaded_again(
    graph: tuple[FakeGraph, str, Path], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from pii_scanner.sweeps.engine import sweep

    fake, base, ca = graph
    _seed(fake)
    spec = _spec(base, ca, monkeypatch)
    config = sweep_toml(tmp_path, spec, fast=True)
    db = str(tmp_path / "index.sqlite")
    first = sweep(config_path=config, db=db)
    assert first.status == "ok"
    downloaded = sorted(fake.mime_fetched)
    assert downloaded == ["m1", "m2", "m5"]  # m3 private by sensitivity, m4 in the folder Privat
    fake.gone_tokens.add(f"d-{fake.version}")
    fake.add("m2", "inbox", bytes(make_mail(subject="hej igen", body="nyt")))  # one real change
    second = sweep(config_path=config, db=db)
    assert second.status == "ok"
    assert sorted(fake.mime_fetched) == sorted([*downloaded, "m2"])  # only the changed one again


def test_folder_names_compare_without_case_as_in_outlook(
    graph: tuple[FakeGraph, str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    fake, base, ca = graph
    _seed(fake)
    spec = {**_spec(base, ca, monkeypatch), "folders": ["indbakke"]}
    items = list(open_source(spec, CONFIG, MemoryState()).items())
    assert sorted(i.metadata["graph_id"] for i in items) == ["m1", "m2", "m3"]


def test_a_named_folder_the_mailbox_lacks_fails_the_source_after_the_others(
    graph: tuple[FakeGraph, str, Path], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """``folders = ["Indbakke", "Arkvi"]`` (a typo): Arkvi was read by no one, yet the sweep said "ok"."""
    from pii_scanner.core.errors import SourceUnavailable
    from pii_scanner.sweeps.engine import sweep

    fake, base, ca = graph
    _seed(fake)
    spec = {**_spec(base, ca, monkeypatch), "folders": ["Indbakke", "Arkvi"]}
    read: list[str] = []
    with pytest.raises(SourceUnavailable, match="Arkvi"):
        for item in open_source(spec, CONFIG, MemoryState()).items():
            read.append(item.metadata["graph_id"])
    assert sorted(read) == ["m1", "m2", "m3"]  # the folder that is there is still read

    result = sweep(config_path=sweep_toml(tmp_path, spec, fast=True), db=str(tmp_path / "index.sqlite"))
    assert result.exit_code == 4 and result.failed_sources == ["exo"]


@pytest.mark.parametrize("categories", [["Kunde", "Privat"], ["Private"], "Privat", [7]])
def test_a_message_with_a_private_or_unreadable_category_is_never_downloaded(
    graph: tuple[FakeGraph, str, Path], monkeypatch: pytest.MonkeyPatch, categories: Any
) -> None:
    """An Outlook category "Privat" marks a message private, as an IMAP keyword, an OLM or .msg category does;
    categories Graph sends in a shape we cannot read count as private (was: the MIME downloaded and read)."""
    fake, base, ca = graph
    fake.add("c1", "inbox", bytes(make_mail(subject="Hej", body=f"CPR {CPR}")), sensitivity=0, subject="Hej")
    fake.messages["c1"]["categories"] = categories
    spec = _spec(base, ca, monkeypatch)
    items = [i for i in open_source(spec, CONFIG, MemoryState()).items() if i.metadata.get("graph_id") == "c1"]
    assert items and "c1" not in fake.mime_fetched
    (result,) = [r for r in scan_items(iter(items), CONFIG) if r.item.depth == 0]
    assert result.private and not result.findings
