"""The minimisation report rendered from the bundled sample data (pii-scanner demo)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pandas as pd
import pytest

from pii_scanner import findings, items, runs
from pii_scanner.policy.triage import triage
from pii_scanner.reports.minimisation import minimisation
from pii_scanner.samples.demo import DemoResult, demo


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> DemoResult:
    return demo(tmp_path_factory.mktemp("demo"), workers=1)


def test_demo_report_html(sample: DemoResult) -> None:
    html = sample.report.read_text(encoding="utf-8")
    for section in (
        "past_retention",
        "removable_and_local",
        "cpr_mail",
        "identifier_spread",
        "by_owner",
        "by_age",
        "triage",
    ):
        assert f'id="{section}"' in html
    assert "<svg" in html  # charts inline
    assert "kundeliste_eksport.csv" in html  # the USB export
    assert "klage_sag_2012-114.txt" in html  # case from 2012: past 10 years
    assert "120378-XXXX" in html and "120378-0032" not in html
    # special categories with their masked evidence (the applicant's own union membership)
    assert 'id="special_categories"' in html and "tillidsrepræsentant" in html
    assert "021185-0035" not in html and "Maja Lund" not in html
    s = sample.summary
    assert s["past_retention"] >= 2 and s["removable_and_local"] == 2 and s["cpr_mail"] >= 1
    assert s["identifier_spread"] >= 1 and s["private_mail_not_read"] == 1 and s["special_categories"] == 1


def test_formats_and_triage_hiding(sample: DemoResult, tmp_path: Path) -> None:
    db = sample.db
    _, data = minimisation(db, fmt="json")
    before = json.loads(data)
    usb = next(r for r in before["sections"]["removable_and_local"] if "kundeliste" in r["location"])
    triage(
        str(sample.workdir / "samples/usb-export/USB-export/kundeliste_eksport.csv"),
        "resolved",
        note="moved to case system",
        who="dpo",
        db=db,
    )
    _, data = minimisation(db, fmt="json")
    after = json.loads(data)
    assert usb["location"] not in {r["location"] for r in after["sections"]["removable_and_local"]}
    assert after["summary"]["hidden_by_triage"]["items"] == 1
    assert after["summary"]["hidden_by_triage"]["findings"] > 0
    _, xlsx = minimisation(db, fmt="xlsx", output=tmp_path / "r.xlsx")
    sheets = pd.read_excel(io.BytesIO(xlsx), sheet_name=None)
    assert {"summary", "past_retention", "cpr_mail", "by_owner"} <= set(sheets)
    _, csv = minimisation(db, fmt="csv")
    frame = pd.read_csv(io.BytesIO(csv))
    assert {"past_retention", "by_source"} <= set(frame["section"])


def test_pandas_api(sample: DemoResult) -> None:
    f, i, r = findings(sample.db), items(sample.db), runs(sample.db)
    assert isinstance(f["entity_type"].dtype, pd.CategoricalDtype)
    assert str(f["first_seen_at"].dt.tz) == "UTC" and str(i["mtime"].dt.tz) == "UTC"
    assert {"DK_CPR", "SE_PERSONNUMMER"} <= set(f["entity_type"].astype(str))
    assert set(i["origin"].astype(str)) >= {"share", "local", "removable"}
    assert r["status"].astype(str).tolist() == ["ok"] and r["read"].iloc[0] == 10
