"""Outlook in the loop against the loopback Graph fake (HTTPS, msal tokens): the console writes the
verdict as an Outlook category and moves messages; a category the owner sets is read back by the
next sweep as their triage."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from pii_scanner.core.config import ScanConfig
from pii_scanner.sources.mail.outlook_actions import MessageRef, verdict_categories, verdict_of
from pii_scanner.sources.specs import parse_spec
from pii_scanner.sweeps.engine import sweep
from pii_scanner.web import WebSettings, create_app
from pii_scanner.web.users import users_add
from tests.helpers.mail_messages import make_mail
from tests.servers.https import https_server
from tests.sources.mail.test_graph import USER, FakeGraph, _handler
from tests.web.conftest import PASSWORD, csrf_of, sign_in


class OutlookGraph(FakeGraph):
    def __init__(self) -> None:
        super().__init__()
        self.categories: dict[str, list[str]] = {}
        self.patches: list[tuple[str, Any]] = []
        self.moves: list[tuple[str, str]] = []


def _outlook_handler(graph: OutlookGraph, base: list[str]) -> type:
    parent = _handler(graph, base)

    class Handler(parent):  # type: ignore[misc, valid-type]
        def _body(self) -> Any:
            length = int(self.headers.get("Content-Length") or 0)
            return json.loads(self.rfile.read(length) or b"{}")

        def _json(self, body: Any, status: int = 200, headers: dict[str, str] | None = None) -> None:
            # Message properties carry the categories the owner set, as Graph answers them.
            if isinstance(body, dict) and "singleValueExtendedProperties" in body:
                body = {**body, "categories": graph.categories.get(str(body["id"]), [])}
            super()._json(body, status, headers)

        def do_GET(self) -> None:
            path = self.path.split("?")[0]
            if path.startswith("/v1.0/users/") and "$select=categories" in self.path and "$expand" not in self.path:
                mid = path.rstrip("/").split("/")[-1]
                super()._json({"id": mid, "categories": graph.categories.get(mid, [])})
                return
            super().do_GET()

        def do_PATCH(self) -> None:
            mid = self.path.split("?")[0].rstrip("/").split("/")[-1]
            body = self._body()
            graph.patches.append((mid, body))
            graph.categories[mid] = list(body.get("categories", []))
            super()._json({"id": mid, "categories": graph.categories[mid]})

        def do_POST(self) -> None:
            if self.path.split("?")[0].endswith("/move"):
                mid = self.path.split("?")[0].split("/")[-2]
                graph.moves.append((mid, str(self._body().get("destinationId"))))
                super()._json({"id": mid + "-moved"}, 201)
                return
            super().do_POST()

    return Handler


@pytest.fixture()
def outlook(tmp_path: Path) -> Iterator[tuple[OutlookGraph, str, Path]]:
    fake = OutlookGraph()
    with https_server(lambda base: _outlook_handler(fake, base), tmp_path) as (base, ca):
        yield fake, base, ca


def _spec(base: str, ca: Path) -> dict[str, Any]:
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
        "move_folders": ["archive"],
    }


def _toml(spec: dict[str, Any], db: str) -> str:
    lines = ["[store]", f"db = {json.dumps(db)}", "", "[[sources]]"]
    for key, value in spec.items():
        lines.append(f"{key} = {json.dumps(value)}")
    return "\n".join(lines) + "\n"


def test_verdicts_parse() -> None:
    verdicts = verdict_categories({"false_positive": "Ikke persondata"})
    assert verdicts == {"found": "Persondata fundet", "false_positive": "Ikke persondata"}
    assert verdict_of(["Rød", "ikke persondata"], verdicts) == "false_positive"
    assert verdict_of(["Rød"], verdicts) is None
    ref = MessageRef.from_location("graph://jens@firma.dk/Indbakke/AAMk%2Fx%3D")
    assert ref == MessageRef("jens@firma.dk", "AAMk/x=")


def test_console_writes_verdict_moves_and_reads_back(
    outlook: tuple[OutlookGraph, str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from starlette.testclient import TestClient

    fake, base, ca = outlook
    monkeypatch.setenv("PII_TEST_GRAPH_SECRET", "s3cret")
    fake.add("m1", "inbox", bytes(make_mail()))
    fake.add("m2", "inbox", bytes(make_mail(subject="Ansøgning")))
    fake.categories["m2"] = ["Blå kategori"]
    spec = _spec(base, ca)
    db = f"sqlite:///{tmp_path / 'index.sqlite3'}"
    config = tmp_path / "sweep.toml"
    config.write_text(_toml(spec, db), encoding="utf-8")
    sweep(config_path=config, config=ScanConfig(workers=1))
    users_add(db, "dpo", role="dpo", password=PASSWORD)
    app = create_app(WebSettings(db=db, secure_cookies=False, sources={"exo": parse_spec(spec)}))
    client = sign_in(TestClient(app, follow_redirects=False), "dpo")

    from pii_scanner.store import open_store

    with open_store(db) as store:
        rows = {
            json.loads(json.dumps(r["metadata"] or {})).get("graph_id") or r["location"]: r for r in store.rows("items")
        }
    item_m2 = next(r["id"] for r in rows.values() if r["location"].endswith("/m2") and r["depth"] == 0)
    item_m1 = next(r["id"] for r in rows.values() if r["location"].endswith("/m1") and r["depth"] == 0)
    page = client.get(f"/items/{item_m2}")
    assert 'id="move-message"' in page.text
    r = client.post(f"/items/{item_m2}/triage", data={"csrf": csrf_of(page.text), "status": "false_positive"})
    assert r.status_code == 303
    assert fake.categories["m2"] == ["Blå kategori", "Falsk positiv"]  # the owner's own category kept
    r = client.post(f"/items/{item_m2}/triage", data={"csrf": csrf_of(page.text), "status": "open"})
    assert fake.categories["m2"] == ["Blå kategori", "Persondata fundet"]  # ours replaced, not added

    r = client.post(f"/items/{item_m1}/move", data={"csrf": csrf_of(page.text), "destination": "archive"})
    assert r.status_code == 303 and fake.moves == [("m1", "archive")]
    assert (
        client.post(
            f"/items/{item_m1}/move", data={"csrf": csrf_of(page.text), "destination": "deleteditems"}
        ).status_code
        == 400
    )

    # The owner marks m1 "Falsk positiv" in Outlook; the next sweep reads it back as their decision.
    with open_store(db) as store:
        store.set_triage(rows_key(store, item_m1), "", "open", who="test")  # an older decision
    fake.categories["m1"] = ["Falsk positiv"]
    fake.add("m1", "inbox", bytes(make_mail()))  # changed, so the sweep reads it again
    sweep(config_path=config, config=ScanConfig(workers=1))
    with open_store(db) as store:
        decisions = [t for t in store.rows("triage") if t["location_key"] == rows_key(store, item_m1)]
        audit = [a["action"] for a in store.rows("audit")]
        meta = [r["metadata"] for r in store.rows("items") if r["id"] == item_m1]
    assert decisions, meta
    assert decisions[-1]["status"] == "false_positive", (decisions, meta)
    assert decisions and decisions[-1]["status"] == "false_positive" and decisions[-1]["who"] == "outlook"
    assert "outlook_category" in audit and "message_moved" in audit
    assert not re.search(r"\d{6}-\d{4}", json.dumps([p for p in fake.patches]))


def rows_key(store: Any, item_id: int) -> str:
    return str(next(r["location_key"] for r in store.rows("items") if r["id"] == item_id))
