"""Hostile (left19a, item 2): a phone number written in a file or folder name (`Kontakt 70 10 20 30/`, `ring
+45 70102030.txt`, `Tlf 070-123 45 67/`) was found by `search --live`, but the index search said "nothing held":
path traces (store/traces.py) kept 10- and 12-digit runs, e-mails and name words, never a phone's forms. Now the
sweep traces every phone form the live paths compare (5-14 digits, a `+`/`00` form), so the index answers as
the live search does; an index traced before phones says its phone answer is partial (`paths_not_traced`)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import sqlalchemy as sa
from click.testing import CliRunner

from pii_scanner.access import Subject, search
from pii_scanner.cli.main import main
from pii_scanner.core.config import ScanConfig
from pii_scanner.sweeps.engine import sweep

CONFIG = ScanConfig(workers=1).with_(ner__enabled=False)
DK = "70102030"
SE = "070-123 45 67"


@pytest.fixture(autouse=True)
def _key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PII_SCANNER_KEY", "index-phone-traces-test-key-0123456789")


def _share(tmp_path: Path) -> Path:
    share = tmp_path / "share"
    for folder, name in (
        ("Kontakt 70 10 20 30", "a.txt"),
        ("Diverse", "ring +45 70102030.txt"),
        ("Diverse", "ring 0045-7010-2030.txt"),
        ("Tlf 070-123 45 67", "b.txt"),
        ("Diverse", "tlf +46 70 123 45 67.txt"),
        ("Diverse", "c 70102031.txt"),  # another number
        ("2024-11-05 Møde", "d.txt"),
    ):
        (share / folder).mkdir(parents=True, exist_ok=True)
        (share / folder / name).write_text("Mødet er flyttet til tirsdag.\n", encoding="utf-8")
    return share


def _config(tmp_path: Path, db: str, share: Path) -> Path:
    config = tmp_path / "sweep.toml"
    config.write_text(
        f'[store]\ndb = "{db}"\n[scan]\nworkers = 1\n[scan.ner]\nenabled = false\n'
        f'[[sources]]\nname = "share"\ntype = "paths"\npaths = ["{share}"]\n',
        encoding="utf-8",
    )
    return config


def test_the_index_finds_a_phone_in_file_and_folder_names_as_the_live_search_does(tmp_path: Path) -> None:
    share = _share(tmp_path)
    db = f"sqlite:///{tmp_path / 'index.db'}"
    sweep([share], db=db, config=CONFIG)
    config = _config(tmp_path, db, share)
    for phone, expected in ((DK, 3), (SE, 2), ("+4570102030", 3)):
        index = search(db, Subject.of(phone=phone))
        live = search(db, Subject.of(phone=phone), live=True, config=config)
        assert len(live.hits) == expected, (phone, [h.location for h in live.hits])
        assert {h.location for h in index.hits} == {h.location for h in live.hits}, phone
        assert all(h.matched == {"phone"} for h in index.hits) and index.paths_not_traced == 0
    engine = sa.create_engine(db)
    with engine.connect() as conn:
        dump = json.dumps([[str(v) for v in r] for r in conn.execute(sa.text("SELECT * FROM path_traces"))])
    engine.dispose()
    assert DK not in dump and "0701234567" not in dump


def test_an_index_traced_before_phones_says_a_phone_answer_is_partial(tmp_path: Path) -> None:
    share = _share(tmp_path)
    db = f"sqlite:///{tmp_path / 'index.db'}"
    sweep([share], db=db, config=CONFIG)
    engine = sa.create_engine(db)
    with engine.begin() as conn:  # as a run of store migration 16: paths traced, phones not
        conn.execute(sa.text("UPDATE runs SET stats = json_set(stats, '$.paths_traced', 1)"))
    engine.dispose()
    result = search(db, Subject.of(phone=DK))
    assert result.paths_not_traced == 7
    run = CliRunner().invoke(main, ["search", "--db", db, "--phone", DK, "--format", "json"])
    assert run.exit_code == 4, run.output
    # An address search: its path traces were kept, but not the traces of what the text writes encoded (store
    # migration 20), so it is partial too; a name search is not.
    assert search(db, Subject.of(email="x@firma.dk")).paths_not_traced == 7
    assert search(db, Subject.of(name="Jens Hansen")).paths_not_traced == 0
