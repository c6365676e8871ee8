"""A small versioned migration runner (no alembic).

Why not alembic: the schema is small, must carry dialect-specific triggers (append-only audit log),
and has to migrate itself silently on ``open_store`` in an installed wheel, without an
``alembic.ini``/script folder to ship and locate. Each migration is a numbered function; the
applied ones are listed in ``schema_migrations``. Migrations run in one transaction (PostgreSQL
also takes an advisory lock so two processes opening a fresh database do not race).

Adding a change: edit ``schema.py`` and append ``(n, "name", fn)`` to MIGRATIONS where ``fn`` adds
what is missing (``add_column_if_missing``), so a database created by an older version catches up.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import UTC, datetime

import sqlalchemy as sa

from pii_scanner.core.errors import StoreError
from pii_scanner.core.privacy import (
    KEY_ENV,
    Fingerprinter,
    address_tag,
    default_key_path,
    load_key,
    scrub_config,
    scrub_location,
)
from pii_scanner.store import accounts, audit_chain, schema

Migration = Callable[[sa.Connection], None]


def _initial(conn: sa.Connection) -> None:
    tables = [t for t in schema.metadata.sorted_tables if t.name != "schema_migrations"]
    schema.metadata.create_all(conn, tables=tables, checkfirst=True)
    audit_chain.install_triggers(conn)


def add_column_if_missing(conn: sa.Connection, table: sa.Table, column: str) -> None:
    """Helper for later migrations: add ``table.c[column]`` unless it is there already."""
    present = {c["name"] for c in sa.inspect(conn).get_columns(table.name)}
    if column in present:
        return
    col = table.c[column]
    ddl = col.type.compile(dialect=conn.dialect)
    conn.exec_driver_sql(f'ALTER TABLE {table.name} ADD COLUMN "{column}" {ddl}')


# --- access requests (owned by pii_scanner/access) -------------------------------------
# GDPR art. 15 request cases. The subject is stored as fingerprints only (``subject_key`` JSON).
access_requests = sa.Table(
    "access_requests",
    schema.metadata,
    sa.Column("id", schema.Id, primary_key=True, autoincrement=True),
    sa.Column("reference", sa.String(100), nullable=False, server_default=""),  # ticket number, scrubbed
    sa.Column("subject_fp", sa.String(64), nullable=False),
    sa.Column("subject_key", sa.JSON, nullable=False),  # access.subject.SubjectKey.to_json()
    sa.Column("received_on", sa.Date, nullable=False),
    sa.Column("due_on", sa.Date, nullable=False),  # received + 28 days
    sa.Column("extended_to", sa.Date),  # at most 2 months after due_on (GDPR art. 12(3))
    sa.Column("extension_reason", sa.Text),
    sa.Column("status", sa.String(16), nullable=False),  # open, closed
    sa.Column("opened_at", schema.Ts, nullable=False),
    sa.Column("opened_by", sa.String(255), nullable=False),
    sa.Column("closed_at", schema.Ts),
    sa.Column("last_export_at", schema.Ts),
)
sa.Index("ix_access_requests_subject", access_requests.c.subject_fp)


def _access_requests(conn: sa.Connection) -> None:
    access_requests.create(conn, checkfirst=True)
    for index in access_requests.indexes:
        index.create(conn, checkfirst=True)


# Erasure ledger: after an erasure the subject's identifiers are kept ONLY as keyed fingerprints (the
# same HMAC the findings carry), with the date and the case, so later sweeps can tell a restored copy.
erasure_ledger = sa.Table(
    "erasure_ledger",
    schema.metadata,
    sa.Column("id", schema.Id, primary_key=True, autoincrement=True),
    sa.Column("case_ref", sa.String(100), nullable=False, server_default=""),  # scrubbed
    sa.Column("subject_fp", sa.String(64), nullable=False),
    sa.Column("fingerprints", sa.JSON, nullable=False),  # identifier fingerprints (cpr, pnr, e-mail, phone)
    sa.Column("kinds", sa.JSON, nullable=False),  # criteria kinds, for the report
    # The fingerprints by kind ({"cpr": [...], "phone": [...]}): a CPR and a phone with the same digits are two.
    # NULL in an entry recorded before store migration 17 with several kinds: each looked for as every kind.
    sa.Column("by_kind", sa.JSON),
    # How many digits the entry's phones are written with (never the digits): the sweep hashes only those.
    sa.Column("phone_digits", sa.JSON),
    sa.Column("erased_on", sa.Date, nullable=False),
    sa.Column("recorded_at", schema.Ts, nullable=False),
    sa.Column("recorded_by", sa.String(255), nullable=False),
)
sa.Index("ix_erasure_ledger_subject", erasure_ledger.c.subject_fp)


def _erasure_ledger(conn: sa.Connection) -> None:
    erasure_ledger.create(conn, checkfirst=True)
    for index in erasure_ledger.indexes:
        index.create(conn, checkfirst=True)


# --- end access requests -------------------------------------------------------------------------


def _source_identity(conn: sa.Connection) -> None:
    add_column_if_missing(conn, schema.sources, "identity")
    for index in schema.sources.indexes:
        index.create(conn, checkfirst=True)


def _audit_chain(conn: sa.Connection) -> None:
    add_column_if_missing(conn, schema.audit, "prev_hash")
    add_column_if_missing(conn, schema.audit, "row_hash")
    audit_chain.install_triggers(conn)
    audit_chain.backfill(conn)


def _index_key(conn: sa.Connection) -> None:
    schema.index_key.create(conn, checkfirst=True)


def _addresses_in_locations(conn: sa.Connection, key: bytes | None = None) -> None:
    """Rows stored before e-mail addresses were masked in locations get the masked form now (tagged with
    the index's key, as new rows are: the key is read only when a row needs it)."""
    i = schema.items.c
    columns = (i.location, i.path, i.error, i.mail_folder)
    has_address = sa.or_(*(sa.or_(c.contains("@"), c.contains("%40", autoescape=True)) for c in columns))
    rows = conn.execute(sa.select(i.id, *columns).where(has_address)).all()
    if not rows:
        return
    tag = _tag_for(key)
    for row in rows:
        masked = {c.name: scrub_location(row._mapping[c.name], tag) for c in columns}
        if any(masked[c.name] != row._mapping[c.name] for c in columns):
            conn.execute(schema.items.update().where(i.id == row.id).values(**masked))


def _tag_for(key: bytes | None) -> Callable[[str], str] | None:
    # A reader without the key (a copied index) masks without the tag, and creates no key file.
    if key is not None or os.environ.get(KEY_ENV) or default_key_path().exists():
        return address_tag(Fingerprinter(key if key is not None else load_key()))
    return None


def _sites_and_source_specs(conn: sa.Connection, key: bytes | None = None) -> None:
    """Rows stored before OneDrive/SharePoint users and personal sites, and the addresses in sources'
    configurations, were masked get the masked form now: item locations of those sources, owner-map
    prefixes naming them, and each source's stored configuration and label."""
    i = schema.items.c
    columns = (i.location, i.path, i.error)
    site = sa.or_(
        *(sa.or_(c.startswith("onedrive://"), c.startswith("sharepoint://"), c.contains("/personal/")) for c in columns)
    )
    items = conn.execute(sa.select(i.id, *columns).where(site)).all()
    src = schema.sources.c
    sources = conn.execute(sa.select(src.id, src.name, src.spec)).all()
    prefixes = conn.execute(sa.select(accounts.owner_map.c.prefix)).scalars().all()
    if not items and not sources and not prefixes:
        return
    tag = _tag_for(key)
    for row in items:
        masked = {c.name: scrub_location(row._mapping[c.name], tag) for c in columns}
        if any(masked[c.name] != row._mapping[c.name] for c in columns):
            conn.execute(schema.items.update().where(i.id == row.id).values(**masked))
    for prefix in prefixes:
        shown = scrub_location(prefix, tag)
        if shown != prefix:
            conn.execute(accounts.owner_map.update().where(accounts.owner_map.c.prefix == prefix).values(prefix=shown))
    taken = {str(r.name) for r in sources}
    for source in sources:
        spec = source.spec if isinstance(source.spec, dict) else {}
        values: dict[str, object] = {"spec": {k: _masked(v, tag) for k, v in spec.items()}}
        label = scrub_config(str(source.name), tag) or str(source.name)
        if label != source.name and label not in taken:
            values["name"] = label
            taken.add(label)
        conn.execute(schema.sources.update().where(src.id == source.id).values(**values))


def _masked(value: object, tag: Callable[[str], str] | None) -> object:
    if isinstance(value, str):
        return scrub_config(value, tag)
    if isinstance(value, list):
        return [scrub_config(v, tag) if isinstance(v, str) else v for v in value]
    return value


def _reread_mail(conn: sa.Connection) -> None:
    """Mail stored before the sender's fingerprint was taken of the bare address (a display name made it
    match no search) is read again by the next sweep: the address itself was never kept, so only a new
    read can give the right fingerprint. Clearing the change key of each top-level item holding a sender does it."""
    i = schema.items.c
    tops = sa.select(i.top_key).where(i.mail["sender_fp"].as_string().is_not(None)).scalar_subquery()
    conn.execute(schema.items.update().where(i.location_key.in_(tops)).values(change_key=None))


def _ledger_kinds(conn: sa.Connection) -> None:
    """Ledger fingerprints kept by kind. An older entry of one kind gets it; one of several kinds cannot be
    told apart (keyed hashes) and is looked for as every kind of the entry, as before."""
    add_column_if_missing(conn, erasure_ledger, "by_kind")
    add_column_if_missing(conn, erasure_ledger, "phone_digits")
    t = erasure_ledger.c
    for row in conn.execute(sa.select(t.id, t.kinds, t.fingerprints).where(t.by_kind.is_(None))).all():
        kinds = list(row.kinds or [])
        if len(kinds) == 1:
            by_kind = {str(kinds[0]): list(row.fingerprints or [])}
            conn.execute(erasure_ledger.update().where(t.id == row.id).values(by_kind=by_kind))


def _path_traces(conn: sa.Connection) -> None:
    """The table of path traces. Items swept before have none (their locations are stored masked, so the traces
    cannot be made here): the index search counts them (``paths_not_traced``, partial) until a sweep reads them
    again, which the next sweep does (their change keys cleared, as in ``_reread_mail``); mail servers' items
    have no places to trace."""
    schema.path_traces.create(conn, checkfirst=True)
    for index in schema.path_traces.indexes:
        index.create(conn, checkfirst=True)
    i = schema.items.c
    conn.execute(schema.items.update().where((i.depth == 0) & ~server_location(i.location)).values(change_key=None))


def _phone_traces(conn: sa.Connection) -> None:
    """Path traces of phones' forms (store/traces.py): items traced before hold none, and their places are stored
    masked, so the next sweep reads them again (change keys cleared, as in ``_path_traces``); until then a phone
    search by the index counts them (``paths_not_traced``, partial)."""
    i = schema.items.c
    conn.execute(schema.items.update().where((i.depth == 0) & ~server_location(i.location)).values(change_key=None))


def _encoded_traces(conn: sa.Connection) -> None:
    """Traces of values the text writes only encoded (store/traces.py): items read before hold none, and their
    text is not kept, so the next sweep reads them again (change keys cleared, as in ``_path_traces``; a mail
    server's messages too where its source lists them again); until then an identifier search by the index
    counts them (``paths_not_traced``, partial)."""
    i = schema.items.c
    conn.execute(schema.items.update().where(i.depth == 0).values(change_key=None))


def _flags_before_run(conn: sa.Connection) -> None:
    """Items keep the flags they had before the run that read them last; NULL for items of older runs (the
    next run that reads one sets it before it writes)."""
    add_column_if_missing(conn, schema.items, "flags_before_run")


def server_location(column: sa.ColumnElement[str]) -> sa.ColumnElement[bool]:
    """A mail server's item (IMAP, EWS, Graph mail): its location names no file or folder anyone gave."""
    return sa.or_(*(column.startswith(scheme + "://") for scheme in ("imap", "imaps", "ews", "graph")))


MIGRATIONS: list[tuple[int, str, Migration]] = [
    (1, "initial schema, append-only audit trigger", _initial),
    (2, "access request cases", _access_requests),
    (4, "erasure ledger: fingerprints of erased subjects", _erasure_ledger),
    (5, "console accounts, owner map, remediation assignments", accounts.create_tables),
    (6, "sources known by the keyed hash of their spec", _source_identity),
    (8, "audit hash chain; refuse REPLACE/upsert on audit", _audit_chain),
    (10, "access-request exclusions (console)", accounts.create_exclusions),
    (11, "console sign-out ends every session of the account", accounts.add_sign_out),
    (12, "e-mail addresses masked in item locations", _addresses_in_locations),
    (
        13,
        "OneDrive/SharePoint users and personal sites masked; no plaintext in sources' configuration",
        _sites_and_source_specs,
    ),
    (14, "check value of the fingerprint key", _index_key),
    (15, "mail read again: the sender's fingerprint is of the bare address", _reread_mail),
    (16, "path traces: identifiers and name words in file and folder names, for the index search", _path_traces),
    (17, "erasure ledger: fingerprints by kind, phones' digit counts", _ledger_kinds),
    (18, "path traces: phones in file and folder names", _phone_traces),
    (19, "items: flags before the run that read them last", _flags_before_run),
    (20, "traces of identifiers the text writes only encoded (percent-escaped, base64)", _encoded_traces),
]

LATEST = max(version for version, _, _ in MIGRATIONS)


def migrate(engine: sa.Engine, key: bytes | None = None) -> list[int]:
    """Bring the database to the latest schema; returns the versions applied now. ``key``: the
    fingerprint key (None: the configured one), for a migration that writes keyed forms."""
    applied_now: list[int] = []
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.exec_driver_sql("SELECT pg_advisory_xact_lock(728105)")  # serialises migrators
        schema.schema_migrations.create(conn, checkfirst=True)
        done = set(conn.scalars(sa.select(schema.schema_migrations.c.version)))
        if done and max(done) > LATEST:
            # An older program would read and write tables whose meaning it does not know (fingerprints by
            # kind, path traces): refuse rather than answer from half of the index.
            raise StoreError(
                f"the index was written by a newer pii-scanner (schema {max(done)}; this version knows up to "
                f"{LATEST}): upgrade pii-scanner to use it"
            )
        for version, name, fn in MIGRATIONS:
            if version in done:
                continue
            if fn is _addresses_in_locations or fn is _sites_and_source_specs:
                fn(conn, key)  # they write keyed forms
            else:
                fn(conn)
            conn.execute(
                schema.schema_migrations.insert().values(version=version, name=name, applied_at=datetime.now(UTC))
            )
            applied_now.append(version)
    return applied_now
