"""Names chosen by an attacker never become live formulas or links in CSV/XLSX outputs."""

from __future__ import annotations

import csv
import io
import json
import mailbox
import subprocess
import zipfile
from email.message import EmailMessage
from pathlib import Path

import pytest

from pii_scanner.reports.cells import FORMULA_START
from tests.helpers.cli_inprocess import run_cli

CPR = "070761-4285"
HOSTILE = [
    '=HYPERLINK("https:evil.example","klik")',
    "+SUM(1+1)",
    "-2+3",
    "@cmd",
    "\tTAB=1+1",
    "\rCR=1",
    " =1+2",
    "=cmd|' -C calc'!A0",
    "\uff1d1+1",
]


def _mail() -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = "Jens Hansen <jens@firma.dk>"
    msg["To"] = "kim@gmail.com"
    msg["Subject"] = "Løn"
    msg["Date"] = "Mon, 01 Jan 2024 10:00:00 +0100"
    msg.set_content(f"CPR {CPR}")
    return msg


@pytest.fixture(scope="module")
def swept(tmp_path_factory: pytest.TempPathFactory, cli: list[str]) -> Path:
    base = tmp_path_factory.mktemp("formula")
    root = base / "data"
    root.mkdir()
    for i, name in enumerate(HOSTILE):
        (root / f"{name}.txt").write_text(f"Kunde {i}: CPR {CPR}\n", encoding="utf-8")
        folder = root / f"d {name}"
        folder.mkdir(exist_ok=True)
        (folder / f"doc{i}.txt").write_text(f"CPR {CPR}\n", encoding="utf-8")
    box = mailbox.mbox(str(root / f"{HOSTILE[0]}.mbox"))
    box.add(_mail())
    box.flush()
    box.close()
    cfg = base / "sweep.toml"
    cfg.write_text(
        f'[scan]\nworkers = 1\n[scan.ner]\nenabled = false\n[store]\ndb = "{base / "i.db"}"\n'
        f'[[sources]]\ntype = "paths"\nname = "=EVIL()"\npaths = ["{root}"]\norigin = "local"\n'
    )
    # A real process for the sweep (shared by every test); the reads below run in process.
    run = subprocess.run([*cli, "sweep", "--config", str(cfg)], capture_output=True, timeout=600)
    assert run.returncode == 1, run.stderr
    return base


def _dangerous(value: object) -> bool:
    return isinstance(value, str) and value.lstrip(" ").startswith(FORMULA_START)


def _csv_cells(data: bytes) -> list[str]:
    return [cell for row in csv.reader(io.StringIO(data.decode("utf-8"), newline="")) for cell in row]


def _assert_csv_safe(data: bytes) -> None:
    cells = _csv_cells(data)
    assert [c for c in cells if _dangerous(c)] == []
    assert any("HYPERLINK" in c for c in cells), "the hostile names must still be listed"


def test_report_csv_and_xlsx(swept: Path) -> None:
    db = str(swept / "i.db")
    run = run_cli("report", "minimisation", "--db", db, "--format", "csv")
    assert run.returncode in (0, 1), run.stderr
    _assert_csv_safe(run.stdout)

    out = swept / "r.xlsx"
    run = run_cli("report", "minimisation", "--db", db, "--format", "xlsx", "-o", str(out))
    assert run.returncode in (0, 1), run.stderr
    with zipfile.ZipFile(out) as zf:
        sheets = [n for n in zf.namelist() if n.startswith("xl/worksheets/sheet")]
        xml = "".join(zf.read(n).decode("utf-8") for n in sheets)
        assert "<f>" not in xml and "<hyperlink" not in xml
        assert not any("hyperlink" in zf.read(n).decode() for n in zf.namelist() if n.endswith(".rels"))
    import openpyxl

    wb = openpyxl.load_workbook(out)
    values = [c.value for ws in wb.worksheets for row in ws.iter_rows() for c in row]
    assert [v for v in values if _dangerous(v)] == []
    assert any(isinstance(v, str) and "HYPERLINK" in v for v in values)


def test_search_csv(swept: Path) -> None:
    run = run_cli("search", "--cpr", CPR, "--db", str(swept / "i.db"), "--format", "csv")
    assert run.returncode in (0, 1), run.stderr
    _assert_csv_safe(run.stdout)


def test_scan_csv_with_relative_names(swept: Path) -> None:
    root = swept / "data"
    names = sorted(p.name for p in root.iterdir())
    run = run_cli("scan", "--no-ner", "--workers", "1", "--format", "csv", "--", *names, cwd=root)
    assert run.returncode == 1, run.stderr
    _assert_csv_safe(run.stdout)


def test_table_output_has_no_control_characters(swept: Path) -> None:
    root = swept / "data"
    names = sorted(p.name for p in root.iterdir())
    run = run_cli("scan", "--no-ner", "--workers", "1", "--format", "table", "--", *names, cwd=root)
    assert run.returncode == 1, run.stderr
    for line in run.stdout.decode("utf-8").splitlines():
        assert "\r" not in line and line.count("\t") in (1, 3), repr(line)


def test_scan_jsonl_stays_exact(swept: Path) -> None:
    """JSON is not a spreadsheet: names stay exactly as they are there (apart from masking)."""
    run = run_cli("scan", HOSTILE[0] + ".txt", "--no-ner", "--workers", "1", cwd=swept / "data")
    first = json.loads(run.stdout.splitlines()[0])
    assert first["path"] == HOSTILE[0] + ".txt"
