"""pandas API over the index: tidy DataFrames of findings, items, runs and the trend across sweeps.

``db`` is a URL, a SQLite path, None (the default index) or an open :class:`~pii_scanner.store.Store`.
Columns and dtypes are documented in ``docs/pandas.md`` and fixed here in ``*_COLUMNS``: they are the
same on SQLite and PostgreSQL and for an empty index (a notebook written against one runs on the other).

- low-cardinality text -> ``category`` (known values first, so charts keep a stable order);
- timestamps -> ``datetime64[us, UTC]`` (SQLite hands back naive UTC; PostgreSQL aware);
- text -> pandas ``string``; nullable flags -> ``boolean``; JSON lists -> Python lists.

No column holds a plaintext identifier: values are masked + fingerprinted by the store.
"""

from __future__ import annotations

import json
from typing import Any, NamedTuple

import pandas as pd
import sqlalchemy as sa

from pii_scanner.core.entities import ALL_ENTITIES
from pii_scanner.store import Store, open_store
from pii_scanner.store import schema as s

TS = "datetime64[us, UTC]"
# Known values first: a category dtype with a fixed order makes bar charts comparable across indexes.
KNOWN: dict[str, tuple[str, ...]] = {
    "entity_type": ALL_ENTITIES,
    "origin": ("local", "removable", "share", "mail", "stdin", "unknown"),
    "triage_status": ("open", "false_positive", "exception", "resolved"),
    "risk": ("low", "medium", "high"),
    "status": ("running", "ok", "partial", "failed", "interrupted", "refused"),
}

ITEM_COLUMNS: dict[str, str] = {
    "item_id": "int64",
    "source": "category",
    "source_kind": "category",
    "location_key": "string",
    "location": "string",
    "path": "string",
    "folder": "string",
    "name": "string",
    "parent_key": "string",
    "depth": "int64",
    "mime": "category",
    "size": "Int64",
    "mtime": TS,
    "document_date": TS,
    "origin": "category",
    "owner": "category",
    "encrypted": "boolean",
    "private": "boolean",
    "flags": "object",
    "error": "string",
    "categories": "object",
    "doc_type": "category",
    "risk": "category",
    "entities": "object",
    "findings_count": "int64",
    "mail_folder": "string",
    "mail_date": TS,
    "external_recipients": "boolean",
    "retention_category": "category",
    "retention_due": TS,
    "retention_basis": "string",
    "past_retention": "boolean",
    "first_seen_run": "Int64",
    "first_seen_at": TS,
    "scanned_run": "Int64",
    "scanned_at": TS,
    "removed_run": "Int64",
    "removed_at": TS,
    "content_hash": "string",
}
FINDING_COLUMNS: dict[str, str] = {
    "finding_id": "int64",
    "item_id": "int64",
    "source": "category",
    "location_key": "string",
    "location": "string",
    "path": "string",
    "folder": "string",
    "mime": "category",
    "origin": "category",
    "owner": "category",
    "mail_folder": "string",
    "document_date": TS,
    "entity_type": "category",
    "subtype": "category",
    "masked": "string",
    "fingerprint": "string",
    "score": "float64",
    "start": "int64",
    "end": "int64",
    "part": "string",
    "context": "string",
    "recognizer": "category",
    "checksum": "category",
    "first_seen_run": "Int64",
    "first_seen_at": TS,
    "run_id": "Int64",
    "removed_at": TS,
    "triage_status": "category",
    "triage_note": "string",
    "triage_who": "string",
}
RUN_COLUMNS: dict[str, str] = {
    "run_id": "int64",
    "kind": "category",
    "started_at": TS,
    "finished_at": TS,
    "duration": "timedelta64[us]",
    "status": "category",
    "exit_code": "Int64",
    "host": "category",
    "pid": "Int64",
    "who": "category",
    "seen": "Int64",
    "read": "Int64",
    "skipped": "Int64",
    "results": "Int64",
    "findings": "Int64",
    "new_findings": "Int64",
    "removed": "Int64",
    "errors": "Int64",
    "new_violations": "Int64",
    "failed_sources": "Int64",
}
SCAN_ITEM_COLUMNS: dict[str, str] = {
    "source": "category",
    "location": "string",
    "path": "string",
    "folder": "string",
    "parent": "string",
    "mime": "category",
    "size": "Int64",
    "mtime": TS,
    "document_date": TS,
    "origin": "category",
    "owner": "category",
    "encrypted": "boolean",
    "private": "boolean",
    "flags": "object",
    "error": "string",
    "findings_count": "int64",
    "entities": "object",
    "categories": "object",
    "doc_type": "category",
    "risk": "category",
    "languages": "object",
    "mail_folder": "string",
    "mail_date": TS,
    "external_recipients": "boolean",
}
_SCAN_ITEM_KEYS = ("source", "mime", "origin", "owner", "mail_folder", "mail_date", "mtime")
SCAN_FINDING_COLUMNS: dict[str, str] = {
    "source": "category",
    "location": "string",
    "path": "string",
    "folder": "string",
    "mime": "category",
    "origin": "category",
    "owner": "category",
    "mail_folder": "string",
    "mail_date": TS,
    "mtime": TS,
    "document_date": TS,
    "entity_type": "category",
    "subtype": "category",
    "masked": "string",
    "fingerprint": "string",
    "score": "float64",
    "start": "int64",
    "end": "int64",
    "part": "string",
    "recognizer": "category",
    "checksum": "category",
}


class ScanFrames(NamedTuple):
    items: pd.DataFrame
    findings: pd.DataFrame


def _read(db: str | Store | None, query: sa.Select[Any]) -> pd.DataFrame:
    st, own = (db, False) if isinstance(db, Store) else (open_store(db, create=False), True)
    try:
        with st.engine.connect() as conn:
            return pd.read_sql_query(query, conn)
    finally:
        if own:
            st.close()


def _category(values: pd.Series, known: tuple[str, ...]) -> pd.Series:
    seen = sorted({str(v) for v in values.dropna()} - set(known))
    cats = pd.Index([*known, *seen], dtype="str")
    return pd.Series(pd.Categorical(values.where(values.notna(), None), categories=cats), index=values.index)


def conform(df: pd.DataFrame, columns: dict[str, str]) -> pd.DataFrame:
    """Give ``df`` exactly ``columns`` (missing ones filled with nulls) with their documented dtypes."""
    out = pd.DataFrame(index=df.index)
    for col, dtype in columns.items():
        raw = df[col] if col in df else pd.Series([None] * len(df), index=df.index, dtype="object")
        if dtype == TS:
            out[col] = pd.to_datetime(raw, utc=True, format="mixed").astype(TS)
        elif dtype == "category":
            out[col] = _category(raw, KNOWN.get(col, ()))
        elif dtype == "object":  # JSON lists
            out[col] = pd.Series(
                [json.loads(v) if isinstance(v, str) else (list(v) if v is not None else []) for v in raw],
                index=df.index,
                dtype="object",
            )
        elif dtype == "boolean":
            out[col] = raw.astype("object").where(raw.notna(), None).astype("boolean")
        elif dtype.startswith("timedelta"):
            out[col] = pd.to_timedelta(raw).astype(dtype)
        else:
            out[col] = raw.astype(dtype)
    return out


def _folder(df: pd.DataFrame) -> pd.Series:
    """Where an analyst would look for it: the mail folder, else the folder of the outer file."""
    parent = df["path"].astype("string").str.replace(r"[\\/][^\\/]*$", "", regex=True)
    mail = df["mail_folder"].astype("string")
    return mail.where(mail.notna() & (mail != ""), parent)


def _derived(df: pd.DataFrame) -> pd.DataFrame:
    if len(df):
        df["folder"] = _folder(df)
        dates = pd.to_datetime(df["mail_date"], utc=True, format="mixed").astype(TS)
        df["document_date"] = dates.fillna(pd.to_datetime(df["mtime"], utc=True, format="mixed").astype(TS))
    return df


def items(db: str | Store | None = None, *, include_removed: bool = False) -> pd.DataFrame:
    """One row per indexed item (files, archive members, messages, attachments); see ``ITEM_COLUMNS``.

    ``folder`` is the mail folder or the folder of the outer file; ``document_date`` the mail date or
    the file's modification time (what the retention rules count from).
    """
    i, src = s.items.c, s.sources.c
    query = (
        sa.select(
            i.id.label("item_id"),
            src.name.label("source"),
            src.kind.label("source_kind"),
            i.location_key,
            i.location,
            i.path,
            i.parent_key,
            i.depth,
            i.mime,
            i.size,
            i.mtime,
            i.origin,
            i.owner,
            i.encrypted,
            i.private,
            i.flags,
            i.error,
            i.categories,
            i.doc_type,
            i.risk,
            i.entities,
            i.findings_count,
            i.mail_folder,
            i.mail_date,
            i.external_recipients,
            i.retention_category,
            i.retention_due,
            i.retention_basis,
            i.past_retention,
            i.first_seen_run,
            i.first_seen_at,
            i.scanned_run,
            i.scanned_at,
            i.removed_run,
            i.removed_at,
            i.content_hash,
        )
        .join_from(s.items, s.sources, i.source_id == src.id)
        .order_by(i.id)
    )
    if not include_removed:
        query = query.where(i.removed_at.is_(None))
    df = _derived(_read(db, query))
    if len(df):
        df["name"] = df["location"].astype("string").str.replace(r"^.*[/!\\]", "", regex=True)
    return conform(df, ITEM_COLUMNS)


def findings(db: str | Store | None = None, *, include_removed: bool = False) -> pd.DataFrame:
    """One row per finding with its item's source/location/owner/folder and triage status; see
    ``FINDING_COLUMNS``. ``masked`` and ``fingerprint`` are the only forms of the value."""
    f, i, src, t = s.findings.c, s.items.c, s.sources.c, s.triage.c
    query = (
        sa.select(
            f.id.label("finding_id"),
            f.item_id,
            src.name.label("source"),
            i.location_key,
            i.location,
            i.path,
            i.mime,
            i.origin,
            i.owner,
            i.mail_folder,
            i.mail_date,
            i.mtime,
            f.entity_type,
            f.subtype,
            f.masked,
            f.fingerprint,
            f.score,
            f.start_offset.label("start"),
            f.end_offset.label("end"),
            f.part,
            f.context,
            f.recognizer,
            f.checksum,
            f.first_seen_run,
            f.first_seen_at,
            f.run_id,
            i.removed_at,
            sa.func.coalesce(t.status, "open").label("triage_status"),
            t.note.label("triage_note"),
            t.who.label("triage_who"),
        )
        .join_from(s.findings, s.items, f.item_id == i.id)
        .join(s.sources, i.source_id == src.id)
        .outerjoin(s.triage, (t.location_key == i.location_key) & (t.fingerprint == f.fingerprint))
        .order_by(f.id)
    )
    if not include_removed:
        query = query.where(i.removed_at.is_(None))
    return conform(_derived(_read(db, query)), FINDING_COLUMNS)


def runs(db: str | Store | None = None) -> pd.DataFrame:
    """One row per run (sweeps, demos), the run's counters flattened into columns; see ``RUN_COLUMNS``."""
    r = s.runs.c
    df = _read(
        db,
        sa.select(
            r.id.label("run_id"),
            r.kind,
            r.started_at,
            r.finished_at,
            r.status,
            r.exit_code,
            r.host,
            r.pid,
            r.who,
            r.stats,
        ).order_by(r.id),
    )
    stats = pd.DataFrame([json.loads(v) if isinstance(v, str) else (v or {}) for v in df["stats"]], index=df.index)
    df = pd.concat([df.drop(columns=["stats"]), stats.drop(columns=[c for c in stats if c in df])], axis=1)
    if len(df):
        df["duration"] = pd.to_datetime(df["finished_at"], utc=True, format="mixed") - pd.to_datetime(
            df["started_at"], utc=True, format="mixed"
        )
    extra = {c: "Int64" for c in stats if c not in RUN_COLUMNS and pd.api.types.is_numeric_dtype(stats[c])}
    return conform(df, RUN_COLUMNS | extra)


def trend(db: str | Store | None = None) -> pd.DataFrame:
    """Per finished run: items live after it, live items holding personal data, items added/removed.

    Built from each item's ``first_seen_run``/``removed_run``, so it is exact across sweeps even though
    an item's findings are replaced when it is re-read.
    """
    st, own = (db, False) if isinstance(db, Store) else (open_store(db, create=False), True)
    try:
        all_items, all_runs = items(st, include_removed=True), runs(st)
    finally:
        if own:
            st.close()
    done = all_runs[all_runs["finished_at"].notna()]
    rows = []
    for run in done.itertuples(index=False):
        rid = run.run_id
        alive = (all_items["first_seen_run"] <= rid) & ~(all_items["removed_run"].fillna(rid + 1) <= rid)
        rows.append(
            {
                "run_id": rid,
                "finished_at": run.finished_at,
                "kind": run.kind,
                "live_items": int(alive.sum()),
                "items_with_findings": int((alive & (all_items["findings_count"] > 0)).sum()),
                "added": int((all_items["first_seen_run"] == rid).sum()),
                "removed": int((all_items["removed_run"] == rid).sum()),
            }
        )
    return conform(
        pd.DataFrame(rows),
        {
            "run_id": "int64",
            "finished_at": TS,
            "kind": "category",
            "live_items": "int64",
            "items_with_findings": "int64",
            "added": "int64",
            "removed": "int64",
        },
    )
