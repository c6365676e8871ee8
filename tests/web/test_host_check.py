"""Hostile (left20, item 5; webred N5): the console answers only to its own Host names.

`serve` on loopback answered any Host header: a DNS-rebinding page (``http://evil.example:8470/``, its name
pointed at 127.0.0.1 after it loaded) could talk to the console from any web page a user of the machine opened,
same-origin as far as the browser knew. Now a Host that is not the bound name or address (the loopback names
when bound to loopback), the OpenID Connect redirect URL's host or an ``--allowed-host`` is refused with 400.
"""

from __future__ import annotations

import http.client
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from pii_scanner.web import WebSettings, create_app
from pii_scanner.web.settings import allowed_hosts, host_name
from tests.web.conftest import Console
from tests.web.test_serve_hostile import _env, _index, free_port


def _status(port: int, host: str | None, path: str = "/login") -> int:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        conn.putrequest("GET", path, skip_host=True)
        if host is not None:
            conn.putheader("Host", host)
        conn.endheaders()
        return conn.getresponse().status
    finally:
        conn.close()


def test_serve_on_loopback_refuses_a_rebinding_host(tmp_path: Path) -> None:
    """On main every Host got the sign-in page (200)."""
    port = free_port()
    cmd = [sys.executable, "-m", "pii_scanner", "serve", "--db", _index(tmp_path), "--port", str(port)]
    proc = subprocess.Popen([*cmd, "--allowed-host", "Konsol.Firma.DK"], stderr=subprocess.PIPE, text=True, env=_env())
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                assert _status(port, f"127.0.0.1:{port}") == 200
                break
            except (ConnectionError, OSError):
                assert proc.poll() is None and time.monotonic() < deadline, "the console did not start"
                time.sleep(0.3)
        for host in (f"evil.example:{port}", "evil.example", f"localhost.evil.example:{port}", "10.0.0.5", None):
            assert _status(port, host) == 400, host
            assert _status(port, host, "/static/app.css") == 400, host
        for host in (f"localhost:{port}", "LOCALHOST.", f"[::1]:{port}", "127.0.0.1", "konsol.firma.dk:443"):
            assert _status(port, host) == 200, host
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.communicate(timeout=30)


def test_the_allowed_names_follow_the_bound_address() -> None:
    assert set(allowed_hosts("127.0.0.1")) == {"localhost", "127.0.0.1", "::1"}
    assert set(allowed_hosts("::1", ("console.firma.dk",))) == {"localhost", "127.0.0.1", "::1", "console.firma.dk"}
    assert set(allowed_hosts("scanner.firma.dk")) == {"scanner.firma.dk"}
    assert set(allowed_hosts("10.0.0.5", (), "https://sso.firma.dk/auth/oidc/callback")) == {"10.0.0.5", "sso.firma.dk"}
    every = allowed_hosts("0.0.0.0")
    assert "*" in every and "localhost" in every
    assert [host_name(h) for h in ("[::1]:8470", "Firma.DK.:443", "127.0.0.1:8470", "::1")] == [
        "::1",
        "firma.dk",
        "127.0.0.1",
        "::1",
    ]


@pytest.mark.parametrize(
    ("bind", "host", "status"),
    [
        ("0.0.0.0", "10.0.0.5:8470", 200),  # an address typed in a browser: no rebinding page can send one
        ("0.0.0.0", "[fe80::1]:8470", 200),
        ("0.0.0.0", "evil.example:8470", 400),
        ("127.0.0.1", "evil.example", 400),
        ("127.0.0.1", "127.0.0.1:8470", 200),
    ],
)
def test_the_application_checks_the_host(console: Console, bind: str, host: str, status: int) -> None:
    settings = WebSettings(db=console.db, secure_cookies=False, allowed_hosts=allowed_hosts(bind))
    client = TestClient(create_app(settings), follow_redirects=False)
    r = client.get("/login", headers={"host": host})
    assert r.status_code == status, (bind, host)
    if status == 400:
        assert "pii_console" not in r.headers.get("set-cookie", "") and r.text == "host not allowed\n"
