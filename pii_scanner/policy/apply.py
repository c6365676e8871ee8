"""Retention over the whole index after a sweep: anchors, registers and stated events applied.

A scan decides each item alone; the event that dates a case folder may sit in another file of the
folder (a closing letter), in a register, or be unknown (then the newest document of the folder
counts, marked approximate). ``apply_retention`` reads every live item's facts from the index
(paths, mail folders, document types, dates, the stated events classify/events.py kept in the item
metadata), decides them together with ``RetentionPolicy.decide`` and writes category, due date,
basis, the ``past_retention`` flag and the evidence (``metadata.retention_evidence``,
``metadata.retention_approximate``) back. Items without personal data (in themselves or, for a
file or message, in anything inside it) get no due date: there is nothing to delete for retention.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa

from pii_scanner.core.model import FLAG_PAST_RETENTION
from pii_scanner.core.privacy import address_tag
from pii_scanner.policy.retention import (
    Decision,
    Facts,
    RetentionPolicy,
    events_from_metadata,
    place_of,
    tag_identifiers,
)
from pii_scanner.sources.specs import SourceSpec
from pii_scanner.store import Store
from pii_scanner.store import schema as s

NO_PERSONAL_DATA = "no personal data found in it: nothing to delete for retention"


def _aware(ts: datetime | None) -> datetime | None:
    if ts is None:
        return None
    return ts if ts.tzinfo else ts.replace(tzinfo=UTC)


def identifier_tag(store: Store) -> Callable[[str], str]:
    """Six hex digits of a keyed hash of an identifier that names a folder (see ``tag_identifiers``)."""
    return lambda number: store.fingerprint("identifier-in-location:" + number)[:6]


def index_facts(
    store: Store,
    jurisdiction_of: Callable[[str], str | None] | None = None,
    numbers: dict[str, list[str]] | None = None,
) -> list[Facts]:
    """The retention facts of every live item in the index (key = the item id as text).

    ``numbers``: identifiers (by birth date) that registers are keyed by; an item whose location masks one
    of them gets a place with that identifier's keyed tag (``tag_identifiers``), so that it meets its
    register row and two people born on one day keep two folders.
    """
    i, src = s.items.c, s.sources.c
    tag = identifier_tag(store)
    query = sa.select(
        i.id,
        i.location,
        i.location_key,
        i.top_key,
        i.mail_folder,
        i.doc_type,
        i.mtime,
        i.mail_date,
        i.metadata,
        i.findings_count,
        src.name,
    ).join(s.sources, src.id == i.source_id)
    rows = []
    with store.engine.connect() as conn:
        rows = list(conn.execute(query.where(i.removed_at.is_(None))))
    with_data: dict[str, bool] = defaultdict(bool)
    for r in rows:
        with_data[r.top_key] |= (r.findings_count or 0) > 0
    out = []
    for r in rows:
        location = r.location
        if numbers and "XXXX" in location:
            location = tag_identifiers(location, r.location_key, numbers, store.location_key, tag) or location
        facts = Facts(
            str(r.id),
            place_of(location),
            (r.mail_folder or "").casefold(),
            r.doc_type,
            _aware(r.mail_date) or _aware(r.mtime),
            events_from_metadata(r.metadata),
            (r.findings_count or 0) > 0 or with_data[r.top_key],
            jurisdiction_of(r.name) if jurisdiction_of else None,
        )
        out.append(facts)
    return out


def apply_retention(
    store: Store,
    policy: RetentionPolicy,
    *,
    jurisdiction_of: Callable[[str], str | None] | None = None,
    at: datetime | None = None,
) -> dict[str, Decision]:
    """Decide every live item of the index together and write the decisions back (see module doc).

    Newly overdue items keep ``past_retention`` unset here so that ``Store.refresh_retention``
    reports them as violations of the run; items no longer overdue lose the flag.
    """
    when = at or datetime.now(UTC)
    facts = index_facts(store, jurisdiction_of, policy.identifier_keys())
    policy = policy.with_address_tag(address_tag(store.fingerprint))  # folders named by address, as stored
    policy = policy.with_identifier_tag(identifier_tag(store))  # ... and by an identifier, tagged above
    decisions = policy.decide(facts)
    by_key = {f.key: f for f in facts}
    i = s.items.c
    with store.engine.begin() as conn:
        current = {
            str(r.id): r
            for r in conn.execute(sa.select(i.id, i.flags, i.metadata, i.past_retention).where(i.removed_at.is_(None)))
        }
        for key, decision in decisions.items():
            row = current.get(key)
            if row is None:
                continue
            due = decision.due
            evidence = decision.evidence
            if not by_key[key].has_personal_data and decision.category is not None:
                due, evidence = None, f"{evidence}; {NO_PERSONAL_DATA}"
            overdue = due is not None and due <= when
            flags = [f for f in (row.flags or []) if f != FLAG_PAST_RETENTION]
            past = bool(row.past_retention) and overdue
            if past:
                flags.append(FLAG_PAST_RETENTION)
            meta: dict[str, Any] = dict(row.metadata or {})
            meta["retention_evidence"] = evidence[:500]
            meta["retention_approximate"] = bool(decision.approximate and due is not None)
            conn.execute(
                s.items.update()
                .where(i.id == int(key))
                .values(
                    retention_category=decision.category,
                    retention_due=due,
                    retention_basis=decision.basis,
                    past_retention=past,
                    flags=flags,
                    metadata=meta,
                )
            )
    return decisions


def after_sweep(store: Store, policy: RetentionPolicy, specs: Sequence[SourceSpec]) -> None:
    """The sweep engines' call: retention over the whole index with each source's jurisdiction."""
    jurisdictions = {spec.name: spec.jurisdiction for spec in specs}
    apply_retention(store, policy, jurisdiction_of=jurisdictions.get)
