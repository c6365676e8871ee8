"""``pii-scanner demo`` ends with the console's address and a working demo sign-in for each role."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from pii_scanner.web import WebSettings, create_app
from tests.web.conftest import csrf_of


def test_demo_prints_console_and_sign_ins(tmp_path: Path) -> None:
    from starlette.testclient import TestClient

    out = subprocess.run(
        [sys.executable, "-m", "pii_scanner", "demo", "--workdir", str(tmp_path / "demo"), "--workers", "1"],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert out.returncode in (0, 1), out.stderr[-2000:]
    assert "Console: http://127.0.0.1:8470/" in out.stdout
    password = re.search(r"^Password: (\S+)$", out.stdout, re.M).group(1)  # type: ignore[union-attr]
    db = re.search(r"^Index:\s+(\S+)$", out.stdout, re.M).group(1)  # type: ignore[union-attr]
    client = TestClient(create_app(WebSettings(db=db, secure_cookies=False)), follow_redirects=False)
    for user, landing in (("dpo", "/dashboard"), ("reviewer", "/dashboard"), ("medarbejder", "/my")):
        client.cookies.clear()
        page = client.get("/login")
        r = client.post("/login", data={"username": user, "password": password, "csrf": csrf_of(page.text)})
        assert r.status_code == 303
        assert client.get("/").headers["location"] == landing
    mine = client.get("/my").text
    assert "USB-export" in mine or "Skrivebord" in mine  # the employee owns the local PC and USB samples
    assert "Sager" not in mine
