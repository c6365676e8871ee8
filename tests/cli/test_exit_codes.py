"""Hostile tests of the exit-code table (README "Exit codes"): every way out of every verb."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from pii_scanner.cli import scan as scan_module
from pii_scanner.cli.common import exit_code_for
from pii_scanner.cli.main import main
from pii_scanner.core.errors import ConfigError, ExitCode, IndexCorrupt, SourceError, SweepLocked

CPR_TEXT = b"Kunde CPR 070761-4285 i sagen."


def run(cli: list[str], *args: str, timeout: float = 120) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([*cli, *args], capture_output=True, timeout=timeout)


def test_table_values_are_the_documented_ones() -> None:
    assert [int(c) for c in ExitCode] == [0, 1, 2, 3, 4, 5, 6, 70, 130]
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    for code in ExitCode:
        assert f"| {int(code)} |" in readme, f"exit code {int(code)} missing from the README table"


@pytest.mark.parametrize(
    ("exc", "code"),
    [
        (RuntimeError("boom"), 70),
        (KeyError("x"), 70),
        (UnicodeEncodeError("utf-8", "\udcff", 0, 1, "surrogates not allowed"), 70),
        (ConfigError("bad"), 2),
        (IndexCorrupt("bad"), 2),
        (SweepLocked("busy"), 3),
        (SourceError("down"), 4),
        (KeyboardInterrupt(), 130),
        (FileNotFoundError(2, "No such file or directory", "/x/out.jsonl"), 2),
        (OSError("no errno: a bug"), 70),
    ],
)
def test_mapping_never_turns_a_failure_into_findings(exc: BaseException, code: int) -> None:
    assert exit_code_for(exc) == code


def test_uncaught_exception_exits_70_not_1(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    def broken(*_a: object, **_k: object) -> None:
        raise RuntimeError("unexpected 070761-4285")

    monkeypatch.setattr(scan_module, "scan_paths", broken)
    (tmp_path / "a.txt").write_bytes(b"x")
    result = CliRunner().invoke(main, ["scan", str(tmp_path), "--no-ner"])
    assert result.exit_code == 70, result.output
    assert "internal_error" in result.output and "Traceback" not in result.output
    assert "4285" not in result.output  # the message is masked like every other log line


def test_keyboard_interrupt_exits_130(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    def interrupted(*_a: object, **_k: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(scan_module, "scan_paths", interrupted)
    (tmp_path / "a.txt").write_bytes(b"x")
    assert CliRunner().invoke(main, ["scan", str(tmp_path), "--no-ner"]).exit_code == 130


def test_unwritable_output_is_usage_error(cli: list[str], tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"nothing")
    proc = run(cli, "scan", str(tmp_path), "--no-ner", "-o", str(tmp_path / "no" / "such" / "out.jsonl"))
    assert proc.returncode == 2, proc.stderr
    assert b"No such file or directory" in proc.stderr and b"Traceback" not in proc.stderr


def test_unknown_option_is_usage_error(cli: list[str]) -> None:
    proc = run(cli, "scan", "--no-such-option")
    assert proc.returncode == 2 and b"Traceback" not in proc.stderr


def test_scan_missing_path_is_not_clean(cli: list[str]) -> None:
    proc = run(cli, "scan", "/nonexistent/pii-scanner-test", "--no-ner")
    assert proc.returncode == 4, proc.stderr
    (item,) = [json.loads(line) for line in proc.stdout.splitlines()]
    assert item["error"] and "No such file" in item["error"]


def test_scan_file_over_size_limit_says_not_read(cli: list[str], tmp_path: Path) -> None:
    (tmp_path / "big.txt").write_bytes(CPR_TEXT * 100)
    proc = run(cli, "scan", str(tmp_path), "--no-ner", "--max-file-size", "100")
    assert proc.returncode == 4, proc.stderr
    (item,) = [json.loads(line) for line in proc.stdout.splitlines()]
    assert item["error"]


def test_unread_item_outranks_findings(cli: list[str], tmp_path: Path) -> None:
    (tmp_path / "cpr.txt").write_bytes(CPR_TEXT)
    (tmp_path / "broken.zip").write_bytes(b"PK\x03\x04garbage")
    proc = run(cli, "scan", str(tmp_path), "--no-ner")
    assert proc.returncode == 4, proc.stderr
    records = [json.loads(line) for line in proc.stdout.splitlines()]
    assert any(r["record"] == "finding" for r in records)  # the findings are still all reported


def test_clean_and_found_unchanged(cli: list[str], tmp_path: Path) -> None:
    (tmp_path / "clean.txt").write_bytes(b"nothing here")
    assert run(cli, "scan", str(tmp_path), "--no-ner").returncode == 0
    (tmp_path / "cpr.txt").write_bytes(CPR_TEXT)
    assert run(cli, "scan", str(tmp_path), "--no-ner").returncode == 1
