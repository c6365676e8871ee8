"""Reading private mail is an audited exception: a reason is required, audited masked, items stay private."""

from __future__ import annotations

import json
import sqlite3
import subprocess
from pathlib import Path

from tests.helpers.cli_inprocess import run_cli
from tests.helpers.mail_messages import CPR, make_mail

REASON = f"Sag 17: mistanke om misbrug, CPR {CPR} / {CPR.replace('-', '')}"


def _private_mail_folder(tmp_path: Path) -> Path:
    share = tmp_path / "share"
    share.mkdir()
    msg = make_mail(sensitivity="Private", to="kim@firma.dk")
    msg.add_attachment(f"Navn;CPR\nJens;{CPR}\n".encode(), maintype="text", subtype="csv", filename="liste.csv")
    (share / "p.eml").write_bytes(bytes(msg))
    return share


def _config(tmp_path: Path, **mail: object) -> Path:
    lines = ["[scan]", "workers = 1", "[scan.ner]", "enabled = false", "[scan.mail]"]
    lines += [f"{k} = {json.dumps(v)}" for k, v in mail.items()]
    path = tmp_path / "sweep.toml"
    path.write_text("\n".join(lines) + "\n")
    return path


def _run(cli: list[str], *args: str) -> subprocess.CompletedProcess[str]:
    """In process (tests/helpers/cli_inprocess.py): what the verbs do with the setting, not the process."""
    proc = run_cli(*args)
    return subprocess.CompletedProcess(proc.args, proc.returncode, proc.stdout.decode(), proc.stderr.decode())


def test_config_inspection_without_reason_is_a_configuration_error(cli: list[str], tmp_path: Path) -> None:
    share = _private_mail_folder(tmp_path)
    for mail in ({"inspect_private": True}, {"inspect_private": True, "inspect_private_reason": "   "}):
        config = _config(tmp_path, **mail)
        db = tmp_path / "x.sqlite"
        for verb in (["sweep", str(share), "--db", str(db)], ["scan", str(share), "--format", "jsonl"]):
            proc = _run(cli, *verb, "--config", str(config))
            assert proc.returncode == 2, (verb, proc.stderr)
            assert "inspect_private_reason" in proc.stderr and "Traceback" not in proc.stderr
            assert CPR not in proc.stdout  # nothing was read


def test_sweep_inspection_is_audited_masked_and_items_stay_private(cli: list[str], tmp_path: Path) -> None:
    share = _private_mail_folder(tmp_path)
    config = _config(tmp_path, inspect_private=True, inspect_private_reason=REASON)
    db = tmp_path / "index.sqlite"
    proc = _run(cli, "sweep", str(share), "--config", str(config), "--db", str(db))
    assert proc.returncode in (0, 1), proc.stderr  # private mail raises no new violation
    events = [json.loads(line) for line in proc.stderr.splitlines() if line.startswith("{")]
    (event,) = [e for e in events if e["event"] == "inspect_private"]
    assert event["reason"] == "Sag ##: mistanke om misbrug, CPR ######-#### / ##########"
    for form in (CPR, CPR.replace("-", ""), "mistanke om misbrug, CPR 0"):
        assert form not in proc.stderr
        for blob in tmp_path.glob("index.sqlite*"):
            assert form.encode() not in blob.read_bytes(), f"{form} in {blob.name}"
    with sqlite3.connect(db) as conn:
        audit = conn.execute("SELECT detail FROM audit WHERE action = 'inspect_private'").fetchall()
        items = conn.execute("SELECT private FROM items ORDER BY id").fetchall()
        findings = conn.execute("SELECT count(*) FROM findings").fetchone()[0]
    assert len(audit) == 1 and json.loads(audit[0][0])["reason"] == event["reason"]
    assert json.loads(audit[0][0])["reason_fp"] == event["reason_fp"]
    assert len(items) == 2 and all(p == 1 for (p,) in items)  # the message and its attachment
    assert findings > 0  # inspected: read


def test_no_audit_without_inspection(cli: list[str], tmp_path: Path) -> None:
    share = _private_mail_folder(tmp_path)
    db = tmp_path / "index.sqlite"
    proc = _run(cli, "sweep", str(share), "--config", str(_config(tmp_path)), "--db", str(db))
    assert proc.returncode in (0, 1), proc.stderr
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM audit WHERE action = 'inspect_private'").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM findings").fetchone()[0] == 0  # private: not read
        assert conn.execute("SELECT count(*) FROM items").fetchone()[0] == 1  # no children read


def test_scan_reason_is_logged_masked(cli: list[str], tmp_path: Path) -> None:
    share = _private_mail_folder(tmp_path)
    proc = _run(
        cli, "scan", str(share / "p.eml"), "--inspect-private", "--reason", REASON, "--no-ner", "--workers", "1"
    )
    assert proc.returncode == 1, proc.stderr
    assert CPR not in proc.stderr and CPR.replace("-", "") not in proc.stderr
    events = [json.loads(line) for line in proc.stderr.splitlines() if line.startswith("{")]
    assert any(e["event"] == "inspect_private" and "######" in e["reason"] for e in events)
    records = [json.loads(line) for line in proc.stdout.splitlines()]
    items = [r for r in records if r.get("record") == "item"]
    assert len(items) == 2 and all(r["private"] is True for r in items)
