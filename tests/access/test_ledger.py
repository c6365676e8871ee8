"""The erasure ledger: fingerprints only; a later sweep flags a restored copy as a violation."""

from __future__ import annotations

import json
import shutil
import subprocess
import uuid
from datetime import date, timedelta
from pathlib import Path

import pytest

from pii_scanner.access import Subject, request_export, request_open
from pii_scanner.access.ledger import FLAG_RESTORED, ledger, record_erasure
from pii_scanner.core.errors import ConfigError
from pii_scanner.reports.minimisation import minimisation
from pii_scanner.store import open_store
from pii_scanner.sweeps.engine import sweep
from tests.access.access_env import CFG, SUBJECT_CPR, Indexed, _build, dash
from tests.servers.postgres import fresh_database


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def erasable(request: pytest.FixtureRequest, tmp_path: Path) -> Indexed:
    """A swept corpus of its own, on SQLite and on a throwaway PostgreSQL database."""
    if request.param == "sqlite":
        return _build(tmp_path, str(tmp_path / "index.sqlite3"))
    return _build(tmp_path, fresh_database(request.getfixturevalue("postgres_url"), "l_" + uuid.uuid4().hex[:12]))


def test_restore_after_erasure_is_a_violation(erasable: Indexed, tmp_path: Path) -> None:
    fresh = erasable
    subject = Subject.of(cpr=dash(SUBJECT_CPR), email="soren@example.dk")
    # Erase: every file with the subject's CPR goes (kept aside, as a backup would keep it).
    backup = tmp_path / "kept"
    backup.mkdir()
    for name in ("a_dash.txt", "b_plain.txt", "c_space.txt", "arkiv.zip"):
        shutil.move(str(fresh.root / name), backup / name)
    entry = record_erasure(fresh.db, subject, case="J.nr. 17", actor="dpo")
    assert entry.kinds == ["cpr", "email"] and entry.erased_on == date.today()
    clean = sweep(config_path=fresh.config, db=fresh.db, config=CFG, notify=False)
    assert not [v for v in clean.new_violations if v.flag == FLAG_RESTORED]
    # A restore brings one file back.
    shutil.copy(backup / "c_space.txt", fresh.root / "c_space.txt")
    again = sweep(config_path=fresh.config, db=fresh.db, config=CFG, notify=False)
    restored = [v for v in again.new_violations if v.flag == FLAG_RESTORED]
    assert [Path(v.location).name for v in restored] == ["c_space.txt"] and again.exit_code == 1
    _, data = minimisation(fresh.db, fmt="json")
    doc = json.loads(data)
    assert doc["summary"]["restored_after_erasure"] == 1
    assert doc["sections"]["restored_after_erasure"][0]["location"].endswith("c_space.txt")
    # Only fingerprints are kept; the next sweep does not count it again as new.
    third = sweep(config_path=fresh.config, db=fresh.db, config=CFG, notify=False)
    assert not [v for v in third.new_violations if v.flag == FLAG_RESTORED]
    with open_store(fresh.db) as st:
        dump = json.dumps(st.rows("erasure_ledger"), default=str)
        assert [e.case for e in ledger(st)] == ["J.nr. 17"]
    for plain in (SUBJECT_CPR, dash(SUBJECT_CPR), "soren@example.dk"):
        assert plain not in dump


def test_ledger_needs_an_identifier_and_a_past_date(fresh: Indexed) -> None:
    with pytest.raises(ConfigError, match="identifier"):
        record_erasure(fresh.db, Subject.of(name="Søren Østergaard"))
    with pytest.raises(ConfigError, match="future"):
        record_erasure(fresh.db, Subject.of(cpr=SUBJECT_CPR), erased_on=date.today() + timedelta(days=1))


BACKUPS = """
[[backups]]
name = "nightly"
system = "Veeam"
covers = ["drev"]
window_days = 30
offsite = [{name = "tape", window_days = 90}]
"""


def test_verify_erasure_states_backups_and_records_the_erasure(fresh: Indexed, cli: list[str]) -> None:
    fresh.config.write_text(fresh.config.read_text(encoding="utf-8") + BACKUPS, encoding="utf-8")
    for name in ("a_dash.txt", "b_plain.txt", "c_space.txt", "arkiv.zip"):
        (fresh.root / name).unlink()
    sweep(config_path=fresh.config, db=fresh.db, config=CFG, notify=False)  # the index sees them go
    args = [*cli, "verify-erasure", "--config", str(fresh.config), "--cpr", SUBJECT_CPR, "--record", "J.nr. 9"]
    done = subprocess.run(args, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    report = json.loads(done.stdout)
    (nightly,) = report["backups"]
    today = date.today()
    assert nightly["backup"] == "nightly" and nightly["sources"] == ["drev"]
    assert nightly["copies_until"] == (today + timedelta(days=30)).isoformat()
    assert nightly["offsite"][0]["copies_until"] == (today + timedelta(days=90)).isoformat()
    assert report["ledger_entry"] is not None
    with open_store(fresh.db) as st:
        assert [e.case for e in ledger(st)] == ["J.nr. 9"]


def test_pack_says_what_stays_in_backups(fresh: Indexed, tmp_path: Path) -> None:
    fresh.config.write_text(fresh.config.read_text(encoding="utf-8") + BACKUPS, encoding="utf-8")
    case = request_open(fresh.db, Subject.of(cpr=SUBJECT_CPR))
    pack = request_export(fresh.db, case.id, tmp_path / "pack", config=fresh.config)
    doc = json.loads((pack.path / "data.json").read_text(encoding="utf-8"))
    assert doc["backups"][0]["backup"] == "nightly" and doc["backups"][0]["window_days"] == 30
    assert 'id="backups"' in (pack.path / "report.html").read_text(encoding="utf-8")


def test_bad_backups_section_is_one_clear_error(fresh: Indexed, cli: list[str]) -> None:
    fresh.config.write_text(
        fresh.config.read_text(encoding="utf-8") + '[[backups]]\nname = "x"\nwindow_days = "a month"\n',
        encoding="utf-8",
    )
    done = subprocess.run(
        [*cli, "verify-erasure", "--config", str(fresh.config), "--cpr", SUBJECT_CPR], capture_output=True, text=True
    )
    assert done.returncode == 2 and "window_days" in done.stderr and "Traceback" not in done.stderr
