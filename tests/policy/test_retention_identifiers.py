"""Anchor folders named by a CPR number (masked in the index: only the birth date stays) match the rows of
a register keyed by CPR through the item's keyed identity, never by the masked name: two people born on
the same day keep their own dates, and no number reaches the index or the report."""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

from pii_scanner.core.config import ScanConfig
from pii_scanner.core.privacy import Fingerprinter
from pii_scanner.policy.retention import tag_identifiers
from pii_scanner.reports.minimisation import minimisation
from pii_scanner.sweeps.engine import sweep
from tests.helpers.nordic_numbers import make_cpr

NOW = dt.datetime.now(dt.UTC)
BORN = dt.date(1961, 7, 7)


def _ago(years: float) -> dt.datetime:
    return NOW - dt.timedelta(days=round(365.25 * years))


def _write(root: Path, rel: str, text: str, when: dt.datetime) -> None:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    os.utime(path, (when.timestamp(), when.timestamp()))


def _dash(cpr: str) -> str:
    return f"{cpr[:6]}-{cpr[6:]}"


def test_a_register_keyed_by_cpr_dates_the_folders_named_by_cpr(tmp_path: Path) -> None:
    share = tmp_path / "share"
    contract = "Ansættelseskontrakt\nMedarbejder: {n}\nLøn og ansættelsesvilkår\n"
    jens, mette, anna = (make_cpr(BORN, seq) for seq in (11, 12, 13))  # one birth date: one masked name
    people = {  # folder -> (name, CPR, left years ago per the HR register)
        f"{_dash(jens)} Jens Hansen": ("Jens Hansen", jens, 1),  # left a year ago: 7-year-old contract not due
        mette: ("Mette Holm", mette, 5),  # left five years ago: due
        f"{anna}_Anna": ("Anna Lind", anna, 1),  # no dash, a name after it: not due either
    }
    for folder, (name, _cpr, _left) in people.items():
        _write(share, f"Personale/Fratrådte/{folder}/kontrakt.txt", contract.format(n=name), _ago(7))
    register = tmp_path / "hr.csv"
    register.write_text(
        "cpr;fratraadt\n"
        + f"{_dash(jens)};{_ago(1).date().isoformat()}\n"
        + f"{mette};{_ago(5).date().isoformat()}\n"
        + f"{anna};{_ago(1).date().isoformat()}\n",
        encoding="utf-8",
    )
    shipped = (Path(__file__).parents[2] / "policies" / "retention.yaml").read_text(encoding="utf-8")
    policy = tmp_path / "policy.yaml"
    policy.write_text(
        shipped + "registers:\n  - {name: hr, category: personnel, csv: hr.csv, key: cpr, date: fratraadt}\n",
        encoding="utf-8",
    )
    db = tmp_path / "i.sqlite3"
    config = tmp_path / "sweep.toml"
    config.write_text(
        f'[store]\ndb = "{db}"\n[retention]\npolicy = "{policy}"\n'
        f'[[sources]]\ntype = "paths"\nname = "share"\npaths = ["{share}"]\n',
        encoding="utf-8",
    )
    sweep(config_path=config, db=str(db), config=ScanConfig(workers=1), notify=False)
    _, data = minimisation(str(db), fmt="json")
    for cpr in (jens, mette, anna):
        assert cpr[6:].encode() not in data and cpr.encode() not in data
    for file in tmp_path.glob("i.sqlite3*"):
        raw = file.read_bytes()
        assert all(cpr.encode() not in raw and _dash(cpr).encode() not in raw for cpr in (jens, mette, anna))
    rows = json.loads(data)["sections"]["past_retention"]
    assert len(rows) == 1, rows  # Mette's contract only
    (row,) = rows
    assert f"{mette[:6]}XXXX" in row["location"]
    assert "register hr" in str(row["evidence"]) and row["approximate"] is False


def test_tagging_needs_the_keyed_identity_of_the_whole_location() -> None:
    key = Fingerprinter(b"k" * 32)
    cpr, other = make_cpr(BORN, 21), make_cpr(BORN, 22)

    def key_of(location: str) -> str:
        return key("location:" + location)

    def tag(number: str) -> str:
        return key("identifier-in-location:" + number)[:6]

    real = f"file:///srv/Ansatte/{_dash(cpr)}%20Jens/{_dash(cpr)}.pdf"
    stored = f"file:///srv/Ansatte/{cpr[:6]}-XXXX%20Jens/{cpr[:6]}-XXXX.pdf"
    numbers = {cpr[:6]: [other, cpr]}
    tagged = tag_identifiers(stored, key_of(real), numbers, key_of, tag)
    assert tagged == stored.replace("-XXXX", "-XXXX~" + tag(cpr))
    assert tag_identifiers(stored, key_of(real), {cpr[:6]: [other]}, key_of, tag) is None  # another person
    assert tag_identifiers(stored, key_of(real + "x"), numbers, key_of, tag) is None  # another item
    with_address = f"file:///srv/{cpr[:6]}-XXXX/j***a1b2c3@firma.dk.txt"
    assert tag_identifiers(with_address, key_of(real), numbers, key_of, tag) is None
