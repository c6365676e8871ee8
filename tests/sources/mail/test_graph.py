"""Graph source against a loopback HTTPS server speaking Graph JSON (and msal's token endpoints)."""

from __future__ import annotations

import json
import shutil
import ssl
import subprocess
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlparse

import pytest

from pii_scanner.core.errors import ConfigError
from pii_scanner.core.state import MemoryState
from pii_scanner.pipeline import scan_items
from pii_scanner.sources.mail.graph import open_graph
from pii_scanner.sources.registry import open_source
from tests.helpers.mail_messages import CONFIG, CPR, make_mail

USER = "jens@firma.dk"


class FakeGraph:
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

    def add(self, mid: str, folder: str, mime: bytes, sensitivity: int = 0, subject: str = "") -> None:
        self.version += 1
        self.messages[mid] = {
            "folder": folder,
            "mime": mime,
            "sens": sensitivity,
            "v": self.version,
            "subject": subject,
        }

    def remove(self, mid: str) -> None:
        self.version += 1
        msg = self.messages.pop(mid)
        self.removed.append((self.version, msg["folder"], mid))


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
            if not ok:
                self._json({"error": "invalid_client"}, 401)
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
                    self._json(
                        {
                            "id": rest[1],
                            "subject": msg["subject"],
                            "singleValueExtendedProperties": [{"id": "Integer 0x0036", "value": str(msg["sens"])}],
                        }
                    )
                return
            self._json({"error": {"code": "BadRequest"}}, 400)

    return Handler


@pytest.fixture()
def graph(tmp_path: Path) -> Iterator[tuple[FakeGraph, str, Path]]:
    if not shutil.which("openssl"):
        pytest.skip("openssl not installed")
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-keyout",
            str(tmp_path / "k.pem"),
            "-out",
            str(tmp_path / "c.pem"),
            "-subj",
            "/CN=127.0.0.1",
            "-days",
            "2",
            "-addext",
            "subjectAltName=IP:127.0.0.1",
        ],
        check=True,
        capture_output=True,
    )
    fake = FakeGraph()
    base: list[str] = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(fake, base))
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(tmp_path / "c.pem", tmp_path / "k.pem")
    server.socket = ctx.wrap_socket(server.socket, server_side=True)
    base.append(f"https://127.0.0.1:{server.server_address[1]}")
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield fake, base[0], tmp_path / "c.pem"
    finally:
        server.shutdown()
        server.server_close()


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
    assert all(k.endswith(":delta") for k in state.values)

    assert list(open_source(spec, CONFIG, state).items()) == []
    fake.add("m6", "inbox", bytes(make_mail(subject="ny")))
    fake.remove("m2")
    second = list(open_source(spec, CONFIG, state).items())
    assert [(i.metadata["graph_id"], bool(i.metadata.get("deleted"))) for i in second] == [("m6", False), ("m2", True)]


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
    with pytest.raises(ConfigError):
        open_graph(
            {"type": "graph", "mailboxes": [USER], "tenant_id": "t", "client_id": "c", "client_secret": "inline"},
            CONFIG,
            MemoryState(),
        )
