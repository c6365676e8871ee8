"""Hostile: a folder or owner name anyone may choose is a chart label in the minimisation report. Matplotlib
read '$...$' in it as mathtext: a folder named 'a$\\nosuch{$b' stopped the whole report (a parse error:
`report minimisation` exit 70, the console's /report a server error). Labels are now plain text."""

from __future__ import annotations

from pathlib import Path

import pytest

from pii_scanner.core.config import ScanConfig
from pii_scanner.reports.minimisation import minimisation
from pii_scanner.sweeps.engine import sweep
from tests.store.planted import CPRS


@pytest.fixture(autouse=True)
def _key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PII_SCANNER_KEY", "minimisation-hostile-labels-0123456789")


@pytest.mark.parametrize("name", ["a$\\nosuch{$b", "price $5 and $x^2$", "$$", "a\\$b$"])
def test_a_folder_name_with_dollar_signs_is_a_plain_label(tmp_path: Path, name: str) -> None:
    folder = tmp_path / "share" / name
    folder.mkdir(parents=True)
    (folder / "liste.txt").write_text(f"CPR-nr.: {CPRS[0][:6]}-{CPRS[0][6:]}\n", encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'index.sqlite3'}"
    sweep([tmp_path / "share"], db=db, config=ScanConfig(), origin="share")
    _report, html = minimisation(db, fmt="html")
    assert b"<svg" in html  # the charts were drawn
