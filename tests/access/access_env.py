"""Access-request fixtures: a small corpus with the subject and distractors, swept into an index
on SQLite and (when installed) a throwaway PostgreSQL server.
"""

from __future__ import annotations

import datetime
import uuid
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from pii_scanner.core.config import ScanConfig
from pii_scanner.sweeps.engine import sweep
from tests.helpers.nordic_numbers import make_cpr, make_personnummer
from tests.servers.postgres import fresh_database, postgres_url

__all__ = ["postgres_url"]

CFG = ScanConfig(workers=1)  # in-process: no pool start-up per sweep/search
SUBJECT_CPR = make_cpr(datetime.date(1961, 7, 7), 42)  # 10 digits
OTHER_CPR = make_cpr(datetime.date(1990, 1, 1), 12)
THIRD_CPR = make_cpr(datetime.date(1975, 5, 17), 21)
SUBJECT_PNR = make_personnummer(datetime.date(1984, 3, 12), 245)


def dash(cpr: str) -> str:
    return f"{cpr[:6]}-{cpr[6:]}"


def space(cpr: str) -> str:
    return f"{cpr[:6]} {cpr[6:]}"


# file name -> text; the comment says whether it concerns the subject and how
FILES = {
    "a_dash.txt": f"Ansøgning fra Søren Østergaard, CPR-nr. {dash(SUBJECT_CPR)}, modtaget i dag.\n",  # cpr + name
    "b_plain.txt": f"Lønseddel\nCPR: {SUBJECT_CPR}\nKopi: medarbejder CPR {dash(OTHER_CPR)}\n",  # cpr
    "c_space.txt": f"Journal, cpr.nr. {space(SUBJECT_CPR)} er noteret.\n",  # cpr
    "d_other.txt": f"Til: Jens Hansen\nCPR-nr. {dash(OTHER_CPR)} og CPR-nr. {dash(THIRD_CPR)}.\n",  # nobody
    "e_oe.txt": "Notat: Soeren Oestergaard ringede om sin sag.\n",  # name, other spelling
    "f_comma.txt": "Til: Østergaard, Søren\nVedr.: opsigelse\n",  # name, surname first
    "g_initial.txt": "Med venlig hilsen\nS. Østergaard\n",  # initial + surname: partial
    "h_other.txt": "Med venlig hilsen\nPeter Østergaard\n",  # another Østergaard: not the subject
    "i_se.txt": f"Personnummer: {SUBJECT_PNR[2:8]}-{SUBJECT_PNR[8:]}\n",  # Swedish personnummer
}
CPR_FILES = {"a_dash.txt", "b_plain.txt", "c_space.txt", "arkiv.zip!/bilag/lon.txt"}
NAME_EXACT = {"a_dash.txt", "e_oe.txt", "f_comma.txt"}


def make_corpus(root: Path) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    for name, text in FILES.items():
        (root / name).write_text(text, encoding="utf-8")
    with zipfile.ZipFile(root / "arkiv.zip", "w") as zf:
        zf.writestr("bilag/lon.txt", f"Udbetaling til CPR {SUBJECT_CPR} og CPR {dash(THIRD_CPR)}\n")
    return root


def write_config(path: Path, root: Path, db: str) -> Path:
    path.write_text(
        f'[store]\ndb = "{db}"\n\n[[sources]]\ntype = "paths"\nname = "drev"\npaths = ["{root}"]\norigin = "share"\n',
        encoding="utf-8",
    )
    return path


def short(location: str) -> str:
    """file:///.../corpus/arkiv.zip!/bilag/lon.txt -> arkiv.zip!/bilag/lon.txt"""
    return location.split("/corpus/", 1)[1]


@dataclass
class Indexed:
    db: str
    root: Path
    config: Path


def _build(tmp: Path, db: str) -> Indexed:
    root = make_corpus(tmp / "corpus")
    config = write_config(tmp / "sweep.toml", root, db)
    result = sweep(config_path=config, db=db, config=CFG, notify=False)
    assert result.status == "ok", result.stats
    return Indexed(db, root, config)


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def indexed(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Indexed]:
    """A swept corpus (read-only for the tests that use it)."""
    tmp = tmp_path_factory.mktemp("access")
    if request.param == "sqlite":
        db = str(tmp / "index.sqlite3")
    else:
        db = fresh_database(request.getfixturevalue("postgres_url"), "a_" + uuid.uuid4().hex[:12])
    yield _build(tmp, db)


@pytest.fixture
def fresh(tmp_path: Path) -> Indexed:
    """A swept corpus of its own (for tests that change files or the database)."""
    return _build(tmp_path, str(tmp_path / "index.sqlite3"))
