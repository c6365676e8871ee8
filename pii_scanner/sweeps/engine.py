"""Sweeps: sources -> pipeline.scan_items -> store, incremental and crash-safe.

- Incremental: a top-level item whose change key (size+mtime, mail change key...) matches the index
  is not read; vanished items are marked removed (complete listings) or by tombstones (mail).
- Crash-safe: each top-level item is stored with its members in one transaction (in batches); a
  source's incremental state is committed only after its items are stored, so a crash re-reads.
- One sweep per configuration at a time (a lock row in the database; SweepLocked, exit code 3).

The library never prints: events go to the ``events`` callback (the CLI logs them as JSON lines).
"""

from __future__ import annotations

import contextlib
import hashlib
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pii_scanner.core.config import ScanConfig, load_config
from pii_scanner.core.errors import ConfigError, PiiScannerError
from pii_scanner.core.mail_policy import mask_reason
from pii_scanner.core.model import Item, ItemResult
from pii_scanner.core.privacy import scrub
from pii_scanner.pipeline import scan_items
from pii_scanner.policy.apply import after_sweep as retention_after_sweep
from pii_scanner.policy.retention import RetentionPolicy, load_policy
from pii_scanner.sources.registry import open_source
from pii_scanner.store import Store, Violation, open_store

# Exit codes a scheduler can alert on (docs/sweeps.md).
EXIT_OK = 0  # sweep complete, no new policy violations
EXIT_VIOLATIONS = 1  # sweep complete, new policy violations found
EXIT_ERROR = 2  # configuration or database error: nothing swept
EXIT_LOCKED = 3  # another sweep of the same configuration is running
EXIT_PARTIAL = 4  # some sources failed (the others were stored)
EXIT_NOTIFY_FAILED = 5  # sweep complete but the DPO summary could not be sent

EventFn = Callable[..., None]
BATCH_ITEMS = 64  # top-level items per write transaction
BATCH_SECONDS = 2.0
HEARTBEAT_SECONDS = 60.0


@dataclass
class SweepResult:
    run_id: int
    status: str  # ok, partial
    exit_code: int
    stats: dict[str, int] = field(default_factory=dict)
    new_violations: list[Violation] = field(default_factory=list)
    failed_sources: list[str] = field(default_factory=list)
    db: str = ""


@dataclass
class _Counters:
    seen: int = 0
    read: int = 0  # top-level items handed to the pipeline (re-read)
    skipped: int = 0  # unchanged: not read
    results: int = 0  # items stored, members included
    findings: int = 0
    new_findings: int = 0
    removed: int = 0
    errors: int = 0

    def as_dict(self) -> dict[str, int]:
        return dict(self.__dict__)


def _noop(event: str, **fields: Any) -> None:
    return None


def restored_after_erasure_check(st: Store, run_id: int) -> list[Violation]:
    """Erased subjects' identifiers back in live data (access/ledger.py; imported here, not at the top,
    because access builds on this module)."""
    from pii_scanner.access.ledger import restored_after_erasure

    return restored_after_erasure(st, run_id)


def sweep_sources_from(
    paths: Sequence[str | Path] | None, doc: dict[str, Any], origin: str | None
) -> list[dict[str, Any]]:
    """The source specs of a sweep: the config's [[sources]] plus an ad-hoc paths source."""
    specs = [dict(s) for s in doc.get("sources", [])]
    if paths:
        resolved = [str(Path(p).expanduser().absolute()) for p in paths]
        specs.append(
            {
                "type": "paths",
                "name": scrub("paths:" + ",".join(resolved))[:200],  # type: ignore[index]
                "paths": resolved,
                "origin": origin or "unknown",
            }
        )
    if not specs:
        raise ConfigError("nothing to sweep: give PATHs or a config with [[sources]]")
    for n, spec in enumerate(specs):
        spec.setdefault("name", f"{spec.get('type', 'paths')}-{n + 1}")
    return specs


def lock_name(config_path: str | Path | None, specs: Sequence[dict[str, Any]]) -> str:
    """Same configuration (config file, or the same ad-hoc paths) = same lock."""
    basis = (
        f"config:{Path(config_path).absolute()}"
        if config_path
        else "sources:" + "|".join(sorted(str(s.get("name")) for s in specs))
    )
    return "sweep:" + hashlib.sha256(basis.encode("utf-8")).hexdigest()[:40]


def sweep(
    paths: Sequence[str | Path] | None = None,
    *,
    config_path: str | Path | None = None,
    db: str | None = None,
    config: ScanConfig | None = None,
    origin: str | None = None,
    events: EventFn | None = None,
    notify: bool = True,
    store: Store | None = None,
    kind: str = "sweep",
) -> SweepResult:
    """Sweep the configured sources (and/or ``paths``) into the index at ``db``."""
    emit = events or _noop
    doc: dict[str, Any] = {}
    if config_path:
        loaded, doc = load_config(config_path)
        config = config or loaded
    cfg = config or ScanConfig()
    specs = sweep_sources_from(paths, doc, origin)
    store_doc = doc.get("store", {})
    own_store = store is None
    st = store or open_store(db or store_doc.get("db"))
    retention_doc = doc.get("retention", {})
    policy = load_policy(retention_doc.get("policy"), retention_doc.get("jurisdiction"))
    name = lock_name(config_path, specs)
    try:
        run_id = st.begin_run(name, kind=kind)
        try:
            st.acquire_lock(name, run_id, stale_after=float(store_doc.get("lock_stale_seconds", 900)))
        except PiiScannerError:
            st.finish_run(run_id, "refused", exit_code=EXIT_LOCKED, stats={})
            raise
        emit("sweep_started", run_id=run_id, db=st.url, sources=len(specs))
        audit_inspection(st, run_id, cfg, emit)
        return _run(st, run_id, name, specs, cfg, policy, doc, emit, notify)
    finally:
        if own_store:
            st.close()


def _run(
    st: Store,
    run_id: int,
    lock: str,
    specs: list[dict[str, Any]],
    cfg: ScanConfig,
    policy: RetentionPolicy,
    doc: dict[str, Any],
    emit: EventFn,
    notify: bool,
) -> SweepResult:
    counters = _Counters()
    violations: list[Violation] = []
    failed: list[str] = []
    status = "failed"
    try:
        for spec in specs:
            try:
                violations += _sweep_source(st, run_id, lock, spec, cfg, policy, counters, emit)
            except (PiiScannerError, OSError) as exc:
                failed.append(str(spec["name"]))
                emit(
                    "source_failed",
                    run_id=run_id,
                    source=scrub(str(spec["name"])),
                    kind=type(exc).__name__,
                    message=scrub(str(exc)),
                )
        retention_after_sweep(st, policy, specs)  # anchors, registers, stated events: the index as a whole
        violations += st.refresh_retention(run_id)
        violations += restored_after_erasure_check(st, run_id)
        status = "partial" if failed else "ok"
        code = EXIT_PARTIAL if failed else (EXIT_VIOLATIONS if violations else EXIT_OK)
        if notify and violations and doc.get("notify"):
            from pii_scanner.sweeps.notify import send_summary

            try:
                send_summary(doc["notify"], violations, run_id=run_id)
                emit("notify_sent", run_id=run_id, violations=len(violations))
            except (OSError, PiiScannerError) as exc:
                emit("notify_failed", run_id=run_id, kind=type(exc).__name__)
                code = code if failed else EXIT_NOTIFY_FAILED
        stats = counters.as_dict() | {"new_violations": len(violations), "failed_sources": len(failed)}
        st.finish_run(run_id, status, exit_code=code, stats=stats)
        emit("sweep_finished", run_id=run_id, status=status, exit_code=code, **stats)
        return SweepResult(run_id, status, code, stats, violations, failed, st.url)
    except BaseException:
        # KeyboardInterrupt, SIGTERM-as-exception, database failure: record it, keep what is stored.
        # The database may be what failed; then the lock goes stale and is taken over next time.
        with contextlib.suppress(Exception):
            st.finish_run(
                run_id, "interrupted" if status == "failed" else status, exit_code=EXIT_ERROR, stats=counters.as_dict()
            )
        raise
    finally:
        with contextlib.suppress(Exception):  # same: a dead database cannot be unlocked
            st.release_lock(lock)


def audit_inspection(st: Store, run_id: int, cfg: ScanConfig, emit: EventFn) -> None:
    """Reading private mail is an exception: one audit row and one event per run, reason masked."""
    if not cfg.mail.inspect_private:
        return
    reason = (cfg.mail.inspect_private_reason or "").strip()
    masked, fp = mask_reason(reason), st.fingerprint("inspect_private_reason:" + reason)
    st.audit("inspect_private", run_id=run_id, reason=masked, reason_fp=fp)
    emit("inspect_private", run_id=run_id, reason=masked, reason_fp=fp)


def _sweep_source(
    st: Store,
    run_id: int,
    lock: str,
    spec: dict[str, Any],
    cfg: ScanConfig,
    policy: RetentionPolicy,
    counters: _Counters,
    emit: EventFn,
) -> list[Violation]:
    source_id = st.ensure_source(str(spec["name"]), str(spec.get("type", "paths")), spec)
    state = st.source_state(source_id)
    source = open_source(spec, cfg, state)
    known = st.known_items(source_id)
    retention = policy.with_jurisdiction(spec.get("jurisdiction"))
    seen: set[str] = set()
    tombstones: list[str] = []
    emit("source_started", run_id=run_id, source=scrub(source.name), known=len(known))

    def todo() -> Iterator[Item]:
        for item in source.items():
            counters.seen += 1
            key = st.location_key(item.location)
            seen.add(key)
            if item.metadata.get("deleted"):
                tombstones.append(key)
                continue
            old = known.get(key)
            if (
                old is not None
                and not old.removed
                and old.error is None
                and old.change_key
                and old.change_key == item.change_key
            ):
                counters.skipped += 1
                continue
            counters.read += 1
            yield item

    violations: list[Violation] = []
    batch: list[list[ItemResult]] = []
    group: list[ItemResult] = []
    last_flush = last_beat = time.monotonic()

    def flush() -> None:
        nonlocal batch, last_flush, last_beat
        if batch:
            summary = st.write_groups(run_id, source_id, batch, retention=retention)
            counters.results += summary.items
            counters.findings += summary.findings
            counters.new_findings += summary.new_findings
            counters.removed += summary.removed
            violations.extend(summary.new_violations)
            batch = []
        last_flush = time.monotonic()
        if last_flush - last_beat > HEARTBEAT_SECONDS:
            st.heartbeat(lock)
            last_beat = last_flush

    for result in scan_items(todo(), cfg):
        if result.item.depth == 0 and group:
            batch.append(group)
            group = []
            if len(batch) >= BATCH_ITEMS or time.monotonic() - last_flush > BATCH_SECONDS:
                flush()
        if result.error:
            counters.errors += 1
        group.append(result)
    if group:
        batch.append(group)
    flush()
    if tombstones:
        counters.removed += st.mark_removed(run_id, source_id, tombstones)
    if source.complete_listing:
        gone = [k for k, old in known.items() if k not in seen and not old.removed]
        counters.removed += st.mark_removed(run_id, source_id, gone)
    state.commit()  # only now: everything the state covers is stored
    st.finish_source(source_id, run_id, complete=source.complete_listing)
    emit(
        "source_finished",
        run_id=run_id,
        source=scrub(source.name),
        seen=counters.seen,
        read=counters.read,
        skipped=counters.skipped,
    )
    return violations
