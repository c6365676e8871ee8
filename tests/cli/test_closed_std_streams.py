"""A command started with standard input or output closed (a daemon, a cron wrapper, ``>&-``): Python
leaves ``sys.stdout``/``sys.stdin`` None and the first use was an AttributeError, exit 70 "a bug". It is
one line naming the stream and exit 2; a sweep, whose events go to standard error, still runs."""

from __future__ import annotations

import json
import os
import shlex
import subprocess
from pathlib import Path

import pytest

from pii_scanner.store import open_store


def _run(cli: list[str], args: list[str], closed: str, cwd: Path) -> subprocess.CompletedProcess[bytes]:
    command = " ".join(shlex.quote(a) for a in [*cli, *args]) + f" {closed}"
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}  # this checkout, from any cwd
    return subprocess.run(["bash", "-c", command], capture_output=True, cwd=cwd, env=env, timeout=300)


@pytest.mark.parametrize(
    ("args", "closed", "stream"),
    [
        (["scan", "-", "--no-ner"], "<&-", "standard input"),
        (["scan", "a.txt", "--no-ner"], ">&-", "standard output"),
        (["report", "minimisation", "--db", "idx.sqlite3", "--format", "json"], ">&-", "standard output"),
        (["search", "--cpr", "070761-4285", "--db", "idx.sqlite3", "--format", "json"], ">&-", "standard output"),
    ],
)
def test_a_closed_standard_stream_is_one_line_exit_2(
    cli: list[str], tmp_path: Path, args: list[str], closed: str, stream: str
) -> None:
    (tmp_path / "a.txt").write_text("CPR 070761-4285\n", encoding="utf-8")
    with open_store(str(tmp_path / "idx.sqlite3")):
        pass
    done = _run(cli, args, closed, tmp_path)
    assert done.returncode == 2, done.stderr[-400:]
    lines = done.stderr.decode().splitlines()
    assert len(lines) == 1 and b"Traceback" not in done.stderr, lines
    assert f"{stream} is closed" in json.loads(lines[0])["message"]


def test_a_sweep_with_standard_output_closed_still_runs(cli: list[str], tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("CPR 070761-4285\n", encoding="utf-8")
    done = _run(cli, ["sweep", "a.txt", "--db", "idx.sqlite3", "--no-ner"], ">&-", tmp_path)
    assert done.returncode in (0, 1), done.stderr[-400:]
    assert b"sweep_finished" in done.stderr


# Standard error closed (`2>&-`) or full (`2>/dev/full`: a cron line's `2>> log` on a full disk) is only
# lost diagnostics: every verb keeps the exit code it has with standard error open, and `scan -o` still
# writes its output.
EXPECTED = [
    (["scan", "share", "missing.txt", "--no-ner", "--format", "jsonl", "-o", "out.jsonl"], 4),
    (["scan", "share", "--no-ner", "--format", "jsonl", "-o", "found.jsonl"], 1),
    (["scan", "/nonexistent/x"], 4),
    (["report", "minimisation", "--db", "idx.sqlite3", "--format", "json", "-o", "r.json"], 0),
    (["search", "--db", "idx.sqlite3", "--cpr", "070761-4285", "--format", "json", "-o", "s.json"], 1),
    (["sweep", "share", "--db", "idx2.sqlite3", "--no-ner"], 0),
]


def _swept_share(cli: list[str], tmp_path: Path) -> None:
    share = tmp_path / "share"
    share.mkdir()
    (share / "a.txt").write_text("Kunde CPR-nummer 070761-4285\n", encoding="utf-8")
    (share / "b.txt").write_text("Intet.\n", encoding="utf-8")
    swept = _run(cli, ["sweep", "share", "--db", "idx.sqlite3", "--no-ner"], "", tmp_path)
    assert swept.returncode == 0, swept.stderr[-400:]


def test_the_baseline_exit_codes_with_standard_error_open(cli: list[str], tmp_path: Path) -> None:
    # Once, not again for each way of closing it below: every command is a process start (seconds).
    _swept_share(cli, tmp_path)
    for args, code in EXPECTED:
        assert _run(cli, args, "", tmp_path).returncode == code, args


@pytest.mark.parametrize("closed", ["2>&-", "2>/dev/full"])
def test_standard_error_closed_or_full_keeps_exit_codes_and_output(cli: list[str], tmp_path: Path, closed: str) -> None:
    _swept_share(cli, tmp_path)
    for args, code in EXPECTED:
        done = _run(cli, args, closed, tmp_path)
        assert done.returncode == code, (args, done.stdout[-400:])
    records = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len([r for r in records if r["record"] == "item"]) == 3
    assert "070761-4285" not in (tmp_path / "out.jsonl").read_text(encoding="utf-8")
