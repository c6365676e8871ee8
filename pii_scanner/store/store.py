"""The Store: runs, sources (+ incremental state), items, findings, triage, audit, sweep locks."""

from __future__ import annotations

import getpass
import os
import re
import socket
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from pii_scanner.core.errors import FingerprintKeyMismatch, IndexMissing, StoreError, SweepLocked
from pii_scanner.core.finding_log import FindingLog
from pii_scanner.core.model import FLAG_PAST_RETENTION, ItemResult
from pii_scanner.core.privacy import (
    Fingerprinter,
    address_tag,
    key_available,
    load_key,
    scrub,
    scrub_config,
    scrub_operator_text,
)
from pii_scanner.core.process_alive import pid_alive
from pii_scanner.core.user_paths import expand_user
from pii_scanner.sources.specs import SourceSpec
from pii_scanner.store import audit_chain
from pii_scanner.store import schema as s
from pii_scanner.store.engine import display_url, is_read_only, make_engine, normalise_url
from pii_scanner.store.migrations import migrate
from pii_scanner.store.rows import RetentionFn, finding_row, item_row
from pii_scanner.store.state import DbSourceState
from pii_scanner.store.tokens import name_tokens
from pii_scanner.store.traces import ENCODED_TRACED, encoded_traces, path_traces

# Flags that count as policy violations (new ones are reported to the DPO).
INSERT_BATCH = 2000  # finding rows per INSERT: an item's rows are never all built at once
VIOLATION_FLAGS = ("unencrypted_cpr", "removable_media", "local_storage", "past_retention", "special_category")
_SECRET_WORDS = ("pass", "secret", "token", "key", "credential")


def now() -> datetime:
    return datetime.now(UTC)


def current_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return str(os.getuid()) if hasattr(os, "getuid") else "unknown"


def as_utc(ts: datetime | None) -> datetime | None:
    """SQLite returns naive datetimes; everything is written in UTC."""
    if ts is None:
        return None
    return ts if ts.tzinfo else ts.replace(tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class KnownItem:
    """What the index remembers of a top-level item: enough to decide whether to re-read it."""

    id: int
    change_key: str | None
    content_hash: str | None
    error: str | None
    removed: bool


@dataclass(slots=True)
class Violation:
    location: str  # masked display location
    location_key: str
    flag: str


@dataclass(slots=True)
class WriteSummary:
    items: int = 0
    findings: int = 0
    new_findings: int = 0
    removed: int = 0
    new_violations: list[Violation] = field(default_factory=list)

    def add(self, other: WriteSummary) -> None:
        self.items += other.items
        self.findings += other.findings
        self.new_findings += other.new_findings
        self.removed += other.removed
        self.new_violations.extend(other.new_violations)


_KEY_CHECK = "index-key-check:v1"


def _flags_before_run(prev: Any, run_id: int) -> list[str]:
    """The flags an item had before run ``run_id``: what its new violations are counted against.

    Written before in this run (a batch stored twice: a Dask chunk re-run after its result was lost), the flags
    its first write in the run found, not that write's own: a violation new in the run was compared with
    itself and never reported. New, or back after it was removed, or first seen in this run: none."""
    if prev is None:
        return []
    if prev["scanned_run"] == run_id and prev["flags_before_run"] is not None:
        return list(prev["flags_before_run"])
    if prev["removed_at"] is not None or prev["first_seen_run"] == run_id:
        return []
    return list(prev["flags"] or [])


# A keyed fingerprint, location key or lock name (hex with a letter in it, an optional ``kind:`` before it): no
# free text, and masking could change one (a valid CPR's ten digits can occur in a run of hex).
_KEYED = re.compile(r"(?:[a-z_]{1,32}:)?(?=[0-9a-f]*[a-f])[0-9a-f]{16,128}")


def masked_for_audit(value: Any) -> Any:
    """``value`` (a text, or a list or mapping of them) with every free text masked for the audit log."""
    if isinstance(value, str):
        return value if _KEYED.fullmatch(value) else scrub_operator_text(value)
    if isinstance(value, dict):
        return {key: masked_for_audit(v) for key, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [masked_for_audit(v) for v in value]
    return value


class Store:
    """The findings index. Build with :func:`open_store`; all timestamps are UTC."""

    def __init__(
        self, engine: sa.Engine, *, key: bytes | None = None, tokenizer: Callable[[str], list[str]] = name_tokens
    ) -> None:
        self.engine = engine
        self._key = key
        self._fp: Fingerprinter | None = None
        self.tokenizer = tokenizer
        self._trace_cache: dict[str, frozenset[str]] = {}  # a folder's files share its traces

    # --- basics -------------------------------------------------------------------------------
    @property
    def url(self) -> str:
        return display_url(self.engine.url.render_as_string(hide_password=False))

    @property
    def read_only(self) -> bool:
        """An index copy nothing may be written to (read-only mount or modes), opened read-only."""
        return is_read_only(self.engine)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @property
    def fingerprint(self) -> Fingerprinter:
        """The keyed hash of this index. Loaded on first use, and refused when the index was swept with
        another key (see :meth:`check_key`): nothing keyed would match, and a search would say "nothing held"."""
        if self._fp is None:
            stored = self._stored_key_check()
            if self._key is None and stored is not None and not key_available():
                raise FingerprintKeyMismatch(
                    f"the index {self.url} was swept with a fingerprint key and none is set up here "
                    "(set PII_SCANNER_KEY, or use the key file of the account that sweeps into it)"
                )
            fp = Fingerprinter(self._key if self._key is not None else load_key())
            if stored is not None and fp(_KEY_CHECK)[:64] != stored:
                raise FingerprintKeyMismatch(
                    f"the index {self.url} was swept with another fingerprint key: nothing in it can match under "
                    "this one (set PII_SCANNER_KEY, or use the key file of the account that sweeps into it)"
                )
            self._fp = fp
        return self._fp

    def _stored_key_check(self) -> str | None:
        table = s.index_key
        with self.engine.connect() as conn:
            if not sa.inspect(conn).has_table(table.name):
                return None  # an index not yet migrated (a read-only copy): nothing to compare with
            value = conn.execute(sa.select(table.c.key_check).where(table.c.id == 1)).scalar_one_or_none()
        return None if value is None else str(value)

    def verify_key(self) -> None:
        """Refuse now (not at the first search) a key other than the index's; an index without a check value
        loads no key (and creates no key file)."""
        if self._stored_key_check() is not None:
            _ = self.fingerprint

    def record_key(self) -> None:
        """A sweep writes the check value of its key when the index has none yet (every fingerprint in the
        index is keyed: items, findings, subjects, the erasure ledger); :attr:`fingerprint` refuses any
        other key afterwards."""
        fp = self.fingerprint  # raises when a check value of another key is there already
        if self._stored_key_check() is None:
            with self.engine.begin() as conn:
                if conn.execute(sa.select(s.index_key.c.id)).first() is None:
                    conn.execute(s.index_key.insert().values(id=1, key_check=fp(_KEY_CHECK)[:64], recorded_at=now()))

    def location_key(self, location: str) -> str:
        """HMAC of the full location: matches items across sweeps without storing it plainly."""
        return self.fingerprint("location:" + location)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- audit ---------------------------------------------------------------------------------
    def audit(
        self,
        action: str,
        *,
        actor: str | None = None,
        run_id: int | None = None,
        subject: str | None = None,
        conn: sa.Connection | None = None,
        **detail: Any,
    ) -> None:
        """Append one audit row, chained onto the last (the table refuses updates and deletes).

        Every text in it is masked here as the outputs mask free text (identifiers, addresses, phone and other
        long numbers), whatever the caller passed: the actor is typed by people (``--who``, a sign-in form),
        reasons, notes, folder names and error texts can name anyone, and the row can never be changed
        afterwards. Keyed fingerprints and lock names are kept as they are (see :func:`masked_for_audit`).
        """
        row = {
            "at": now(),
            "actor": scrub_operator_text(actor or current_user()),
            "action": action,
            "run_id": run_id,
            "subject": masked_for_audit(subject),
            "detail": masked_for_audit(detail) or None,
        }
        if conn is not None:
            audit_chain.append(conn, row)
        else:
            with self.engine.begin() as c:
                audit_chain.append(c, row)

    def verify_audit(self) -> audit_chain.ChainReport:
        """Check the audit log's hash chain from the first row to the last."""
        with self.engine.connect() as conn:
            return audit_chain.verify(conn)

    # --- runs ----------------------------------------------------------------------------------
    def begin_run(self, config_key: str, *, kind: str = "sweep", who: str | None = None) -> int:
        self.record_key()
        with self.engine.begin() as conn:
            run_id = int(
                conn.execute(
                    s.runs.insert()
                    .values(
                        kind=kind,
                        config_key=config_key,
                        started_at=now(),
                        status="running",
                        host=socket.gethostname(),
                        pid=os.getpid(),
                        who=who or current_user(),
                        stats={},
                    )
                    .returning(s.runs.c.id)
                ).scalar_one()
            )
            self.audit("run_started", run_id=run_id, subject=config_key[:255], conn=conn, kind=kind)
        return run_id

    def finish_run(self, run_id: int, status: str, *, exit_code: int, stats: dict[str, Any]) -> None:
        with self.engine.begin() as conn:
            conn.execute(
                s.runs.update()
                .where(s.runs.c.id == run_id)
                .values(
                    finished_at=now(),
                    status=status,
                    exit_code=exit_code,
                    stats={s.RUN_PATHS_TRACED: ENCODED_TRACED, **stats},
                )
            )
            self.audit(
                "run_finished",
                run_id=run_id,
                conn=conn,
                status=status,
                exit_code=exit_code,
                stats={k: v for k, v in stats.items() if isinstance(v, int | float | str)},
            )

    # --- locks ---------------------------------------------------------------------------------
    def acquire_lock(self, name: str, run_id: int | None = None, *, stale_after: float = 900.0) -> None:
        """Take the sweep lock ``name`` or raise SweepLocked.

        A lock whose holder is a dead process on this host, or whose heartbeat is older than
        ``stale_after`` seconds, is taken over (the crashed run is marked interrupted).
        """
        host, pid, t = socket.gethostname(), os.getpid(), now()
        try:
            with self.engine.begin() as conn:
                conn.execute(
                    s.locks.insert().values(name=name, run_id=run_id, host=host, pid=pid, acquired_at=t, heartbeat_at=t)
                )
            return
        except sa.exc.IntegrityError:
            pass
        with self.engine.begin() as conn:
            held = conn.execute(sa.select(s.locks).where(s.locks.c.name == name)).mappings().first()
            if held is None:
                raise SweepLocked(f"sweep lock {name!r} is changing hands; try again")
            beat = as_utc(held["heartbeat_at"]) or t
            dead = held["host"] == host and not _pid_alive(int(held["pid"]))
            if not dead and (t - beat) < timedelta(seconds=stale_after):
                raise SweepLocked(
                    f"another sweep of this configuration is running (pid {held['pid']} on {held['host']}, "
                    f"run {held['run_id']}); refusing to start a second one"
                )
            # Compare-and-swap on the old holder so two takers cannot both win.
            taken = conn.execute(
                s.locks.update()
                .where(
                    (s.locks.c.name == name)
                    & (s.locks.c.pid == held["pid"])
                    & (s.locks.c.host == held["host"])
                    & (s.locks.c.heartbeat_at == held["heartbeat_at"])
                )
                .values(run_id=run_id, host=host, pid=pid, acquired_at=t, heartbeat_at=t)
            ).rowcount
            if taken != 1:
                raise SweepLocked("another sweep took over the stale lock first")
            if held["run_id"] is not None:
                conn.execute(
                    s.runs.update()
                    .where((s.runs.c.id == held["run_id"]) & (s.runs.c.status == "running"))
                    .values(status="interrupted", finished_at=t)
                )
            self.audit(
                "lock_taken_over",
                run_id=run_id,
                subject=name[:255],
                conn=conn,
                stale_run=held["run_id"],
                stale_pid=held["pid"],
            )

    def heartbeat(self, name: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(
                s.locks.update()
                .where((s.locks.c.name == name) & (s.locks.c.pid == os.getpid()))
                .values(heartbeat_at=now())
            )

    def release_lock(self, name: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(
                s.locks.delete().where(
                    (s.locks.c.name == name) & (s.locks.c.pid == os.getpid()) & (s.locks.c.host == socket.gethostname())
                )
            )

    # --- sources -------------------------------------------------------------------------------
    def ensure_source(
        self,
        name: str,
        kind: str,
        spec: SourceSpec | None = None,
        *,
        identity: str | None = None,
        aliases: Sequence[str] = (),
        rename: bool = True,
    ) -> int:
        """The id of a configured source, created on first use.

        ``identity`` (a keyed hash of the normalised spec) decides which source it is; the masked
        ``name`` is only a label, made unique with a suffix when two sources would share it (two
        client folders whose names differ only in a CPR). Without ``identity`` the name decides.
        ``aliases``: identities the same source was recorded under before (a spec written relative to
        the configuration's folder, an ad-hoc sweep of a configured folder); a source found by one takes
        ``identity`` from now on, the oldest when several match. ``rename=False``: a source found keeps its name.
        """
        clean = masked_spec(spec.as_table() if spec is not None else {}, address_tag(self.fingerprint))
        label = self.source_label(name)
        names = (label, scrub(name) or name)  # the label as stored before addresses were masked in it
        c = s.sources.c
        with self.engine.begin() as conn:
            found = None
            if identity is not None:
                found = conn.execute(sa.select(c.id).where(c.identity == identity)).scalar()
                if found is None and aliases:
                    found = conn.execute(
                        sa.select(c.id).where(c.identity.in_(list(aliases))).order_by(c.id).limit(1)
                    ).scalar()
                if found is None:  # a source created before identities: adopt it by name
                    found = conn.execute(sa.select(c.id).where(c.name.in_(names) & c.identity.is_(None))).scalar()
            else:
                found = conn.execute(sa.select(c.id).where(c.name.in_(names))).scalar()
            if found is not None:
                values: dict[str, Any] = {"kind": kind, "spec": clean} if rename else {}
                if rename and conn.execute(sa.select(c.id).where(c.name == label)).scalar() in (None, found):
                    values["name"] = label  # a label stored before addresses were masked in it gets masked
                if identity is not None:
                    values["identity"] = identity
                conn.execute(s.sources.update().where(c.id == found).values(**values))
                return int(found)
            taken = conn.execute(sa.select(c.id).where(c.name == label)).scalar() is not None
            if taken and identity is not None:
                label = f"{label[:230]} ~{identity[:12]}"
            return int(
                conn.execute(
                    s.sources.insert()
                    .values(name=label, kind=kind, spec=clean, identity=identity, created_at=now())
                    .returning(c.id)
                ).scalar_one()
            )

    def source_label(self, name: str) -> str:
        """A source's name as the index stores it: identifiers and e-mail addresses masked (the address
        with its keyed tag). The console finds a source's configuration by it (``WebSettings.graph_source``)."""
        return scrub_config(name, address_tag(self.fingerprint)) or name

    def source_state(self, source_id: int) -> DbSourceState:
        return DbSourceState(self.engine, source_id, self.fingerprint)

    def finish_source(self, source_id: int, run_id: int, *, complete: bool) -> None:
        values: dict[str, Any] = {"last_run_id": run_id}
        if complete:
            values["last_complete_run_id"] = run_id
        with self.engine.begin() as conn:
            conn.execute(s.sources.update().where(s.sources.c.id == source_id).values(**values))

    # --- items and findings -------------------------------------------------------------------
    def known_items(self, source_id: int) -> dict[str, KnownItem]:
        """Top-level items of a source by location_key (removed ones included)."""
        i = s.items.c
        query = sa.select(i.location_key, i.id, i.change_key, i.content_hash, i.error, i.removed_at).where(
            (i.source_id == source_id) & (i.depth == 0)
        )
        with self.engine.connect() as conn:
            return {r[0]: KnownItem(int(r[1]), r[2], r[3], r[4], r[5] is not None) for r in conn.execute(query)}

    def write_groups(
        self,
        run_id: int,
        source_id: int,
        groups: Sequence[Sequence[ItemResult]],
        *,
        retention: RetentionFn | None = None,
    ) -> WriteSummary:
        """Store whole top-level items (each group: one item and its members, pre-order) atomically.

        An item already known is updated in place; its findings are replaced (first-seen dates
        carried over); members it no longer holds are marked removed.
        """
        summary = WriteSummary()
        if not groups:
            return summary
        with self.engine.begin() as conn:
            closed = self._closed_item_keys(conn)
            for group in groups:
                if group:
                    summary.add(self._write_group(conn, run_id, source_id, group, retention, closed))
        return summary

    def _closed_item_keys(self, conn: sa.Connection) -> set[str]:
        t = s.triage.c
        return set(
            conn.scalars(sa.select(t.location_key).where((t.fingerprint == "") & t.status.in_(s.CLOSED_STATUSES)))
        )

    def _write_group(
        self,
        conn: sa.Connection,
        run_id: int,
        source_id: int,
        group: Sequence[ItemResult],
        retention: RetentionFn | None,
        closed: set[str],
    ) -> WriteSummary:
        fp, t = self.fingerprint, now()
        keys = [self.location_key(r.item.location) for r in group]
        top_key = keys[0]
        by_location = dict(zip((r.item.location for r in group), keys, strict=True))
        i, f = s.items.c, s.findings.c
        old = {
            r.location_key: r
            for r in conn.execute(
                sa.select(
                    i.id, i.location_key, i.flags, i.removed_at, i.first_seen_run, i.scanned_run, i.flags_before_run
                ).where((i.source_id == source_id) & (i.top_key == top_key))
            ).mappings()
        }
        summary = WriteSummary()
        for result, key in zip(group, keys, strict=True):
            parent_key = by_location.get(result.parent) if result.parent else None
            if result.parent and parent_key is None:
                parent_key = self.location_key(result.parent)
            row = item_row(result, fp, key, top_key, parent_key, retention)
            if row["past_retention"] and FLAG_PAST_RETENTION not in row["flags"]:
                row["flags"].append(FLAG_PAST_RETENTION)
            prev = old.get(key)
            before = _flags_before_run(prev, run_id)
            row.update(
                source_id=source_id,
                scanned_run=run_id,
                scanned_at=t,
                removed_at=None,
                removed_run=None,
                flags_before_run=before,
            )
            if prev is None:
                item_id = int(
                    conn.execute(
                        s.items.insert().values(**row, first_seen_run=run_id, first_seen_at=t).returning(i.id)
                    ).scalar_one()
                )
            else:
                item_id = int(prev["id"])
                conn.execute(s.items.update().where(i.id == item_id).values(**row))
            old_flags = set(before)
            summary.items += 1
            self._write_traces(conn, item_id, result, replace=prev is not None)
            if key not in closed:
                for flag in VIOLATION_FLAGS:
                    if flag in row["flags"] and flag not in old_flags:
                        summary.new_violations.append(Violation(row["location"], key, flag))
            # The item's earlier findings stay (moved to negative offsets, inside this transaction)
            # until the new ones are in: first-seen dates are looked up in them batch by batch,
            # never all loaded; then they go.
            old_upto = conn.scalar(sa.select(sa.func.max(f.id)).where(f.item_id == item_id)) if prev else None
            if old_upto is not None:  # out of the way of the same spans found again (unique per item)
                conn.execute(
                    s.findings.update()
                    .where((f.item_id == item_id) & (f.id <= old_upto))
                    .values(start_offset=-1 - f.id, end_offset=-1 - f.id)
                )
            summary.findings += self._insert_findings(conn, run_id, item_id, result, old_upto, t, summary)
            if old_upto is not None:
                self._delete_findings(conn, [item_id], upto=int(old_upto))
        gone = [int(r["id"]) for k, r in old.items() if k not in set(keys) and r["removed_at"] is None]
        if gone:
            conn.execute(s.items.update().where(i.id.in_(gone)).values(removed_at=t, removed_run=run_id))
            summary.removed += len(gone)
        return summary

    def _write_traces(self, conn: sa.Connection, item_id: int, result: ItemResult, *, replace: bool) -> None:
        """The item's path traces (store/traces.py) in place of those it had."""
        if replace:
            conn.execute(s.path_traces.delete().where(s.path_traces.c.item_id == item_id))
        traces = path_traces(result.item, self.fingerprint, self._trace_cache)
        if result.encoded_values:
            traces |= encoded_traces(result.encoded_values, self.fingerprint)
        if traces:
            conn.execute(s.path_traces.insert(), [{"item_id": item_id, "trace_fp": t} for t in sorted(traces)])

    def _insert_findings(
        self,
        conn: sa.Connection,
        run_id: int,
        item_id: int,
        result: ItemResult,
        old_upto: int | None,
        t: datetime,
        summary: WriteSummary,
    ) -> int:
        """Insert an item's findings in batches of ``INSERT_BATCH`` rows (inside the caller's
        transaction): an item with millions of findings never has them all as rows at once."""
        rows: list[dict[str, Any]] = []
        values: list[str] = []
        # Duplicates share their offsets. A FindingLog arrives in text order, so only the findings
        # at the current start need remembering; any other sequence is remembered whole (it is in
        # memory anyway).
        in_order = isinstance(result.findings, FindingLog)
        unique: set[tuple[str, int, int, str]] = set()
        at = -1
        stored = 0
        for finding in result.findings:
            row = finding_row(result, finding, self.fingerprint)
            if in_order and finding.start != at:
                in_order = finding.start > at  # out of order after all: remember everything from here
                if in_order:
                    unique.clear()
                at = finding.start
            ident = (row["entity_type"], row["start_offset"], row["end_offset"], row["fingerprint"])
            if ident in unique:
                continue
            unique.add(ident)
            row.update(item_id=item_id, run_id=run_id)
            rows.append(row)
            values.append(finding.value if finding.entity_type == "PERSON" else "")
            if len(rows) >= INSERT_BATCH:
                stored += self._insert_rows(conn, self._first_seen(conn, item_id, old_upto, rows, t, summary), values)
                rows, values = [], []
        if rows:
            stored += self._insert_rows(conn, self._first_seen(conn, item_id, old_upto, rows, t, summary), values)
        return stored

    def _first_seen(
        self,
        conn: sa.Connection,
        item_id: int,
        old_upto: int | None,
        rows: list[dict[str, Any]],
        t: datetime,
        summary: WriteSummary,
    ) -> list[dict[str, Any]]:
        """Give a batch of rows the first-seen run and time of the same finding among the item's
        earlier ones (ids up to ``old_upto``), looked up for this batch only; count the new ones."""
        f = s.findings.c
        seen: dict[tuple[str, str], tuple[int, datetime]] = {}
        if old_upto is not None:
            query = sa.select(f.entity_type, f.fingerprint, f.first_seen_run, f.first_seen_at).where(
                (f.item_id == item_id) & (f.id <= old_upto) & f.fingerprint.in_({r["fingerprint"] for r in rows})
            )
            for frow in conn.execute(query.order_by(f.id)):
                seen.setdefault((frow[0], frow[1]), (int(frow[2]), as_utc(frow[3]) or t))
        for row in rows:
            first = seen.get((row["entity_type"], row["fingerprint"]))
            # New as the index holds it: first seen in this run. An earlier write of the same item in this run
            # (a Dask chunk re-run after its result was lost with its worker, a chunk read again on the
            # coordinator) is one whose count never came back: comparing with it counted nothing new.
            if first is None or first[0] == row["run_id"]:
                summary.new_findings += 1
            row.update(first_seen_run=first[0] if first else row["run_id"], first_seen_at=first[1] if first else t)
        return rows

    def _insert_rows(self, conn: sa.Connection, rows: list[dict[str, Any]], values: list[str]) -> int:
        ids = (
            conn.execute(s.findings.insert().returning(s.findings.c.id, sort_by_parameter_order=True), rows)
            .scalars()
            .all()
        )
        tokens = [
            {"finding_id": int(fid), "position": n, "token_fp": self.fingerprint("name:" + tok)}
            for fid, value in zip(ids, values, strict=True)
            if value
            for n, tok in enumerate(self.tokenizer(value))
        ]
        if tokens:
            conn.execute(s.finding_tokens.insert(), tokens)
        return len(rows)

    def _delete_findings(self, conn: sa.Connection, item_ids: list[int], *, upto: int | None = None) -> None:
        """Delete the items' findings (with ``upto``: only those with ids up to it, the earlier ones)."""
        which: sa.ColumnElement[bool] = s.findings.c.item_id.in_(item_ids)
        if upto is not None:
            which = which & (s.findings.c.id <= upto)
        ids = sa.select(s.findings.c.id).where(which)
        conn.execute(s.finding_tokens.delete().where(s.finding_tokens.c.finding_id.in_(ids)))
        conn.execute(s.findings.delete().where(which))

    def mark_removed(self, run_id: int, source_id: int, top_keys: Iterable[str]) -> int:
        """Mark top-level items (and their members) as vanished; findings are kept."""
        i = s.items.c
        count = 0
        batch = list(top_keys)
        with self.engine.begin() as conn:
            for n in range(0, len(batch), 500):
                count += conn.execute(
                    s.items.update()
                    .where((i.source_id == source_id) & i.top_key.in_(batch[n : n + 500]) & i.removed_at.is_(None))
                    .values(removed_at=now(), removed_run=run_id)
                ).rowcount
        return count

    def refresh_retention(self, run_id: int, at: datetime | None = None) -> list[Violation]:
        """Flag items whose retention period ran out since they were last read."""
        i, when = s.items.c, at or now()
        out: list[Violation] = []
        with self.engine.begin() as conn:
            closed = self._closed_item_keys(conn)
            rows = conn.execute(
                sa.select(i.id, i.location, i.location_key, i.flags).where(
                    i.removed_at.is_(None)
                    & ~i.past_retention
                    & i.retention_due.is_not(None)
                    & (i.retention_due <= when)
                )
            ).all()
            for item_id, location, key, flags in rows:
                conn.execute(
                    s.items.update()
                    .where(i.id == item_id)
                    .values(past_retention=True, flags=[*(flags or []), FLAG_PAST_RETENTION])
                )
                if key not in closed:
                    out.append(Violation(location, key, FLAG_PAST_RETENTION))
            if rows:
                self.audit("retention_refreshed", run_id=run_id, conn=conn, items=len(rows))
        return out

    # --- triage --------------------------------------------------------------------------------
    def set_triage(
        self,
        location_key: str,
        fingerprint: str,
        status: str,
        *,
        note: str = "",
        who: str | None = None,
        expires_at: datetime | None = None,
    ) -> None:
        """Record a triage decision for (item, identifier); fingerprint "" = the whole item."""
        if status not in s.TRIAGE_STATUSES:
            raise StoreError(f"triage status must be one of {', '.join(s.TRIAGE_STATUSES)}")
        actor = scrub_operator_text(who or current_user())
        clean_note = scrub_operator_text(note)
        with self.engine.begin() as conn:
            t = s.triage.c
            where = (t.location_key == location_key) & (t.fingerprint == fingerprint)
            values = {"status": status, "note": clean_note, "who": actor, "updated_at": now(), "expires_at": expires_at}
            if conn.execute(s.triage.update().where(where).values(**values)).rowcount == 0:
                conn.execute(s.triage.insert().values(location_key=location_key, fingerprint=fingerprint, **values))
            self.audit(
                "triage",
                actor=actor,
                subject=location_key,
                conn=conn,
                fingerprint=fingerprint or None,
                status=status,
                note=clean_note,
            )

    def resolve_location(self, text: str) -> list[str]:
        """location_keys of items matching a location key, a full location URI or a file path."""
        candidates = {text}
        if "://" not in text and not text.startswith("stdin"):
            candidates.add(expand_user(text).absolute().as_uri())
        keys = {self.location_key(c) for c in candidates} | {text}
        with self.engine.connect() as conn:
            return sorted(set(conn.scalars(sa.select(s.items.c.location_key).where(s.items.c.location_key.in_(keys)))))

    # --- reading -------------------------------------------------------------------------------
    def rows(self, table: str, *, where: Any = None) -> list[dict[str, Any]]:
        """All rows of one table as dicts (small tables, tests, exports)."""
        tbl = s.metadata.tables[table]
        query = sa.select(tbl) if where is None else sa.select(tbl).where(where)
        with self.engine.connect() as conn:
            return [dict(r) for r in conn.execute(query).mappings()]

    def dump(self) -> dict[str, list[dict[str, Any]]]:
        """Every row of every table (privacy tests, backups)."""
        return {name: self.rows(name) for name in s.metadata.tables}


def masked_spec(table: dict[str, Any], tag: Callable[[str], str] | None) -> dict[str, Any]:
    """A source's configuration table as the index stores it: no secret key, and no plaintext identifier
    in any value (OneDrive users, mailboxes, sites, paths: ``scrub_config``, addresses with their keyed
    tag). Nothing reads the paths or addresses back from it; the sweep configuration stays the source of
    what is swept."""
    return {
        k: _masked_value(v, tag)
        for k, v in table.items()
        if not any(w in k.lower() for w in _SECRET_WORDS) and isinstance(v, str | int | float | bool | list)
    }


def _masked_value(value: Any, tag: Callable[[str], str] | None) -> Any:
    if isinstance(value, str):
        return scrub_config(value, tag)
    if isinstance(value, list):
        return [scrub_config(v, tag) if isinstance(v, str) else v for v in value]
    return value


def _pid_alive(pid: int) -> bool:
    return pid_alive(pid)


def open_store(
    url: str | None = None,
    *,
    key: bytes | None = None,
    migrate_schema: bool = True,
    tokenizer: Callable[[str], list[str]] = name_tokens,
    create: bool = True,
    key_file: str | Path | None = None,
) -> Store:
    """Open (and migrate) the index at ``url``: None = $PII_SCANNER_DB or the default SQLite file.

    ``create=False`` for verbs that only read: an index that does not exist is IndexMissing, and
    nothing (file, folder, tables) is created. ``key_file`` (``[scan] key_file``, when ``key`` is not
    given): the key is loaded from it; a key file that does not exist is created only for a new index.
    """
    engine = make_engine(normalise_url(url), create=create)
    try:
        if not create and not sa.inspect(engine).has_table("items"):
            engine.dispose()
            raise IndexMissing(f"no index at {display_url(normalise_url(url))}: run a sweep into it first")
        if key is None and key_file:
            key = _configured_key(engine, key_file, display_url(normalise_url(url)))
        if migrate_schema:
            migrate(engine, key)
    except sa.exc.OperationalError as exc:
        engine.dispose()
        raise StoreError(
            f"cannot open database {display_url(normalise_url(url))}: "
            f"{type(exc.orig).__name__ if exc.orig else 'error'}"
        ) from exc
    return Store(engine, key=key, tokenizer=tokenizer)


def _configured_key(engine: sa.Engine, key_file: str | Path, url: str) -> bytes:
    """The configured key. A key file that is not there for an index already swept (it holds a key check
    or items) is refused: a new key would make every fingerprint in it unmatched, so a search would
    answer "nothing held". Only a new index gets a new key file."""
    if not key_available(key_file):
        with engine.connect() as conn:
            tables = sa.inspect(conn)
            swept = tables.has_table(s.index_key.name) and conn.execute(sa.select(s.index_key.c.id)).first()
            swept = swept or (tables.has_table(s.items.name) and conn.execute(sa.select(s.items.c.id)).first())
        if swept:
            engine.dispose()
            raise FingerprintKeyMismatch(
                f"the fingerprint key file {key_file} ([scan] key_file) does not exist, and the index {url} was "
                "swept with a key: restore that file (a new key would match nothing in the index)"
            )
    return load_key(key_file)


def verify_audit(url: str | None = None) -> audit_chain.ChainReport:
    """Verify the audit chain of an existing index (a missing SQLite file is an error, not created)."""
    normal = normalise_url(url)
    if normal.startswith("sqlite:///"):
        path = Path(normal.removeprefix("sqlite:///"))
        if not path.is_file():
            raise IndexMissing(f"no index at {path}: give --db the index of a sweep")
    with open_store(url, create=False) as store:  # also a read-only copy kept as evidence
        return store.verify_audit()
