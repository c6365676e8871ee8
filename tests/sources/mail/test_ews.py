"""EWS source: real exchangelib against a loopback SOAP server (no mocking of exchangelib internals)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from pii_scanner.core.errors import SourceError
from pii_scanner.core.state import MemoryState
from pii_scanner.pipeline import scan_items
from pii_scanner.sources.registry import open_source
from tests.helpers.mail_messages import CONFIG, CPR, make_mail
from tests.sources.mail.ews_server import EwsMailbox, run_ews
from tests.sources.sweep_files import sweep_toml

MAILBOX = "jens@firma.dk"


@pytest.fixture()
def ews(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[EwsMailbox, dict[str, Any]]]:
    box = EwsMailbox()
    box.folders = {"inbox": ("root", "Indbakke"), "priv": ("root", "Privat"), "a2019": ("aroot", "2019")}
    box.add("m1", "inbox", bytes(make_mail()))
    box.add("m2", "inbox", bytes(make_mail(subject="x")), sensitivity=2, subject="x")
    box.add("m3", "a2019", bytes(make_mail(subject="old")))
    box.add("m4", "priv", bytes(make_mail(subject="y")), subject="y")
    monkeypatch.setenv("PII_TEST_EWS_PASSWORD", "ews-secret")
    with run_ews(box) as url:
        yield (
            box,
            {
                "type": "ews",
                "name": "exch",
                "endpoint": url,
                "username": "svc-scanner",
                "password_env": "PII_TEST_EWS_PASSWORD",
                "auth_type": "basic",
                "version": "2016",
                "mailboxes": [MAILBOX],
                "access_type": "impersonation",
                "max_wait": 30,
            },
        )


def test_sync_all_folders_incl_archive_then_incremental(ews: tuple[EwsMailbox, dict[str, Any]]) -> None:
    box, spec = ews
    state = MemoryState()
    first = list(open_source(spec, CONFIG, state).items())
    assert sorted((i.metadata["ews_id"], i.metadata["folder"]) for i in first) == [
        ("m1", "Indbakke"),
        ("m2", "Indbakke"),
        ("m3", "Archive/2019"),
        ("m4", "Privat"),
    ]
    assert set(box.impersonated) == {MAILBOX}  # ExchangeImpersonation header on every call
    assert "m2" not in box.mime_fetched  # Sensitivity Private: GetItem never asked for its MIME
    assert "m4" not in box.mime_fetched  # folder "Privat"
    assert {k for k in state.values if k.endswith(":sync")} == {
        f"ews:{MAILBOX}:{f}:sync" for f in ("inbox", "priv", "a2019")
    }
    assert list(open_source(spec, CONFIG, state).items()) == []

    box.add("m5", "inbox", bytes(make_mail(subject="ny")))
    box.remove("m1")
    second = list(open_source(spec, CONFIG, state).items())
    assert [(i.metadata["ews_id"], i.deleted) for i in second] == [("m5", False), ("m1", True)]


def test_throttling_backs_off(ews: tuple[EwsMailbox, dict[str, Any]]) -> None:
    box, spec = ews
    box.busy = 2  # two ErrorServerBusy faults with BackOffMilliseconds=100
    items = list(open_source(spec, CONFIG, MemoryState()).items())
    assert len(items) == 4 and box.busy == 0


def test_pipeline_over_ews(ews: tuple[EwsMailbox, dict[str, Any]]) -> None:
    _box, spec = ews
    results = list(scan_items(open_source(spec, CONFIG, MemoryState()).items(), CONFIG))
    top = {r.item.metadata["ews_id"]: r for r in results if r.item.depth == 0}
    assert top["m1"].flags == ["unencrypted_cpr"] and top["m1"].external_recipients is True
    assert top["m2"].private and top["m2"].findings == [] and top["m4"].private


def test_bad_password_is_a_source_error(
    ews: tuple[EwsMailbox, dict[str, Any]], monkeypatch: pytest.MonkeyPatch
) -> None:
    _box, spec = ews
    monkeypatch.setenv("PII_TEST_EWS_PASSWORD", "wrong")
    with pytest.raises(SourceError) as err:
        list(open_source({**spec, "max_wait": 1}, CONFIG, MemoryState()).items())
    assert "wrong" not in str(err.value)


def test_wrong_password_fails_fast_as_authentication_failure(
    ews: tuple[EwsMailbox, dict[str, Any]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A 401 is a failed login: named as such, within seconds, never retried as throttling."""
    box, spec = ews
    monkeypatch.setenv("PII_TEST_EWS_PASSWORD", "not-the-password")
    started = time.monotonic()
    with pytest.raises(SourceError) as err:
        list(open_source({**spec, "max_wait": 600}, CONFIG, MemoryState()).items())
    assert time.monotonic() - started < 10
    assert "authentication failed" in str(err.value) and "RateLimit" not in str(err.value)
    assert "not-the-password" not in str(err.value)
    assert box.requests == []  # no SOAP operation reached the server


def _sweep_config(tmp_path: Path, spec: dict[str, Any]) -> Path:
    return sweep_toml(tmp_path, spec, fast=True)


def test_lost_sync_state_does_not_download_unchanged_mime(
    ews: tuple[EwsMailbox, dict[str, Any]], tmp_path: Path
) -> None:
    from pii_scanner.store import open_store
    from pii_scanner.sweeps.engine import sweep

    box, spec = ews
    config, db = _sweep_config(tmp_path, spec), str(tmp_path / "index.sqlite")
    assert sweep(config_path=config, db=db).status == "ok"
    downloaded = sorted(box.mime_fetched)
    assert downloaded == ["m1", "m3"]  # m2 private by sensitivity, m4 in the folder Privat
    with open_store(db) as st, st.engine.begin() as conn:  # the sync state is lost
        conn.exec_driver_sql("DELETE FROM source_state")
    box.add("m1", "inbox", bytes(make_mail(subject="ændret")))  # one real change (new change key)
    assert sweep(config_path=config, db=db).status == "ok"
    assert sorted(box.mime_fetched) == sorted([*downloaded, "m1"])


def test_third_party_log_lines_never_reach_stderr_raw(ews: tuple[EwsMailbox, dict[str, Any]], tmp_path: Path) -> None:
    box, spec = ews
    box.busy = 2  # exchangelib logs "Server requested back off until ..." for each
    config, db = _sweep_config(tmp_path, spec), str(tmp_path / "index.sqlite")
    proc = subprocess.run(
        [sys.executable, "-m", "pii_scanner", "sweep", "--config", str(config), "--db", db],
        capture_output=True,
        text=True,
        timeout=180,
        env={**os.environ, "PII_TEST_EWS_PASSWORD": "ews-secret"},
    )
    assert proc.returncode in (0, 1), proc.stderr[-2000:]
    assert box.busy == 0
    assert MAILBOX not in proc.stderr
    for line in proc.stderr.splitlines():  # routed through the product's JSON logging, or silent
        event = json.loads(line)
        assert isinstance(event, dict) and "event" in event, f"raw line on stderr: {line[:200]}"


@pytest.mark.parametrize("value", ["Privat", "Secret", "private"])
def test_unknown_sensitivity_value_is_private_and_not_downloaded(
    ews: tuple[EwsMailbox, dict[str, Any]], value: str
) -> None:
    box, spec = ews
    box.add("u1", "inbox", bytes(make_mail(subject="u", body=f"CPR {CPR}")), sensitivity=value, subject="u")
    results = list(scan_items(open_source(spec, CONFIG, MemoryState()).items(), CONFIG))
    (top,) = [r for r in results if r.item.metadata.get("ews_id") == "u1"]
    assert top.private and not top.findings
    assert "u1" not in box.mime_fetched


def test_a_named_folder_the_mailbox_lacks_fails_the_source_after_the_others(
    ews: tuple[EwsMailbox, dict[str, Any]], tmp_path: Path
) -> None:
    """``folders = ["indbakke", "Arkvi"]``: Indbakke is read (names compare without case, as in Outlook);
    Arkvi, a typo, was read by no one, yet the sweep said "ok"."""
    from pii_scanner.core.errors import SourceUnavailable
    from pii_scanner.sweeps.engine import sweep

    _box, spec = ews
    spec = {**spec, "folders": ["indbakke", "Arkvi"]}
    read: list[str] = []
    with pytest.raises(SourceUnavailable, match="Arkvi"):
        for item in open_source(spec, CONFIG, MemoryState()).items():
            read.append(item.metadata["ews_id"])
    assert sorted(read) == ["m1", "m2"]
    result = sweep(config_path=sweep_toml(tmp_path, spec, fast=True), db=str(tmp_path / "index.sqlite"))
    assert result.exit_code == 4 and result.failed_sources == ["exch"]
