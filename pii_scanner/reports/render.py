"""Render a MinimisationReport as HTML (Jinja2 template in top-level ``reports/``), XLSX, CSV or JSON."""

from __future__ import annotations

import io
import json
from typing import Any

import pandas as pd

from pii_scanner.core.resources import data_dir
from pii_scanner.reports.cells import XLSX_OPTIONS, safe_cell
from pii_scanner.reports.display import LOCATION_COLUMNS, display_location
from pii_scanner.reports.formats import render_as
from pii_scanner.reports.report_types import MinimisationReport

FORMATS = ("html", "xlsx", "csv", "json")

TITLES = {
    "restored_after_erasure": "Erased people's data back in live data (restored after erasure): erase again",
    "past_retention": "Past retention: delete (or record why they are kept)",
    "removable_and_local": "Personal data on removable media and local drives: move to the case system",
    "cpr_mail": "CPR numbers in mail still in mailboxes: move to the case system and delete",
    "identifier_spread": "The same person's identifier in many locations",
    "special_categories": "Special categories about a person (GDPR art. 9/10), with the evidence: check and protect",
    "not_read": "Items that could not be read (encrypted, damaged, too large): may hold personal data, open them",
    "sources_not_swept": "Sources whose last sweep did not complete: what this report shows of them is older",
}
COUNT_TITLES = {
    "owner": "By owner",
    "folder": "By folder",
    "source": "By source",
    "retention_category": "By retention category",
    "age": "By age",
}


def _plain(df: pd.DataFrame) -> pd.DataFrame:
    """Strings for timestamps (xlsx/json cannot take tz-aware values), plain objects for categoricals."""
    out = df.copy()
    for col in out.columns:
        if isinstance(out[col].dtype, pd.DatetimeTZDtype):
            out[col] = out[col].dt.strftime("%Y-%m-%d %H:%M").where(out[col].notna(), None)
        elif isinstance(out[col].dtype, pd.CategoricalDtype):
            out[col] = out[col].astype(object)
    return out.astype(object).where(out.notna(), None)


def _cells(df: pd.DataFrame) -> pd.DataFrame:
    """Text cells that cannot start a spreadsheet formula (CSV and XLSX only)."""
    return df.map(safe_cell) if len(df.columns) else df


def _readable(df: pd.DataFrame) -> pd.DataFrame:
    """Locations spelled as people read them (HTML only; CSV/JSON/XLSX keep the exact URIs)."""
    out = _plain(df)
    for col in out.columns:
        if col in LOCATION_COLUMNS:
            out[col] = out[col].map(lambda v: display_location(v) if v is not None else None)
    return out


def _chart(df: pd.DataFrame, label: str, title: str) -> str:
    """A horizontal bar chart as inline SVG text."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    top = df.head(12).iloc[::-1]
    # Labels are folder and owner names anyone may choose: never read as mathtext ('$\\x{$' in a folder name
    # stopped the whole report with a parse error, '$...$' would show as a formula).
    with matplotlib.rc_context({"text.parse_math": False}):
        fig, ax = plt.subplots(figsize=(6.5, 0.35 * max(len(top), 2) + 1))
        ax.barh([str(v)[-50:] for v in top[label]], top["items"], color="#2f6690")
        ax.set_title(title)
        ax.set_xlabel("items with personal data")
        fig.tight_layout()
        buf = io.StringIO()
        fig.savefig(buf, format="svg")
        plt.close(fig)
    svg = buf.getvalue()
    return svg[svg.find("<svg") :]


def render_html(report: MinimisationReport) -> bytes:
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(data_dir("reports"))), autoescape=jinja2.select_autoescape(["html", "j2"])
    )
    sections = [
        {
            "key": k,
            "title": TITLES[k],
            "rows": len(df),
            "table": _readable(df).to_html(index=False, na_rep="", classes="data", border=0),
        }
        for k, df in report.sections.items()
    ]
    counts = [
        {
            "key": k,
            "title": COUNT_TITLES[k],
            "chart": _chart(df, k, COUNT_TITLES[k]) if len(df) else "",
            "table": _readable(df).to_html(index=False, na_rep="", classes="data", border=0),
        }
        for k, df in report.counts.items()
    ]
    html = env.get_template("minimisation.html.j2").render(
        summary=report.summary, db=report.db, sections=sections, counts=counts, titles=TITLES
    )
    return html.encode("utf-8")


def render_xlsx(report: MinimisationReport) -> bytes:
    buf = io.BytesIO()
    with pd.ExcelWriter(buf, engine="xlsxwriter", engine_kwargs={"options": XLSX_OPTIONS}) as xl:
        flat = {k: v for k, v in report.summary.items() if not isinstance(v, dict)}
        flat.update(
            {
                f"hidden_by_triage.{k}": json.dumps(v) if isinstance(v, dict) else v
                for k, v in report.summary["hidden_by_triage"].items()
            }
        )
        summary = pd.DataFrame(list(flat.items()), columns=["measure", "value"])
        _cells(summary).to_excel(xl, sheet_name="summary", index=False)
        for key, df in {**report.sections, **{f"by_{k}": v for k, v in report.counts.items()}}.items():
            _cells(_plain(df)).to_excel(xl, sheet_name=key[:31], index=False)
            xl.sheets[key[:31]].set_column(0, max(len(df.columns) - 1, 0), 22)
    return buf.getvalue()


def render_csv(report: MinimisationReport) -> bytes:
    """One CSV: a ``section`` column, then the union of every section's columns."""
    parts = [_plain(df).assign(section=key) for key, df in report.sections.items()]
    parts += [_plain(df).assign(section=f"by_{key}") for key, df in report.counts.items()]
    frame = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=["section"])
    cols = ["section"] + [c for c in frame.columns if c != "section"]
    # CRLF rows (RFC 4180): a CR or LF inside a name is then quoted, not a broken row.
    return str(_cells(frame[cols]).to_csv(index=False, lineterminator="\r\n")).encode("utf-8")


def render_json(report: MinimisationReport) -> bytes:
    doc: dict[str, Any] = {
        "report": "minimisation",
        "db": report.db,
        "summary": report.summary,
        "sections": {k: _plain(df).to_dict(orient="records") for k, df in report.sections.items()},
        "counts": {k: _plain(df).to_dict(orient="records") for k, df in report.counts.items()},
    }
    return (json.dumps(doc, ensure_ascii=False, indent=1, default=str) + "\n").encode("utf-8")


RENDERERS = {"html": render_html, "xlsx": render_xlsx, "csv": render_csv, "json": render_json}


def render(report: MinimisationReport, fmt: str) -> bytes:
    """The report as ``fmt`` (one of :data:`FORMATS`); an unknown format raises UnknownFormat."""
    return render_as(RENDERERS, report, fmt, "report")
