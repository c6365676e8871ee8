"""A swept index with items of two employees, and console accounts for every role."""

from __future__ import annotations

import re
import shutil
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from pii_scanner.core.config import ScanConfig
from pii_scanner.store import Store, open_store
from pii_scanner.sweeps.engine import sweep
from pii_scanner.web import WebSettings, create_app, security
from pii_scanner.web.users import users_add, users_map_folder
from tests.store.planted import CPRS, plant

PASSWORD = "correct horse battery"


@dataclass
class Console:
    db: str
    root: Path
    store: Store

    def item_id(self, name_part: str) -> int:
        rows = self.store.rows("items")
        return int(next(r["id"] for r in rows if name_part in r["location"]))


def build_index(tmp: Path) -> tuple[str, Path]:
    root = tmp / "share"
    plant(root / "alice", files=3)
    plant(root / "bob", files=2)
    (root / "shared").mkdir(parents=True)
    (root / "shared" / "liste.txt").write_text(f"CPR: {CPRS[0][:6]}-{CPRS[0][6:]}\n", encoding="utf-8")
    db = f"sqlite:///{tmp / 'index.sqlite3'}"
    sweep([root], db=db, config=ScanConfig(), origin="share")
    for name, role in (
        ("admin", "admin"),
        ("dpo", "dpo"),
        ("rev", "reviewer"),
        ("alice", "employee"),
        ("bob", "employee"),
    ):
        users_add(db, name, role=role, password=PASSWORD, display_name=name.title(), owner_names=[f"nobody-{name}"])
    users_map_folder(db, (root / "alice").as_uri() + "/", "alice")
    users_map_folder(db, (root / "bob").as_uri() + "/", "bob")
    return db, root


@pytest.fixture(scope="session")
def _template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    tmp = tmp_path_factory.mktemp("console-template")
    _db, root = build_index(tmp)
    return tmp / "index.sqlite3", root


@pytest.fixture
def console(tmp_path: Path, _template: tuple[Path, Path]) -> Iterator[Console]:
    """A copy of one swept index (the share itself is shared: do not change its files)."""
    template_db, root = _template
    target = tmp_path / "index.sqlite3"
    shutil.copyfile(template_db, target)
    db = f"sqlite:///{target}"
    store = open_store(db)
    try:
        yield Console(db=db, root=root, store=store)
    finally:
        store.close()


@pytest.fixture
def fresh_console(tmp_path: Path) -> Iterator[Console]:
    """An index over a share of its own, for tests that change files and sweep again."""
    db, root = build_index(tmp_path)
    store = open_store(db)
    try:
        yield Console(db=db, root=root, store=store)
    finally:
        store.close()


def make_client(console: Console, **settings: object) -> TestClient:
    opts: dict[str, object] = {"db": console.db, "secure_cookies": False, "secret_key": "k" * 32}
    opts.update(settings)
    return TestClient(create_app(WebSettings(**opts)), follow_redirects=False)  # type: ignore[arg-type]


def csrf_of(html: str) -> str:
    match = re.search(r'name="csrf" value="([^"]+)"', html)
    assert match, "page has no CSRF field"
    return match.group(1)


def sign_in(client: TestClient, username: str, password: str = PASSWORD) -> TestClient:
    page = client.get("/login")
    response = client.post("/login", data={"username": username, "password": password, "csrf": csrf_of(page.text)})
    assert response.status_code == 303, response.text
    return client


class SessionClock:
    """The sessions' wall clock (``web.security``), moved ahead by hand: a test of idle expiry steps past
    the idle time instead of sleeping through it."""

    def __init__(self) -> None:
        self.ahead = 0.0

    def time(self) -> float:
        return time.time() + self.ahead


@pytest.fixture
def session_clock(monkeypatch: pytest.MonkeyPatch) -> SessionClock:
    clock = SessionClock()
    monkeypatch.setattr(security, "time", clock)
    return clock
