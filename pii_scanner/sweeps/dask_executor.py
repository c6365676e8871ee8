"""The Dask executor: the sweep engine (:mod:`pii_scanner.sweeps.engine`) with scanning on a Dask cluster.

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

One big file (larger than ``limits.stream_above``: an mbox or PST/OST file, a large plain text or
CSV) is not one task: the coordinator cuts it into the units the local executor spreads over its
pool (batches of messages, segments of detection windows; ``pipeline.spread``), submits each unit
as its own SCAN-ONLY task (:func:`run_unit`, under the item deadline), takes the outcomes back in
order and writes the item's one group itself, in one transaction, as the local executor does. Only
scanning is spread for such a file; a lost worker's unit is re-run by Dask, and a unit that fails
for good becomes error records for what it covered (the other units' results are still stored).

Every worker must use the same fingerprint key (``PII_SCANNER_KEY`` or key file) as the coordinator;
a task refuses to write when its key check differs (location keys would not match otherwise). The
key itself never travels over the cluster.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import os
import pickle
import socket
import time
from collections import OrderedDict
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future as ConcurrentFuture
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, Any

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from pii_scanner.core.config import ScanConfig
from pii_scanner.core.errors import ConfigError, SourceError
from pii_scanner.core.model import Item, ItemResult
from pii_scanner.core.privacy import Fingerprinter, load_key, scrub, scrub_text
from pii_scanner.core.sealing import KeyedSeal
from pii_scanner.core.user_paths import expand_user
from pii_scanner.extract.split import reopenable
from pii_scanner.pipeline import Outcome, Work, abandoned, shippable, spread
from pii_scanner.policy.retention import RetentionPolicy
from pii_scanner.sources.specs import SourceSpec
from pii_scanner.store import Store, Violation, open_store
from pii_scanner.store.engine import DB_ENV, normalise_url
from pii_scanner.sweeps.engine import EventFn, SweepJob, SweepResult, sweep
from pii_scanner.sweeps.local_executor import LocalExecutor, item_deadline, process_with_deadline, run_with_deadline
from pii_scanner.sweeps.progress import SourceRun, StoredBatch, lost_connection

if TYPE_CHECKING:
    from distributed import Client, Future

    from pii_scanner.pipeline import Processor

KEY_CHECK = "pii-scanner:key-check"
IN_FLIGHT_PER_WORKER = 4  # chunks queued per worker: bounds coordinator memory on huge sources


@dataclass
class Chunk:
    """One task: up to ``sweep.batch_items`` top-level items of one partition (source + folder)."""

    key: str  # Dask key, deterministic: a resubmitted chunk is the same task
    db: str  # store URL without its password (each worker adds its own: worker_store_url)
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
    lost: int = 0  # items whose read lost the source's connection


# --- worker side ------------------------------------------------------------------------------
class WorkerCache:
    """Per worker process: Processors by (config, day) and Stores by URL, least recently used first out.

    Bounded, so a long-lived worker serving many sweeps does not grow; evicted Stores are closed;
    the day is part of a Processor's key, so an engine built yesterday (its ``today`` decides which
    birth dates are in the future) is not used today.
    """

    def __init__(self, max_processors: int = 4, max_stores: int = 4) -> None:
        self.max_processors, self.max_stores = max_processors, max_stores
        self._processors: OrderedDict[str, Processor] = OrderedDict()
        self._stores: OrderedDict[str, Store] = OrderedDict()

    def processor(self, config: ScanConfig) -> Processor:
        from pii_scanner.pipeline import Processor

        key = f"{date.today().isoformat()}:" + hashlib.sha256(pickle.dumps(config)).hexdigest()
        found = self._processors.get(key)
        if found is None:
            found = Processor.build(config)
            self._processors[key] = found
            while len(self._processors) > self.max_processors:
                self._processors.popitem(last=False)
        self._processors.move_to_end(key)
        return found

    def store(self, url: str, key_file: str | None = None) -> Store:
        """The worker's connection to the index, keyed as the coordinator's (``[scan] key_file`` when set)."""
        cache_key = f"{key_file or ''}\x00{url}"
        found = self._stores.get(cache_key)
        if found is None:
            found = open_store(worker_store_url(url), key_file=key_file)
            self._stores[cache_key] = found
            while len(self._stores) > self.max_stores:
                _, old = self._stores.popitem(last=False)
                old.close()
        self._stores.move_to_end(cache_key)
        return found

    def clear(self) -> None:
        self._processors.clear()
        while self._stores:
            _, old = self._stores.popitem()
            old.close()

    def __len__(self) -> int:
        return len(self._processors) + len(self._stores)


_WORKER_CACHE = WorkerCache()  # one per worker process; bounded (see WorkerCache)


_SECRET_QUERY_KEYS = frozenset({"password", "sslpassword"})


def task_store_url(url: URL) -> str:
    """The store URL a task carries: without its password (nor one given as a query parameter), since
    Dask sends and may keep each task in the clear; workers add theirs (:func:`worker_store_url`)."""
    kept = {k: v for k, v in url.query.items() if k.lower() not in _SECRET_QUERY_KEYS}
    bare = URL.create(url.drivername, url.username, None, url.host, url.port, url.database, kept)  # set() keeps it
    return bare.render_as_string(hide_password=False)


def worker_store_url(sent: str) -> str:
    """The URL a worker connects with: the task's, with the password of the worker's own
    ``PII_SCANNER_DB`` when that names the same database, user and server; else as sent, and the driver
    finds the credentials itself (PostgreSQL: ``PGPASSWORD``, ``~/.pgpass``, a client certificate)."""
    own_text = os.environ.get(DB_ENV)
    if not own_text:
        return sent
    try:
        task, own = make_url(sent), make_url(normalise_url(own_text))
    except (ArgumentError, ValueError, TypeError):
        return sent
    same = ("drivername", "username", "host", "port", "database")
    if own.password is None or any(getattr(task, part) != getattr(own, part) for part in same):
        return sent
    return task.set(password=own.password).render_as_string(hide_password=False)


def _cached_processor(config: ScanConfig) -> Processor:
    return _WORKER_CACHE.processor(config)


def run_chunk(chunk: Chunk) -> ChunkResult:
    """Scan one chunk and store it in one transaction (runs on a Dask worker)."""
    started = time.monotonic()
    store = _WORKER_CACHE.store(chunk.db, chunk.config.key_file)
    if store.fingerprint(KEY_CHECK) != chunk.key_check:
        raise ConfigError(
            f"worker {socket.gethostname()} has a different fingerprint key than the coordinator; "
            "set the same PII_SCANNER_KEY on every worker"
        )
    config = chunk.config.with_(workers=1)
    processor = _WORKER_CACHE.processor(config)
    deadline = item_deadline(config)
    groups: list[list[ItemResult]] = [process_with_deadline(processor, item, deadline) for item in chunk.items]
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
        lost_connection(groups),
    )


def run_unit(config: ScanConfig, work: Work) -> bytes:
    """Scan one unit of a big file (a batch of messages, a text segment, the text's last step) on a
    Dask worker, under the item deadline; nothing is stored here (the coordinator writes the item).

    The outcome holds the findings' plaintext values (the coordinator fingerprints them), so it leaves
    the worker sealed (:func:`_seal`): Dask keeps, spills to its scratch disk and sends over the
    network only ciphertext."""
    config = config.with_(workers=1)
    outcome = run_with_deadline(_WORKER_CACHE.processor(config), work, item_deadline(config))
    return _seal(outcome, config.key_file)


@functools.cache
def _transport(key: bytes) -> KeyedSeal:
    """Sealed under a key derived from the fingerprint key, which every worker shares (run_chunk checks)."""
    return KeyedSeal(Fingerprinter(key), "pii-scanner dask transport key")


def _seal(outcome: Outcome, key_file: str | None = None) -> bytes:
    # The configured key ([scan] key_file) on both ends: the default key differs per host and user, and a
    # worker without one made a key file of its own.
    return _transport(load_key(key_file)).seal(pickle.dumps(outcome, pickle.HIGHEST_PROTOCOL))


def _unseal(sealed: bytes, key_file: str | None = None) -> Outcome:
    """The outcome of :func:`run_unit`; another fingerprint key on the worker raises (InvalidTag)."""
    outcome: Outcome = pickle.loads(_transport(load_key(key_file)).open(sealed))
    return outcome


def spreads(item: Item, config: ScanConfig) -> bool:
    """True for a big file the coordinator cuts into units (a local file above ``limits.stream_above``)."""
    return reopenable(item) is not None and (item.size or 0) > config.limits.stream_above


def _bridged(fut: Future[bytes], work: Work, key_file: str | None = None) -> ConcurrentFuture[Outcome]:
    """A Dask future as the future ``pipeline.spread`` awaits; a unit that failed for good (retries used
    up, its worker lost too often) becomes error records for what it covered, never the sweep's end."""
    out: ConcurrentFuture[Outcome] = ConcurrentFuture()

    def settle(done: Future[bytes]) -> None:
        from distributed.client import FutureCancelledError

        try:
            out.set_result(_unseal(done.result(), key_file))
        except FutureCancelledError as exc:  # the scheduler went away (or the sweep stopped): nothing was read
            out.set_exception(exc)
        except BaseException as exc:  # whatever else ended the task (an error, lost workers), the unit is lost
            out.set_result(abandoned(work, f"lost on the cluster ({exc.__class__.__name__})"))

    out.dask_future = fut  # type: ignore[attr-defined]  # held: a released Dask future cancels its task
    fut.add_done_callback(settle)
    return out


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


def _roots(spec: SourceSpec) -> list[str]:
    return [str(expand_user(p)) for p in spec.roots()]


# --- coordinator ------------------------------------------------------------------------------
def wants_cluster(scheduler: str | None, workers: int | None) -> bool:
    """``--scheduler`` always means Dask; ``--workers N`` means a LocalCluster when Dask is installed."""
    if scheduler:
        return True
    if not workers:
        return False
    import importlib.util

    return importlib.util.find_spec("distributed") is not None


# How long a client waits for a scheduler that never answers (a module constant: the tests lower it).
CONNECT_TIMEOUT = "30s"


def connect(scheduler: str | None, workers: int | None) -> tuple[Client, Callable[[], None]]:
    """A Dask client on ``scheduler`` (``tcp://host:8786``) or on a new LocalCluster on loopback."""
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:  # the optional extra
        raise ConfigError("distributed sweeps need the 'dask' extra: pip install 'nordic-pii-scanner[dask]'") from exc
    if scheduler and scheduler != "local":
        # A wrong or unreachable scheduler is the admin's to fix, not a bug: one line, exit 2.
        try:
            client = Client(scheduler, timeout=CONNECT_TIMEOUT)
        except ValueError as exc:
            raise ConfigError(
                "--scheduler: not a Dask scheduler address (tcp://HOST:8786, tls://HOST:8786 or local)"
            ) from exc
        except OSError as exc:  # TimeoutError and refused connections included
            raise ConfigError(
                f"--scheduler: cannot reach the Dask scheduler at {scrub_text(scheduler)} ({exc})"
            ) from exc
        return client, client.close
    n = workers or os.cpu_count() or 1
    cluster = LocalCluster(
        n_workers=n,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address=None,
        silence_logs=40,
    )
    client = Client(cluster)

    def close() -> None:
        client.close()
        cluster.close()

    return client, close


class DaskExecutor:
    """Submits chunks of each source's items to a Dask cluster with bounded in-flight work.

    ``client`` (an existing ``distributed.Client``) wins over ``scheduler`` (an address, or
    ``"local"``) and ``workers`` (the size of a LocalCluster started for this sweep). Sources
    overlap: the next source is listed while the previous one's chunks are still running.
    """

    def __init__(
        self,
        *,
        scheduler: str | None = None,
        workers: int | None = None,
        client: Client | None = None,
        chunk_items: int | None = None,
        task: Callable[[Chunk], ChunkResult] = run_chunk,
    ) -> None:
        self.scheduler, self.workers, self.client = scheduler, workers, client
        self.chunk_items, self.task = chunk_items, task
        self._close: Callable[[], None] = _nothing
        self.in_flight: dict[Future[ChunkResult], tuple[SourceRun, Chunk]] = {}
        self.partitions = 0
        self.chunks = 0
        self.spread_items = 0  # big files cut into units
        self.units = 0  # their units submitted
        self.window = IN_FLIGHT_PER_WORKER
        self.url = ""
        self.key_check = ""
        self._rescuer: LocalExecutor | None = None  # reads a chunk whose item killed every worker it ran on
        self.rescued = 0

    def prepare(self) -> None:
        if self.client is None:
            self.client, self._close = connect(self.scheduler, self.workers)

    def start(self, job: SweepJob) -> dict[str, Any]:
        self.prepare()
        assert self.client is not None
        self.url = task_store_url(job.st.engine.url)
        self.key_check = job.st.fingerprint(KEY_CHECK)
        if self.chunk_items is None:
            self.chunk_items = job.cfg.sweep.batch_items
        n_workers = max(1, len(self.client.scheduler_info(n_workers=-1).get("workers", {})))
        self.window = IN_FLIGHT_PER_WORKER * n_workers
        return {"executor": "dask", "dask_workers": n_workers}

    # the coordinator decides what to read (the engine's todo filter), workers read and scan it
    def run_source(self, job: SweepJob, src: SourceRun, items: Iterator[Item]) -> None:
        with _cluster_lost():
            self._run_source(job, src, items)

    def _run_source(self, job: SweepJob, src: SourceRun, items: Iterator[Item]) -> None:
        assert self.chunk_items is not None
        roots = _roots(src.spec)
        buckets: dict[str, list[Item]] = {}
        counts: dict[str, int] = {}
        for listed in items:
            item = shippable(listed)  # read here what only this process can read (a live mail connection)
            if spreads(item, job.cfg):
                self._spread(job, src, item)
                continue
            folder = partition_of(item, roots)
            bucket = buckets.setdefault(folder, [])
            bucket.append(item)
            if len(bucket) >= self.chunk_items:
                self._submit(job, src, folder, counts, bucket)
                buckets[folder] = []
        for folder, bucket in buckets.items():
            if bucket:
                self._submit(job, src, folder, counts, bucket)
        self.partitions += len(counts)

    def _submit(self, job: SweepJob, src: SourceRun, folder: str, counts: dict[str, int], items: list[Item]) -> None:
        assert self.client is not None
        self._drain(job, self.window - 1)
        n = counts.get(folder, 0)
        counts[folder] = n + 1
        # Keyed: the scheduler, its logs and dashboard see task keys, and an unkeyed hash of a folder named by
        # a CPR is undone by trying every CPR. Deterministic within the index, so a re-sent chunk is the same task.
        digest = job.st.fingerprint(f"dask-partition:{src.source_id}\0{folder}")[:16]
        key = f"pii-chunk-{job.run_id}-{src.source_id}-{digest}-{n}"
        chunk = Chunk(
            key, self.url, job.run_id, src.source_id, src.name, folder, items, job.cfg, src.retention, self.key_check
        )
        self._send(src, chunk)

    def _send(self, src: SourceRun, chunk: Chunk) -> None:
        assert self.client is not None
        # retries: an exception in the task (e.g. a database hiccup); a *lost worker* is re-run by
        # the scheduler on its own (up to distributed.scheduler.allowed-failures times).
        fut: Future[ChunkResult] = self.client.submit(self.task, chunk, key=chunk.key, pure=False, retries=2)
        self.in_flight[fut] = (src, chunk)
        src.pending += 1
        self.chunks += 1

    def _spread(self, job: SweepJob, src: SourceRun, item: Item) -> None:
        """One big file's units scanned over the cluster; its results stored here as one group."""
        assert self.client is not None
        client = self.client

        def submit(work: Work) -> ConcurrentFuture[Outcome]:
            self.units += 1
            fut: Future[bytes] = client.submit(run_unit, job.cfg, work, pure=False, retries=2)
            return _bridged(fut, work, job.cfg.key_file)

        group: list[ItemResult] = []
        for results, _ in spread([item], job.cfg, submit, window=self.window, split_text=True):
            group.extend(results)
            job.heartbeat(time.monotonic())
        summary = job.st.write_groups(job.run_id, src.source_id, [group], retention=src.retention)
        job.stored(src, StoredBatch.written(1, summary, [group]))
        self.spread_items += 1

    def wait(self, job: SweepJob) -> None:
        with _cluster_lost():
            self._drain(job, 0)

    def _drain(self, job: SweepJob, limit: int) -> None:
        """Collect finished chunks until at most ``limit`` are in flight."""
        from distributed import wait

        while len(self.in_flight) > limit:
            try:
                done = wait(
                    list(self.in_flight), timeout=job.cfg.sweep.heartbeat_seconds, return_when="FIRST_COMPLETED"
                ).done
            except TimeoutError:  # nothing finished yet (a worker restarting): keep the lock alive
                done = set()
                if not self._workers_alive():
                    raise SourceError("the Dask cluster has no workers left; chunks in flight cannot finish") from None
            for fut in done:
                self._collect(job, fut)
            job.heartbeat(time.monotonic())

    def _workers_alive(self) -> bool:
        assert self.client is not None
        try:
            return bool(self.client.scheduler_info(n_workers=-1).get("workers"))
        except Exception:  # the scheduler itself is gone
            return False

    def _collect(self, job: SweepJob, fut: Future[ChunkResult]) -> None:
        from distributed import KilledWorker

        src, chunk = self.in_flight.pop(fut)
        src.pending -= 1
        try:
            # Done, yet its result can be lost with its worker before it is fetched; Dask then recomputes it,
            # and that has been seen never to end. A chunk not back within a heartbeat is read here instead
            # (a re-stored item replaces itself: no duplicate).
            result = fut.result(timeout=job.cfg.sweep.heartbeat_seconds)
        except (KilledWorker, TimeoutError):
            # Every worker that ran it died: an item in it kills its reader (a parser crashing, the OOM
            # killer, as in the local pool). Failing the source kept the chunk's other items out of the index
            # on every sweep. They are read here, in this machine's renewing process pool, which stores each
            # item and makes the one that kills its reader an error record (WORKER_DIED).
            fut.cancel()  # a lost result is not recomputed behind the rescue's back
            if not src.failed:
                self._rescue(job, src, chunk)
        except Exception as exc:  # retries used up, the scheduler gone, a worker with another key
            job.fail_source(src, exc)
        else:
            job.stored(
                src,
                StoredBatch(
                    result.top_items,
                    result.results,
                    result.findings,
                    result.new_findings,
                    result.removed,
                    result.errors,
                    result.violations,
                    result.lost,
                ),
            )
            job.emit(
                "partition_stored",
                run_id=job.run_id,
                source=scrub(src.name),
                folder=scrub(result.folder),
                items=result.top_items,
                findings=result.findings,
                seconds=round(result.seconds, 3),
                worker=result.worker,
            )
        job.maybe_finish(src)

    def _rescue(self, job: SweepJob, src: SourceRun, chunk: Chunk) -> None:
        if self._rescuer is None:
            # At least two processes: one process would be this one, and the item would kill the sweep.
            self._rescuer = LocalExecutor(workers=max(2, job.cfg.workers))
            self._rescuer.start(job)
        self.rescued += len(chunk.items)
        self._rescuer.run_source(job, src, iter(chunk.items))

    def cancel(self) -> None:
        rescuer, self._rescuer = self._rescuer, None
        if rescuer is not None:
            rescuer.cancel()
        for fut in list(self.in_flight):  # nothing of this run should keep running on the cluster
            fut.cancel()
        self.in_flight.clear()

    def close(self) -> None:
        rescuer, self._rescuer = self._rescuer, None
        if rescuer is not None:
            rescuer.close()
        close, self._close = self._close, _nothing
        close()

    def stats(self) -> dict[str, int]:
        return {
            "partitions": self.partitions,
            "chunks": self.chunks,
            "spread_items": self.spread_items,
            "spread_units": self.units,
            "rescued_items": self.rescued,
        }


def _nothing() -> None:
    return None


@contextlib.contextmanager
def _cluster_lost() -> Iterator[None]:
    """The scheduler gone mid-sweep (its connection closed, the client closed with it) fails the source, as a
    mail server going away does (exit 4): it is no bug of ours (exit 70)."""
    from distributed.client import ClosedClientError, FutureCancelledError
    from distributed.comm.core import CommClosedError

    try:
        yield
    except (ClosedClientError, CommClosedError, FutureCancelledError) as exc:
        raise SourceError(f"the Dask scheduler went away ({type(exc).__name__})") from exc


def distributed_sweep(
    paths: Sequence[str | Path] | None = None,
    *,
    scheduler: str | None = None,
    workers: int | None = None,
    client: Client | None = None,
    chunk_items: int | None = None,
    task: Callable[[Chunk], ChunkResult] = run_chunk,
    events: EventFn | None = None,
    **kwargs: Any,
) -> SweepResult:
    """:func:`pii_scanner.sweeps.engine.sweep` with a :class:`DaskExecutor` (same other arguments)."""
    executor = DaskExecutor(scheduler=scheduler, workers=workers, client=client, chunk_items=chunk_items, task=task)
    return sweep(paths, events=events, executor=executor, **kwargs)
