"""Hostile: the minimisation report said nothing of what the index could not read. A USB key holding an
encrypted archive and a damaged PDF read as "0 items with personal data", every section empty. Items that
could not be read (encrypted, an error on their record) now have a section and a count of their own."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pii_scanner.core.config import ScanConfig
from pii_scanner.reports.minimisation import minimisation
from pii_scanner.sweeps.engine import sweep
from tests.extract.extract_makers import make_encrypted_zip

DAMAGED_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/Contents 9 0 R>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF"
)


@pytest.fixture(autouse=True)
def _key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PII_SCANNER_KEY", "minimisation-not-read-key-0123456789ab")


def test_items_that_could_not_be_read_are_in_every_format(tmp_path: Path) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    make_encrypted_zip(usb / "loen.zip")
    (usb / "kontrakt.pdf").write_bytes(DAMAGED_PDF)
    (usb / "note.txt").write_text("Intet her.\n", encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'index.db'}"
    sweep([usb], db=db, config=ScanConfig(), origin="removable")
    _report, data = minimisation(db, fmt="json")
    doc = json.loads(data)
    assert doc["summary"]["not_read"] == 2
    rows = {Path(r["location"].split("!")[0]).name: r for r in doc["sections"]["not_read"]}
    assert set(rows) == {"loen.zip", "kontrakt.pdf"}
    assert rows["loen.zip"]["why"].startswith("encrypted") and rows["loen.zip"]["where"] == "removable media"
    assert "PDF" in rows["kontrakt.pdf"]["why"]
    html = minimisation(db, fmt="html")[1].decode("utf-8")
    assert "could not be read" in html and "kontrakt.pdf" in html
    assert b"not_read" in minimisation(db, fmt="csv")[1]
    assert len(minimisation(db, fmt="xlsx")[1]) > 0


def test_a_source_whose_last_sweep_failed_is_named(tmp_path: Path) -> None:
    """A share not mounted at the last sweep: the report showed its old items as current, without a word."""
    share = tmp_path / "share"
    share.mkdir()
    (share / "a.txt").write_text("CPR 070761-4285\n", encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'index.db'}"
    config = tmp_path / "sweep.toml"
    config.write_text(f'[[sources]]\nname = "drev"\ntype = "paths"\npaths = ["{share}"]\n', encoding="utf-8")
    sweep(config_path=config, db=db, notify=False)
    assert json.loads(minimisation(db, fmt="json")[1])["summary"]["sources_not_swept"] == 0
    share.rename(tmp_path / "unmounted")
    sweep(config_path=config, db=db, notify=False)
    doc = json.loads(minimisation(db, fmt="json")[1])
    assert doc["summary"]["sources_not_swept"] == 1
    (row,) = doc["sections"]["sources_not_swept"]
    assert row["source"] == "drev" and row["last_status"] == "partial" and row["last_complete_sweep"] != "never"
    assert "did not complete" in minimisation(db, fmt="html")[1].decode("utf-8")
