"""A real Samba server that goes away in the middle of a sweep: the source fails (exit 4), nothing
it held is marked removed and no finding of a file that was not read again is lost."""

from __future__ import annotations

import datetime
import os
import signal
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
