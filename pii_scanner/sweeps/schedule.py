"""Render scheduler definitions for nightly sweeps: systemd service + timer, a cron line, a Windows
Task Scheduler XML. Nothing is installed; the files are returned (and written if asked).
"""

from __future__ import annotations

import re
import shlex
import shutil
import sys
from pathlib import Path
from xml.sax.saxutils import escape

from pii_scanner.core.errors import ConfigError
from pii_scanner.core.user_paths import expand_user, require_output_folder

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
        # The scheduled sweep runs in another folder (systemd: /, cron: $HOME): a relative index
        # path would be another index. A URL is passed as typed.
        cmd += ["--db", db if "://" in db else str(expand_user(db).absolute())]
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
    if user and kind != "windows" and re.search(r"[\s\x00-\x1f\x7f]", user):
        raise ConfigError(f"--user must be a user name without blanks or control characters for {kind}")
    if kind == "systemd":
        files = {
            f"{name}.service": (
                "[Unit]\nDescription=pii-scanner sweep (personal data index)\n"
                "After=network-online.target\nWants=network-online.target\n\n"
                "[Service]\nType=oneshot\n"
                + (f"User={_systemd_specifiers(user)}\n" if user else "")
                + f"ExecStart={' '.join(_systemd_word(a) for a in cmd)}\n"
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
        # code is neither 0 nor 1 and passes the code on.
        shell = (
            f"{' '.join(_sh_word(a, 'cron') for a in cmd)} 2>> /var/log/pii-scanner-sweep.jsonl; rc=$?; "
            '[ "$rc" -le 1 ] || { echo "pii-scanner sweep failed: exit code $rc' + " (" + CODES_URL + ')" >&2; '
            'exit "$rc"; }'
        )
        files = {
            f"{name}.cron": (
                f"# pii-scanner nightly sweep; {EXIT_TABLE}.\n"
                "# Only 0 and 1 are success; any other code prints one line, which cron mails (MAILTO).\n"
                f"{mm} {hh} * * * "
                + (f"{user} " if user else "")
                + _cron_percent("/bin/sh -c " + shlex.quote(shell))
                + "\n"
            )
        }
    elif kind == "windows":
        # Task Scheduler calls every non-zero "Last Run Result" a failure: a cmd.exe wrapper turns 1
        # (violations, already sent to the DPO) into 0 and passes any other code on unchanged (cmd /c ends
        # with the errorlevel of the sweep when the test does not fire). No delayed expansion: a '!' in a
        # path or URL stays itself.
        program = "%SystemRoot%\\System32\\cmd.exe"
        line = " ".join(_cmd_word(a) for a in cmd)
        arguments = f'/d /s /v:off /c "{line} & if errorlevel 1 if not errorlevel 2 exit /b 0"'
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
        require_output_folder(out)  # its folder must exist, as for every output (a typo makes no tree)
        out.mkdir(exist_ok=True)
        for fname, text in files.items():
            (out / fname).write_text(text, encoding="utf-16" if fname.endswith(".xml") else "utf-8")
    return files


# Each target reads the command line its own way; every argument is written so that it reaches the sweep
# byte for byte, or refused (one line, exit 2) where the target cannot carry it.
_PLAIN = re.compile(r"[A-Za-z0-9_@+=:,./-]+")
_SYSTEMD_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\t": "\\t", "\r": "\\r"}


def _systemd_specifiers(text: str) -> str:
    """``%`` is a unit specifier (``%h`` the home directory...) wherever it stands: ``%%`` is a percent sign."""
    return text.replace("%", "%%")


def _systemd_word(arg: str) -> str:
    r"""One ``ExecStart=`` word: specifiers and ``$`` (environment) doubled, else C-escaped in double quotes.

    >>> _systemd_word("postgresql://db/pii?a=1&b=%20"), _systemd_word("/srv/a b")
    ('"postgresql://db/pii?a=1&b=%%20"', '"/srv/a b"')
    """
    if "\0" in arg:
        raise ConfigError("a NUL character cannot be passed to the scheduled sweep")
    text = _systemd_specifiers(arg).replace("$", "$$")
    if _PLAIN.fullmatch(arg):
        return text
    quoted = "".join(_SYSTEMD_ESCAPES.get(c, f"\\x{ord(c):02x}" if ord(c) < 0x20 or c == "\x7f" else c) for c in text)
    return f'"{quoted}"'


def _sh_word(arg: str, target: str) -> str:
    """One /bin/sh word; a backslash right before a ``%`` is split off into its own quoted piece, since cron
    cannot write that pair (``\\%`` is its escaped percent sign)."""
    if any(c in arg for c in "\n\r\0"):
        raise ConfigError(f"a line break cannot be passed to the scheduled sweep in a {target} line")
    return "".join(shlex.quote(piece) for piece in re.split(r"(?<=\\)(?=%)", arg))


def _cron_percent(command: str) -> str:
    """crontab(5): an unescaped ``%`` ends the command (the rest becomes its standard input); ``\\%`` is one."""
    return command.replace("%", "\\%")


def _cmd_word(arg: str) -> str:
    r"""One argument of the ``cmd.exe /c`` line, as the program's C runtime splits it again.

    Every piece is in double quotes, where ``& | < > ^ ( )`` are plain text to cmd.exe; a ``%`` stands
    outside them as ``^%`` so that no ``%NAME%`` is expanded (the name would begin with a quote). Backslashes
    before a closing quote are doubled (the runtime's rule). A double quote or a line break cannot be
    carried through cmd.exe: refused.

    >>> _cmd_word(r"C:\Program Files\pii\pii-scanner.exe"), _cmd_word("a%OS%b")
    ('"C:\\Program Files\\pii\\pii-scanner.exe"', '"a"^%"OS"^%"b"')
    """
    if any(c in arg for c in '"\n\r\0'):
        raise ConfigError("a double quote or line break cannot be passed to the scheduled sweep through cmd.exe")

    def quoted(piece: str) -> str:
        return '"' + piece + "\\" * (len(piece) - len(piece.rstrip("\\"))) + '"'

    return "^%".join(quoted(piece) for piece in arg.split("%"))
