"""The minimisation report of an index in which no item holds open personal data (a clean share, or every
finding triaged) is an empty report, exit 0, in every format. It was an internal error (exit 70, KeyError
'origin'): an empty object-typed mask made pandas select columns instead of rows."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest


def _report(cli: list[str], db: Path, out: Path, fmt: str) -> subprocess.CompletedProcess[bytes]:
    cmd = [*cli, "report", "minimisation", "--db", str(db), "--format", fmt, "-o", str(out)]
    return subprocess.run(cmd, capture_output=True, timeout=300)


@pytest.mark.parametrize("state", ["clean files only", "every finding triaged"])
def test_a_report_with_nothing_open_is_empty_not_an_internal_error(cli: list[str], tmp_path: Path, state: str) -> None:
    folder = tmp_path / "share"
    folder.mkdir()
    (folder / "referat.txt").write_text("Mødet flyttes til torsdag.\n", encoding="utf-8")
    if state == "every finding triaged":
        (folder / "liste.txt").write_text("CPR 070761-4285\n", encoding="utf-8")
    db = tmp_path / "i.sqlite"
    sweep = subprocess.run([*cli, "sweep", str(folder), "--db", str(db)], capture_output=True, timeout=300)
    assert sweep.returncode in (0, 1), sweep.stderr[-500:]
    if state == "every finding triaged":
        triage = [*cli, "triage", str(folder / "liste.txt"), "exception", "--note", "kept", "--db", str(db)]
        assert subprocess.run(triage, capture_output=True, timeout=300).returncode == 0
    for fmt in ("json", "csv", "html", "xlsx"):
        out = tmp_path / f"r.{fmt}"
        proc = _report(cli, db, out, fmt)
        assert proc.returncode == 0, (fmt, proc.stderr[-500:])
        assert out.stat().st_size > 0
    data = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert data["sections"]["removable_and_local"] == [] and data["sections"]["cpr_mail"] == []
