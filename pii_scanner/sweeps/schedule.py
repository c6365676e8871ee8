"""Render scheduler definitions for nightly sweeps: systemd service + timer, a cron line, a Windows
Task Scheduler XML. Nothing is installed; the files are returned (and written if asked).
"""

from __future__ import annotations

import shlex
import shutil
import sys
from pathlib import Path
from xml.sax.saxutils import escape

from pii_scanner.core.errors import ConfigError

KINDS = ("systemd", "cron", "windows")
EXIT_TABLE = (
    "exit codes: 0 ok, 1 new policy violations, 2 usage/configuration/index error, 3 already running, "
    "4 a source failed, 5 DPO mail not sent, 70 internal error, 130 interrupted"
)
CODES_URL = "see README: Exit codes"


def _command(config: str, db: str | None, exe: str | None) -> list[str]:
    found = exe or shutil.which("pii-scanner")
    # A program path is one argument (Windows paths have backslashes and spaces); else run the module.
    program = [found] if found else [sys.executable, "-m", "pii_scanner"]
    cmd = [*program, "sweep", "--config", str(Path(config).absolute())]
    if db:
        cmd += ["--db", db]
    return cmd


def _hhmm(at: str) -> tuple[int, int]:
    try:
        hh, mm = (int(x) for x in at.split(":"))
    except ValueError as exc:
        raise ConfigError(f"--at must be HH:MM, not {at!r}") from exc
    if not (0 <= hh < 24 and 0 <= mm < 60):
        raise ConfigError(f"--at must be HH:MM, not {at!r}")
    return hh, mm


def schedule(
    config: str,
    *,
    kind: str = "systemd",
    at: str = "02:00",
    db: str | None = None,
    exe: str | None = None,
    user: str | None = None,
    name: str = "pii-scanner-sweep",
    output_dir: str | Path | None = None,
    check_config: bool = False,
) -> dict[str, str]:
    """File name -> content of the scheduler definition; written to ``output_dir`` when given.

    ``check_config``: read the sweep configuration now (ConfigError when it is missing or wrong), so a
    typo is one clear error today rather than a failed sweep every night."""
    hh, mm = _hhmm(at)
    if check_config:
        from pii_scanner.sources.registry import load_sweep_config

        _scan, _doc, sources = load_sweep_config(config)
        if not sources:  # the scheduled sweep names no PATH: it would refuse to run (exit 2) every night
            raise ConfigError(f"{config}: nothing to sweep: the configuration has no [[sources]]")
    cmd = _command(config, db, exe)
    if kind == "systemd":
        files = {
            f"{name}.service": (
                "[Unit]\nDescription=pii-scanner sweep (personal data index)\n"
                "After=network-online.target\nWants=network-online.target\n\n"
                "[Service]\nType=oneshot\n" + (f"User={user}\n" if user else "") + f"ExecStart={shlex.join(cmd)}\n"
                f"# {EXIT_TABLE}.\n"
                "# Only 0 and 1 are success (systemd adds 0 itself); every other code fails the unit.\n"
                "SuccessExitStatus=1\nNice=10\nIOSchedulingClass=idle\n"
            ),
            f"{name}.timer": (
                "[Unit]\nDescription=Nightly pii-scanner sweep\n\n"
                f"[Timer]\nOnCalendar=*-*-* {hh:02d}:{mm:02d}:00\nPersistent=true\nRandomizedDelaySec=10min\n\n"
                "[Install]\nWantedBy=timers.target\n"
            ),
        }
    elif kind == "cron":
        # cron ignores exit codes; it mails what a job prints. So the line prints one alert when the
        # code is neither 0 nor 1 and passes the code on. No '%' (cron turns it into a newline).
        shell = (
            f"{shlex.join(cmd)} 2>> /var/log/pii-scanner-sweep.jsonl; rc=$?; "
            '[ "$rc" -le 1 ] || { echo "pii-scanner sweep failed: exit code $rc' + " (" + CODES_URL + ')" >&2; '
            'exit "$rc"; }'
        )
        files = {
            f"{name}.cron": (
                f"# pii-scanner nightly sweep; {EXIT_TABLE}.\n"
                "# Only 0 and 1 are success; any other code prints one line, which cron mails (MAILTO).\n"
                f"{mm} {hh} * * * " + (f"{user} " if user else "") + "/bin/sh -c " + shlex.quote(shell) + "\n"
            )
        }
    elif kind == "windows":
        # Task Scheduler calls every non-zero "Last Run Result" a failure: a cmd.exe wrapper turns 1
        # (violations, already sent to the DPO) into 0 and passes any other code on unchanged.
        program = "%SystemRoot%\\System32\\cmd.exe"
        line = " ".join(_win_quote(a) for a in cmd)
        arguments = f'/d /v:on /c "{line} & if !errorlevel! equ 1 (exit /b 0) else exit /b !errorlevel!"'
        files = {
            f"{name}.xml": f"""<?xml version="1.0" encoding="UTF-16"?>
<Task version="1.4" xmlns="http://schemas.microsoft.com/windows/2004/02/mit/task">
  <RegistrationInfo><Description>Nightly pii-scanner sweep</Description></RegistrationInfo>
  <Triggers>
    <CalendarTrigger>
      <StartBoundary>2024-01-01T{hh:02d}:{mm:02d}:00</StartBoundary>
      <Enabled>true</Enabled>
      <ScheduleByDay><DaysInterval>1</DaysInterval></ScheduleByDay>
    </CalendarTrigger>
  </Triggers>
  <Principals><Principal id="Author">{f"<UserId>{escape(user)}</UserId>" if user else ""}<LogonType>S4U</LogonType>
    <RunLevel>LeastPrivilege</RunLevel></Principal></Principals>
  <Settings>
    <MultipleInstancesPolicy>IgnoreNew</MultipleInstancesPolicy>
    <StartWhenAvailable>true</StartWhenAvailable>
    <ExecutionTimeLimit>PT12H</ExecutionTimeLimit>
    <Priority>7</Priority>
  </Settings>
  <Actions Context="Author">
    <Exec>
      <Command>{escape(program)}</Command>
      <Arguments>{escape(arguments)}</Arguments>
    </Exec>
  </Actions>
</Task>
"""
        }
    else:
        raise ConfigError(f"scheduler kind must be one of {', '.join(KINDS)}")
    if output_dir is not None:
        out = Path(output_dir)
        out.mkdir(parents=True, exist_ok=True)
        for fname, text in files.items():
            (out / fname).write_text(text, encoding="utf-16" if fname.endswith(".xml") else "utf-8")
    return files


def _win_quote(arg: str) -> str:
    return f'"{arg}"' if any(c in arg for c in ' \t"') else arg
