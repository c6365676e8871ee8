"""Search results as JSON, CSV or a printable HTML page (template ``reports/access_request.html.j2``)."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from pii_scanner.access.cases import Case
from pii_scanner.access.excerpts import Excerpts
from pii_scanner.access.results import SearchResult
from pii_scanner.core.resources import data_dir
from pii_scanner.reports.cells import safe_row
from pii_scanner.reports.formats import render_as

FORMATS = ("json", "csv", "html")
_CSV_COLUMNS = (
    "rank",
    "match",
    "matched",
    "source",
    "owner",
    "folder",
    "path",
    "location",
    "private",
    "kinds",
    "categories",
    "flags",
    "modified",
    "mail_date",
    "first_seen",
    "last_scanned",
    "retention_category",
    "retention_due",
    "retention_basis",
    "retention_approximate",
    "retention_evidence",
    "findings",
    "seen_in",
)


def document(result: SearchResult, case: Case | None = None, excerpts: Excerpts | None = None) -> dict[str, Any]:
    doc = result.as_dict()
    if result.backups:
        doc["backups"] = result.backups
    if case is not None:  # a response pack: the doubtful items go to the DPO, never to the subject
        doc.pop("to_review", None)
        doc["counts"].pop("to_review", None)
        doc = {"case": case.as_dict(), **doc}
    if excerpts is not None:
        for item in doc["items"]:
            if not item["private"]:
                item["excerpts"] = excerpts.by_item.get(item["location_key"], [])
                item["excerpt_note"] = excerpts.unavailable.get(item["location_key"])
    return doc


def render_json(result: SearchResult, case: Case | None = None, excerpts: Excerpts | None = None) -> bytes:
    return json.dumps(document(result, case, excerpts), indent=2, ensure_ascii=False).encode("utf-8")


def render_csv(result: SearchResult) -> bytes:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=_CSV_COLUMNS)
    writer.writeheader()
    for item in result.as_dict()["items"]:
        row = {k: item.get(k) for k in _CSV_COLUMNS}
        row.update({f"retention_{k}": v for k, v in item["retention"].items()})
        row.update(item["dates"])
        for k in ("matched", "kinds", "categories", "flags", "seen_in"):
            row[k] = ";".join(item.get(k) or [])
        row["findings"] = ";".join(f"{f['entity_type']} {f['masked']}" for f in item.get("findings", []))
        writer.writerow(safe_row(row))
    return buf.getvalue().encode("utf-8")


def render_html(result: SearchResult, case: Case | None = None, excerpts: Excerpts | None = None) -> bytes:
    import jinja2

    doc = document(result, case, excerpts)
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(data_dir("reports"))), autoescape=jinja2.select_autoescape(["html", "j2"])
    )
    items = doc["items"]
    html = env.get_template("access_request.html.j2").render(
        result=doc
        | {
            "subject_fingerprint": result.subject_fingerprint,
            "subject": result.subject,
            "at": doc["at"],
            "live": result.live,
        },
        case=doc.get("case"),
        items=items,
        counts=doc["counts"],
        excerpts=excerpts,
        categories=sorted({c for i in items for c in i.get("categories", [])}),
        sources=sorted({i["source"] for i in items}),
        recipients=sum(1 for i in items if i.get("external_recipients")),
    )
    return html.encode("utf-8")


RENDERERS = {"json": render_json, "csv": render_csv, "html": render_html}


def render(result: SearchResult, fmt: str) -> bytes:
    """The search result as ``fmt`` (one of :data:`FORMATS`); an unknown format raises UnknownFormat."""
    return render_as(RENDERERS, result, fmt, "search output")
