"""``search --live`` through the CLI (in process, tests/helpers/cli_inprocess.py; the last export is a
real process): a sweep configuration's narrowing of what it reports does not
narrow the search for one person, and items it does not read are said (exit 4), never passed over."""

from __future__ import annotations

import datetime
import json
import subprocess
from pathlib import Path

from tests.helpers.cli_inprocess import run_cli
from tests.helpers.nordic_numbers import make_cpr

CPR = make_cpr(datetime.date(1985, 3, 12), 4)
DASHED = f"{CPR[:6]}-{CPR[6:]}"


def _text(proc: subprocess.CompletedProcess[bytes]) -> subprocess.CompletedProcess[str]:
    return subprocess.CompletedProcess(proc.args, proc.returncode, proc.stdout.decode(), proc.stderr.decode())


def _search(tmp_path: Path, cli: list[str], scan: str) -> tuple[int, dict[str, object]]:
    share = tmp_path / "share"
    share.mkdir(exist_ok=True)
    (share / "ny.txt").write_text(f"Ny kunde CPR-nummer: {DASHED}\n", encoding="utf-8")
    (share / "konto.txt").write_text(f"Kontonr. {CPR[:6]} {CPR[6:]}\n", encoding="utf-8")
    config = tmp_path / "sweep.toml"
    config.write_text(
        f'{scan}\n[store]\ndb = "{tmp_path / "index.sqlite3"}"\n'
        f'[[sources]]\ntype = "paths"\nname = "share"\npaths = ["{share}"]\n',
        encoding="utf-8",
    )
    run = _text(run_cli("search", "--live", "--config", str(config), "--cpr", DASHED))
    assert CPR not in run.stdout + run.stderr and DASHED not in run.stdout + run.stderr
    return run.returncode, json.loads(run.stdout)


def _names(doc: dict[str, object]) -> list[str]:
    items = doc["items"]
    assert isinstance(items, list)
    return sorted(str(i["path"]).rsplit("/", 1)[-1] for i in items)


def test_live_search_looks_for_the_criterion_whatever_the_sweep_reports(tmp_path: Path, cli: list[str]) -> None:
    code, doc = _search(tmp_path, cli, '[scan.detect]\nentities = ["EMAIL_ADDRESS"]\nmin_score = 0.99')
    assert code == 1 and _names(doc) == ["konto.txt", "ny.txt"]
    assert doc["unreadable"] == 0 and doc["skipped"] == 0


def test_live_search_counts_skipped_items_and_exits_4(tmp_path: Path, cli: list[str]) -> None:
    code, doc = _search(tmp_path, cli, '[scan.limits]\nskip_types = ["text/*"]')
    assert code == 4 and doc["skipped"] == 2 and _names(doc) == []


def test_live_export_with_a_source_not_searched_writes_the_pack_and_exits_4(tmp_path: Path, cli: list[str]) -> None:
    share = tmp_path / "share"
    share.mkdir()
    (share / "a.txt").write_text(f"Kunde CPR {DASHED}\n", encoding="utf-8")
    config = tmp_path / "sweep.toml"
    config.write_text(
        f'[store]\ndb = "{tmp_path / "index.sqlite3"}"\n'
        f'[[sources]]\ntype = "paths"\nname = "share"\npaths = ["{share}"]\n'
        f'[[sources]]\ntype = "paths"\nname = "usb-export"\npaths = ["{tmp_path / "not-mounted"}"]\n',
        encoding="utf-8",
    )
    opened = run_cli("request", "open", "--config", str(config), "--cpr", DASHED)
    assert opened.returncode == 0
    pack = tmp_path / "pack"
    run = _text(run_cli("request", "export", "1", "--config", str(config), "--live", "-o", str(pack)))
    assert CPR not in run.stdout + run.stderr and DASHED not in run.stdout + run.stderr
    assert run.returncode == 4, run.stderr
    assert json.loads((pack / "data.json").read_text(encoding="utf-8"))["failed_sources"] == ["usb-export"]


def test_live_export_of_every_source_searched_exits_0(tmp_path: Path, cli: list[str]) -> None:
    share = tmp_path / "share"
    share.mkdir()
    (share / "a.txt").write_text(f"Kunde CPR {DASHED}\n", encoding="utf-8")
    config = tmp_path / "sweep.toml"
    config.write_text(
        f'[store]\ndb = "{tmp_path / "index.sqlite3"}"\n'
        f'[[sources]]\ntype = "paths"\nname = "share"\npaths = ["{share}"]\n',
        encoding="utf-8",
    )
    assert run_cli("request", "open", "--config", str(config), "--cpr", DASHED).returncode == 0
    run = subprocess.run(
        [*cli, "request", "export", "1", "--config", str(config), "--live", "-o", str(tmp_path / "pack")],
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stderr
