"""Sweeps on a Dask distributed cluster: the same sweep as :mod:`pii_scanner.sweeps.engine`, scaled out.

The coordinator (the process running ``pii-scanner sweep --scheduler ...``) lists every source, skips
unchanged items exactly as the local sweep does, and cuts the rest into *partitions* by source and
folder (files: the top-level subfolder under a configured path; mail: the mail folder), each split
into chunks of at most ``chunk_items`` top-level items. A chunk is one Dask task: the worker scans it
(``pipeline.Processor``) and writes all its items to the store in ONE transaction
(``Store.write_groups``), so a chunk is either fully stored or not at all.

Lost workers: Dask re-runs a lost worker's task elsewhere. A re-run is harmless because items are
keyed by location (``write_groups`` updates a known item in place and replaces its findings), so the
index never holds a duplicate. The coordinator commits a source's incremental state and marks vanished
items removed only after every chunk of that source is stored, like the local sweep.

Every worker must use the same fingerprint key (``PII_SCANNER_KEY`` or key file) as the coordinator;
a task refuses to write when its key check differs (location keys would not match otherwise). The
key itself never travels over the cluster.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import socket
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, Any

from pii_scanner.core.config import ScanConfig, load_config
from pii_scanner.core.errors import ConfigError, PiiScannerError
from pii_scanner.core.model import Item, ItemResult
from pii_scanner.core.privacy import scrub
from pii_scanner.pipeline import shippable
from pii_scanner.policy.apply import after_sweep as retention_after_sweep
from pii_scanner.policy.retention import RetentionPolicy, load_policy
from pii_scanner.sources.registry import Source, open_source
from pii_scanner.store import Store, Violation, open_store
from pii_scanner.sweeps.engine import (
    EXIT_ERROR,
    EXIT_LOCKED,
    EXIT_NOTIFY_FAILED,
    EXIT_OK,
    EXIT_PARTIAL,
    EXIT_VIOLATIONS,
    HEARTBEAT_SECONDS,
    EventFn,
    SweepResult,
    audit_inspection,
    lock_name,
    restored_after_erasure_check,
    sweep_sources_from,
)

if TYPE_CHECKING:
    from distributed import Client, Future

KEY_CHECK = "pii-scanner:key-check"
CHUNK_ITEMS = 64  # top-level items per task (= per write transaction)
IN_FLIGHT_PER_WORKER = 4  # chunks queued per worker: bounds coordinator memory on huge sources


@dataclass
class Chunk:
    """One task: up to ``CHUNK_ITEMS`` top-level items of one partition (source + folder)."""

    key: str  # Dask key, deterministic: a resubmitted chunk is the same task
    db: str  # full store URL (workers connect themselves)
    run_id: int
    source_id: int
    source: str
    folder: str
    items: list[Item]
    config: ScanConfig
    retention: RetentionPolicy
    key_check: str


@dataclass
class ChunkResult:
    key: str
    source_id: int
    folder: str
    top_items: int = 0
    results: int = 0
    findings: int = 0
    new_findings: int = 0
    removed: int = 0
    errors: int = 0
    seconds: float = 0.0
    worker: str = ""
    violations: list[Violation] = field(default_factory=list)


# --- worker side ------------------------------------------------------------------------------
_CACHE: dict[str, Any] = {}  # per worker process: Processors by config digest, Stores by URL


def _cached_processor(config: ScanConfig) -> Any:
    from pii_scanner.pipeline import Processor

    digest = "proc:" + hashlib.sha256(pickle.dumps(config)).hexdigest()
    if digest not in _CACHE:
        _CACHE[digest] = Processor.build(config)
    return _CACHE[digest]


def _cached_store(url: str) -> Store:
    if "store:" + url not in _CACHE:
        _CACHE["store:" + url] = open_store(url)
    store: Store = _CACHE["store:" + url]
    return store


def run_chunk(chunk: Chunk) -> ChunkResult:
    """Scan one chunk and store it in one transaction (runs on a Dask worker)."""
    started = time.monotonic()
    store = _cached_store(chunk.db)
    if store.fingerprint(KEY_CHECK) != chunk.key_check:
        raise ConfigError(
            f"worker {socket.gethostname()} has a different fingerprint key than the coordinator; "
            "set the same PII_SCANNER_KEY on every worker"
        )
    processor = _cached_processor(chunk.config.with_(workers=1))
    groups: list[list[ItemResult]] = []
    for item in chunk.items:
        results = processor.process(item)
        for r in results:  # raw bytes are not needed past this point
            r.item.read = None
            r.item.data = None
        groups.append(results)
    summary = store.write_groups(chunk.run_id, chunk.source_id, groups, retention=chunk.retention)
    return ChunkResult(
        chunk.key,
        chunk.source_id,
        chunk.folder,
        len(groups),
        summary.items,
        summary.findings,
        summary.new_findings,
        summary.removed,
        sum(1 for g in groups for r in g if r.error),
        time.monotonic() - started,
        f"{socket.gethostname()}:{os.getpid()}",
        summary.new_violations,
    )


# --- partitioning -----------------------------------------------------------------------------
def partition_of(item: Item, roots: Sequence[str]) -> str:
    """The partition (folder) an item belongs to: its mail folder, or its top-level subfolder.

    >>> partition_of(Item(location="file:///s/HR/a/x.txt", path="/s/HR/a/x.txt"), ["/s"])
    'HR'
    >>> partition_of(Item(location="file:///s/x.txt", path="/s/x.txt"), ["/s"])
    '.'
    >>> partition_of(Item(location="imap://m/INBOX/1", path="imap://m/", metadata={"folder": "INBOX"}), [])
    'INBOX'
    """
    folder = item.metadata.get("folder") or (item.mail.folder if item.mail else "")
    if folder:
        return str(folder)
    path = PurePath(item.path)
    for root in roots:
        try:
            rel = path.relative_to(root)
        except ValueError:
            continue
        return rel.parts[0] if len(rel.parts) > 1 else "."
    return "."


def _roots(spec: dict[str, Any]) -> list[str]:
    paths = spec.get("paths") or ([spec["path"]] if "path" in spec else [])
    return [str(Path(str(p)).expanduser()) for p in paths]


# --- coordinator ------------------------------------------------------------------------------
@dataclass
class _SourceRun:
    spec: dict[str, Any]
    source_id: int
    source: Source
    state: Any
    known: dict[str, Any]
    seen: set[str] = field(default_factory=set)
    tombstones: list[str] = field(default_factory=list)
    pending: int = 0  # chunks submitted and not yet collected
    listed: bool = False  # listing finished: no more chunks will come
    failed: bool = False


@dataclass
class _Totals:
    seen: int = 0
    read: int = 0
    skipped: int = 0
    results: int = 0
    findings: int = 0
    new_findings: int = 0
    removed: int = 0
    errors: int = 0
    partitions: int = 0
    chunks: int = 0

    def add(self, r: ChunkResult) -> None:
        self.results += r.results
        self.findings += r.findings
        self.new_findings += r.new_findings
        self.removed += r.removed
        self.errors += r.errors

    def as_dict(self) -> dict[str, int]:
        return dict(self.__dict__)


def _noop(event: str, **fields: Any) -> None:
    return None


def wants_cluster(scheduler: str | None, workers: int | None) -> bool:
    """``--scheduler`` always means Dask; ``--workers N`` means a LocalCluster when Dask is installed."""
    if scheduler:
        return True
    if not workers:
        return False
    import importlib.util

    return importlib.util.find_spec("distributed") is not None


def connect(scheduler: str | None, workers: int | None) -> tuple[Client, Callable[[], None]]:
    """A Dask client on ``scheduler`` (``tcp://host:8786``) or on a new LocalCluster on loopback."""
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:  # the optional extra
        raise ConfigError("distributed sweeps need the 'dask' extra: pip install 'nordic-pii-scanner[dask]'") from exc
    if scheduler and scheduler != "local":
        client = Client(scheduler, timeout="30s")  # type: ignore[no-untyped-call]
        return client, client.close
    n = workers or os.cpu_count() or 1
    cluster = LocalCluster(
        n_workers=n,
        threads_per_worker=1,
        processes=True,  # type: ignore[no-untyped-call]
        host="127.0.0.1",
        dashboard_address=None,
        silence_logs=40,
    )
    client = Client(cluster)  # type: ignore[no-untyped-call]

    def close() -> None:
        client.close()  # type: ignore[no-untyped-call]
        cluster.close()  # type: ignore[no-untyped-call]

    return client, close


def distributed_sweep(
    paths: Sequence[str | Path] | None = None,
    *,
    config_path: str | Path | None = None,
    db: str | None = None,
    config: ScanConfig | None = None,
    origin: str | None = None,
    events: EventFn | None = None,
    notify: bool = True,
    scheduler: str | None = None,
    workers: int | None = None,
    client: Client | None = None,
    chunk_items: int = CHUNK_ITEMS,
    task: Callable[[Chunk], ChunkResult] = run_chunk,
    kind: str = "sweep",
) -> SweepResult:
    """Sweep like :func:`pii_scanner.sweeps.engine.sweep`, with the scanning done on a Dask cluster.

    ``client`` (an existing ``distributed.Client``) wins over ``scheduler`` (an address, or
    ``"local"``) and ``workers`` (the size of a LocalCluster started for this sweep).
    """
    emit = events or _noop
    doc: dict[str, Any] = {}
    if config_path:
        loaded, doc = load_config(config_path)
        config = config or loaded
    cfg = config or ScanConfig()
    specs = sweep_sources_from(paths, doc, origin)
    store_doc = doc.get("store", {})
    url = db or store_doc.get("db")
    st = open_store(url)
    full_url = st.engine.url.render_as_string(hide_password=False)
    retention_doc = doc.get("retention", {})
    policy = load_policy(retention_doc.get("policy"), retention_doc.get("jurisdiction"))
    name = lock_name(config_path, specs)
    close: Callable[[], None] = _nothing
    try:
        run_id = st.begin_run(name, kind=kind)
        try:
            st.acquire_lock(name, run_id, stale_after=float(store_doc.get("lock_stale_seconds", 900)))
        except PiiScannerError:
            st.finish_run(run_id, "refused", exit_code=EXIT_LOCKED, stats={})
            raise
        if client is None:
            client, close = connect(scheduler, workers)
        n_workers = max(1, len(client.scheduler_info(n_workers=-1).get("workers", {})))
        emit("sweep_started", run_id=run_id, db=st.url, sources=len(specs), dask_workers=n_workers)
        audit_inspection(st, run_id, cfg, emit)
        job = _Job(
            st, client, run_id, name, cfg, policy, full_url, emit, chunk_items, task, IN_FLIGHT_PER_WORKER * n_workers
        )
        return job.run(specs, doc, notify)
    finally:
        close()
        st.close()


def _nothing() -> None:
    return None


class _Job:
    """One distributed sweep run: submits chunks with bounded in-flight work, finalises sources."""

    def __init__(
        self,
        st: Store,
        client: Client,
        run_id: int,
        lock: str,
        cfg: ScanConfig,
        policy: RetentionPolicy,
        url: str,
        emit: EventFn,
        chunk_items: int,
        task: Callable[[Chunk], ChunkResult],
        window: int,
    ) -> None:
        self.st, self.client, self.run_id, self.lock, self.cfg = st, client, run_id, lock, cfg
        self.policy, self.url, self.emit, self.chunk_items, self.task = policy, url, emit, chunk_items, task
        self.window = window
        self.key_check = st.fingerprint(KEY_CHECK)
        self.totals = _Totals()
        self.violations: list[Violation] = []
        self.failed: list[str] = []
        self.sources: dict[int, _SourceRun] = {}
        self.in_flight: dict[Future[ChunkResult], int] = {}  # future -> source_id
        self.last_beat = time.monotonic()

    def run(self, specs: list[dict[str, Any]], doc: dict[str, Any], notify: bool) -> SweepResult:
        status = "failed"
        try:
            for spec in specs:
                try:
                    self._list_source(spec)
                except (PiiScannerError, OSError) as exc:
                    for src in self.sources.values():
                        src.failed = src.failed or src.spec is spec  # chunks already stored stay stored
                    self._fail(str(spec["name"]), exc)
            self._drain(0)
            retention_after_sweep(self.st, self.policy, specs)  # anchors, registers, stated events
            self.violations += self.st.refresh_retention(self.run_id)
            self.violations += restored_after_erasure_check(self.st, self.run_id)
            status = "partial" if self.failed else "ok"
            code = EXIT_PARTIAL if self.failed else (EXIT_VIOLATIONS if self.violations else EXIT_OK)
            code = self._notify(doc, notify, code)
            stats = self.totals.as_dict() | {"new_violations": len(self.violations), "failed_sources": len(self.failed)}
            self.st.finish_run(self.run_id, status, exit_code=code, stats=stats)
            self.emit("sweep_finished", run_id=self.run_id, status=status, exit_code=code, **stats)
            return SweepResult(self.run_id, status, code, stats, self.violations, self.failed, self.st.url)
        except BaseException:
            for fut in self.in_flight:  # nothing of this run should keep running on the cluster
                fut.cancel()  # type: ignore[no-untyped-call]
            # The database may be what failed; then the stale lock is taken over by the next sweep.
            with contextlib.suppress(Exception):
                self.st.finish_run(
                    self.run_id,
                    "interrupted" if status == "failed" else status,
                    exit_code=EXIT_ERROR,
                    stats=self.totals.as_dict(),
                )
            raise
        finally:
            with contextlib.suppress(Exception):
                self.st.release_lock(self.lock)

    def _notify(self, doc: dict[str, Any], notify: bool, code: int) -> int:
        if not (notify and self.violations and doc.get("notify")):
            return code
        from pii_scanner.sweeps.notify import send_summary

        try:
            send_summary(doc["notify"], self.violations, run_id=self.run_id)
            self.emit("notify_sent", run_id=self.run_id, violations=len(self.violations))
        except (OSError, PiiScannerError) as exc:
            self.emit("notify_failed", run_id=self.run_id, kind=type(exc).__name__)
            return code if self.failed else EXIT_NOTIFY_FAILED
        return code

    def _fail(self, name: str, exc: BaseException) -> None:
        self.failed.append(name)
        self.emit(
            "source_failed", run_id=self.run_id, source=scrub(name), kind=type(exc).__name__, message=scrub(str(exc))
        )

    # listing: the coordinator decides what to read (incremental), workers read and scan it
    def _list_source(self, spec: dict[str, Any]) -> None:
        st = self.st
        source_id = st.ensure_source(str(spec["name"]), str(spec.get("type", "paths")), spec)
        state = st.source_state(source_id)
        src = _SourceRun(spec, source_id, open_source(spec, self.cfg, state), state, st.known_items(source_id))
        self.sources[source_id] = src
        retention = self.policy.with_jurisdiction(spec.get("jurisdiction"))
        roots = _roots(spec)
        self.emit("source_started", run_id=self.run_id, source=scrub(src.source.name), known=len(src.known))
        buckets: dict[str, list[Item]] = {}
        counts: dict[str, int] = {}
        for item in self._todo(src):
            folder = partition_of(item, roots)
            bucket = buckets.setdefault(folder, [])
            bucket.append(item)
            if len(bucket) >= self.chunk_items:
                self._submit(src, folder, counts, bucket, retention)
                buckets[folder] = []
        for folder, bucket in buckets.items():
            if bucket:
                self._submit(src, folder, counts, bucket, retention)
        self.totals.partitions += len(counts)
        src.listed = True
        if src.pending == 0:
            self._finish_source(src)

    def _todo(self, src: _SourceRun) -> Iterator[Item]:
        for item in src.source.items():
            self.totals.seen += 1
            key = self.st.location_key(item.location)
            src.seen.add(key)
            if item.metadata.get("deleted"):
                src.tombstones.append(key)
                continue
            old = src.known.get(key)
            if (
                old is not None
                and not old.removed
                and old.error is None
                and old.change_key
                and old.change_key == item.change_key
            ):
                self.totals.skipped += 1
                continue
            self.totals.read += 1
            yield shippable(item)

    def _submit(
        self, src: _SourceRun, folder: str, counts: dict[str, int], items: list[Item], retention: RetentionPolicy
    ) -> None:
        self._drain(self.window - 1)
        n = counts.get(folder, 0)
        counts[folder] = n + 1
        digest = hashlib.sha256(f"{src.source_id}\0{folder}".encode()).hexdigest()[:16]
        key = f"pii-chunk-{self.run_id}-{src.source_id}-{digest}-{n}"
        chunk = Chunk(
            key,
            self.url,
            self.run_id,
            src.source_id,
            str(src.spec["name"]),
            folder,
            items,
            self.cfg,
            retention,
            self.key_check,
        )
        # retries: an exception in the task (e.g. a database hiccup); a *lost worker* is re-run by
        # the scheduler on its own (up to distributed.scheduler.allowed-failures times).
        fut: Future[ChunkResult] = self.client.submit(self.task, chunk, key=key, pure=False, retries=2)
        self.in_flight[fut] = src.source_id
        src.pending += 1
        self.totals.chunks += 1

    def _drain(self, limit: int) -> None:
        """Collect finished chunks until at most ``limit`` are in flight."""
        from distributed import wait

        while len(self.in_flight) > limit:
            done = wait(
                list(self.in_flight),
                timeout=HEARTBEAT_SECONDS,  # type: ignore[no-untyped-call]
                return_when="FIRST_COMPLETED",
            ).done
            for fut in done:
                self._collect(fut)
            self._heartbeat()

    def _collect(self, fut: Future[ChunkResult]) -> None:
        src = self.sources[self.in_flight.pop(fut)]
        src.pending -= 1
        try:
            result = fut.result()
        except Exception as exc:  # retries used up, or the worker died too often (KilledWorker)
            if not src.failed:
                src.failed = True
                self._fail(str(src.spec["name"]), exc)
        else:
            self.totals.add(result)
            self.violations.extend(result.violations)
            self.emit(
                "partition_stored",
                run_id=self.run_id,
                source=scrub(str(src.spec["name"])),
                folder=scrub(result.folder),
                items=result.top_items,
                findings=result.findings,
                seconds=round(result.seconds, 3),
                worker=result.worker,
            )
        if src.pending == 0 and src.listed:
            self._finish_source(src)

    def _finish_source(self, src: _SourceRun) -> None:
        """Everything of the source is stored: removals, incremental state, last-run markers."""
        if src.failed:
            return
        st, run_id = self.st, self.run_id
        if src.tombstones:
            self.totals.removed += st.mark_removed(run_id, src.source_id, src.tombstones)
        if src.source.complete_listing:
            gone = [k for k, old in src.known.items() if k not in src.seen and not old.removed]
            self.totals.removed += st.mark_removed(run_id, src.source_id, gone)
        src.state.commit()
        st.finish_source(src.source_id, run_id, complete=src.source.complete_listing)
        self.emit(
            "source_finished",
            run_id=run_id,
            source=scrub(src.source.name),
            seen=self.totals.seen,
            read=self.totals.read,
            skipped=self.totals.skipped,
        )

    def _heartbeat(self) -> None:
        if time.monotonic() - self.last_beat > HEARTBEAT_SECONDS / 2:
            self.st.heartbeat(self.lock)
            self.last_beat = time.monotonic()
