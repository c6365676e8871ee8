"""A real Samba server that goes away in the middle of a sweep: the source fails (exit 4), nothing
it held is marked removed and no finding of a file that was not read again is lost; also when it goes
away while the files are read (after the listing), and a connection that only broke is made again."""

from __future__ import annotations

import contextlib
import datetime
import os
import signal
import socket
from pathlib import Path
from typing import Any

import pytest

from pii_scanner.core.config import ScanConfig
from pii_scanner.sources import smb
from pii_scanner.store import open_store
from pii_scanner.sweeps.engine import sweep
from tests.helpers.nordic_numbers import make_cpr
from tests.servers.samba import running_samba, skip_or_fail

CPR = make_cpr(datetime.date(1972, 3, 14), 5)


def _write(path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8")
    path.chmod(0o644)


def _stop(root: Path) -> None:
    """End the smbd this test started (and its per-client children, in its process group)."""
    pid = int(next((root / "pid").glob("*.pid")).read_text().split()[0])
    os.killpg(os.getpgid(pid), signal.SIGKILL)


def test_a_share_that_vanishes_mid_sweep_removes_nothing_and_keeps_what_was_known(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    skip_or_fail()
    with running_samba() as server:
        for sub in ("a", "b", "c"):
            folder = server.data / sub
            folder.mkdir()
            folder.chmod(0o755)
            for n in range(4):
                _write(folder / f"f{n}.txt", f"CPR {CPR[:6]}-{CPR[6:]}\n")
        _write(server.data / "top.txt", f"CPR {CPR}\n")
        spec = server.spec()
        lines = [f'[store]\ndb = "{tmp_path / "index.sqlite3"}"\n[[sources]]']
        lines += [f"{k} = {v!r}".replace("'", '"') if isinstance(v, str) else f"{k} = {v}" for k, v in spec.items()]
        config = tmp_path / "sweep.toml"
        config.write_text("\n".join(lines) + "\n", encoding="utf-8")
        cfg = ScanConfig(workers=1)
        first = sweep(config_path=config, config=cfg, notify=False)
        assert first.exit_code in (0, 1) and not first.failed_sources
        with open_store(str(tmp_path / "index.sqlite3")) as store:
            before = {r["location"]: r for r in store.rows("items")}
            found_before = len(store.rows("findings"))
        assert len(before) == 13 and found_before >= 13

        # Change one file so that the next sweep reads something, then let the server die as soon
        # as the walk goes down into its first subfolder.
        _write(server.data / "top.txt", f"CPR {CPR}  (rettet)\n")
        real_list = smb._Walk._list
        calls: list[str] = []

        def list_then_vanish(self: Any, folder: str) -> list[Any]:
            calls.append(folder)
            if len(calls) == 2:
                _stop(server.root)
            return real_list(self, folder)

        monkeypatch.setattr(smb._Walk, "_list", list_then_vanish)
        second = sweep(config_path=config, config=cfg, notify=False)
    assert second.exit_code == 4 and second.failed_sources == [spec["name"]]
    with open_store(str(tmp_path / "index.sqlite3")) as store:
        after = {r["location"]: r for r in store.rows("items")}
        findings = store.rows("findings")
    assert set(before) <= set(after)
    assert all(after[loc]["removed_at"] is None for loc in before), "a vanished share marked items removed"
    kept = {f["item_id"] for f in findings}
    for loc, row in before.items():
        if loc.endswith(".txt") and not loc.endswith("top.txt"):
            assert row["id"] in kept, f"findings of an unread file were lost: {loc}"


def _config(tmp_path: Path, server: Any) -> tuple[Path, str]:
    """A sweep of the share and, after it, of a local folder (which must still be swept)."""
    spec = server.spec()
    local = tmp_path / "local"
    local.mkdir()
    _write(local / "x.txt", f"CPR {CPR}\n")
    lines = [f'[store]\ndb = "{tmp_path / "index.sqlite3"}"\n[[sources]]']
    lines += [f"{k} = {v!r}".replace("'", '"') if isinstance(v, str) else f"{k} = {v}" for k, v in spec.items()]
    lines += ["", "[[sources]]", 'type = "paths"', 'name = "lokal"', f'paths = ["{local}"]']
    config = tmp_path / "sweep.toml"
    config.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return config, str(spec["name"])


def _files(server: Any, n: int) -> None:
    for i in range(n):
        _write(server.data / f"f{i:02d}.txt", f"CPR {CPR} {i}\n")


def test_a_server_lost_while_files_are_read_fails_the_source_not_ok(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The listing is done, then the server dies: every later read failed ("cannot read:
    SMBConnectionClosed") and the run ended "ok", exit 0, with most of the share unread."""
    skip_or_fail()
    events: list[dict[str, Any]] = []
    with running_samba() as server:
        _files(server, 30)
        config, name = _config(tmp_path, server)
        cfg = ScanConfig(workers=1)
        real_read = smb.SmbReader.__call__
        reads: list[str] = []

        def read_then_vanish(self: smb.SmbReader) -> bytes:
            reads.append(self.path)
            if len(reads) == 4:
                _stop(server.root)
            return real_read(self)

        monkeypatch.setattr(smb.SmbReader, "__call__", read_then_vanish)
        result = sweep(
            config_path=config, config=cfg, notify=False, events=lambda e, **f: events.append({"event": e, **f})
        )
    assert result.exit_code == 4 and result.status == "partial" and result.failed_sources == [name]
    failed = [e for e in events if e["event"] == "source_failed"]
    assert [e["kind"] for e in failed] == ["SourceConnectionLost"]
    finished = [e["source"] for e in events if e["event"] == "source_finished"]
    assert finished == ["lokal"]  # the other source is still swept
    with open_store(str(tmp_path / "index.sqlite3")) as store:
        items = store.rows("items")
    assert all(r["removed_at"] is None for r in items)
    lost = [r for r in items if r["error"] and "connection to the server lost" in r["error"]]
    assert lost and len([r for r in items if r["location"].startswith("smb://")]) <= 30


def test_a_connection_broken_under_the_reader_is_made_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A connection that breaks (a firewall's idle reset, a server restart) while the server is still there:
    the read connects again and the sweep reads every file, with no error and no failed source."""
    skip_or_fail()
    with running_samba() as server:
        _files(server, 12)
        config, _name = _config(tmp_path, server)
        real_read = smb.SmbReader.__call__
        reads: list[str] = []

        def read_after_a_reset(self: smb.SmbReader) -> bytes:
            reads.append(self.path)
            if len(reads) in (3, 7):  # the pooled socket is cut under the client, which does not know
                for pool in smb._POOLS.values():
                    for conn in pool.values():
                        with contextlib.suppress(OSError):
                            conn.transport._sock.shutdown(socket.SHUT_RDWR)
            return real_read(self)

        monkeypatch.setattr(smb.SmbReader, "__call__", read_after_a_reset)
        result = sweep(config_path=config, config=ScanConfig(workers=1), notify=False)
    assert result.exit_code == 1 and not result.failed_sources, result
    with open_store(str(tmp_path / "index.sqlite3")) as store:
        items = store.rows("items")
    assert [r["error"] for r in items if r["error"]] == []
    assert len([r for r in items if r["location"].startswith("smb://")]) == 12
