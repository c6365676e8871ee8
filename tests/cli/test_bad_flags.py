"""A wrong flag is ONE line on stderr and exit 2 (README "Exit codes"), like a wrong configuration file:
click's own four-line usage block is folded into one masked error line, and values the config file
refuses (an unknown entity, a score outside 0..1, a limit that is not a finite number) are refused on the
command line too, instead of scanning for nothing, or with no bomb limit, and calling the files clean."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from pii_scanner.cli.main import main


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "a.txt").write_text("Jens Hansen, CPR 070761-4285\n", encoding="utf-8")
    return tmp_path


def _one_error(result: object, words: str) -> dict[str, object]:
    exit_code, stderr = result.exit_code, result.stderr  # type: ignore[attr-defined]
    assert exit_code == 2, stderr
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    record = json.loads(lines[0])
    assert record["event"] == "error" and record["kind"] == "UsageError" and record["exit_code"] == 2, record
    assert words in str(record["message"]), record
    return record


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--entities", "FOO"], 'unknown entity "FOO"'),
        (["--entities", "DK_CPRR"], "did you mean DK_CPR?"),
        (["--entities", ","], "at least one entity type"),
        (["--min-score", "7"], "0<=x<=1"),
        (["--min-score", "-0.1"], "0<=x<=1"),
        (["--min-score", "nan"], "not a finite number"),
        (["--max-ratio", "nan"], "not a finite number"),
        (["--time-budget", "inf"], "not a finite number"),
        (["--format", "xml"], "'xml' is not one of"),
        (["--bogus"], "No such option '--bogus'"),
    ],
)
def test_bad_scan_flag_is_one_line_and_exit_2(folder: Path, args: list[str], words: str) -> None:
    result = CliRunner().invoke(main, ["scan", "--no-ner", *args, str(folder)], prog_name="pii-scanner")
    record = _one_error(result, words)
    assert "pii-scanner scan --help" in str(record["message"])
    assert result.stdout == ""  # nothing was scanned


def test_known_entities_in_any_case_still_scan(folder: Path) -> None:
    result = CliRunner().invoke(main, ["scan", "--no-ner", "--entities", "dk_cpr", "--format", "jsonl", str(folder)])
    assert result.exit_code == 1, result.stderr
    assert [json.loads(line)["entity_type"] for line in result.stdout.splitlines() if '"finding"' in line] == ["DK_CPR"]


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["nosuch"], "No such command 'nosuch'"),
        (["triage"], "Missing argument 'LOCATION'"),
        (["sweep", "--config", "."], "is a directory"),
        (["serve", "--port", "0"], "1<=x<=65535"),
        (["request", "open", "--cpr", "070761-4285", "--received", "2024-13-01"], "YYYY-MM-DD"),
    ],
)
def test_usage_errors_of_every_verb_are_one_line(args: list[str], words: str) -> None:
    _one_error(CliRunner().invoke(main, args), words)


def test_a_real_process_prints_one_masked_line(cli: list[str]) -> None:
    run = subprocess.run([*cli, "scan", "--max-file-size", "070761-4285", "x"], capture_output=True, text=True)
    assert run.returncode == 2 and len(run.stderr.strip().splitlines()) == 1, run.stderr
    assert "070761-4285" not in run.stderr and "070761-XXXX" in run.stderr and "Traceback" not in run.stderr


def test_a_group_without_its_verb_still_shows_its_help() -> None:
    result = CliRunner().invoke(main, ["request"], prog_name="pii-scanner")
    assert result.exit_code == 2 and "Usage: pii-scanner request" in result.stderr and "open" in result.stderr
