"""Hostile (dutyred A2 follow-up): a folder named by the subject's identifier (`Klient 070761-4285 Søren
Østergaard/notat.txt`, on the share or inside an archive) was a trace for the live paths (search --live,
verify-erasure) but not for the INDEX search: the sweep recorded nothing for a folder name, so `search` said
"nothing held" where `search --live` listed the file. Now the sweep reads national identifiers in the folders
an item lies in (as in its file name) and records them as findings of the name (keyed, masked), so index and
live answers agree; another person's folder matches nothing; no plaintext number in the index."""

from __future__ import annotations

import datetime
import io
import json
import zipfile
from pathlib import Path

import pytest
import sqlalchemy as sa

from pii_scanner.access import Subject, search
from pii_scanner.core.config import ScanConfig
from pii_scanner.sweeps.engine import sweep
from tests.helpers.nordic_numbers import make_cpr

CPR = make_cpr(datetime.date(1961, 7, 7), 4)
DASHED = f"{CPR[:6]}-{CPR[6:]}"
OTHER = make_cpr(datetime.date(1980, 2, 3), 2)
CONFIG = ScanConfig(workers=1).with_(ner__enabled=False)


@pytest.fixture(autouse=True)
def _key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PII_SCANNER_KEY", "index-folder-names-test-key-0123456789")


def test_a_folder_named_by_the_subjects_number_is_found_by_the_index_search(tmp_path: Path) -> None:
    share = tmp_path / "share"
    case = share / f"Klient {DASHED} Søren Østergaard"
    case.mkdir(parents=True)
    (case / "notat.txt").write_text("Mødet er flyttet til tirsdag.\n", encoding="utf-8")
    other = share / f"Klient {OTHER[:6]}-{OTHER[6:]}"
    other.mkdir()
    (other / "notat.txt").write_text("Intet.\n", encoding="utf-8")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr(f"Arkiv/CPR {DASHED}/brev.txt", "Tak for sidst.\n")
    (share / "arkiv.zip").write_bytes(buf.getvalue())
    db = f"sqlite:///{tmp_path / 'index.db'}"
    sweep([share], db=db, config=CONFIG)
    hits = search(db, Subject.of(cpr=CPR)).hits
    where = sorted(h.location.rsplit("/", 1)[-1] for h in hits)
    assert where == ["brev.txt", "notat.txt"], [h.location for h in hits]
    assert all("arkiv.zip" in h.location or "Klient" in h.location for h in hits)
    engine = sa.create_engine(db)
    with engine.connect() as conn:
        dump = json.dumps(
            [[str(v) for v in r] for t in ("items", "findings") for r in conn.execute(sa.text(f"SELECT * FROM {t}"))]
        )
    engine.dispose()
    assert DASHED not in dump and CPR not in dump
