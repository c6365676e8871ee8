"""pandas API over the index: tidy DataFrames of findings, items and runs.

Categoricals for low-cardinality text columns, tz-aware (UTC) timestamps, JSON lists as Python lists.
``db`` is a URL, a SQLite path, None (the default index) or an open :class:`~pii_scanner.store.Store`.
"""

from __future__ import annotations

from typing import Any

import pandas as pd
import sqlalchemy as sa

from pii_scanner.store import Store, open_store
from pii_scanner.store import schema as s

_ITEM_CATEGORIES = ("origin", "mime", "doc_type", "risk", "retention_category", "source", "source_kind", "owner")
_FINDING_CATEGORIES = ("entity_type", "subtype", "origin", "source", "recognizer", "triage_status")


def _store(db: str | Store | None) -> tuple[Store, bool]:
    return (db, False) if isinstance(db, Store) else (open_store(db), True)


def _read(db: str | Store | None, query: sa.Select[Any]) -> pd.DataFrame:
    st, own = _store(db)
    try:
        with st.engine.connect() as conn:
            return pd.read_sql_query(query, conn)
    finally:
        if own:
            st.close()


def _tidy(df: pd.DataFrame, times: tuple[str, ...], cats: tuple[str, ...], bools: tuple[str, ...] = ()) -> pd.DataFrame:
    for col in times:
        if col in df:
            df[col] = pd.to_datetime(df[col], utc=True, format="mixed")
    for col in cats:
        if col in df:
            df[col] = df[col].astype("category")
    for col in bools:
        if col in df:
            df[col] = df[col].astype("boolean")
    return df


def _json_lists(df: pd.DataFrame, cols: tuple[str, ...]) -> pd.DataFrame:
    import json

    for col in cols:
        if col in df:
            df[col] = [json.loads(v) if isinstance(v, str) else (v if v is not None else []) for v in df[col]]
    return df


def items(db: str | Store | None = None, *, include_removed: bool = False) -> pd.DataFrame:
    """One row per indexed item (files, members, messages, attachments)."""
    i, src = s.items.c, s.sources.c
    query = sa.select(
        i.id.label("item_id"), src.name.label("source"), src.kind.label("source_kind"), i.location_key,
        i.location, i.path, i.parent_key, i.depth, i.mime, i.size, i.mtime, i.origin, i.owner, i.encrypted,
        i.private, i.flags, i.error, i.categories, i.doc_type, i.risk, i.entities, i.findings_count,
        i.mail_folder, i.mail_date, i.external_recipients, i.retention_category, i.retention_due,
        i.retention_basis, i.past_retention, i.first_seen_at, i.scanned_at, i.removed_at, i.content_hash,
    ).join_from(s.items, s.sources, i.source_id == src.id).order_by(i.id)
    if not include_removed:
        query = query.where(i.removed_at.is_(None))
    df = _read(db, query)
    df = _json_lists(df, ("flags", "categories", "entities"))
    return _tidy(df, ("mtime", "mail_date", "retention_due", "first_seen_at", "scanned_at", "removed_at"),
                 _ITEM_CATEGORIES, ("encrypted", "private", "external_recipients", "past_retention"))


def findings(db: str | Store | None = None, *, include_removed: bool = False) -> pd.DataFrame:
    """One row per finding, with its item's location/source/origin and its triage status."""
    f, i, src, t = s.findings.c, s.items.c, s.sources.c, s.triage.c
    query = (
        sa.select(
            f.id.label("finding_id"), f.item_id, src.name.label("source"), i.location_key, i.location, i.path,
            i.origin, i.owner, i.mail_folder, f.entity_type, f.subtype, f.masked, f.fingerprint, f.score,
            f.start_offset.label("start"), f.end_offset.label("end"), f.part, f.context, f.recognizer,
            f.checksum, f.first_seen_at, i.removed_at,
            sa.func.coalesce(t.status, "open").label("triage_status"), t.note.label("triage_note"),
            t.who.label("triage_who"),
        )
        .join_from(s.findings, s.items, f.item_id == i.id)
        .join(s.sources, i.source_id == src.id)
        .outerjoin(s.triage, (t.location_key == i.location_key) & (t.fingerprint == f.fingerprint))
        .order_by(f.id)
    )
    if not include_removed:
        query = query.where(i.removed_at.is_(None))
    df = _read(db, query)
    return _tidy(df, ("first_seen_at", "removed_at"), _FINDING_CATEGORIES)


def runs(db: str | Store | None = None) -> pd.DataFrame:
    """One row per sweep run, counters flattened into columns."""
    r = s.runs.c
    df = _read(db, sa.select(r.id.label("run_id"), r.kind, r.started_at, r.finished_at, r.status, r.exit_code,
                             r.host, r.pid, r.who, r.stats).order_by(r.id))
    df = _json_lists(df, ())
    import json

    stats = pd.DataFrame([json.loads(v) if isinstance(v, str) else (v or {}) for v in df["stats"]],
                         index=df.index)
    df = pd.concat([df.drop(columns=["stats"]), stats], axis=1)
    df = _tidy(df, ("started_at", "finished_at"), ("kind", "status", "host", "who"))
    df["duration"] = df["finished_at"] - df["started_at"]
    return df
