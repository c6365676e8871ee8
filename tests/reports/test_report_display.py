"""The static HTML report reads as people read: decoded paths, a real triage line, tables that wrap."""

from __future__ import annotations

from pathlib import Path

from pii_scanner.core.config import ScanConfig
from pii_scanner.policy.triage import triage
from pii_scanner.reports.minimisation import minimisation
from pii_scanner.sweeps.engine import sweep
from tests.helpers.nordic_numbers import make_cpr


def test_html_report_locations_and_triage_line(tmp_path: Path) -> None:
    import datetime

    folder = tmp_path / "share" / "Bogføring" / "Løn 2015"
    folder.mkdir(parents=True)
    cpr = make_cpr(datetime.date(1961, 7, 7), 3)
    for n in range(2):
        (folder / f"lønliste {n}.txt").write_text(f"Medarbejder CPR: {cpr[:6]}-{cpr[6:]}\n", encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'index.sqlite3'}"
    sweep([tmp_path / "share"], db=db, config=ScanConfig(), origin="local")
    triage(str(folder / "lønliste 0.txt"), "false_positive", note="test", db=db)
    _report, data = minimisation(db, fmt="html", output=tmp_path / "r.html")
    html = data.decode("utf-8") if isinstance(data, bytes) else (tmp_path / "r.html").read_text(encoding="utf-8")
    assert "<built-in method" not in html
    assert "Hidden by triage: " in html and " and 1 items" in html
    assert "/Bogføring/Løn 2015/lønliste 1.txt" in html
    assert "Bogf%C3%B8ring" not in html and "file://" not in html
    assert cpr not in html and f"{cpr[:6]}-{cpr[6:]}" not in html
