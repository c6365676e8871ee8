"""``search``: everything held about one data subject, from the index and (``live``) the sources.

Every search is written to the audit log: who, when, the subject's fingerprint and result counts
(never an identifier or name); on a read-only copy of an index, where nothing can be written, the
search answers and says (event ``audit_not_recorded``) that its entry was not stored.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from pii_scanner.access.index import names_not_read, paths_not_traced, search_index
from pii_scanner.access.live import EventFn, LiveScan, live_scan
from pii_scanner.access.results import Hit, SearchResult, decide_without_text, ranked
from pii_scanner.access.subject import Subject, SubjectKey
from pii_scanner.core.config import load_config
from pii_scanner.store import Store, open_store
from pii_scanner.store.engine import refuse_memory_index
from pii_scanner.store.store import now

SubjectLike = Subject | SubjectKey


@contextmanager
def opened(db: str | Store | None, config_path: str | Path | None, *, create: bool = True) -> Iterator[Store]:
    """The index: a Store given, a URL/path, or the [store] db of the sweep config (else default),
    keyed with the config's ``[scan] key_file`` when it names one (as the sweep keyed it)."""
    if isinstance(db, Store):
        yield db
        return
    url = db
    key_file: str | None = None
    if config_path:
        config, doc = load_config(config_path)
        if url is None:
            url = doc.get("store", {}).get("db")
        key_file = config.key_file
    if create:
        refuse_memory_index(url, "writing a case")
    store = open_store(url, create=create, key_file=key_file)
    try:
        yield store
    finally:
        store.close()


def subject_key(store: Store, subject: SubjectLike) -> SubjectKey:
    return subject if isinstance(subject, SubjectKey) else subject.key(store.fingerprint)


def merge_hits(index_hits: list[Hit], live: LiveScan | None) -> list[Hit]:
    """Index hits plus live hits, one per item (joined by location_key); live decisions win."""
    by_key = {h.location_key: h for h in index_hits}
    for hit in [*live.hits, *live.namesakes] if live else []:
        if hit.location_key in by_key:
            by_key[hit.location_key].merge(hit)
        else:
            by_key[hit.location_key] = hit
    return ranked(list(by_key.values()))


def run_search(
    store: Store, key: SubjectKey, *, live: bool, config: str | Path | None, loose: bool, events: EventFn | None
) -> SearchResult:
    """The search without the audit entry (request export and verify-erasure audit their own)."""
    scan = live_scan(store.fingerprint, key, config, loose=loose, events=events) if live else None
    searched = {k.kind for k in key.idents}
    indexed = search_index(store, key, loose=loose)
    for hit in indexed:
        hit.decision = decide_without_text(hit, searched)
    hits = merge_hits(indexed, scan)
    return SearchResult(
        key.fingerprint,
        key.criteria,
        key.describe(),
        [h for h in hits if h.decision == "answer"],
        [h for h in hits if h.decision != "answer"],
        live=live,
        sources_scanned=scan.sources if scan else [],
        failed_sources=scan.failed if scan else [],
        unreadable=scan.unreadable if scan else 0,
        skipped=scan.skipped if scan else 0,
        names_not_read=names_not_read(store) if key.names and not live else 0,
        paths_not_traced=paths_not_traced(store, phones=_phones(key), encoded=bool(key.idents))
        if not live and (key.names or key.idents)
        else 0,
        db=store.url,
        at=now(),
    )


def _phones(key: SubjectKey) -> bool:
    """Whether the search looks for a phone (path traces hold phones' forms since store migration 18)."""
    return any(k.kind == "phone" for k in key.idents)


def audit_counts(result: SearchResult) -> dict[str, Any]:
    return {
        "criteria": result.criteria,
        "live": result.live,
        **result.counts,
        "failed_sources": len(result.failed_sources),
        "unreadable": result.unreadable,
        "skipped": result.skipped,
        "names_not_read": result.names_not_read,
        "paths_not_traced": result.paths_not_traced,
    }


def search(
    db: str | Store | None = None,
    subject: SubjectLike | None = None,
    *,
    live: bool = False,
    config: str | Path | None = None,
    loose: bool = False,
    actor: str | None = None,
    events: Callable[..., None] | None = None,
) -> SearchResult:
    """Search the index at ``db`` (and with ``live`` the sources of the sweep ``config``) for a subject.

    ``subject``: a :class:`Subject` (plaintext criteria, fingerprinted here) or a ``SubjectKey``.
    ``loose`` also accepts surname-only name matches.
    """
    if subject is None:
        subject = Subject()
    with opened(db, config, create=live) as store:  # only a live search (which audits into it) creates one
        key = subject_key(store, subject)
        result = run_search(store, key, live=live, config=config, loose=loose, events=events)
        if store.read_only:  # a read-only copy answers, but cannot hold the entry: said, not skipped quietly
            if events is not None:
                events("audit_not_recorded", action="access_search", reason="the index is read-only")
        else:
            store.audit("access_search", actor=actor, subject=key.fingerprint, **audit_counts(result))
        return result
