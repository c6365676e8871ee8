"""A file or folder name that writes the subject's CPR or address only encoded (a literal `%2D` or `%40` in the
name, as a download saved from a link keeps it; a base64 copy) was listed by `search --live` (its matcher reads
the places decoded) but not by the index search: the path traces read the name as written. They read it decoded
too, so both answer alike; keyed traces only."""

from __future__ import annotations

import base64
import datetime
from pathlib import Path

import pytest

from pii_scanner.access import Subject, search
from pii_scanner.core.config import ScanConfig
from pii_scanner.sweeps.engine import sweep
from tests.helpers.nordic_numbers import make_cpr

CPR = make_cpr(datetime.date(1961, 7, 7), 4)
OTHER = make_cpr(datetime.date(1980, 2, 3), 2)
MAIL = "soren.ostergaard@example.dk"
CONFIG = ScanConfig(workers=1).with_(ner__enabled=False)


@pytest.fixture(autouse=True)
def _key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PII_SCANNER_KEY", "index-encoded-names-test-key-0123456")


def test_names_written_encoded_are_listed_as_the_live_search_lists_them(tmp_path: Path) -> None:
    share = tmp_path / "share"
    (share / f"Sag {CPR[:6]}%2D{CPR[6:]}").mkdir(parents=True)
    (share / f"Sag {CPR[:6]}%2D{CPR[6:]}" / "notat.txt").write_text("Tak for sidst.\n", encoding="utf-8")
    (share / f"til {MAIL.replace('@', '%40')}").mkdir()
    (share / f"til {MAIL.replace('@', '%40')}" / "brev.txt").write_text("Tak for sidst.\n", encoding="utf-8")
    (share / f"{base64.urlsafe_b64encode(CPR.encode()).decode()}.txt").write_text("Hej.\n", encoding="utf-8")
    (share / f"Sag {OTHER[:6]}%2D{OTHER[6:]}.txt").write_text("Tak for sidst.\n", encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'index.db'}"
    config = tmp_path / "sweep.toml"
    config.write_text(f'[[sources]]\ntype = "paths"\nname = "s"\npaths = ["{share}"]\n', encoding="utf-8")
    sweep(config_path=config, db=db, config=CONFIG)
    for subject in (Subject.of(cpr=CPR), Subject.of(email=MAIL)):
        index = {h.location for h in search(db, subject).hits}
        live = {h.location for h in search(db, subject, live=True, config=config).hits if "live" in h.seen_in}
        assert index == live and index, (index, live)
    assert search(db, Subject.of(cpr=OTHER)).hits and not any(
        "notat" in h.location for h in search(db, Subject.of(cpr=OTHER)).hits
    )
