"""Findings of documents the CLI read as HTML moved back to raw-text offsets.

A ``.txt`` document that opens with markup ("<table>...") is typed ``text/html`` by the CLI, which reports offsets
into the visible text it extracted (tags dropped, whitespace collapsed), as the output contract says. The labels
index the raw text. Each finding's value is looked for in the raw text after the previous finding's place (the
extracted text keeps the document's order); one whose value is not found there keeps offsets (-1, -1) and counts as
a false hit, so nothing is dropped from the score.
"""

from __future__ import annotations

from collections.abc import Callable

HTML_MIME = "text/html"


def remap_html(
    records: list[dict[str, object]], texts: dict[str, str], doc_id_of: Callable[[dict[str, object]], str]
) -> tuple[list[dict[str, object]], int, list[str]]:
    """(records with the HTML items' findings at raw offsets, documents read as HTML, unmapped findings)."""
    html_docs = {
        doc_id_of(rec): str(rec.get("location"))
        for rec in records
        if rec.get("record") == "item" and rec.get("mime") == HTML_MIME and doc_id_of(rec) in texts
    }
    cursor: dict[str, int] = dict.fromkeys(html_docs, 0)
    unmapped: list[str] = []
    out: list[dict[str, object]] = []
    ordered = sorted(records, key=lambda r: (r.get("record") != "item", int(r.get("start", -1))))  # type: ignore[call-overload]
    for rec in ordered:
        did = doc_id_of(rec)
        if rec.get("record") == "item" or did not in html_docs or rec.get("location") != html_docs[did]:
            out.append(rec)
            continue
        value = str(rec.get("value", ""))
        at = texts[did].find(value, cursor[did]) if value else -1
        if at < 0:
            unmapped.append(f"{did} {rec.get('start')}-{rec.get('end')} {value!r}")
            out.append({**rec, "start": -1, "end": -1})
            continue
        cursor[did] = at + len(value)
        out.append({**rec, "start": at, "end": at + len(value)})
    return out, len(html_docs), unmapped
