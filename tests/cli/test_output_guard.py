"""An output file that is one of the scanned paths, or the index, is refused before anything is written:
the file the user asked about must still hold its data and the index must still open afterwards."""

from __future__ import annotations

import os
import sqlite3
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from pii_scanner.cli.main import main
from pii_scanner.cli.output_guard import refuse_overwriting

CPR_LINE = "Kunde CPR-nummer 120385-1002\n"


def _cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """The command run in this process from ``cwd``: what it refuses and keeps is the test, not a process
    start (a new Python per run was most of this file's time)."""
    here = Path.cwd()
    os.chdir(cwd)
    try:
        result = CliRunner(env={"PII_SCANNER_KEY": "k" * 32}).invoke(main, list(args))
    finally:
        os.chdir(here)
    stderr = result.stderr
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        stderr += f"Traceback (in this process): {result.exception!r}"  # what a process would have printed
    return subprocess.CompletedProcess(list(args), result.exit_code, result.stdout, stderr)


@pytest.mark.parametrize("show_values", [False, True])
def test_scan_refuses_an_output_that_is_one_of_its_inputs(tmp_path: Path, show_values: bool) -> None:
    data = tmp_path / "kunde.txt"
    data.write_text(CPR_LINE, encoding="utf-8")
    other = tmp_path / "andet.txt"
    other.write_text("intet\n", encoding="utf-8")
    flags = ["--show-values"] if show_values else []
    # named directly, through another spelling of the path, and through a hard link
    link = tmp_path / "link.txt"
    os.link(data, link)
    for out in ("kunde.txt", "./kunde.txt", str(data), "link.txt"):
        run = _cli("scan", "andet.txt", "kunde.txt", "-o", out, *flags, cwd=tmp_path)
        assert run.returncode == 2, (out, run.returncode, run.stderr)
        assert "one of the paths to scan" in run.stderr
        assert "Traceback" not in run.stderr
        assert data.read_text(encoding="utf-8") == CPR_LINE
    # the same scan with a fresh output file works and finds the CPR
    run = _cli("scan", "kunde.txt", "-o", "result.jsonl", *flags, cwd=tmp_path)
    assert run.returncode == 1, run.stderr
    assert '"DK_CPR"' in (tmp_path / "result.jsonl").read_text(encoding="utf-8")


def _index(tmp_path: Path) -> Path:
    share = tmp_path / "share"
    share.mkdir()
    (share / "kunde.txt").write_text(CPR_LINE, encoding="utf-8")
    db = tmp_path / "idx.sqlite3"
    run = _cli("sweep", str(share), "--db", str(db), cwd=tmp_path)
    assert run.returncode in (0, 1), run.stderr  # 1 only for a new policy violation
    return db


def _counts(db: Path) -> tuple[int, int]:
    with sqlite3.connect(db) as conn:
        items = conn.execute("select count(*) from items").fetchone()[0]
        audit = conn.execute("select count(*) from sqlite_master").fetchone()[0]
    return int(items), int(audit)


def test_reports_and_searches_never_replace_the_index(tmp_path: Path) -> None:
    db = _index(tmp_path)
    before = _counts(db)
    header = db.read_bytes()[:16]
    for args in (
        ["report", "minimisation", "--db", str(db), "--format", "json", "-o", str(db)],
        ["report", "minimisation", "--db", str(db), "--format", "csv", "-o", "idx.sqlite3"],
        ["search", "--db", str(db), "--cpr", "120385-1002", "-o", str(db)],
    ):
        run = _cli(*args, cwd=tmp_path)
        assert run.returncode == 2, (args, run.returncode, run.stderr)
        assert "SQLite database" in run.stderr and "Traceback" not in run.stderr
        assert db.read_bytes()[:16] == header
    assert _counts(db) == before
    # the index still answers: search finds the item
    run = _cli("search", "--db", str(db), "--cpr", "120385-1002", "-o", "svar.json", cwd=tmp_path)
    assert run.returncode == 1, run.stderr


def test_the_guard_itself(tmp_path: Path) -> None:
    db = tmp_path / "x.sqlite3"
    sqlite3.connect(db).execute("create table t(a)").connection.close()
    for journal in ("-wal", "-journal"):
        with pytest.raises(Exception, match="SQLite database"):
            refuse_overwriting(f"{db}{journal}")
    with pytest.raises(Exception, match="SQLite database"):
        refuse_overwriting(str(db))
    plain = tmp_path / "plain.txt"
    plain.write_text("x", encoding="utf-8")
    refuse_overwriting(str(plain))  # an ordinary existing file is replaced as before
    refuse_overwriting(str(tmp_path / "new.json"), [str(plain)])
    refuse_overwriting("-", [str(plain)])
    refuse_overwriting(None)
    # the message names the file masked, never with a plaintext identifier
    named = tmp_path / "120385-1002.txt"
    named.write_text("x", encoding="utf-8")
    with pytest.raises(Exception) as info:
        refuse_overwriting(str(named), [str(named)])
    assert "1002" not in str(info.value)
