"""CLI verbs around sweeps: JSON log lines, exit codes, the lock, scheduler rendering."""

from __future__ import annotations

import json
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

from pii_scanner.store import open_store
from pii_scanner.sweeps.engine import lock_name
from pii_scanner.sweeps.schedule import schedule
from tests.helpers.cli_inprocess import run_cli
from tests.store.planted import plaintext_forms, plant


def _config(tmp_path: Path, root: Path) -> Path:
    cfg = tmp_path / "sweep.toml"
    cfg.write_text(
        f'[scan]\nworkers = 1\n[scan.ner]\nenabled = false\n[store]\ndb = "{tmp_path / "i.db"}"\n'
        f'[[sources]]\ntype = "paths"\nname = "pc"\npaths = ["{root}"]\norigin = "local"\n'
    )
    return cfg


def test_sweep_cli_json_events_and_exit_codes(tmp_path: Path, cli: list[str]) -> None:
    cfg = _config(tmp_path, plant(tmp_path / "data", files=2))
    run = subprocess.run([*cli, "sweep", "--config", str(cfg)], capture_output=True, text=True, timeout=300)
    assert run.returncode == 1, run.stderr  # new violations (personal data on a local drive)
    events = [json.loads(line) for line in run.stderr.splitlines()]
    assert events[0]["event"] == "sweep_started"
    assert events[-1]["event"] == "sweep_finished" and events[-1]["new_violations"] == 2
    for form in plaintext_forms():
        assert form not in run.stderr
    again = run_cli("sweep", "--config", str(cfg))  # in process (tests/helpers/cli_inprocess.py)
    assert again.returncode == 0 and json.loads(again.stderr.splitlines()[-1])["skipped"] == 3

    # A real process: the lock is held by this one.
    with open_store(str(tmp_path / "i.db")) as st:
        st.acquire_lock(lock_name(cfg, [], st.fingerprint), None)
        locked = subprocess.run([*cli, "sweep", "--config", str(cfg)], capture_output=True, text=True, timeout=300)
        assert locked.returncode == 3
        assert "another sweep" in json.loads(locked.stderr.splitlines()[-1])["message"]


def test_triage_and_report_cli(tmp_path: Path) -> None:
    cfg = _config(tmp_path, plant(tmp_path / "data", files=2))
    # In process (tests/helpers/cli_inprocess.py): the verbs' results, not the process, are tested here.
    assert run_cli("sweep", "--config", str(cfg)).returncode == 1
    db = str(tmp_path / "i.db")
    t = run_cli(
        "triage",
        str(tmp_path / "data" / "doc000.txt"),
        "exception",
        "--note",
        "kept by law",
        "--who",
        "dpo",
        "--db",
        db,
    )
    assert t.returncode == 0, t.stderr
    r = run_cli("report", "minimisation", "--db", db, "--format", "json")
    doc = json.loads(r.stdout)
    assert doc["summary"]["hidden_by_triage"]["items"] == 1
    assert doc["summary"]["removable_and_local"] == 1


def test_schedule_renders_systemd_cron_windows(tmp_path: Path) -> None:
    cfg = str(tmp_path / "sweep.toml")
    sd = schedule(cfg, kind="systemd", at="03:15", exe="/usr/bin/pii-scanner", user="scanner")
    service, timer = sd["pii-scanner-sweep.service"], sd["pii-scanner-sweep.timer"]
    assert f"ExecStart=/usr/bin/pii-scanner sweep --config {cfg}" in service
    assert "User=scanner" in service and "SuccessExitStatus=1" in service
    assert "OnCalendar=*-*-* 03:15:00" in timer and "Persistent=true" in timer
    cron = schedule(cfg, kind="cron", at="03:15", exe="/usr/bin/pii-scanner")["pii-scanner-sweep.cron"]
    line = next(ln for ln in cron.splitlines() if not ln.startswith("#"))
    assert line.startswith("15 3 * * * /bin/sh -c ") and f"/usr/bin/pii-scanner sweep --config {cfg}" in line
    win = schedule(
        cfg, kind="windows", at="03:15", exe=r"C:\Program Files\pii\pii-scanner.exe", output_dir=tmp_path / "out"
    )["pii-scanner-sweep.xml"]
    root = ET.fromstring(win.split("\n", 1)[1])
    ns = {"t": "http://schemas.microsoft.com/windows/2004/02/mit/task"}
    assert root.find(".//t:StartBoundary", ns).text.endswith("T03:15:00")  # type: ignore[union-attr]
    assert root.find(".//t:Command", ns).text.endswith("cmd.exe")  # type: ignore[union-attr]
    # each piece double-quoted for cmd.exe: an & or % in an argument must not split the command
    assert r'"C:\Program Files\pii\pii-scanner.exe" "sweep"' in root.find(".//t:Arguments", ns).text  # type: ignore[union-attr,operator]
    assert root.find(".//t:MultipleInstancesPolicy", ns).text == "IgnoreNew"  # type: ignore[union-attr]
    assert (tmp_path / "out" / "pii-scanner-sweep.xml").read_text(encoding="utf-16").startswith("<?xml")
