"""The index search said "nothing held" for a subject whose CPR, personnummer, phone or e-mail an item's text
writes only encoded (a link's query `cpr=070761%2D4285`, `soren%40example.dk`, a base64 document copy in a JSON
export), while `search --live` and `verify-erasure` list the item. The sweep keeps keyed traces of what the text
writes encoded; the index search compares them and lists the same items; an index swept before says its answer
is partial (`paths_not_traced`, exit 4) until the next sweep reads its items again."""

from __future__ import annotations

import base64
import datetime
import json
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
OTHER = make_cpr(datetime.date(1980, 2, 3), 2)
PNR = make_personnummer(datetime.date(1984, 3, 12))
MAIL = "soren.ostergaard@example.dk"
PHONE = "40506070"
CONFIG = ScanConfig(workers=1).with_(ner__enabled=False)


@pytest.fixture(autouse=True)
def _key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PII_SCANNER_KEY", "index-encoded-traces-test-key-012345")


def _b64(plain: str) -> str:
    return base64.b64encode(plain.encode("utf-8")).decode("ascii")


FILES = {
    "pct_cpr.txt": f"Link: https://crm.example.dk/kunde?cpr={CPR[:6]}%2D{CPR[6:]}&ref=7\n",
    "pct_twice.txt": f"Se https://x.dk/?next=%2Fk%3Fcpr%3D{CPR[:6]}%252D{CPR[6:]}\n",
    "pct_mail.txt": f"Skriv til {MAIL.replace('@', '%40')}\n",
    "pct_phone.txt": "tel=%2B45%2040%2050%2060%2070\n",
    "pct_pnr.txt": f"q={PNR[2:8]}%2D{PNR[8:]}\n",
    "b64_doc.txt": f'{{"doc": "{_b64(f"Kunde {CPR[:6]}-{CPR[6:]} stadig her")}"}}\n',
    "b64_bare.txt": f'{{"cpr": "{_b64(CPR)}"}}\n',
    "b64_mail.txt": f'{{"doc": "{_b64("mail " + MAIL.upper())}"}}\n',
    "other.txt": f"q={OTHER[:6]}%2D{OTHER[6:]} og {_b64('Kunde ' + OTHER)}\n",  # another person: nothing
}
SUBJECTS = {
    "cpr": (Subject.of(cpr=CPR), {"pct_cpr.txt", "pct_twice.txt", "b64_doc.txt", "b64_bare.txt"}),
    "mail": (Subject.of(email=MAIL), {"pct_mail.txt", "b64_mail.txt"}),
    "phone": (Subject.of(phone="+45 " + PHONE), {"pct_phone.txt"}),
    "pnr": (Subject.of(personnummer=PNR), {"pct_pnr.txt"}),
}


def _share(tmp_path: Path) -> Path:
    share = tmp_path / "share"
    share.mkdir()
    for name, text in FILES.items():
        (share / name).write_text(text, encoding="utf-8")
    return share


def _names(hits: list) -> set[str]:  # type: ignore[type-arg]
    return {h.location.rsplit("/", 1)[-1] for h in hits}


@pytest.mark.parametrize("who", sorted(SUBJECTS))
def test_the_index_lists_what_the_text_writes_encoded_as_the_live_search_does(tmp_path: Path, who: str) -> None:
    share = _share(tmp_path)
    db = f"sqlite:///{tmp_path / 'index.db'}"
    config = tmp_path / "sweep.toml"
    config.write_text(f'[scan.ner]\nenabled = false\n[[sources]]\ntype = "paths"\nname = "s"\npaths = ["{share}"]\n')
    sweep(config_path=config, db=db, config=CONFIG)
    subject, expected = SUBJECTS[who]
    result = search(db, subject)
    assert _names(result.hits) == expected and result.paths_not_traced == 0
    assert all(h.decision == "answer" for h in result.hits)
    live = search(db, subject, live=True, config=config)
    assert {h.location.rsplit("/", 1)[-1] for h in live.hits if "live" in h.seen_in} == expected


def test_no_plaintext_value_reaches_the_index(tmp_path: Path) -> None:
    share = _share(tmp_path)
    path = tmp_path / "index.db"
    sweep([share], db=f"sqlite:///{path}", config=CONFIG)
    raw = path.read_bytes()
    for value in (CPR, f"{CPR[:6]}-{CPR[6:]}", PNR, MAIL.encode().decode(), PHONE, _b64(CPR)):
        assert value.encode() not in raw, value


def test_an_index_swept_before_the_encoded_traces_says_its_answer_is_partial(tmp_path: Path) -> None:
    share = _share(tmp_path)
    db = f"sqlite:///{tmp_path / 'index.db'}"
    sweep([share], db=db, config=CONFIG)
    # As an index written before store migration 20: runs marked with the path traces of migration 18 only,
    # no encoded traces.
    engine = sa.create_engine(db)
    with engine.begin() as conn:
        conn.execute(sa.text("DELETE FROM schema_migrations WHERE version = 20"))
        conn.execute(sa.text("UPDATE runs SET stats = json_set(stats, '$.paths_traced', 2)"))
        conn.execute(sa.text("DELETE FROM path_traces"))
    engine.dispose()
    open_store(db).close()  # migrates
    result = search(db, Subject.of(cpr=CPR))
    assert result.hits == [] and result.paths_not_traced == len(FILES)
    run = CliRunner().invoke(main, ["search", "--db", db, "--cpr", CPR, "--format", "json"])
    assert run.exit_code == 4 and json.loads(run.stdout)["paths_not_traced"] == len(FILES), run.output
    # A name alone is not looked for in encoded text, by the live paths either: not partial for it.
    assert search(db, Subject.of(name="Søren Østergaard")).paths_not_traced == 0
    # The migration cleared the change keys: the next sweep reads the items again and traces them.
    sweep([share], db=db, config=CONFIG)
    result = search(db, Subject.of(cpr=CPR))
    assert result.paths_not_traced == 0 and _names(result.hits) == SUBJECTS["cpr"][1]
    with open_store(db).engine.connect() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(s.path_traces)).scalar_one() > 0
