"""Addresses of the people whose drives are swept (OneDrive users, Dropbox members) stand in request
URLs, and so in the errors a failed request gives: they reach no event line (stderr), no run record,
no item error and no index file in plaintext. The drive owner's address at the start of a location
stays (the rule for mailboxes: owners are matched on it), everywhere else it is masked. (A probe that
passed first time: kept so that it fails when a request URL starts reaching an error line unmasked.)"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.servers.https import https_server
from tests.sources.sweep_files import sweep_toml
from tests.sources.test_graph_drives import FakeDrives, _drive_handler, _spec

ABSENT = "ole.dam@firma.dk"  # a user whose drive Graph does not give


def _refusing(fake: FakeDrives, base: list[str]) -> type:
    parent = _drive_handler(fake, base)

    class Handler(parent):  # type: ignore[misc, valid-type]
        def _route(self, parts: list[str], q: dict[str, str]) -> None:
            rest = parts[1:]
            if len(rest) == 3 and rest[0] == "users" and rest[1] == ABSENT:
                self._json({"error": {"code": "ResourceNotFound", "message": f"User {ABSENT} has no drive"}}, 404)
                return
            super()._route(parts, q)

    return Handler


def test_a_failed_drive_request_names_no_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fake = FakeDrives()
    fake.put("f1", "Dokumenter", "cv.txt", b"Intet her.\n")
    with https_server(lambda base: _refusing(fake, base), tmp_path) as (base, ca):
        index = tmp_path / "index.sqlite3"
        spec: dict[str, Any] = _spec("onedrive", base, ca, users=["mette@firma.dk", ABSENT])
        config = sweep_toml(tmp_path, spec, db=index, fast=True)
        env = {"PII_TEST_GRAPH_SECRET": "s3cret", "PII_SCANNER_KEY": "k" * 40}
        import os

        run = subprocess.run(
            [sys.executable, "-m", "pii_scanner", "sweep", "--config", str(config)],
            capture_output=True,
            text=True,
            env=os.environ | env,
            timeout=300,
        )
    assert run.returncode == 4, run.stderr  # the source failed
    assert "ole.dam" not in run.stderr and "ole.dam" not in run.stdout, run.stderr
    events = [json.loads(line) for line in run.stderr.splitlines() if line.startswith("{")]
    assert any(e["event"] == "source_failed" for e in events)
    import sqlite3

    # The index: only the source's configuration (the users list an administrator wrote, as for the
    # mailboxes of a mail source) names the user; no run, item, error or state does.
    with sqlite3.connect(index) as conn:
        tables = [t for (t,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        for table in tables:
            for row in conn.execute(f'SELECT * FROM "{table}"'):
                shown = repr(row if table != "sources" else [v for v in row if "users" not in str(v)])
                assert "ole.dam" not in shown and "ole.dam%40" not in shown, (table, shown[:300])
