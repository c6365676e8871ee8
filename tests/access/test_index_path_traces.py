"""Hostile (trust7, item 1): the index search answered less than the live one for an item's places. A national
identifier the detector declines in a folder or file name (`Sag 070761-4285/`, `Case ...`, `Ärende ...`: a case
number there), a folder named by the bare number, and a person's full name in a folder or file name were seen by
`search --live` / `verify-erasure`, but `search` (the index) said "nothing held". Now the sweep keeps keyed path
traces (store/traces.py) and the index search compares them as the live paths do; an index swept before says
it is partial (`paths_not_traced`, exit 4) instead of "nothing held"."""

from __future__ import annotations

import datetime
import io
import json
import zipfile
from pathlib import Path

import pytest
import sqlalchemy as sa
from click.testing import CliRunner

from pii_scanner.access import Subject, search
from pii_scanner.cli.main import main
from pii_scanner.core.config import ScanConfig
from pii_scanner.store import open_store
from pii_scanner.store import schema as s
from pii_scanner.sweeps.engine import sweep
from tests.helpers.nordic_numbers import make_cpr, make_personnummer

CPR = make_cpr(datetime.date(1961, 7, 7), 4)
DASHED = f"{CPR[:6]}-{CPR[6:]}"
OTHER = make_cpr(datetime.date(1980, 2, 3), 2)
PNR = make_personnummer(datetime.date(1984, 3, 12))
CONFIG = ScanConfig(workers=1).with_(ner__enabled=False)


@pytest.fixture(autouse=True)
def _key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PII_SCANNER_KEY", "index-path-traces-test-key-0123456789")


def _share(tmp_path: Path) -> Path:
    share = tmp_path / "share"
    for folder, name in (
        (f"Sag {DASHED}", "notat.txt"),
        (f"Case {CPR[:6]} {CPR[6:]}", "brev.txt"),
        (CPR, "a.txt"),
        ("Søren Østergaard", "b.txt"),
        ("Diverse", "CV Søren Østergaard.txt"),
        ("Diverse", f"Sag {DASHED}.txt"),
        (f"Ärende {PNR[2:8]}-{PNR[8:]}", "c.txt"),
        (f"Sag {OTHER[:6]}-{OTHER[6:]}", "d.txt"),  # another person: matches nothing
        ("Søren Hansen", "e.txt"),  # half the name: not the subject
    ):
        (share / folder).mkdir(parents=True, exist_ok=True)
        (share / folder / name).write_text("Mødet er flyttet til tirsdag.\n", encoding="utf-8")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr(f"Arkiv/Sag {DASHED}/f.txt", "Tak for sidst.\n")
    (share / "arkiv.zip").write_bytes(buf.getvalue())
    return share


def _names(hits: list) -> list[str]:  # type: ignore[type-arg]
    return sorted(h.location.rsplit("/", 1)[-1] for h in hits)


def test_the_index_answers_for_places_as_the_live_search_does(tmp_path: Path) -> None:
    share = _share(tmp_path)
    db = f"sqlite:///{tmp_path / 'index.db'}"
    sweep([share], db=db, config=CONFIG)
    by_cpr = search(db, Subject.of(cpr=CPR))
    named = _names(by_cpr.hits)
    assert len(named) == 5 and named[1:] == ["a.txt", "brev.txt", "f.txt", "notat.txt"], named
    assert named[0].startswith("Sag%20") and named[0].endswith(".txt")  # the file named "Sag <number>.txt"
    assert all(h.decision == "answer" and h.matched == {"cpr"} for h in by_cpr.hits)
    assert by_cpr.paths_not_traced == 0
    assert _names(search(db, Subject.of(personnummer=PNR)).hits) == ["c.txt"]
    by_name = search(db, Subject.of(name="Søren Østergaard"))
    assert _names(by_name.hits) == ["CV%20S%C3%B8ren%20%C3%98stergaard.txt", "b.txt"], _names(by_name.hits)
    assert all("name:exact" in h.matched for h in by_name.hits)
    # Live and index agree (the live paths have always seen these).
    config = tmp_path / "sweep.toml"
    config.write_text(
        f'[store]\ndb = "{db}"\n[scan]\nworkers = 1\n[scan.ner]\nenabled = false\n'
        f'[[sources]]\nname = "share"\ntype = "paths"\npaths = ["{share}"]\n',
        encoding="utf-8",
    )
    live = search(db, Subject.of(cpr=CPR), live=True, config=config)
    assert {h.location for h in live.hits} == {h.location for h in by_cpr.hits}
    assert all(h.seen_in == {"index", "live"} for h in live.hits)
    engine = sa.create_engine(db)
    with engine.connect() as conn:
        dump = json.dumps(
            [
                [str(v) for v in r]
                for t in ("items", "findings", "path_traces")
                for r in conn.execute(sa.text(f"SELECT * FROM {t}"))
            ]
        )
    engine.dispose()
    assert DASHED not in dump and CPR not in dump and PNR[2:] not in dump  # locations keep names, as before


def test_an_index_swept_before_the_traces_says_its_answer_is_partial(tmp_path: Path) -> None:
    share = _share(tmp_path)
    path = tmp_path / "index.db"
    db = f"sqlite:///{path}"
    sweep([share], db=db, config=CONFIG)
    # As an index written before store migration 16: no table, no traces, runs without the mark.
    engine = sa.create_engine(db)
    with engine.begin() as conn:
        conn.execute(sa.text("DROP TABLE path_traces"))
        conn.execute(sa.text("DELETE FROM schema_migrations WHERE version = 16"))
        conn.execute(sa.text("UPDATE runs SET stats = json_remove(stats, '$.paths_traced')"))
    engine.dispose()
    store = open_store(db)  # migrates: the table is back, empty
    with store.engine.connect() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(s.path_traces)).scalar_one() == 0
    store.close()
    result = search(db, Subject.of(cpr=CPR))
    assert result.paths_not_traced == 11 and result.as_dict()["paths_not_traced"] == 11  # 9 files, a zip, its member
    run = CliRunner().invoke(main, ["search", "--db", db, "--cpr", CPR, "--format", "json"])
    assert run.exit_code == 4, run.output
    # A phone search is answered by traces too (store migration 18): said partial for them as well.
    assert search(db, Subject.of(phone="70102030")).paths_not_traced == 11
    # The migration cleared the items' change keys: the next sweep reads them again and traces them.
    sweep([share], db=db, config=CONFIG)
    result = search(db, Subject.of(cpr=CPR))
    assert result.paths_not_traced == 0 and len(result.hits) == 5
