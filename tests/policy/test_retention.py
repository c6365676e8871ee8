"""Retention from the event the policy names: stated in a document of the folder, in a register, or
by folder convention; precedence of the case over the document type; no personal data, no listing."""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path
from urllib.parse import unquote

import pytest

from pii_scanner.classify.events import load_event_markers
from pii_scanner.core.config import ScanConfig
from pii_scanner.core.errors import ConfigError
from pii_scanner.policy.retention import Facts, load_policy, policy_from_dict
from pii_scanner.reports.minimisation import minimisation
from pii_scanner.sweeps.engine import sweep
from tests.helpers.nordic_numbers import make_cpr

NOW = dt.datetime.now(dt.UTC)
CPR = make_cpr(dt.date(1970, 5, 5), 17)


def _cpr(n: int) -> str:
    c = make_cpr(dt.date(1960 + n, 1 + n % 12, 1 + n % 27), 20 + n)
    return f"{c[:6]}-{c[6:]}"


def _ago(years: float) -> dt.datetime:
    return NOW - dt.timedelta(days=round(365.25 * years))


def _write(root: Path, rel: str, text: str, when: dt.datetime) -> None:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    os.utime(path, (when.timestamp(), when.timestamp()))


def test_stated_events_and_dates() -> None:
    markers = load_event_markers()
    assert markers.scan("Sagen er hermed afsluttet den 3. marts 2021.") == {"event_case_closed": 20210303}
    assert markers.scan("Du fratræder pr. 31.03.2022.") == {"event_employment_ended": 20220331}
    assert markers.scan("Kundförhållandet upphörde 2020-06-30") == {"event_relationship_ended": 20200630}
    assert markers.scan("Tjänsten är tillsatt.") == {"event_recruitment_finished": 1}  # the document's date
    assert markers.scan("Sagen fortsætter.") == {}


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, object]]:
    tmp = tmp_path_factory.mktemp("ret")
    share = tmp / "share"
    closed3 = _ago(3)
    # A long case: documents 12 years old, closed 3 years ago by a closing letter: not due.
    _write(share, "Sager/2013-0147 Hansen mod Berg/stævning.txt", f"Jens Hansen, CPR {_cpr(1)}", _ago(12))
    _write(
        share,
        "Sager/2013-0147 Hansen mod Berg/afslutning.txt",
        f"Kære Jens Hansen ({_cpr(1)})\nSagen er hermed afsluttet den {closed3:%d.%m.%Y}.",
        closed3,
    )
    # A case closed 11 years ago: due; its exhibit named like a contract is case material too.
    _write(share, "Sager/2010-0003/brev.txt", f"Peter Olsen, CPR {_cpr(2)}", _ago(12))
    _write(share, "Sager/2010-0003/Bilag 3 - lejekontrakt.txt", f"Lejekontrakt\nLejer: Peter Olsen {_cpr(2)}", _ago(12))
    # Closed per the case register (no letter): 2 years ago -> not due.
    _write(share, "Sager/2011-0009/notat.txt", f"Karen Berg, CPR {_cpr(3)}", _ago(13))
    (tmp / "sager.csv").write_text("sagsnr;lukket\n2011-0009;" + _ago(2).date().isoformat() + "\n", encoding="utf-8")
    # A current employee's 7-year-old contract: not due. A former employee's, ended 2 years ago: not due.
    contract = "Ansættelseskontrakt\nMedarbejder: {n}, CPR {c}\nLøn og ansættelsesvilkår"
    _write(
        share,
        "Personale/Ansatte/Mette Kjærgaard/kontrakt.txt",
        contract.format(n="Mette Kjærgaard", c=_cpr(4)),
        _ago(7),
    )
    _write(share, "Personale/Fratrådte/Ole Dam/kontrakt.txt", contract.format(n="Ole Dam", c=_cpr(5)), _ago(7))
    ended = _ago(2)
    _write(
        share,
        "Personale/Fratrådte/Ole Dam/fratræden.txt",
        f"Ole Dam, CPR {_cpr(5)}\nBekræftelse af fratræden: sidste arbejdsdag {ended:%Y-%m-%d}.",
        ended,
    )
    # Former employee whose end is unknown: approximate, from the newest document (5 years): due.
    _write(share, "Personale/Fratrådte/Eva Lund/løn.txt", f"Eva Lund, CPR {_cpr(6)}", _ago(5))
    # A rejected applicant's CV on a USB stick, a year old: due (6 months in DK).
    _write(tmp / "usb", "Ansøgere 2024/CV Sara Holm.txt", f"CV\nSara Holm\nCPR {_cpr(7)}\nErhvervserfaring", _ago(1))
    # A blank template: no personal data, never listed.
    _write(share, "Sager/2010-0003/skabelon.txt", "Navn: ________ CPR: ______-____", _ago(12))
    policy = tmp / "policy.yaml"
    base = load_policy()
    shipped = (Path(__file__).parents[2] / "policies" / "retention.yaml").read_text(encoding="utf-8")
    policy.write_text(
        shipped + "registers:\n  - {name: sager, category: case_material, csv: sager.csv, key: sagsnr, date: lukket}\n",
        encoding="utf-8",
    )
    assert base.default == "general"
    config = tmp / "sweep.toml"
    db = tmp / "i.sqlite3"
    config.write_text(
        f'[store]\ndb = "{db}"\n[retention]\npolicy = "{policy}"\n'
        f'[[sources]]\ntype = "paths"\nname = "share"\npaths = ["{share}"]\n'
        f'[[sources]]\ntype = "paths"\nname = "usb"\npaths = ["{tmp / "usb"}"]\norigin = "removable"\n',
        encoding="utf-8",
    )
    sweep(config_path=config, db=str(db), config=ScanConfig(workers=1), notify=False)
    _, data = minimisation(str(db), fmt="json")
    rows = json.loads(data)["sections"]["past_retention"]
    return {unquote(r["location"].split("/share/")[-1].split("/usb/")[-1]): r for r in rows}


def test_past_retention_counts_from_the_event(report: dict[str, dict[str, object]]) -> None:
    assert set(report) == {
        "Sager/2010-0003/brev.txt",
        "Sager/2010-0003/Bilag 3 - lejekontrakt.txt",
        "Personale/Fratrådte/Eva Lund/løn.txt",
        "Ansøgere 2024/CV Sara Holm.txt",
    }, sorted(report)


def test_every_listed_item_has_category_basis_and_evidence(report: dict[str, dict[str, object]]) -> None:
    cats = {k.split("/")[0]: v["retention_category"] for k, v in report.items()}
    assert cats == {"Sager": "case_material", "Personale": "personnel", "Ansøgere 2024": "rejected_applicants"}
    eva = report["Personale/Fratrådte/Eva Lund/løn.txt"]
    assert eva["approximate"] is True and "APPROXIMATE" in str(eva["evidence"])
    brev = report["Sager/2010-0003/brev.txt"]
    assert brev["retention_basis"] == "case_closed" and brev["evidence"]


def test_bad_policy_is_one_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="basis"):
        policy_from_dict({"categories": {"x": {"period": "1y", "basis": "whenever"}}})
    with pytest.raises(ConfigError, match="register"):
        policy_from_dict(
            {"categories": {"x": {"period": "1y"}}, "registers": [{"category": "x", "csv": "missing.csv"}]}, tmp_path
        )


def test_precedence_case_before_document_type() -> None:
    policy = load_policy()
    exhibit = Facts("k", "/s/sager/2020-1/bilag 3 - lejekontrakt.pdf", doc_type="employment_contract")
    hired = Facts("h", "/s/personale/ansatte/mette/ansøgning.pdf", doc_type="job_application")
    inbox = Facts("m", "/mail/x.eml", mail_folder="inbox", events={"employment_ended": None})
    decided = policy.decide([exhibit, hired, inbox])
    assert decided["k"].category == "case_material"
    assert decided["h"].category == "personnel" and decided["h"].due is None  # current employee
    assert decided["m"].category == "personnel"


def test_sql_register_dates_the_case(tmp_path: Path) -> None:
    import sqlite3

    db = tmp_path / "cases.sqlite3"
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE sager (nr TEXT, lukket TEXT)")
        conn.executemany("INSERT INTO sager VALUES (?, ?)", [("2011-0009", "2015-06-30"), ("2020-0001", None)])
    doc = {
        "categories": {"case_material": {"period": "10y", "basis": "case_closed"}},
        "rules": [{"path": "**/sager/*/**", "anchor": "**/sager/*", "category": "case_material"}],
        "registers": [
            {
                "name": "case system",
                "category": "case_material",
                "sql": {"url": f"sqlite:///{db}", "query": "SELECT nr, lukket FROM sager"},
            }
        ],
    }
    policy = policy_from_dict(doc, tmp_path)
    closed = Facts("a", "/s/sager/2011-0009 hansen mod berg/brev.txt", doc_date=_ago(14))
    still_open = Facts("b", "/s/sager/2020-0001/brev.txt", doc_date=_ago(12))
    decided = policy.decide([closed, still_open])
    assert decided["a"].due == dt.datetime(2025, 6, 30, tzinfo=dt.UTC) and not decided["a"].approximate
    assert "register case system" in decided["a"].evidence
    assert decided["b"].due is None and "ongoing" in decided["b"].evidence
    with pytest.raises(ConfigError, match="query failed"):
        policy_from_dict(
            {
                **doc,
                "registers": [
                    {**doc["registers"][0], "sql": {"url": f"sqlite:///{db}", "query": "SELECT x FROM nope"}}
                ],
            }
        )


def test_a_document_dated_at_the_end_of_time_is_never_due_and_stops_nothing(tmp_path: Path) -> None:
    """A mail whose Date header says year 9999 (or a file with such a date) plus a period runs past the
    calendar: the item is never due, the sweep goes on (it said exit 70 on every later sweep too).
    A period longer than 1000 years is a configuration error."""
    from datetime import UTC, datetime

    from pii_scanner.core.config import ScanConfig
    from pii_scanner.policy.retention import add_period
    from pii_scanner.store import open_store
    from pii_scanner.sweeps.engine import sweep

    end = datetime(9999, 12, 31, 10, 0, tzinfo=UTC)
    assert add_period(end, "5y").year == 9999 and add_period(end, "30d").year == 9999
    assert add_period(end.replace(tzinfo=None), "6m") == datetime.max
    assert add_period(datetime(2020, 8, 31), "6m") == datetime(2021, 2, 28)  # unchanged below the end
    with pytest.raises(ConfigError, match="1000 years"):
        policy_from_dict({"categories": {"x": {"period": "99999999y"}}, "rules": [{"category": "x"}]})
    root = tmp_path / "mail"
    root.mkdir()
    (root / "m.eml").write_bytes(
        b"From: Jens Hansen <jens@firma.dk>\r\nTo: kim@gmail.com\r\nSubject: Ansoegning\r\n"
        b"Date: Fri, 31 Dec 9999 10:00:00 -0500\r\nMessage-ID: <1@firma.dk>\r\n\r\nMit CPR er 070761-4285.\r\n"
    )
    policy = tmp_path / "policy.yaml"
    policy.write_text('categories:\n  x:\n    period: {DK: "5y"}\n    basis: modified\nrules:\n  - {category: x}\n')
    db = tmp_path / "index.sqlite3"
    cfg = tmp_path / "sweep.toml"
    cfg.write_text(
        f'[store]\ndb = "{db}"\n[retention]\npolicy = "{policy}"\njurisdiction = "DK"\n'
        f'[[sources]]\ntype = "paths"\nname = "m"\npaths = ["{root}"]\n'
    )
    for _ in range(2):  # the item stays in the index: the next sweep decides it again
        assert sweep(config_path=cfg, config=ScanConfig(workers=1), notify=False).exit_code in (0, 1)
    with open_store(str(db)) as st:
        [item] = st.rows("items")
    assert item["retention_due"] is not None and not item["past_retention"]


def _case_register(tmp_path: Path, rows: str) -> dict[str, object]:
    (tmp_path / "cases.csv").write_text("sagsnr,lukket\n" + rows, encoding="utf-8")
    return {
        "categories": {"case_material": {"period": "10y", "basis": "case_closed"}},
        "rules": [{"path": "**/sager/*/**", "anchor": "**/sager/*", "category": "case_material"}],
        "registers": [
            {"name": "cases", "category": "case_material", "csv": "cases.csv", "key": "sagsnr", "date": "lukket"}
        ],
    }


@pytest.mark.parametrize("rows", ["12,2011-01-01\n12-34,\n", "12-34,\n12,2011-01-01\n"])
def test_the_equal_register_key_wins_over_a_shorter_one_whatever_the_row_order(tmp_path: Path, rows: str) -> None:
    """Case 12 closed in 2011, case 12-34 still open: the open case's folder is never dated by case 12."""
    policy = policy_from_dict(_case_register(tmp_path, rows), tmp_path)
    open_case = Facts("o", "/s/sager/12-34 berg/notat.txt", doc_date=_ago(14))
    closed = Facts("c", "/s/sager/12 hansen/notat.txt", doc_date=_ago(16))
    decided = policy.decide([open_case, closed])
    assert decided["o"].due is None and "ongoing" in decided["o"].evidence
    assert decided["c"].due == dt.datetime(2021, 1, 1, tzinfo=dt.UTC)


def test_the_longest_register_key_wins_and_a_key_never_dates_a_longer_number(tmp_path: Path) -> None:
    rows = "2016,2012-05-01\n2016-00,2013-05-01\n2016-0001,2014-05-01\n"
    policy = policy_from_dict(_case_register(tmp_path, rows), tmp_path)
    decided = policy.decide(
        [
            Facts("a", "/s/sager/2016-0001 hansen mod berg/brev.txt", doc_date=_ago(1)),
            Facts("b", "/s/sager/2016-0002 jensen/brev.txt", doc_date=_ago(1)),  # no row: not 2016's date
            Facts("c", "/s/sager/2016-0001-berg/brev.txt", doc_date=_ago(1)),  # "-" then a letter ends the number
            Facts("d", "/s/sager/2016 diverse/brev.txt", doc_date=_ago(1)),
        ]
    )
    assert decided["a"].due == dt.datetime(2024, 5, 1, tzinfo=dt.UTC)
    assert decided["c"].due == dt.datetime(2024, 5, 1, tzinfo=dt.UTC)
    assert "register" not in decided["b"].evidence
    assert decided["d"].due == dt.datetime(2022, 5, 1, tzinfo=dt.UTC)


def test_a_register_key_listed_twice_with_two_dates_is_a_configuration_error(tmp_path: Path) -> None:
    doc = _case_register(tmp_path, "2016-0001,2016-02-29\n2016-0001,2030-01-01\n")
    with pytest.raises(ConfigError, match="listed twice") as caught:
        policy_from_dict(doc, tmp_path)
    assert "2016-0001" not in str(caught.value)
    policy_from_dict(_case_register(tmp_path, "2016-0001,2016-02-29\n2016-0001,2016-02-29\n"), tmp_path)


@pytest.mark.parametrize(
    ("jurisdiction", "stamp", "year"),
    [
        ("DK", "2020-12-31T23:30:00+00:00", 2021),  # 00:30 on New Year's night in Copenhagen
        ("SE", "2020-12-31T23:30:00+00:00", 2021),
        ("FI", "2020-12-31T22:30:00+00:00", 2021),  # Helsinki is an hour further ahead
        ("DK", "2021-12-31T22:30:00+00:00", 2021),  # 23:30 on New Year's Eve: still the old year
    ],
)
def test_a_documents_year_is_its_local_year_in_the_jurisdiction(jurisdiction: str, stamp: str, year: int) -> None:
    """Bookkeeping is kept for the running year plus five: a voucher of New Year's night is of the new
    year where the firm is, though UTC still says the old one (flagged a year early)."""
    doc = {
        "jurisdiction": jurisdiction,
        "categories": {"bookkeeping": {"period": "5y", "basis": "end_of_year"}},
        "rules": [{"path": "**/bogføring/**", "category": "bookkeeping"}],
    }
    policy = policy_from_dict(doc)
    voucher = Facts("v", "/s/bogføring/bilag.txt", doc_date=dt.datetime.fromisoformat(stamp))
    due = policy.decide([voucher])["v"].due
    assert due is not None and due.astimezone(local_zone(jurisdiction)).date() == dt.date(year + 5, 12, 31)


def test_a_closing_letters_own_date_is_its_local_day() -> None:
    doc = {
        "jurisdiction": "DK",
        "categories": {"case_material": {"period": "10y", "basis": "case_closed"}},
        "rules": [{"path": "**/sager/*/**", "anchor": "**/sager/*", "category": "case_material"}],
    }
    policy = policy_from_dict(doc)
    letter = Facts(
        "l",
        "/s/sager/2020-1/afslutning.txt",
        doc_date=dt.datetime(2020, 12, 31, 23, 30, tzinfo=dt.UTC),
        events={"case_closed": None},
    )
    decided = policy.decide([letter])["l"]
    assert decided.event_date == dt.date(2021, 1, 1)
    # A closing phrase with no valid date ("afsluttet 31.02.2016") is dated by its document, and says so.
    assert "dated by the document" in decided.evidence
    written = Facts(
        "w", "/s/sager/2020-2/afslutning.txt", doc_date=_ago(1), events={"case_closed": dt.date(2016, 3, 3)}
    )
    assert "2016-03-03, stated in the text (this document)" in policy.decide([written])["w"].evidence


def local_zone(jurisdiction: str) -> dt.tzinfo:
    from zoneinfo import ZoneInfo

    return ZoneInfo({"DK": "Europe/Copenhagen", "SE": "Europe/Stockholm", "FI": "Europe/Helsinki"}[jurisdiction])
