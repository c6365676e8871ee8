"""The rendered schedules count only exit codes 0 and 1 as success (a crash is never "ok")."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

import pytest

from pii_scanner.sweeps.schedule import schedule


def test_systemd_success_is_exactly_0_and_1(tmp_path: Path) -> None:
    unit = schedule(str(tmp_path / "s.toml"), kind="systemd")["pii-scanner-sweep.service"]
    lines = [line for line in unit.splitlines() if not line.startswith("#")]
    success = [line for line in lines if line.startswith("SuccessExitStatus=")]
    assert success == ["SuccessExitStatus=1"]  # systemd adds 0; 2, 3, 4, 5, 70, 130 fail the unit
    assert not any(line.startswith(("Restart=", "IgnoreSIGPIPE=no")) for line in lines)


@pytest.mark.skipif(sys.platform == "win32", reason="cron is POSIX")
@pytest.mark.parametrize(("code", "alerts"), [(0, False), (1, False), (2, True), (3, True), (4, True), (70, True)])
def test_cron_line_alerts_on_anything_but_0_and_1(tmp_path: Path, code: int, alerts: bool) -> None:
    fake = tmp_path / "fake-pii-scanner"
    fake.write_text(f"#!/bin/sh\necho event >&2\nexit {code}\n")
    fake.chmod(0o755)
    line = schedule(str(tmp_path / "s.toml"), kind="cron", exe=str(fake))["pii-scanner-sweep.cron"]
    entry = next(x for x in line.splitlines() if not x.startswith("#"))
    assert "%" not in entry  # cron would cut the command at a percent sign
    command = entry.split(" ", 5)[5].replace("/var/log/pii-scanner-sweep.jsonl", str(tmp_path / "log.jsonl"))
    proc = subprocess.run(["/bin/sh", "-c", command], capture_output=True, timeout=30)
    assert proc.returncode == (code if alerts else 0)
    assert (b"failed: exit code" in proc.stderr) is alerts  # cron mails any output: the alert
    assert proc.stdout == b""
    assert (tmp_path / "log.jsonl").read_text() == "event\n"  # events still go to the log, not the mail


def test_windows_task_passes_failures_on(tmp_path: Path) -> None:
    xml = schedule(str(tmp_path / "s.toml"), kind="windows", exe=r"C:\Program Files\pii\pii-scanner.exe")
    root = ElementTree.fromstring(xml["pii-scanner-sweep.xml"].replace('encoding="UTF-16"', ""))
    ns = {"t": "http://schemas.microsoft.com/windows/2004/02/mit/task"}
    command = root.findtext(".//t:Exec/t:Command", namespaces=ns)
    arguments = root.findtext(".//t:Exec/t:Arguments", namespaces=ns) or ""
    assert command is not None and command.lower().endswith("cmd.exe")
    assert '"C:\\Program Files\\pii\\pii-scanner.exe" "sweep" "--config"' in arguments
    # Only 1 is rewritten (to 0); any other errorlevel is left as it is and ends cmd /c: the task's result.
    assert arguments.endswith(' & if errorlevel 1 if not errorlevel 2 exit /b 0"')
    assert arguments.startswith("/d /s /v:off /c ")  # no delayed expansion: a '!' in a path stays


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (None, "cannot read config"),
        ('[[sources]]\ntype = "paths"\nname = "drev"\npaths = "/srv/share"\n', "paths"),
        ("[stor]\n", "stor"),
        # no source: the nightly sweep would refuse to run (exit 2) every night
        ("", "nothing to sweep"),
        ('[store]\ndb = "/var/lib/pii/index.sqlite3"\n', "nothing to sweep"),
    ],
)
def test_schedule_of_a_missing_or_wrong_configuration_is_one_line_exit_2(
    tmp_path: Path, cli: list[str], text: str | None, words: str
) -> None:
    """A typo is one clear error when the schedule is made, not a sweep that fails every night."""
    config = tmp_path / "sweep.toml"
    if text is not None:
        config.write_text(text, encoding="utf-8")
    proc = subprocess.run([*cli, "schedule", "--config", str(config)], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and words in lines[0] and "Traceback" not in proc.stderr
    assert proc.stdout == ""
    config.write_text('[[sources]]\ntype = "paths"\nname = "drev"\npaths = ["/srv/share"]\n', encoding="utf-8")
    good = subprocess.run([*cli, "schedule", "--config", str(config)], capture_output=True, text=True, timeout=120)
    assert good.returncode == 0 and "ExecStart=" in good.stdout
