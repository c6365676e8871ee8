"""`verify-erasure --record CASE -o FILE` whose report cannot be written: with a full disk (`/dev/full`) the ledger
entry was written and the verb exited 2, which says nothing was done. Now an `-o` that cannot be written at all
(no such folder, read-only) is refused before anything is checked or recorded (exit 2, the ledger empty); a write
that fails after the erasure was recorded (a full disk) exits 5, the entry stands and the one error line says so."""

from __future__ import annotations

import datetime
import json
import subprocess
from pathlib import Path

import pytest

from pii_scanner.access.ledger import ledger
from pii_scanner.store import open_store
from tests.helpers.nordic_numbers import make_cpr

CPR = make_cpr(datetime.date(1970, 5, 1), 3)


def _setup(tmp_path: Path) -> Path:
    share = tmp_path / "share"
    share.mkdir()
    (share / "noter.txt").write_text("Intet om nogen her.\n", encoding="utf-8")
    config = tmp_path / "sweep.toml"
    config.write_text(
        f'[store]\ndb = "{tmp_path / "index.sqlite3"}"\n'
        f'[[sources]]\ntype = "paths"\nname = "share"\npaths = ["{share}"]\n',
        encoding="utf-8",
    )
    return config


def _verify(cli: list[str], config: Path, output: str) -> subprocess.CompletedProcess[str]:
    run = subprocess.run(
        [*cli, "verify-erasure", "--config", str(config), "--cpr", CPR, "--record", "Sag 1", "-o", output],
        capture_output=True,
        text=True,
    )
    assert CPR not in run.stdout + run.stderr
    return run


def _ledger(tmp_path: Path) -> list[str]:
    with open_store(str(tmp_path / "index.sqlite3")) as st:
        return [e.case for e in ledger(st)]


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_a_full_disk_after_recording_is_not_nothing_done(tmp_path: Path, cli: list[str]) -> None:
    run = _verify(cli, _setup(tmp_path), "/dev/full")
    assert run.returncode == 5, run.stderr[-600:]
    assert _ledger(tmp_path) == ["Sag 1"]
    events = [json.loads(line) for line in run.stderr.splitlines() if line.startswith("{")]
    errors = [e for e in events if e.get("event") == "error"]
    assert len(errors) == 1 and errors[0]["ledger_entry"] and "recorded" in errors[0]["note"], errors


def test_an_output_that_cannot_be_written_records_nothing(tmp_path: Path, cli: list[str]) -> None:
    config = _setup(tmp_path)
    run = _verify(cli, config, str(tmp_path / "missing" / "report.json"))
    assert run.returncode == 2, run.stderr[-600:]
    assert not (tmp_path / "index.sqlite3").exists() or _ledger(tmp_path) == []
    done = _verify(cli, config, str(tmp_path / "report.json"))  # written: recorded, exit 0
    assert done.returncode == 0, done.stderr[-600:]
    assert json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))["ledger_entry"]
    assert _ledger(tmp_path) == ["Sag 1"]
