"""Triage decisions from the CLI: mark a finding (or a whole item) false positive / exception / resolved.

Decisions are keyed by (location, fingerprint), so they survive re-sweeps; the report hides closed ones.
"""

from __future__ import annotations

import sqlalchemy as sa

from pii_scanner.core.errors import ConfigError
from pii_scanner.store import Store, open_store
from pii_scanner.store import schema as s


def triage(
    location: str,
    status: str,
    *,
    fingerprint: str | None = None,
    note: str = "",
    who: str | None = None,
    db: str | Store | None = None,
) -> int:
    """Record ``status`` for ``location`` (path, URI or location key); with ``fingerprint`` (full or a
    unique prefix, as the report shows) only that identifier, otherwise the whole item.
    Returns the number of decisions written."""
    st = db if isinstance(db, Store) else open_store(db, create=False)
    try:
        keys = st.resolve_location(location)
        if not keys:
            raise ConfigError("no indexed item at that location")
        written = 0
        for key in keys:
            fps = [""] if not fingerprint else _match_fingerprints(st, key, fingerprint)
            for fp in fps:
                st.set_triage(key, fp, status, note=note, who=who)
                written += 1
        return written
    finally:
        if not isinstance(db, Store):
            st.close()


def _match_fingerprints(st: Store, location_key: str, prefix: str) -> list[str]:
    f, i = s.findings.c, s.items.c
    with st.engine.connect() as conn:
        query = (
            sa.select(f.fingerprint)
            .join_from(s.findings, s.items, f.item_id == i.id)
            .where((i.location_key == location_key) & f.fingerprint.startswith(prefix.lower()))
        )
        found = sorted(set(conn.scalars(query)))
    if not found:
        raise ConfigError("no finding with that fingerprint at that location")
    return found


def apply_outlook_verdicts(store: Store) -> int:
    """An owner's "Falsk positiv" category in Outlook (read back by the mail source) becomes their
    triage decision on the item, unless somebody decided about the item since it was last read.
    Returns how many decisions were written."""
    i, t = s.items.c, s.triage.c
    verdict = i.metadata["outlook_verdict"].as_string()
    decided = sa.select(t.location_key).where(
        (t.location_key == i.location_key) & (t.fingerprint == "") & (t.updated_at >= i.scanned_at)
    )
    query = sa.select(i.location_key).where(
        (verdict == "false_positive") & i.removed_at.is_(None) & ~sa.exists(decided)
    )
    with store.engine.connect() as conn:
        keys = list(conn.scalars(query))
    for key in keys:
        store.set_triage(key, "", "false_positive", note="set in Outlook by the mailbox owner", who="outlook")
    return len(keys)
