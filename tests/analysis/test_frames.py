"""The pandas API: documented columns and dtypes on SQLite and PostgreSQL (and for an empty index),
scan frames without an index, the trend across sweeps, and the plot helpers (Agg backend)."""

from __future__ import annotations

import uuid
from pathlib import Path

import matplotlib
import pandas as pd
import pytest

matplotlib.use("Agg")

from matplotlib.figure import Figure

import pii_scanner
from pii_scanner.analysis import frames, plots
from pii_scanner.core.config import ScanConfig
from pii_scanner.store import open_store
from pii_scanner.sweeps.engine import sweep
from tests.servers.postgres import fresh_database, postgres_url
from tests.store.planted import plaintext_forms, plant

__all__ = ["postgres_url"]
FAST = ScanConfig(workers=1).with_(ner__enabled=False)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "index.sqlite3")
    return fresh_database(request.getfixturevalue("postgres_url"), "f_" + uuid.uuid4().hex[:12])


def _dtypes_match(df: pd.DataFrame, documented: dict[str, str]) -> None:
    assert list(df.columns) == list(documented)
    for col, dtype in documented.items():
        actual = str(df[col].dtype)
        want = {"string": "string", "object": "object"}.get(dtype, dtype)
        assert actual == want or (dtype == "string" and actual in ("string", "str")), (col, actual, dtype)


def test_frames_have_documented_dtypes(db_url: str, tmp_path: Path) -> None:
    root = plant(tmp_path / "data", files=3)
    sweep([root], db=db_url, config=FAST, origin="local", notify=False)
    (root / "doc000.txt").unlink()
    sweep([root], db=db_url, config=FAST, origin="local", notify=False)

    items, found, runs = pii_scanner.items(db_url), pii_scanner.findings(db_url), pii_scanner.runs(db_url)
    _dtypes_match(items, frames.ITEM_COLUMNS)
    _dtypes_match(found, frames.FINDING_COLUMNS)
    assert list(runs.columns[: len(frames.RUN_COLUMNS)]) == list(frames.RUN_COLUMNS)
    assert len(items) == 3 and len(pii_scanner.items(db_url, include_removed=True)) == 4
    assert str(items["mtime"].dtype) == "datetime64[us, UTC]" and items["document_date"].notna().all()
    assert list(found["entity_type"].cat.categories[:2]) == ["DK_CPR", "SE_PERSONNUMMER"]
    assert set(found["triage_status"]) == {"open"}
    assert (items["folder"] == str(root)).all()
    assert runs["status"].tolist() == ["ok", "ok"] and runs["duration"].notna().all()

    trend = pii_scanner.trend(db_url)
    assert trend["live_items"].tolist() == [4, 3] and trend["removed"].tolist() == [0, 1]

    text = "\n".join(df.astype(str).to_csv() for df in (items, found, runs))
    assert not [form for form in plaintext_forms() if form in text]


def test_empty_index_has_the_same_columns(tmp_path: Path) -> None:
    db = str(tmp_path / "empty.sqlite3")
    open_store(db).close()  # an index with no rows yet (reading never creates one)
    _dtypes_match(pii_scanner.items(db), frames.ITEM_COLUMNS)
    _dtypes_match(pii_scanner.findings(db), frames.FINDING_COLUMNS)
    assert list(pii_scanner.runs(db).columns) == list(frames.RUN_COLUMNS)
    assert pii_scanner.trend(db).empty


def test_scan_frames_without_an_index(tmp_path: Path) -> None:
    root = plant(tmp_path / "data", files=2)
    result = pii_scanner.scan_frames([root], FAST, origin="share")
    _dtypes_match(result.items, frames.SCAN_ITEM_COLUMNS)
    _dtypes_match(result.findings, frames.SCAN_FINDING_COLUMNS)
    assert len(result.items) == 3 and (result.items["origin"] == "share").all()
    assert set(result.findings["entity_type"]) >= {"DK_CPR", "SE_PERSONNUMMER"}
    text = result.findings.astype(str).to_csv() + result.items.astype(str).to_csv()
    assert not [form for form in plaintext_forms() if form in text]
    only_items = pii_scanner.scan_frame([root], FAST, what="items")
    assert len(only_items) == 3
    # The streaming API the CLI uses is unchanged: an iterator of ItemResult.
    assert len(list(pii_scanner.scan([root], FAST))) == 3


def test_plots_return_figures(tmp_path: Path) -> None:
    root = plant(tmp_path / "data", files=3)
    db = str(tmp_path / "i.sqlite3")
    sweep([root], db=db, config=FAST, origin="local", notify=False)
    items, found = pii_scanner.items(db), pii_scanner.findings(db)
    figures = [
        plots.counts_by(found, "owner"),
        plots.counts_by(found, "folder", stack=None),
        plots.counts_by(found.iloc[0:0], "source"),
        plots.age_profile(items),
        plots.trend_lines(pii_scanner.trend(db)),
        plots.precision_recall(pd.DataFrame({"entity_type": ["DK_CPR"], "precision": [1.0], "recall": [0.99]})),
    ]
    for fig in figures:
        assert isinstance(fig, Figure)
        fig.savefig(tmp_path / "x.png")  # renders with Agg
    buckets = plots.age_bucket(
        pd.Series(pd.to_datetime(["2000-01-01", "2025-06-01"], utc=True)),
        at=pd.Timestamp("2026-01-01", tz="UTC").to_pydatetime(),
    )
    assert buckets.tolist() == ["> 10 years", "< 1 year"]
