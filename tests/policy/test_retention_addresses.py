"""Anchor folders named by an employee's e-mail address (masked in the index, with a keyed tag) still
match the rows of a register keyed by address: the register's keys are compared in the form the index
holds them, so two people whose addresses mask alike (same first letter and domain) stay apart."""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

from pii_scanner.core.config import ScanConfig
from pii_scanner.reports.minimisation import minimisation
from pii_scanner.sweeps.engine import sweep
from tests.helpers.nordic_numbers import make_cpr

NOW = dt.datetime.now(dt.UTC)


def _ago(years: float) -> dt.datetime:
    return NOW - dt.timedelta(days=round(365.25 * years))


def _write(root: Path, rel: str, text: str, when: dt.datetime) -> None:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    os.utime(path, (when.timestamp(), when.timestamp()))


def test_a_register_keyed_by_address_dates_the_folders_named_by_address(tmp_path: Path) -> None:
    share = tmp_path / "share"
    contract = "Ansættelseskontrakt\nMedarbejder: {n}, CPR {c}\nLøn og ansættelsesvilkår"
    people = {  # address -> (name, left years ago per the HR register)
        "ole.dam@firma.dk": ("Ole Dam", 1),  # left a year ago: 7-year-old contract not due yet
        "Oskar.Berg@firma.dk": ("Oskar Berg", 5),  # left five years ago: due
    }
    for n, (address, (name, _left)) in enumerate(people.items()):
        cpr = make_cpr(dt.date(1970 + n, 3, 3), 11 + n)
        _write(share, f"Personale/Fratrådte/{address}/kontrakt.txt", contract.format(n=name, c=cpr), _ago(7))
    register = tmp_path / "hr.csv"
    register.write_text(
        "email;fratraadt\n" + "".join(f"{a.upper()};{_ago(y).date().isoformat()}\n" for a, (_, y) in people.items()),
        encoding="utf-8",
    )
    shipped = (Path(__file__).parents[2] / "policies" / "retention.yaml").read_text(encoding="utf-8")
    policy = tmp_path / "policy.yaml"
    policy.write_text(
        shipped + "registers:\n  - {name: hr, category: personnel, csv: hr.csv, key: email, date: fratraadt}\n",
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
    rows = json.loads(data)["sections"]["past_retention"]
    assert b"ole.dam" not in data and b"Oskar.Berg" not in data  # the report shows masked folders only
    assert len(rows) == 1, rows  # Oskar's contract only; Ole left a year ago
    (row,) = rows
    assert row["location"].split("Fratr")[1].split("/")[1].startswith("O***")
    assert "register hr" in str(row["evidence"]) and row["approximate"] is False
