"""The sweep engine: sources -> executor (pipeline) -> store; incremental, crash-safe, one for every executor.

- Incremental: a top-level item whose change key (size+mtime, mail change key...) matches the index
  is not read; vanished items are marked removed (complete listings) or by tombstones (mail).
- Crash-safe: items are stored with their members in one transaction per batch; a source's
  incremental state is committed only after all its items are stored, so a crash re-reads.
- Safe removal: a source whose root is gone or whose listing failed is a failed source (exit 4) and
  marks nothing removed; a run that would remove more than ``sweep.max_removed_share`` of a
  source's live items is held (event ``mass_removal_held``, exit 4) unless removal is allowed.
- Identity: a source is known by a keyed hash of its normalised spec, not by its (masked) name.
- One sweep per configuration at a time (a lock row in the database; SweepLocked, exit code 3).
- SIGTERM/SIGINT end the run as ``interrupted``; what was stored stays stored.

Where items are scanned is the executor's business (:mod:`.local_executor`: a process pool on
this machine; :mod:`.dask_executor`: a Dask cluster). Setup, locking, the ``todo`` filter,
counters, source finishing and notification live here, once.

The library never prints: events go to the ``events`` callback (the CLI logs them as JSON lines).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import signal
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Protocol, get_args

from pii_scanner.core.config import ScanConfig, load_config
from pii_scanner.core.config_paths import LOCAL_PATH_KINDS, SOURCE_FILE_KEYS, config_folder
from pii_scanner.core.errors import (
    ConfigError,
    ExitCode,
    PiiScannerError,
    SourceConnectionLost,
    SweepLocked,
    exit_code_of,
)
from pii_scanner.core.mail_policy import mask_reason
from pii_scanner.core.model import Item
from pii_scanner.core.privacy import scrub, scrub_text
from pii_scanner.core.stop_signals import raise_on_signals
from pii_scanner.core.user_paths import expand_user
from pii_scanner.policy.apply import after_sweep as retention_after_sweep
from pii_scanner.policy.restored import restored_after_erasure, with_ledger
from pii_scanner.policy.retention import RetentionPolicy, load_policy
from pii_scanner.policy.triage import apply_outlook_verdicts
from pii_scanner.sources.registry import open_source, parse_sources
from pii_scanner.sources.specs import FileOrigin, PathsSpec, SourceSpec, file_origin
from pii_scanner.store import Store, Violation, open_store, schema
from pii_scanner.store.engine import refuse_memory_index
from pii_scanner.sweeps.progress import Counters, SourceRun, StoredBatch

# Exit codes a scheduler can alert on (docs/sweeps.md).
EXIT_OK = ExitCode.OK  # sweep complete, no new policy violations
EXIT_VIOLATIONS = ExitCode.FOUND  # sweep complete, new policy violations found
EXIT_ERROR = ExitCode.USAGE  # configuration or database error: nothing swept
EXIT_LOCKED = ExitCode.LOCKED  # another sweep of the same configuration is running
EXIT_PARTIAL = ExitCode.PARTIAL  # some sources failed or had their removals held (the others were stored)
EXIT_NOTIFY_FAILED = ExitCode.NOTIFY_FAILED  # sweep complete but the DPO summary could not be sent
EXIT_INTERRUPTED = ExitCode.INTERRUPTED  # SIGINT or SIGTERM; what was stored is kept

EventFn = Callable[..., None]


def masked_events(events: EventFn) -> EventFn:
    """``events`` given every text field masked as the CLI logs it (:func:`scrub_text`): a library caller's
    callback never sees a mailbox's address or an identifier in a source's name or an error message."""

    def emit(event: str, /, **fields: Any) -> None:
        events(event, **{k: scrub_text(v) if isinstance(v, str) else v for k, v in fields.items()})

    return emit


_SECRET_WORDS = ("pass", "secret", "token", "key", "credential")


@dataclass
class SweepResult:
    run_id: int
    status: str  # ok, partial, interrupted
    exit_code: int
    stats: dict[str, int] = field(default_factory=dict)
    new_violations: list[Violation] = field(default_factory=list)
    failed_sources: list[str] = field(default_factory=list)
    db: str = ""
    held_sources: list[str] = field(default_factory=list)  # mass removal not applied


class Executor(Protocol):
    """Where and how a sweep's items are scanned and stored.

    ``run_source`` consumes the source's items (already filtered by the engine) and may return
    before everything is stored; ``wait`` returns when all work handed over is stored. For each
    stored batch the executor calls ``job.stored(src, batch)``; for a batch that cannot be stored,
    ``job.fail_source(src, exc)``; ``job.pending_done(src)`` after either.
    """

    def prepare(self) -> None:
        """Reach what the executor needs (a Dask scheduler) before the index is opened or a run recorded: a
        wrong address is one line and exit 2 with nothing written."""
        ...

    def start(self, job: SweepJob) -> dict[str, Any]: ...

    def run_source(self, job: SweepJob, src: SourceRun, items: Iterator[Item]) -> None: ...

    def wait(self, job: SweepJob) -> None: ...

    def cancel(self) -> None: ...

    def close(self) -> None: ...

    def stats(self) -> dict[str, int]: ...


class SweepInterrupted(BaseException):
    """SIGTERM or SIGINT arrived during a sweep."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def _noop(event: str, **fields: Any) -> None:
    return None


def sweep_sources_from(
    paths: Sequence[str | Path] | None,
    doc: Mapping[str, Any],
    origin: str | None,
    file: str = "configuration",
    *,
    known_kinds: bool = True,
) -> list[SourceSpec]:
    """The typed source specs of a sweep: the config's [[sources]] (checked; ConfigError names
    ``file``) plus an ad-hoc paths source. ``known_kinds=False``: a kind no factory handles is left
    to fail when opened (a live search reports it as one failed source and searches the others)."""
    tables = [dict(s) for s in doc.get("sources", [])]
    for n, table in enumerate(tables):
        table.setdefault("name", f"{table.get('type', 'paths')}-{n + 1}")
    specs = parse_sources(tables, file, known_kinds=known_kinds)
    if paths:
        resolved = [plain_path(p) for p in paths]
        chosen = file_origin(origin)
        table = {
            "type": "paths",
            "name": _adhoc_name(resolved),
            "paths": resolved,
            "origin": chosen,
        }
        specs.append(PathsSpec("paths", table["name"], paths=tuple(resolved), origin=chosen, given=table))
    if not specs:
        raise ConfigError("nothing to sweep: give PATHs or a config with [[sources]]")
    return specs


def _adhoc_name(resolved: Sequence[str]) -> str:
    return (scrub("paths:" + ",".join(resolved)) or "paths")[:200]


def is_adhoc(spec: SourceSpec) -> bool:
    """The paths source ``sweep PATH`` builds (its name is not a name anyone chose)."""
    table = spec.as_table()
    paths = table.get("paths")
    return spec.type == "paths" and isinstance(paths, list) and table.get("name") == _adhoc_name(paths)


def normalised_spec(spec: SourceSpec) -> str:
    """The canonical text of what a source IS: its kind and settings as written (``as_table``),
    without its display name or secrets; folder paths absolute and sorted. Two folders differing
    only in a CPR differ here. Unchanged since sources were dicts: existing indexes keep their sources.

    >>> from pii_scanner.sources.specs import parse_spec
    >>> normalised_spec(parse_spec({"name": "a", "paths": ["/s/x", "/s/a"]}))
    '{"paths": ["/s/a", "/s/x"], "type": "paths"}'
    """
    return _normalised_table(spec.as_table())


def _normalised_table(table: Mapping[str, Any]) -> str:
    out: dict[str, Any] = {"type": str(table.get("type", "paths"))}
    for key, value in table.items():
        if key in ("name", "type") or any(w in key.lower() for w in _SECRET_WORDS):
            continue
        if key in ("path", "paths"):
            raw = value if isinstance(value, list) else [value]
            out["paths"] = sorted({str(expand_user(str(p)).absolute()) for p in raw})
            continue
        out[key] = value
    return json.dumps(out, sort_keys=True, default=str, ensure_ascii=False)


def source_identity(spec: SourceSpec, key: Callable[[str], str]) -> str:
    """A keyed hash of what the source is (no plaintext path or address stored for identity). A source of
    local folders or files is its kind and its roots (``walked_root``; origin and jurisdiction are
    settings): a folder in a configuration and the same folder swept ad hoc (``sweep PATH``, another
    origin, a trailing slash, a ``..``) are one source, its items held and counted once. Other kinds: the
    normalised spec."""
    if spec.type in LOCAL_PATH_KINDS:
        return key("source-location:" + location_text(spec))
    return key("source-spec:" + normalised_spec(spec))


def location_text(spec: SourceSpec) -> str:
    """The kind and the sorted real paths of a local source.

    >>> from pii_scanner.sources.specs import parse_spec
    >>> location_text(parse_spec({"name": "a", "paths": ["/", "/"]}))
    '{"paths": ["/"], "type": "paths"}'
    """
    raw = spec.as_table().get("paths", spec.as_table().get("path", []))
    named = raw if isinstance(raw, list) else [raw]
    return json.dumps({"paths": sorted({walked_root(p) for p in map(str, named)}), "type": spec.type})


def walked_root(text: str) -> str:
    """A local root as named, absolute. Not resolved through symlinks: a root that became a link to another
    (empty) folder is the same source whose files are gone (the sweep holds the removal, exit 4), never a
    new, empty source beside it. ``..`` stays as written (the locations keep it); an ad-hoc PATH is
    written without it when that names the same place (``plain_path``)."""
    return text if text == "-" else str(expand_user(text).absolute())


def plain_path(text: str | Path) -> str:
    """An ad-hoc PATH absolute, with ``.``/``..`` taken out when that still names the same place (a
    ``..`` after a symlinked folder does not).

    >>> plain_path("/srv/share/sub/../") == os.path.normpath("/srv/share") or os.sep != "/"
    True
    """
    path = str(expand_user(text).absolute())
    plain = os.path.normpath(path)
    return plain if os.path.realpath(plain) == os.path.realpath(path) else path


def earlier_identities(spec: SourceSpec, folder: str | None, key: Callable[[str], str]) -> tuple[str, ...]:
    """Identities an existing index may hold the same source under: its spec as written, before relative
    paths were anchored (``legacy_identity``), and for a folder source the table an ad-hoc sweep of the
    same folders recorded (any origin) or a configuration naming only them. ``Store.ensure_source``
    adopts the oldest such source; another one already in the index stays as it is."""
    found = [key("source-spec:" + normalised_spec(spec))]
    legacy = legacy_identity(spec, folder, key)
    if legacy:
        found.append(legacy)
    if spec.type == "paths":
        written = json.loads(normalised_spec(spec)).get("paths", [])
        for origin in (None, *get_args(FileOrigin)):
            table = {"type": "paths", "paths": written, **({"origin": origin} if origin else {})}
            found.append(key("source-spec:" + _normalised_table(table)))
    return tuple(dict.fromkeys(found))


def legacy_identity(spec: SourceSpec, folder: str | None, key: Callable[[str], str]) -> str | None:
    """The identity the source had before relative paths in a configuration were anchored at its folder
    (core/config_paths): a relative ``ca_file``/``ca_certs`` was part of the spec as written. Folder
    paths were made absolute in the identity already (the same when swept from the folder). None when
    nothing differs."""
    if not folder:
        return None
    prefix = folder.rstrip("/\\") + os.sep
    table = spec.as_table()
    written = {
        k: v[len(prefix) :] if k in SOURCE_FILE_KEYS and isinstance(v, str) and v.startswith(prefix) else v
        for k, v in table.items()
    }
    url = table.get("url")
    if spec.type == "sql" and isinstance(url, str) and url.startswith("sqlite:///" + prefix):
        written["url"] = "sqlite:///" + url[len("sqlite:///" + prefix) :]  # a sqlite:///name.db as written
    if written == table:
        return None
    return key("source-spec:" + _normalised_table(written))


def lock_name(
    config_path: str | Path | None, specs: Sequence[SourceSpec], key: Callable[[str], str] | None = None
) -> str:
    """Same configuration (config file, or the same ad-hoc sources) = same lock."""
    if config_path:
        basis = f"config:{Path(config_path).absolute()}"
    else:
        basis = "sources:" + "|".join(sorted(normalised_spec(s) for s in specs))
    digest = key(basis) if key else hashlib.sha256(basis.encode("utf-8")).hexdigest()
    return "sweep:" + digest[:40]


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
    executor: Executor | None = None,
    allow_mass_removal: bool | None = None,
) -> SweepResult:
    """Sweep the configured sources (and/or ``paths``) into the index at ``db``.

    ``executor`` decides where items are scanned: None is the local process pool
    (``config.workers`` processes); see :func:`pii_scanner.sweeps.executors.make_executor`.
    """
    emit = masked_events(events) if events else _noop
    doc: dict[str, Any] = {}
    if config_path:
        loaded, doc = load_config(config_path)
        config = config or loaded
    cfg = config or ScanConfig()
    if allow_mass_removal is not None:
        cfg = cfg.with_(sweep__allow_mass_removal=allow_mass_removal)
    # Every source checked by its kind's spec before the lock and the index.
    specs = sweep_sources_from(paths, doc, origin, str(config_path or "configuration"))
    # The policy file too: a wrong one stops the sweep before an index is made or opened.
    retention_doc = doc.get("retention", {})
    policy = load_policy(retention_doc.get("policy"), retention_doc.get("jurisdiction"))
    for spec in specs:  # a source's own jurisdiction needs its periods too, found before anything is read
        policy.with_jurisdiction(spec.jurisdiction)
    if cfg.detect.recognizers_dir is not None:  # the user's own recognizers data: read once here, exit 2 if wrong
        from pii_scanner.pipeline import Processor

        Processor.build(cfg)
    store_doc = doc.get("store", {})
    own_store = store is None
    if own_store:
        refuse_memory_index(db or store_doc.get("db"), "a sweep")
    if notify and doc.get("notify"):
        from pii_scanner.sweeps.notify import smtp_password_set

        smtp_password_set(doc["notify"], str(config_path))  # not after the whole sweep (exit 5)
    # The configured fingerprint key (`[scan] key_file`) keys the index as it keys `scan --config`: the same
    # number has one fingerprint in both, and a verb run with another key is refused by the index's key check.
    if executor is None:
        from pii_scanner.sweeps.local_executor import LocalExecutor

        executor = LocalExecutor()
    try:
        executor.prepare()
        st = store or open_store(db or store_doc.get("db"), key_file=cfg.key_file)
    except BaseException:
        executor.close()
        raise
    name = lock_name(config_path, specs, st.fingerprint)
    # The erasure ledger's fingerprints go with the configuration to every worker, so a restored copy is
    # seen in whatever form it writes the number (policy/restored.py).
    cfg = replace(with_ledger(cfg, st), encoded_traces=True)  # the index search's traces of encoded values
    try:
        run_id = st.begin_run(name, kind=kind)
        job: SweepJob | None = None
        try:
            locks = _take_locks(st, run_id, name, specs, float(store_doc.get("lock_stale_seconds", 900)))
            job = SweepJob(st, run_id, name, cfg, policy, emit, executor)
            job.locks = locks
            job.config_folder = config_folder(config_path) if config_path else None
            with _signals_interrupt() as job.stop:
                return job.run(specs, doc, notify)
        except BaseException as exc:
            if job is None or not job.started:
                # Between the run's start and the sweep proper (a database error, Ctrl-C or SIGTERM while the
                # locks are taken): the row ends as the process does, never `running` until the next sweep
                # takes it over. A lock held by another sweep or process: `refused`, nothing was done.
                status = "refused" if exit_code_of(exc) == ExitCode.LOCKED else ended_status(exc)
                with contextlib.suppress(Exception):  # the database may be what failed
                    st.finish_run(run_id, status, exit_code=exit_code_of(exc), stats={})
            raise
    finally:
        executor.close()
        if own_store:
            st.close()


def index_files(st: Store) -> frozenset[str]:
    """The file URIs of a SQLite index and its journal files, as a paths source lists them."""
    url = st.engine.url
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return frozenset()
    found: set[str] = set()
    for base in {Path(url.database).absolute(), Path(url.database).resolve()}:
        found.update(Path(f"{base}{tail}").as_uri() for tail in ("", "-wal", "-shm", "-journal"))
    return frozenset(found)


def source_lock_name(spec: SourceSpec, key: Callable[[str], str]) -> str:
    """One lock per source in an index: two configuration files naming the same source never sweep it at once."""
    return "source:" + source_identity(spec, key)[:40]


def _take_locks(st: Store, run_id: int, name: str, specs: Sequence[SourceSpec], stale_after: float) -> list[str]:
    """The configuration's lock, then each source's (in one order, so two sweeps cannot wait on each other)."""
    taken: list[str] = []
    try:
        st.acquire_lock(name, run_id, stale_after=stale_after)
        taken.append(name)
        for lock, spec in sorted({source_lock_name(sp, st.fingerprint): sp for sp in specs}.items(), key=_first):
            try:
                st.acquire_lock(lock, run_id, stale_after=stale_after)
            except SweepLocked as exc:
                raise SweepLocked(
                    f"another sweep (of another configuration) is sweeping source {scrub(spec.name)!r} into this "
                    "index; refusing to sweep it at the same time"
                ) from exc
            taken.append(lock)
    except BaseException:
        for lock in taken:
            with contextlib.suppress(Exception):
                st.release_lock(lock)
        raise  # the caller ends the run's row
    return taken


def ended_status(exc: BaseException) -> str:
    """The status of a run that ended in ``exc``: stopped by a signal or Ctrl-C, else failed."""
    return "interrupted" if exit_code_of(exc) == ExitCode.INTERRUPTED else "failed"


def _first(pair: tuple[str, Any]) -> str:
    return pair[0]


@contextlib.contextmanager
def _signals_interrupt() -> Iterator[list[int]]:
    """SIGTERM and SIGINT raise SweepInterrupted (once) while the sweep runs in the main thread.

    The signals received are also yielded: the raise can land where it is swallowed (a
    finaliser, a plug-in's ``except BaseException``), so the job checks them before it stores
    more, marks anything removed or calls the run finished.
    """
    wanted = [signal.SIGINT] + ([signal.SIGTERM] if hasattr(signal, "SIGTERM") else [])
    with raise_on_signals(wanted, SweepInterrupted) as fired:
        yield fired


def audit_inspection(st: Store, run_id: int, cfg: ScanConfig, emit: EventFn) -> None:
    """Reading private mail is an exception: one audit row and one event per run, reason masked."""
    if not cfg.mail.inspect_private:
        return
    reason = (cfg.mail.inspect_private_reason or "").strip()
    masked, fp = mask_reason(reason), st.fingerprint("inspect_private_reason:" + reason)
    st.audit("inspect_private", run_id=run_id, reason=masked, reason_fp=fp)
    emit("inspect_private", run_id=run_id, reason=masked, reason_fp=fp)


class SweepJob:
    """One sweep run: the engine's state shared with the executor."""

    def __init__(
        self,
        st: Store,
        run_id: int,
        lock: str,
        cfg: ScanConfig,
        policy: RetentionPolicy,
        emit: EventFn,
        executor: Executor,
    ) -> None:
        self.st, self.run_id, self.lock, self.cfg, self.policy = st, run_id, lock, cfg, policy
        self.emit, self.executor = emit, executor
        self.totals = Counters()
        self.violations: list[Violation] = []
        self.failed: list[str] = []
        self.held: list[str] = []
        self._last_beat = 0.0
        self.stop: list[int] = []  # signals received (see _signals_interrupt)
        self.locks: list[str] = [lock]  # the configuration's lock and each source's
        self.config_folder: str | None = None  # relative paths of the configuration are relative to it
        self.started = False  # run() ends the run's row itself from here on

    # --- the run --------------------------------------------------------------------------------
    def run(self, specs: list[SourceSpec], doc: dict[str, Any], notify: bool) -> SweepResult:
        try:
            self.started = True
            extra = self.executor.start(self)
            self.emit("sweep_started", run_id=self.run_id, db=self.st.url, sources=len(specs), **extra)
            audit_inspection(self.st, self.run_id, self.cfg, self.emit)
            for spec in specs:
                self._sweep_source(spec)
            self.executor.wait(self)
            self.check_stop()
            retention_after_sweep(self.st, self.policy, specs)  # anchors, registers, stated events
            self.violations += self.st.refresh_retention(self.run_id)
            self.violations += restored_after_erasure(self.st, self.run_id)
            apply_outlook_verdicts(self.st)  # categories owners set in Outlook, read by the mail sources
            status = "partial" if self.failed or self.held else "ok"
            found = EXIT_VIOLATIONS if self.violations else EXIT_OK
            code = self._notify(doc, notify, int(EXIT_PARTIAL if status == "partial" else found))
            stats = self._stats()
            self.st.finish_run(self.run_id, status, exit_code=code, stats=stats | self._names_mark())
            self.emit("sweep_finished", run_id=self.run_id, status=status, exit_code=code, **stats)
            return SweepResult(self.run_id, status, code, stats, self.violations, self.failed, self.st.url, self.held)
        except SweepInterrupted as stop:
            self._abandon("interrupted", EXIT_INTERRUPTED)
            stats = self._stats()
            self.emit("sweep_interrupted", run_id=self.run_id, signal=signal.Signals(stop.signum).name, **stats)
            return SweepResult(
                self.run_id, "interrupted", int(EXIT_INTERRUPTED), stats, self.violations, self.failed, self.st.url
            )
        except BaseException as exc:
            # KeyboardInterrupt outside the main thread, database failure, a bug: record it with the code the
            # CLI exits with, keep what is stored. The database may be what failed; then the lock goes stale
            # and is taken over.
            self._abandon(ended_status(exc), exit_code_of(exc))
            raise
        finally:
            for lock in self.locks:
                with contextlib.suppress(Exception):  # same: a dead database cannot be unlocked
                    self.st.release_lock(lock)

    def _abandon(self, status: str, code: int) -> None:
        with contextlib.suppress(Exception):
            self.executor.cancel()
        with contextlib.suppress(Exception):
            self.st.finish_run(self.run_id, status, exit_code=code, stats=self._stats() | self._names_mark())

    def _stats(self) -> dict[str, int]:
        return (
            self.totals.as_dict()
            | self.executor.stats()
            | {
                "new_violations": len(self.violations),
                "failed_sources": len(self.failed),
                "held_sources": len(self.held),
            }
        )

    def _names_mark(self) -> dict[str, int]:
        """``names_off`` in the run's row when this run's items were read without looking for names (NER off,
        or PERSON not among the entities): a name search over them must not answer "nothing held"."""
        entities = self.cfg.detect.entities
        return {} if self.cfg.ner.enabled and (not entities or "PERSON" in entities) else {schema.RUN_NAMES_OFF: 1}

    def _notify(self, doc: dict[str, Any], notify: bool, code: int) -> int:
        if not (notify and self.violations and doc.get("notify")):
            return code
        from pii_scanner.sweeps.notify import send_summary

        try:
            send_summary(doc["notify"], self.violations, run_id=self.run_id)
            self.emit("notify_sent", run_id=self.run_id, violations=len(self.violations))
        except (OSError, PiiScannerError) as exc:
            self.emit("notify_failed", run_id=self.run_id, kind=type(exc).__name__)
            return code if code == EXIT_PARTIAL else EXIT_NOTIFY_FAILED
        return code

    # --- one source -----------------------------------------------------------------------------
    def _sweep_source(self, spec: SourceSpec) -> None:
        name = spec.name
        src: SourceRun | None = None
        try:
            identity = source_identity(spec, self.st.fingerprint)
            source_id = self.st.ensure_source(
                name,
                spec.type,
                spec,
                identity=identity,
                aliases=earlier_identities(spec, self.config_folder, self.st.fingerprint),
                rename=not is_adhoc(spec),  # a configured source keeps its name when swept ad hoc
            )
            state = self.st.source_state(source_id)
            source = open_source(spec, self.cfg, state)
            src = SourceRun(
                spec,
                name,
                source_id,
                source,
                state,
                self.st.known_items(source_id),
                self.policy.with_jurisdiction(spec.jurisdiction),
            )
            self.emit("source_started", run_id=self.run_id, source=scrub(source.name), known=len(src.known))
            self.executor.run_source(self, src, self._todo(src))
            src.listed = True
            self.maybe_finish(src)
        except (PiiScannerError, OSError) as exc:
            if src is not None:
                src.listed = True
            self.fail_source(src, exc, name=name)

    def _todo(self, src: SourceRun) -> Iterator[Item]:
        """The items of a source that need reading; counts and remembers everything listed."""
        st = self.st
        own = index_files(st)
        for item in src.source.items():
            if src.failed:  # the connection is gone: listing and reading on would only add errors
                return
            if item.location in own:
                # The index itself (and its journal) in a swept folder: never read while it is being written,
                # never counted as swept data; seen, so an index that listed it before does not mark it removed.
                src.seen.add(st.location_key(item.location))
                continue
            src.counters.seen += 1
            self.totals.seen += 1
            key = st.location_key(item.location)
            src.seen.add(key)
            if item.listing_error:
                src.listing_failed = True
            old = src.known.get(key)
            if item.deleted:
                # A tombstone of something never stored (a message expunged while it was being listed and
                # fetched) removes nothing: counted, it held the source as a mass removal on every sweep.
                if old is not None and not old.removed:
                    src.tombstones.append(key)
                continue
            if (
                old is not None
                and not old.removed
                and old.error is None
                and old.change_key
                and old.change_key == item.change_key
            ):
                src.counters.skipped += 1
                self.totals.skipped += 1
                continue
            src.counters.read += 1
            self.totals.read += 1
            yield item

    # --- called by executors --------------------------------------------------------------------
    def check_stop(self) -> None:
        """End the run as interrupted if a signal arrived, even one whose raise was swallowed."""
        if self.stop:
            raise SweepInterrupted(self.stop[0])

    def stored(self, src: SourceRun, batch: StoredBatch) -> None:
        for counters in (src.counters, self.totals):
            counters.results += batch.results
            counters.findings += batch.findings
            counters.new_findings += batch.new_findings
            counters.removed += batch.removed
            counters.errors += batch.errors
        self.violations.extend(batch.violations)
        if batch.lost and not src.failed:
            # The server went away mid-sweep: what is left would be file after file unread, and an "ok"
            # run would hide it. The source fails (exit 4); nothing is marked removed; the next sweep reads on.
            self.fail_source(src, SourceConnectionLost("the connection to the source was lost while reading"))
        self.check_stop()

    def fail_source(self, src: SourceRun | None, exc: BaseException, *, name: str | None = None) -> None:
        """The source failed: what was stored stays, nothing is marked removed, state not committed."""
        if src is not None:
            if src.failed:
                return
            src.failed = True
            # Its last run is this one, not complete: the report names the source as not swept. The database
            # may be what failed: then it stays as it was.
            with contextlib.suppress(Exception):
                self.st.finish_source(src.source_id, self.run_id, complete=False)
        label = name or (src.name if src else "?")
        self.failed.append(label)
        self.emit(
            "source_failed",
            run_id=self.run_id,
            source=scrub(label),
            kind=type(exc).__name__,
            message=scrub(str(exc)),
        )

    def heartbeat(self, now: float) -> None:
        if now - self._last_beat > self.cfg.sweep.heartbeat_seconds:
            for lock in self.locks:
                self.st.heartbeat(lock)
            self._last_beat = now

    def maybe_finish(self, src: SourceRun) -> None:
        """Once everything of a listed source is stored: removals, incremental state, last-run markers."""
        if not src.listed or src.pending > 0 or src.failed:
            return
        self.check_stop()  # a listing cut short by a signal must never mark the rest removed
        st, run_id = self.st, self.run_id
        if src.listing_failed:
            # Some folder could not be listed: its files were not seen, but they are not gone.
            self.fail_source(src, SourceListingIncomplete("a folder of the source could not be listed"))
            st.finish_source(src.source_id, run_id, complete=False)
            return
        gone: list[str] = []
        if src.source.complete_listing:
            gone = [k for k, old in src.known.items() if k not in src.seen and not old.removed]
        live = sum(1 for old in src.known.values() if not old.removed)
        dropping = len(gone) + len(src.tombstones)
        share = self.cfg.sweep.max_removed_share
        if live and dropping / live > share and not self.cfg.sweep.allow_mass_removal:
            self.held.append(src.name)
            self.emit(
                "mass_removal_held",
                run_id=run_id,
                source=scrub(src.source.name),
                would_remove=dropping,
                live_items=live,
                max_share=share,
                hint="check that the source is mounted and complete; rerun with --allow-mass-removal to apply",
            )
            # State not committed: a mail server will list the same deletions again next time.
            st.finish_source(src.source_id, run_id, complete=False)
        else:
            removed = 0
            if src.tombstones:
                removed += st.mark_removed(run_id, src.source_id, src.tombstones)
            if gone:
                removed += st.mark_removed(run_id, src.source_id, gone)
            src.counters.removed += removed
            self.totals.removed += removed
            src.state.commit()  # only now: everything the state covers is stored
            st.finish_source(src.source_id, run_id, complete=src.source.complete_listing)
        self.emit("source_finished", run_id=run_id, source=scrub(src.source.name), **src.counters.as_dict())


class SourceListingIncomplete(PiiScannerError):
    """A folder of a source could not be listed; nothing of the source is marked removed."""
