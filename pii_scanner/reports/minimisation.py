"""The data-minimisation report: what to delete or move, built with pandas from the index.

Sections: items past retention; personal data on removable media and local drives; CPR mail still
in mailboxes (move to the case system and delete); one person's identifiers spread over many
locations; counts by owner, folder, source, category and age. Triage-closed findings are hidden
and counted.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pandas as pd
import sqlalchemy as sa

from pii_scanner.core.entities import NATIONAL_IDS
from pii_scanner.core.privacy import scrub
from pii_scanner.core.user_paths import require_output_folder
from pii_scanner.reports import frames
from pii_scanner.reports.render import render
from pii_scanner.reports.report_types import MinimisationReport
from pii_scanner.store import CLOSED_STATUSES, Store, open_store
from pii_scanner.store.schema import items as s_items

FORMATS = ("html", "xlsx", "csv", "json")
AGE_BINS = (0, 365, 3 * 365, 5 * 365, 10 * 365, 10**6)
AGE_LABELS = ("< 1 year", "1-3 years", "3-5 years", "5-10 years", "> 10 years")


def _age_bucket(ts: pd.Series, at: datetime) -> pd.Series:
    days = (pd.Timestamp(at) - ts).dt.days
    return pd.cut(days, bins=list(AGE_BINS), labels=list(AGE_LABELS), right=False)


def _closed_items(st: Store) -> set[str]:
    rows = st.rows("triage")
    return {r["location_key"] for r in rows if r["fingerprint"] == "" and r["status"] in CLOSED_STATUSES}


def retention_evidence(st: Store) -> pd.DataFrame:
    """Per item: the evidence for its retention decision, whether the date is approximate (both
    written by policy/apply.py into the item metadata), and whether it holds personal data itself or
    in anything inside it (a mail with a CV attached)."""
    i = s_items.c
    with st.engine.connect() as conn:
        rows = conn.execute(
            sa.select(i.id, i.metadata, i.top_key, i.findings_count).where(i.removed_at.is_(None))
        ).all()
    holds: dict[str, int] = {}
    for r in rows:
        holds[r[2]] = holds.get(r[2], 0) + int(r[3] or 0)
    data = [
        {
            "item_id": int(r[0]),
            "evidence": scrub(str((r[1] or {}).get("retention_evidence") or "")),
            "approximate": bool((r[1] or {}).get("retention_approximate")),
            "holds_personal_data": holds.get(r[2], 0) > 0,
        }
        for r in rows
    ]
    return pd.DataFrame(data, columns=["item_id", "evidence", "approximate", "holds_personal_data"])


EVIDENCE_COLUMNS = ["item_id", "category", "confidence", "anchor", "excerpt"]


def category_evidence(st: Store) -> pd.DataFrame:
    """One row per piece of special-category evidence (classify writes it into the item metadata):
    the category, how sure, whom it is about (the anchor's kind and masked form) and the masked
    sentence excerpt. Nothing here is plaintext: classify masks before anything is stored."""
    i = s_items.c
    with st.engine.connect() as conn:
        rows = conn.execute(
            sa.select(i.id, i.metadata).where(i.removed_at.is_(None) & (sa.cast(i.categories, sa.Text) != "[]"))
        ).all()
    data = [
        {
            "item_id": int(r[0]),
            "category": str(e.get("category", "")),
            "confidence": float(e.get("confidence") or 0.0),
            "anchor": " ".join(str(x) for x in (e.get("anchor"), e.get("anchor_masked")) if x),
            "excerpt": scrub(str(e.get("excerpt") or "")),
        }
        for r in rows
        for e in (r[1] or {}).get("category_evidence") or ()
        if isinstance(e, dict)
    ]
    return pd.DataFrame(data, columns=EVIDENCE_COLUMNS)


def past_retention(live: pd.DataFrame, evidence: pd.DataFrame, when: datetime) -> pd.DataFrame:
    """Files and messages (top-level items) past retention that hold personal data (themselves or
    in anything inside them); members go with their file. Each with its evidence."""
    due = live["retention_due"]
    past = live[due.notna() & (due <= pd.Timestamp(when)) & (live["depth"] == 0)].copy()
    past = past.merge(evidence, on="item_id", how="left")
    past = past[past["holds_personal_data"].fillna(False).astype(bool)].copy()
    past["approximate"] = past["approximate"].fillna(False).astype(bool)
    past["evidence"] = past["evidence"].fillna("")
    past["overdue_days"] = (pd.Timestamp(when) - past["retention_due"]).dt.days
    return past


_WHERE = {"removable": "removable media", "local": "local drive"}


def _sources_not_swept(st: Store) -> pd.DataFrame:
    """Sources whose last sweep did not complete (failed, held as a mass removal, interrupted): what the
    report shows of them is as old as their last complete sweep."""
    runs = {int(r["id"]): r for r in st.rows("runs")}

    def when(run_id: Any) -> str:
        run = runs.get(int(run_id)) if run_id is not None else None
        return str(run["started_at"])[:19] if run is not None else "never"

    rows = [
        {
            "source": str(src["name"]),
            "last_sweep": when(src["last_run_id"]),
            "last_complete_sweep": when(src["last_complete_run_id"]),
            "last_status": str(runs[int(src["last_run_id"])]["status"]) if src["last_run_id"] in runs else "",
        }
        for src in st.rows("sources")
        if src["last_run_id"] is not None and src["last_run_id"] != src["last_complete_run_id"]
    ]
    return pd.DataFrame(rows, columns=["source", "last_sweep", "last_complete_sweep", "last_status"])


def _flagged(flags: pd.Series, *names: str) -> pd.Series:
    """Rows whose flag set holds any of ``names``, as a boolean mask. Typed bool also when there are no
    rows: an empty object-dtype Series used as an indexer selects columns, not rows (a fresh index)."""
    wanted = set(names)
    return flags.map(lambda f: bool(f & wanted)).astype(bool)


def build(db: str | Store | None = None, *, at: datetime | None = None, spread_min: int = 3) -> MinimisationReport:
    """Compute every section as DataFrames (no rendering)."""
    when = at or datetime.now(UTC)
    st = db if isinstance(db, Store) else open_store(db, create=False)
    try:
        items = frames.items(st)
        fnd = frames.findings(st)
        closed_items = _closed_items(st)
        evidence = retention_evidence(st)
        cat_evidence = category_evidence(st)
        triage_rows = st.rows("triage")
        stale = _sources_not_swept(st)
        url = st.url
    finally:
        if not isinstance(db, Store):
            st.close()

    hidden_by_status = fnd[fnd["triage_status"].isin(CLOSED_STATUSES)]["triage_status"].astype(str).value_counts()
    open_f = fnd[~fnd["triage_status"].isin(CLOSED_STATUSES) & ~fnd["location_key"].isin(closed_items)]
    open_counts = open_f.groupby("item_id").size()
    items["open_findings"] = items["item_id"].map(open_counts).fillna(0).astype(int)
    items["open_entities"] = items["item_id"].map(
        open_f.groupby("item_id")["entity_type"].agg(lambda x: ", ".join(sorted(set(map(str, x)))))
    )
    items["folder"] = items["path"].map(lambda p: str(Path(p).parent) if p and p != "-" else "")
    items["age"] = _age_bucket(items["mail_date"].fillna(items["mtime"]), when)
    live = items[~items["location_key"].isin(closed_items)]
    # An item counts as holding personal data when open findings remain (members roll up to their file).
    has_pd = live[live["open_findings"] > 0]

    past = past_retention(live, evidence, when)
    past_cols = [
        "location",
        "source",
        "owner",
        "retention_category",
        "retention_basis",
        "retention_due",
        "approximate",
        "evidence",
        "overdue_days",
        "open_findings",
        "open_entities",
    ]

    flags = live["flags"].map(set)
    storage = has_pd[_flagged(flags.loc[has_pd.index], "removable_media", "local_storage")].copy()
    storage["where"] = storage["origin"].map(_WHERE)
    storage_cols = ["location", "where", "source", "owner", "open_findings", "open_entities"]

    is_mail = live["mail_folder"].notna() | live["mime"].astype(str).eq("message/rfc822")
    cpr_keys = set(open_f[open_f["entity_type"] == "DK_CPR"]["location_key"])
    cpr_mail = live[
        is_mail
        & (live["location_key"].isin(cpr_keys) | _flagged(flags, "unencrypted_cpr"))
        & ~live["private"].fillna(False).astype(bool)
    ].copy()
    cpr_mail["action"] = "move to the case system, then delete from the mailbox"
    mail_cols = [
        "location",
        "mail_folder",
        "mail_date",
        "source",
        "owner",
        "external_recipients",
        "open_entities",
        "action",
    ]

    ids = open_f[open_f["entity_type"].isin(sorted(NATIONAL_IDS))]
    spread = (
        ids.groupby("fingerprint", observed=True)
        .agg(
            entity_type=("entity_type", lambda x: str(x.iloc[0])),
            masked=("masked", "first"),
            locations=("path", "nunique"),
            sources=("source", lambda x: ", ".join(sorted(set(map(str, x))))),
            examples=("location", lambda x: " | ".join(sorted(set(x))[:5])),
        )
        .reset_index()
    )
    spread = spread[spread["locations"] >= spread_min].sort_values("locations", ascending=False)
    spread["fingerprint"] = spread["fingerprint"].str[:16]

    counts: dict[str, pd.DataFrame] = {}
    for key in ("owner", "folder", "source", "retention_category", "age"):
        grouped = has_pd.assign(**{key: has_pd[key].astype(str).replace({"nan": "(none)", "": "(none)"})})
        counts[key] = (
            grouped.groupby(key, observed=True)
            .agg(items=("item_id", "size"), findings=("open_findings", "sum"))
            .reset_index()
            .sort_values("items", ascending=False)
        )

    # An erased subject's identifier back in live data (access/ledger.py flags it after each sweep).
    restored = live[_flagged(flags, "restored_after_erasure")].copy()
    restored["action"] = "erase again; find how it came back (restore, copy) before the backup window closes"
    restored_cols = ["location", "source", "owner", "open_entities", "action"]

    # Special categories about a person, each with its evidence, strongest first.
    # Private mail read under an inspection keeps its evidence out, as in the console: the exception was
    # for the inspecting person, not for every reader of this report.
    readable = live[~live["private"].fillna(False).astype(bool)]
    special = readable[["item_id", "location", "source", "owner"]].merge(cat_evidence, on="item_id", how="inner")
    special = special.sort_values(["confidence", "location"], ascending=[False, True])
    special_cols = ["location", "source", "owner", "category", "confidence", "anchor", "excerpt"]

    # What could not be read says nothing about personal data: an encrypted archive on a USB key is not
    # "no personal data". Listed so someone opens it (private mail is counted apart: not read by rule).
    unread = readable[readable["encrypted"].fillna(False).astype(bool) | readable["error"].notna()].copy()
    unread["where"] = unread["origin"].astype(str).map(_WHERE).fillna(unread["origin"].astype(str))
    unread["why"] = unread["error"].fillna("encrypted").astype(str)
    unread_cols = ["location", "where", "source", "owner", "mime", "why"]

    sections = {
        "restored_after_erasure": restored[restored_cols],
        "past_retention": past[past_cols].sort_values("overdue_days", ascending=False),
        "removable_and_local": storage[storage_cols],
        "cpr_mail": cpr_mail[mail_cols],
        "identifier_spread": spread,
        "special_categories": special[special_cols],
        "not_read": unread[unread_cols],
        "sources_not_swept": stale,
    }
    summary = {
        "generated_at": when.isoformat(timespec="seconds"),
        "items_indexed": len(items),
        "items_with_personal_data": len(has_pd),
        "findings_open": len(open_f),
        "restored_after_erasure": len(restored),
        "past_retention": len(sections["past_retention"]),
        "removable_and_local": len(storage),
        "cpr_mail": len(cpr_mail),
        "identifier_spread": len(spread),
        "special_categories": int(special["item_id"].nunique()),
        "private_mail_not_read": int(live["private"].fillna(False).astype(bool).sum()),
        "not_read": len(unread),
        "sources_not_swept": len(stale),
        "hidden_by_triage": {
            "findings": int(hidden_by_status.sum()) + int(fnd["location_key"].isin(closed_items).sum()),
            "items": len(closed_items & set(items["location_key"])),
            "by_status": {str(k): int(v) for k, v in hidden_by_status.items()},
        },
        "triage_decisions": len(triage_rows),
    }
    return MinimisationReport(when, url, summary, sections, counts)


def minimisation(
    db: str | Store | None = None,
    *,
    fmt: str = "html",
    output: str | Path | None = None,
    at: datetime | None = None,
    spread_min: int = 3,
) -> tuple[MinimisationReport, bytes]:
    """Build and render the report; writes ``output`` when given. Returns the report and the bytes."""
    if output is not None:
        require_output_folder(output)  # before the work, as scan -o
    report = build(db, at=at, spread_min=spread_min)
    data = render(report, fmt)
    if output is not None:
        Path(output).write_bytes(data)
    return report, data


__all__ = ["FORMATS", "MinimisationReport", "build", "minimisation"]
