"""The rendered schedules run the sweep with the arguments given, byte for byte. A PostgreSQL URL holds
``%`` (percent-encoding) and ``&`` (two query parameters): written raw, systemd read ``%2`` as a unit
specifier and refused the unit, cron cut the command at the ``%`` (the sweep never ran: /bin/sh saw an
unterminated quote), and cmd.exe ran ``options=...`` as a second command whose code became the task's.

Each definition is read back here by its target's documented rules: systemd.service "Command lines"
(specifiers, quoting, C escapes, ``$`` variables; and ``systemd-analyze verify`` where it is installed),
crontab(5) (``%`` and ``\\%``, then the real /bin/sh), and cmd.exe (``%`` expansion, quotes, ``^``, ``&``)
followed by the C runtime's argument rules."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

import pytest
from click.testing import CliRunner

from pii_scanner.cli.main import main
from pii_scanner.sweeps.schedule import schedule

DB_URLS = [
    "postgresql://scanner@db/pii?sslmode=require&options=-c%20search_path%3Dpii",
    "postgresql://sc%40nner:pa%h$HOME@db/pii?application_name=%u%%x&x=${PATH}",
    "sqlite:///srv/pii/a b/index 100%.sqlite3",
    "postgresql://u:p'q\"r`id`;s|t<u>v^w!x(y)z@db/pii",  # quotes, shell and cmd.exe operators
    "postgresql://u:back\\slash\\%41\\@db/pii\\",  # backslashes, one right before a percent sign, one last
    "postgresql://u:\tæøå\x7f@db/pii",
]
WINDOWS_URLS = [u for u in DB_URLS if '"' not in u]  # cmd.exe cannot carry a double quote: refused
CONFIG = "/etc/pii scanner/sweep 100% $USER's.toml"


def _expected(db: str, exe: str) -> list[str]:
    return [exe, "sweep", "--config", CONFIG, "--db", db]


# --- systemd ---------------------------------------------------------------------------------------
_C_ESCAPES = {"\\": "\\", '"': '"', "'": "'", "n": "\n", "t": "\t", "r": "\r", "s": " ", "a": "\a", "b": "\b"}


def _systemd_argv(value: str) -> list[str]:
    """ExecStart's words as systemd reads them: specifiers first, then words (quotes, C escapes), then
    ``$`` variables. A specifier or a variable left in would be expanded into something else: fail."""
    unspecified = ""
    n = 0
    while n < len(value):
        if value[n] == "%":
            assert value[n + 1 : n + 2] == "%", f"specifier %{value[n + 1 : n + 2]} would be expanded"
            unspecified += "%"
            n += 2
            continue
        unspecified += value[n]
        n += 1
    words: list[str] = []
    word: str | None = None
    quote = ""
    n = 0
    text = unspecified
    while n < len(text):
        c = text[n]
        if c == "\\":
            nxt = text[n + 1]
            if nxt == "x":
                c, n = chr(int(text[n + 2 : n + 4], 16)), n + 4
            else:
                c, n = _C_ESCAPES[nxt], n + 2
            word = (word or "") + c
            continue
        if quote:
            if c == quote:
                quote = ""
            else:
                word = (word or "") + c
        elif c in "\"'":
            quote, word = c, word or ""
        elif c in " \t":
            if word is not None:
                words.append(word)
            word = None
        else:
            word = (word or "") + c
        n += 1
    assert not quote, "unterminated quote"
    if word is not None:
        words.append(word)
    out = []
    for w in words:
        assert not re.search(r"(?<!\$)\$(?!\$)(?:\{|[A-Za-z_])", w.replace("$$", "")), f"variable in {w!r}"
        out.append(w.replace("$$", "$"))
    return out


@pytest.mark.parametrize("db", DB_URLS)
def test_systemd_unit_passes_the_arguments_byte_for_byte(tmp_path: Path, db: str) -> None:
    exe = "/opt/pii scanner/bin/pii-scanner"
    unit = schedule(CONFIG, kind="systemd", db=db, exe=exe, user="pii%scan")["pii-scanner-sweep.service"]
    (start,) = [line for line in unit.splitlines() if line.startswith("ExecStart=")]
    assert _systemd_argv(start.removeprefix("ExecStart=")) == _expected(db, exe)
    (user,) = [line for line in unit.splitlines() if line.startswith("User=")]
    assert user == "User=pii%%scan"


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="systemd-analyze not installed")
@pytest.mark.parametrize("db", DB_URLS)
def test_systemd_analyze_accepts_the_unit(tmp_path: Path, db: str) -> None:
    exe = tmp_path / "bin 100%" / "pii-scanner"
    exe.parent.mkdir()
    exe.write_text("#!/bin/sh\nexit 0\n")
    exe.chmod(0o755)
    schedule(CONFIG, kind="systemd", db=db, exe=str(exe), output_dir=tmp_path / "unit")
    proc = subprocess.run(
        ["systemd-analyze", "verify", "--man=no", "./pii-scanner-sweep.service"],
        cwd=tmp_path / "unit",
        capture_output=True,
        text=True,
        timeout=60,
    )
    complaints = [
        line for line in proc.stderr.splitlines() if "pii-scanner-sweep" in line and "timers.target" not in line
    ]
    assert not complaints, proc.stderr
    assert "specifier" not in proc.stderr and "fatal" not in proc.stderr, proc.stderr


# --- cron ----------------------------------------------------------------------------------------------
def _cron_command(command: str) -> tuple[str, str]:
    """(command, standard input) as cron makes them of a crontab command field (crontab(5); the loop of
    cron's do_command: after a backslash the next character is taken as it is, and a ``\\%`` loses the
    backslash; an unescaped ``%`` ends the command, the rest is its input with ``%`` as line breaks)."""
    out: list[str] = []
    escaped = False
    for n, ch in enumerate(command):
        if escaped:
            if ch == "%":
                out[-1] = "%"
            else:
                out.append(ch)
            escaped = False
            continue
        if ch == "\\":
            escaped = True
            out.append(ch)
            continue
        if ch == "%":
            return "".join(out), command[n + 1 :].replace("%", "\n")
        out.append(ch)
    return "".join(out), ""


def _recorder(folder: Path) -> Path:
    exe = folder / "bin 100% $x" / "pii-scanner"
    exe.parent.mkdir(parents=True)
    exe.write_text(
        f"#!{sys.executable}\nimport json, os, sys\n"
        "open(os.environ['ARGV_OUT'], 'w', encoding='utf-8', errors='surrogateescape').write(json.dumps(sys.argv))\n"
    )
    exe.chmod(0o755)
    return exe


@pytest.mark.skipif(sys.platform == "win32", reason="cron is POSIX")
@pytest.mark.parametrize("db", DB_URLS)
def test_cron_line_runs_the_sweep_with_the_arguments_byte_for_byte(tmp_path: Path, db: str) -> None:
    exe = _recorder(tmp_path)
    text = schedule(CONFIG, kind="cron", db=db, exe=str(exe))["pii-scanner-sweep.cron"]
    (entry,) = [line for line in text.splitlines() if line and not line.startswith("#")]
    command, stdin = _cron_command(entry.split(" ", 5)[5])
    assert stdin == "", "cron would cut the command at a percent sign"
    command = command.replace("/var/log/pii-scanner-sweep.jsonl", str(tmp_path / "log.jsonl"))
    out = tmp_path / "argv.json"
    env = {**os.environ, "ARGV_OUT": str(out), "HOME": "/nonexistent", "USER": "cron", "PATH": "/usr/bin:/bin"}
    proc = subprocess.run(["/bin/sh", "-c", command], capture_output=True, env=env, timeout=60)
    assert proc.returncode == 0 and proc.stderr == b"", proc.stderr
    assert json.loads(out.read_text(encoding="utf-8", errors="surrogateescape")) == _expected(db, str(exe))


# --- Windows ------------------------------------------------------------------------------------------
WINDOWS_ENV = {"OS": "Windows_NT", "PATH": r"C:\Windows", "USER": "svc", "20search_path": "X", "3Dpii": "Y"}


def _cmd_commands(arguments: str) -> list[str]:
    """The commands cmd.exe runs for ``/d /s /v:off /c "..."``: the outer quotes taken off (``/s``), every
    ``%NAME%`` of a defined variable expanded (command-line mode: an undefined one stays as it is), then
    ``&`` outside quotes separates commands and ``^`` outside quotes takes the next character as it is."""
    prefix = "/d /s /v:off /c "
    assert arguments.startswith(prefix)
    line = arguments[len(prefix) :]
    assert line[0] == '"' and line[-1] == '"'
    line = line[1:-1]
    expanded, n = "", 0
    while n < len(line):
        end = line.find("%", n + 1) if line[n] == "%" else -1
        if end > 0 and line[n + 1 : end] in WINDOWS_ENV:
            expanded += WINDOWS_ENV[line[n + 1 : end]]
            n = end + 1
            continue
        expanded += line[n]
        n += 1
    commands, current, quoted, n = [], "", False, 0
    while n < len(expanded):
        c = expanded[n]
        if c == '"':
            quoted = not quoted
        elif not quoted and c == "^":
            n += 1
            c = expanded[n]
        elif not quoted and c in "&|<>":
            commands.append(current)
            current, n = "", n + 1
            continue
        current += c
        n += 1
    return [*commands, current]


def _c_runtime_argv(line: str) -> list[str]:
    """The program's arguments as the Microsoft C runtime splits its command line."""
    args: list[str] = []
    word: str | None = None
    quoted, n = False, 0
    while n < len(line):
        c = line[n]
        if c == "\\":
            run = len(line[n:]) - len(line[n:].lstrip("\\"))
            if line[n + run : n + run + 1] == '"':
                word = (word or "") + "\\" * (run // 2)
                if run % 2:
                    word += '"'
                    n += run + 1
                else:
                    n += run
                continue
            word, n = (word or "") + "\\" * run, n + run
            continue
        if c == '"':
            if quoted and line[n + 1 : n + 2] == '"':
                word, n = (word or "") + '"', n + 2
                continue
            quoted, word = not quoted, word or ""
        elif c in " \t" and not quoted:
            if word is not None:
                args.append(word)
            word = None
        else:
            word = (word or "") + c
        n += 1
    if word is not None:
        args.append(word)
    return args


@pytest.mark.parametrize("db", WINDOWS_URLS)
def test_windows_task_runs_the_sweep_with_the_arguments_byte_for_byte(db: str) -> None:
    exe = r"C:\Program Files\pii 100%\pii-scanner.exe"
    xml = schedule(CONFIG, kind="windows", db=db, exe=exe)["pii-scanner-sweep.xml"]
    root = ElementTree.fromstring(xml.replace('encoding="UTF-16"', ""))
    ns = {"t": "http://schemas.microsoft.com/windows/2004/02/mit/task"}
    arguments = root.findtext(".//t:Exec/t:Arguments", namespaces=ns) or ""
    sweep, *rest = _cmd_commands(arguments)
    assert _c_runtime_argv(sweep) == _expected(db, exe)
    assert [r.strip() for r in rest] == ["if errorlevel 1 if not errorlevel 2 exit /b 0"]  # the only other one


@pytest.mark.parametrize(
    ("kind", "db", "words"),
    [
        ("windows", 'postgresql://u:p"q@db/pii', "double quote"),
        ("cron", "postgresql://db/pii\nrm -rf /", "line break"),
        ("windows", "postgresql://db/pii\r\nx", "line break"),
    ],
)
def test_an_argument_the_target_cannot_carry_is_one_line_exit_2(tmp_path: Path, kind: str, db: str, words: str) -> None:
    config = tmp_path / "sweep.toml"
    config.write_text('[[sources]]\ntype = "paths"\nname = "drev"\npaths = ["/srv/share"]\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["schedule", "--config", str(config), "--kind", kind, "--db", db])
    assert result.exit_code == 2 and result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and words in lines[0] and "Traceback" not in result.stderr


def test_a_user_name_with_blanks_is_refused_for_cron_and_systemd(tmp_path: Path) -> None:
    for kind in ("cron", "systemd"):
        with pytest.raises(Exception, match="--user"):
            schedule(CONFIG, kind=kind, user="root\n* * * * * root sh")
