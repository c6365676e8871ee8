"""The console's access-request download leaves nothing behind: the pack is built in memory and the
DPO's list of doubtful items (written next to a pack on disk) is not written at all."""

from __future__ import annotations

import datetime
import io
import tempfile
import zipfile
from pathlib import Path

import pytest

from pii_scanner.core.config import ScanConfig
from pii_scanner.store import open_store
from pii_scanner.sweeps.engine import sweep
from pii_scanner.web.users import users_add
from tests.helpers.nordic_numbers import make_cpr
from tests.web.conftest import PASSWORD, Console, csrf_of, make_client, sign_in

SUBJECT = make_cpr(datetime.date(1961, 7, 7), 42)


def test_console_export_leaves_no_file_in_the_temp_directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = tmp_path / "share"
    root.mkdir()
    (root / "a.txt").write_text(f"Søren Østergaard, CPR {SUBJECT[:6]}-{SUBJECT[6:]}\n", encoding="utf-8")
    # initial + surname next to another Østergaard: a doubtful item, listed for the DPO beside the pack
    (root / "g.txt").write_text("Med venlig hilsen\nS. Østergaard\n\nPeter Østergaard\n", encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'index.sqlite3'}"
    sweep([root], db=db, config=ScanConfig(workers=1), origin="share")
    users_add(db, "dpo", role="dpo", password=PASSWORD, display_name="Dpo", owner_names=["nobody-dpo"])
    config = tmp_path / "sweep.toml"
    config.write_text(
        f'[store]\ndb = "{db}"\n\n[[sources]]\ntype = "paths"\nname = "share"\npaths = ["{root}"]\norigin = "share"\n',
        encoding="utf-8",
    )
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    store = open_store(db)
    try:
        client = sign_in(make_client(Console(db, root, store), config_path=str(config)), "dpo")
        page = client.get("/requests")
        opened = client.post(
            "/requests/open",
            data={"csrf": csrf_of(page.text), "cpr": SUBJECT, "name": "Søren Østergaard", "reference": "R-1"},
        )
        case_url = opened.headers["location"]
        export = client.post(case_url + "/export", data={"csrf": csrf_of(client.get(case_url).text)})
        assert export.status_code == 200
        assert export.headers["cache-control"] == "no-store"  # the subject's plaintext: never kept by a cache
        with zipfile.ZipFile(io.BytesIO(export.content)) as zf:
            names = zf.namelist()
            assert "data.json" in names and not any("to-review" in n for n in names)
        reviewed = [r for r in store.rows("audit") if r["action"] == "access_request_exported"]
        assert reviewed and reviewed[-1]["detail"].get("to_review", 0) >= 1  # a doubtful item was listed
    finally:
        store.close()
    assert list(temp.iterdir()) == []
