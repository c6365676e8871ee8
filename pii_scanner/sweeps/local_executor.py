"""The local executor: top-level items scanned in a process pool on this machine, stored in batches.

One process per worker (``config.workers``; 0 = one per CPU, 1 = in this process). Results come
back in input order and are written by this process, ``sweep.batch_items`` top-level items or
``sweep.batch_seconds`` per transaction. Each item runs under a hard deadline enforced in the
worker (:mod:`.deadline`): a stuck read is abandoned and recorded as the item's error.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import time
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from pii_scanner.core.config import ScanConfig
from pii_scanner.core.errors import PiiScannerError
from pii_scanner.core.finding_log import held_in_memory
from pii_scanner.core.model import Item, ItemResult
from pii_scanner.core.worker_process import prepare_worker
from pii_scanner.pipeline import (
    Outcome,
    Processor,
    RenewingPool,
    Work,
    abandoned,
    done,
    look_ahead,
    spread,
    warmed_pool,
)
from pii_scanner.sweeps.deadline import ItemDeadlineExceeded, call_with_deadline
from pii_scanner.sweeps.progress import SourceRun, StoredBatch

if TYPE_CHECKING:  # the engine imports this module; the types only go the other way
    from pii_scanner.sweeps.engine import SweepJob


def item_deadline(config: ScanConfig) -> float | None:
    """The hard per-item limit: ``sweep.item_deadline``, else twice the extraction time budget."""
    if config.sweep.item_deadline is not None:
        return config.sweep.item_deadline
    budget = config.limits.time_budget
    return 2 * budget if budget and budget > 0 else None


def process_with_deadline(processor: Processor, item: Item, deadline: float | None) -> list[ItemResult]:
    """All results of one top-level item, or one error result when it overran its deadline."""
    outcome = run_with_deadline(processor, item, deadline)
    assert isinstance(outcome, list)
    return outcome


def run_with_deadline(processor: Processor, work: Work, deadline: float | None) -> Outcome:
    """A unit of work (an item, a batch of a mailbox's messages, a text segment) under the deadline."""
    try:
        outcome = call_with_deadline(lambda: processor.run(work), deadline)
    except ItemDeadlineExceeded:
        if isinstance(work, Item):
            work.read = None
            work.data = None
        return abandoned(work, f"abandoned: still running after the {deadline:g} s item deadline")
    if isinstance(outcome, list):
        for r in outcome:  # raw bytes and lazy readers do not cross process boundaries
            r.item.read = None
            r.item.data = None
    return outcome


# --- worker process -------------------------------------------------------------------------------
_WORKER: tuple[Processor, float | None] | None = None  # built once per worker process (not a setting)


def _init_worker(config: ScanConfig) -> None:
    global _WORKER
    prepare_worker()  # default SIGTERM, and an end when the parent dies without closing the pool
    _WORKER = (Processor.build(config), item_deadline(config))


def _adopt_worker(processor: Processor) -> None:
    """A forked worker's initializer: the Processor the coordinator built before forking (shared
    copy-on-write, never pickled), so it is built once per sweep instead of once per worker."""
    global _WORKER
    prepare_worker()
    _WORKER = (processor, item_deadline(processor.config))


def _work(work: Work) -> Outcome:
    assert _WORKER is not None
    processor, deadline = _WORKER
    return run_with_deadline(processor, work, deadline)


# --- coordinator ----------------------------------------------------------------------------------
class LocalExecutor:
    """Scans in a process pool (or in this process with one worker) and writes batches itself."""

    def __init__(self, workers: int | None = None) -> None:
        self._pool: RenewingPool | None = None
        self._processor: Processor | None = None
        self._config: ScanConfig | None = None
        self._workers_wanted = workers  # None: the configuration's

    def prepare(self) -> None:
        return None  # the pool starts with the first item

    def start(self, job: SweepJob) -> dict[str, Any]:
        self._config = job.cfg if self._workers_wanted is None else job.cfg.with_(workers=self._workers_wanted)
        return {"executor": "local", "workers": self._workers()}

    def _workers(self) -> int:
        assert self._config is not None
        return self._config.workers or os.cpu_count() or 1

    def _results(self, items: Iterator[Item]) -> Iterator[list[ItemResult]]:
        """Each top-level item's results (the item and its members), in input order.

        A mailbox file's messages and a large text's segments are spread over the pool; their
        pieces are gathered back into the item's one group (stored in one transaction).
        """
        assert self._config is not None
        deadline = item_deadline(self._config)
        workers = self._workers()
        if workers <= 1:
            if self._processor is None:
                self._processor = Processor.build(self._config)
            processor = self._processor
            pieces = spread(
                items,
                self._config,
                lambda w: done(run_with_deadline(processor, w, deadline)),
                window=1,
                split_text=False,
            )
        else:
            if self._pool is None:
                # A worker that dies on an item breaks the pool: it is replaced, the item an error record.
                ahead: list[Item] = []
                if multiprocessing.get_start_method() == "fork":  # only forked workers share the warm-up
                    ahead, items = look_ahead(items, workers * 4)  # no further than spread reads ahead
                self._pool = warmed_pool(workers, self._config, ahead, _work, _adopt_worker, _init_worker)
            pool = self._pool
            # bounded: a source of millions of files (or a huge mailbox) is consumed lazily
            pieces = spread(items, self._config, pool.submit, window=workers * 4, split_text=True)
        group: list[ItemResult] = []
        for results, last in pieces:
            group.extend(results)
            if last:
                yield group
                group = []

    def run_source(self, job: SweepJob, src: SourceRun, items: Iterator[Item]) -> None:
        batch: list[list[ItemResult]] = []
        settings = job.cfg.sweep
        last_flush = time.monotonic()
        held = 0  # findings the batch holds in memory: a batch of big items is written sooner

        def flush() -> None:
            nonlocal batch, last_flush, held
            held = 0
            if batch:
                summary = job.st.write_groups(job.run_id, src.source_id, batch, retention=src.retention)
                job.stored(src, StoredBatch.written(len(batch), summary, batch))
                batch = []
            last_flush = time.monotonic()
            job.heartbeat(last_flush)

        try:
            for group in self._results(items):
                batch.append(group)
                held += sum(held_in_memory(r.findings) for r in group)
                if (
                    len(batch) >= settings.batch_items
                    or held >= job.cfg.limits.findings_in_memory
                    or time.monotonic() - last_flush > settings.batch_seconds
                ):
                    flush()
        except (PiiScannerError, OSError):
            # The source failed part-way (its server went away, a named folder is missing): what was read is
            # stored all the same; the engine fails the source, so nothing is marked removed.
            with contextlib.suppress(Exception):
                flush()
            raise
        flush()

    def wait(self, job: SweepJob) -> None:
        return None  # run_source stores everything before it returns

    def cancel(self) -> None:
        renewing, self._pool = self._pool, None
        if renewing is None:
            return
        pool = renewing.pool
        # Workers may be stuck in an item: stop them rather than wait for them.
        for process in list(getattr(pool, "_processes", {}).values()):
            with contextlib.suppress(Exception):
                process.terminate()
        pool.shutdown(wait=False, cancel_futures=True)

    def close(self) -> None:
        renewing, self._pool = self._pool, None
        if renewing is not None:
            renewing.pool.shutdown(wait=True, cancel_futures=True)

    def stats(self) -> dict[str, int]:
        return {}
