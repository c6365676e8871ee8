"""The minimisation report of an index that holds no item yet (created by `request open`, `users add` or the
console before the first sweep): an empty report in every format, never an internal error."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from pii_scanner.cli.main import main
from pii_scanner.reports.minimisation import FORMATS, minimisation
from pii_scanner.store import open_store


@pytest.fixture
def empty_index(tmp_path: Path) -> str:
    db = str(tmp_path / "index.sqlite3")
    open_store(db).close()
    return db


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_renders_an_empty_index(empty_index: str, fmt: str) -> None:
    report, data = minimisation(empty_index, fmt=fmt)
    assert data
    assert report.summary["items_indexed"] == 0 and report.summary["removable_and_local"] == 0
    assert all(len(frame) == 0 for frame in report.sections.values())


def test_cli_report_of_an_empty_index_exits_0(empty_index: str, tmp_path: Path) -> None:
    out = tmp_path / "report.json"
    args = ["report", "minimisation", "--db", empty_index, "--format", "json", "-o", str(out)]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    sections = json.loads(out.read_text(encoding="utf-8"))["sections"]
    assert sections["removable_and_local"] == [] and sections["restored_after_erasure"] == []
