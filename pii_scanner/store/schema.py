"""The findings index schema (SQLAlchemy Core): one definition for SQLite and PostgreSQL.

Privacy: no column holds a plaintext identifier. Identifiers are stored as a masked display form
plus a keyed fingerprint (HMAC); item locations are stored with ID-shaped digit runs masked, and
matched across sweeps by ``location_key`` (HMAC of the real location). Mail subjects and
addresses are never stored; mailbox and sender appear only as masked form + fingerprint.
"""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa

# Integer primary keys: BIGINT on PostgreSQL, INTEGER (rowid alias, autoincrement) on SQLite.
Id = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


class _UtcDateTime(sa.types.TypeDecorator[datetime]):
    """A timestamp written as its moment in UTC: SQLite keeps a value's wall-clock digits and drops its
    offset, so a mail's ``23:30 +0100`` read back as 23:30 UTC (an hour late, the next day or year at the
    boundary). PostgreSQL's timestamptz is unchanged by this. A naive value is taken as UTC, as before."""

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: sa.Dialect) -> datetime | None:
        if value is None:
            return None
        if type(value) is not datetime:
            # A library's subclass (exchangelib's EWSDateTime) may refuse a plain UTC tzinfo.
            value = datetime(
                value.year,
                value.month,
                value.day,
                value.hour,
                value.minute,
                value.second,
                value.microsecond,
                tzinfo=value.tzinfo,
                fold=value.fold,
            )
        if value.tzinfo is not None:
            return value.astimezone(UTC)
        return value


Ts = _UtcDateTime()

# runs.stats key set when the run read its items without looking for names (NER off, PERSON not wanted).
RUN_NAMES_OFF = "names_off"
# runs.stats key set by every run that records its items' path traces (table path_traces): an item last read by
# a run without it (an index swept before store migration 16) has none, and an index search says so.
RUN_PATHS_TRACED = "paths_traced"

metadata = sa.MetaData()

schema_migrations = sa.Table(
    "schema_migrations",
    metadata,
    sa.Column("version", sa.Integer, primary_key=True),
    sa.Column("name", sa.String(200), nullable=False),
    sa.Column("applied_at", Ts, nullable=False),
)

runs = sa.Table(
    "runs",
    metadata,
    sa.Column("id", Id, primary_key=True, autoincrement=True),
    sa.Column("kind", sa.String(32), nullable=False),  # sweep, demo, ...
    sa.Column("config_key", sa.String(200), nullable=False),  # what the sweep lock is keyed by
    sa.Column("started_at", Ts, nullable=False),
    sa.Column("finished_at", Ts),
    sa.Column("status", sa.String(16), nullable=False),  # running, ok, partial, failed, interrupted
    sa.Column("exit_code", sa.Integer),
    sa.Column("host", sa.String(255), nullable=False, server_default=""),
    sa.Column("pid", sa.Integer),
    sa.Column("who", sa.String(255), nullable=False, server_default=""),
    sa.Column("stats", sa.JSON),  # counters: seen, scanned, skipped, removed, findings, errors; RUN_NAMES_OFF
)

sources = sa.Table(
    "sources",
    metadata,
    sa.Column("id", Id, primary_key=True, autoincrement=True),
    sa.Column("name", sa.String(255), nullable=False, unique=True),
    sa.Column("kind", sa.String(64), nullable=False),
    sa.Column("spec", sa.JSON),  # the source's config table without secrets
    sa.Column("created_at", Ts, nullable=False),
    sa.Column("last_run_id", Id, sa.ForeignKey("runs.id")),
    sa.Column("last_complete_run_id", Id, sa.ForeignKey("runs.id")),  # last full listing stored
    # Keyed hash of the normalised spec: what the source IS (names are masked and may collide).
    sa.Column("identity", sa.String(64)),
)
sa.Index("ux_sources_identity", sources.c.identity, unique=True)

# Per-source incremental state (core.state.SourceState): IMAP UIDs, EWS sync state, delta links.
source_state = sa.Table(
    "source_state",
    metadata,
    sa.Column("source_id", Id, sa.ForeignKey("sources.id"), primary_key=True),
    sa.Column("key", sa.String(255), primary_key=True),
    sa.Column("value", sa.Text, nullable=False),
    sa.Column("updated_at", Ts, nullable=False),
)

items = sa.Table(
    "items",
    metadata,
    sa.Column("id", Id, primary_key=True, autoincrement=True),
    sa.Column("source_id", Id, sa.ForeignKey("sources.id"), nullable=False),
    sa.Column("location_key", sa.String(64), nullable=False),  # HMAC of the full location
    sa.Column("location", sa.Text, nullable=False),  # display form, ID-shaped digits masked
    sa.Column("path", sa.Text, nullable=False),  # outer file / mailbox, masked the same way
    sa.Column("top_key", sa.String(64), nullable=False),  # location_key of the top-level item
    sa.Column("parent_key", sa.String(64)),
    sa.Column("depth", sa.Integer, nullable=False, server_default="0"),
    sa.Column("mime", sa.String(255)),
    sa.Column("size", sa.BigInteger),
    sa.Column("mtime", Ts),
    sa.Column("change_key", sa.String(255)),  # size:mtime_ns:ctime_ns, mail change key, etag
    sa.Column("content_hash", sa.String(64)),
    sa.Column("origin", sa.String(16), nullable=False, server_default="unknown"),
    sa.Column("owner", sa.String(255), nullable=False, server_default=""),
    sa.Column("encrypted", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("encryption_reason", sa.String(255)),
    sa.Column("private", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("flags", sa.JSON, nullable=False),  # list of flag names (DESIGN.md)
    sa.Column("error", sa.Text),
    sa.Column("categories", sa.JSON, nullable=False),  # GDPR art. 9/10 categories
    sa.Column("doc_type", sa.String(64)),
    sa.Column("risk", sa.String(32)),
    sa.Column("risk_reasons", sa.JSON),
    sa.Column("languages", sa.JSON),
    sa.Column("entities", sa.JSON, nullable=False),  # sorted entity types found
    sa.Column("findings_count", sa.Integer, nullable=False, server_default="0"),
    sa.Column("metadata", sa.JSON),  # allow-listed, non-identifying keys only
    # Mail: no subject, no addresses. Mailbox/sender as masked + fingerprint only.
    sa.Column("mail_folder", sa.Text),
    sa.Column("mail_date", Ts),
    sa.Column("mail", sa.JSON),  # sensitivity, message_class, recipients count, mailbox_fp, ...
    sa.Column("external_recipients", sa.Boolean),
    # Retention (policies/retention.yaml): category, due date, basis; past_retention mirrors the flag.
    sa.Column("retention_category", sa.String(64)),
    sa.Column("retention_due", Ts),
    sa.Column("retention_basis", sa.String(64)),
    sa.Column("past_retention", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("first_seen_run", Id, sa.ForeignKey("runs.id"), nullable=False),
    sa.Column("scanned_run", Id, sa.ForeignKey("runs.id"), nullable=False),  # last time it was read
    sa.Column("first_seen_at", Ts, nullable=False),
    sa.Column("scanned_at", Ts, nullable=False),
    sa.Column("removed_at", Ts),  # vanished from its source (kept, not deleted)
    sa.Column("removed_run", Id, sa.ForeignKey("runs.id")),
    # The flags the item had before the run that last read it (``scanned_run``; [] when new or back from
    # removed in it): a batch written twice in one run reports the violations new in the run against them.
    sa.Column("flags_before_run", sa.JSON),
    sa.UniqueConstraint("source_id", "location_key", name="uq_items_source_location"),
)
sa.Index("ix_items_top", items.c.source_id, items.c.top_key)
sa.Index("ix_items_location_key", items.c.location_key)

findings = sa.Table(
    "findings",
    metadata,
    sa.Column("id", Id, primary_key=True, autoincrement=True),
    sa.Column("item_id", Id, sa.ForeignKey("items.id"), nullable=False),
    sa.Column("entity_type", sa.String(64), nullable=False),
    sa.Column("subtype", sa.String(64)),
    sa.Column("masked", sa.String(255), nullable=False),
    sa.Column("fingerprint", sa.String(64), nullable=False),  # HMAC-SHA256 of the normalised value
    sa.Column("score", sa.Float, nullable=False),
    sa.Column("start_offset", sa.Integer, nullable=False),
    sa.Column("end_offset", sa.Integer, nullable=False),
    sa.Column("part", sa.String(255)),
    sa.Column("context", sa.Text),  # core.privacy.mask_text of the text around the finding
    sa.Column("recognizer", sa.String(128)),
    sa.Column("checksum", sa.String(16)),
    sa.Column("first_seen_run", Id, sa.ForeignKey("runs.id"), nullable=False),
    sa.Column("first_seen_at", Ts, nullable=False),  # carried over when an item is re-read
    sa.Column("run_id", Id, sa.ForeignKey("runs.id"), nullable=False),  # run that wrote this row
    sa.UniqueConstraint(
        "item_id", "entity_type", "start_offset", "end_offset", "fingerprint", name="uq_findings_item_span"
    ),
)
sa.Index("ix_findings_fingerprint", findings.c.fingerprint)
sa.Index("ix_findings_item", findings.c.item_id)

# Fingerprints of normalised name tokens of PERSON findings, for person search (access requests).
# The normalisation lives in store/tokens.py (owned by the access-request search).
finding_tokens = sa.Table(
    "finding_tokens",
    metadata,
    sa.Column("finding_id", Id, sa.ForeignKey("findings.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("position", sa.Integer, primary_key=True),
    sa.Column("token_fp", sa.String(64), nullable=False),
)
sa.Index("ix_finding_tokens_fp", finding_tokens.c.token_fp)

# Keyed fingerprints of what an item's file and folder names could name a person by, whatever the words around
# them (``Sag 070761-4285/``, a bare-number folder, ``CV Søren Østergaard.pdf``): every CPR/personnummer-shaped
# digit run, e-mail address and name token (store/traces.py). Never reported; only the access search reads them,
# so the index answers as the live paths do. No plaintext: HMACs only.
path_traces = sa.Table(
    "path_traces",
    metadata,
    sa.Column("item_id", Id, sa.ForeignKey("items.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("trace_fp", sa.String(16), primary_key=True),  # a fingerprint's first 16 hex digits (traces.py)
)
sa.Index("ix_path_traces_fp", path_traces.c.trace_fp)

# Triage decisions keyed by (location_key, fingerprint): they survive re-sweeps and re-reads.
# fingerprint "" = the whole item (e.g. an approved exception to the retention rule).
triage = sa.Table(
    "triage",
    metadata,
    sa.Column("location_key", sa.String(64), primary_key=True),
    sa.Column("fingerprint", sa.String(64), primary_key=True),
    sa.Column("status", sa.String(16), nullable=False),  # TRIAGE_STATUSES
    sa.Column("note", sa.Text, nullable=False, server_default=""),
    sa.Column("who", sa.String(255), nullable=False),
    sa.Column("updated_at", Ts, nullable=False),
    sa.Column("expires_at", Ts),  # an exception lapses (reads "open" again) after this
)

# Append-only and hash-chained (triggers and the chain: store/audit_chain.py).
audit = sa.Table(
    "audit",
    metadata,
    sa.Column("id", Id, primary_key=True, autoincrement=True),
    sa.Column("at", Ts, nullable=False),
    sa.Column("actor", sa.String(255), nullable=False),
    sa.Column("action", sa.String(64), nullable=False),
    sa.Column("run_id", Id),
    sa.Column("subject", sa.String(255)),  # a location_key, source name or run id
    sa.Column("detail", sa.JSON),
    sa.Column("prev_hash", sa.String(64)),  # row_hash of the row before (by id); 64 zeros first
    sa.Column("row_hash", sa.String(64)),  # sha256(prev_hash + canonical content)
)
sa.Index("ix_audit_at", audit.c.at)

# A keyed check value of the fingerprint key the index was first swept with: a search under another key
# would match nothing and answer "nothing held", so that is refused instead.
index_key = sa.Table(
    "index_key",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("key_check", sa.String(64), nullable=False),
    sa.Column("recorded_at", Ts, nullable=False),
)

# Sweep locks: one row per running sweep configuration.
locks = sa.Table(
    "locks",
    metadata,
    sa.Column("name", sa.String(200), primary_key=True),
    sa.Column("run_id", Id),
    sa.Column("host", sa.String(255), nullable=False),
    sa.Column("pid", sa.Integer, nullable=False),
    sa.Column("acquired_at", Ts, nullable=False),
    sa.Column("heartbeat_at", Ts, nullable=False),
)

# "moved" (to the case system) and "deleted" are an owner's own account of what they did; the next
# sweep confirms them (the item is gone) or reopens them (it is still there).
TRIAGE_STATUSES = ("open", "false_positive", "exception", "resolved", "moved", "deleted")
CLOSED_STATUSES = ("false_positive", "exception", "resolved", "moved", "deleted")
