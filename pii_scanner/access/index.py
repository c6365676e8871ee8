"""Search the findings index for one subject: identifier fingerprints, mail metadata, name tokens.

Query plan (each step uses an index; see benchmarks/bench_search.py):
1. ``findings.fingerprint IN (...)`` for identifiers;
2. ``finding_tokens.token_fp IN (searched name tokens)`` for the name findings that may be the
   subject (kept where the item holds the surname), then those findings with all their tokens,
   matched in memory (clusters of adjacent findings, initials, ranking);
3. mail items whose sender or mailbox fingerprint is a searched e-mail address (private mail is
   found this way, by metadata);
4. ``path_traces.trace_fp IN (...)`` for the items whose file or folder names write a searched identifier (a phone too)
   or every word of a searched full name, whatever the words around them (store/traces.py), as the live
   paths compare them.
Only live items (``removed_at IS NULL``) are searched.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from typing import Any

import sqlalchemy as sa

from pii_scanner.access.match import NameSpan, best_name_match
from pii_scanner.access.results import Hit, SubjectFinding
from pii_scanner.access.subject import SubjectKey, name_fp
from pii_scanner.core.privacy import Fingerprinter
from pii_scanner.detect.engine import NAME_PART
from pii_scanner.store import Store
from pii_scanner.store import schema as s
from pii_scanner.store.migrations import server_location
from pii_scanner.store.store import as_utc
from pii_scanner.store.traces import ENCODED_TRACED, PHONES_TRACED, encoded_trace, trace_of

_BATCH = 500  # bound parameters per IN (...)
_INITIALS = "abcdefghijklmnopqrstuvwxyz"


def _batches(values: Sequence[Any]) -> Iterator[Sequence[Any]]:
    for n in range(0, len(values), _BATCH):
        yield values[n : n + _BATCH]


def initial_fps(fp: Fingerprinter) -> set[str]:
    """Fingerprints of one-letter tokens: the index cannot tell initials apart otherwise."""
    return {name_fp(fp, c) for c in _INITIALS}


def search_index(store: Store, key: SubjectKey, *, loose: bool = False) -> list[Hit]:
    f, i = s.findings.c, s.items.c
    matched: dict[int, set[str]] = defaultdict(set)
    found: dict[int, list[SubjectFinding]] = defaultdict(list)
    kinds = key.ident_fps
    with store.engine.connect() as conn:
        fps = sorted(kinds)
        for batch in _batches(fps):
            rows = conn.execute(
                sa.select(f.item_id, f.entity_type, f.masked, f.fingerprint, f.part)
                .join(s.items, i.id == f.item_id)
                .where(f.fingerprint.in_(batch) & i.removed_at.is_(None))
            )
            for item_id, entity, masked, fingerprint, part in rows:
                kind = kinds[fingerprint]
                matched[int(item_id)].add(kind)
                found[int(item_id)].append(SubjectFinding(entity, masked, kind, part))
        if key.email_fps:
            _mail_meta(conn, key, matched)
        if key.names:
            for item_id, level, spans in _names(conn, store.fingerprint, key, loose):
                matched[item_id].add("name:" + level)
                found[item_id].extend(spans)
        _in_paths(conn, store.fingerprint, key, matched, found)
        return _hits(conn, matched, found)


_TRACE_ENTITY = {"cpr": "DK_CPR", "personnummer": "SE_PERSONNUMMER", "email": "EMAIL_ADDRESS", "phone": "PHONE_NUMBER"}


def _in_paths(
    conn: sa.Connection,
    fp: Fingerprinter,
    key: SubjectKey,
    matched: dict[int, set[str]],
    found: dict[int, list[SubjectFinding]],
) -> None:
    """Items whose file or folder names write a searched identifier, or every word of a searched full name
    (two words or more, any order), by their path traces: the live paths' ``add_known`` over the places; and
    items whose text writes a searched identifier only encoded (percent-escaped, base64), by their encoded
    traces, as the live paths' ``find_known`` reads the decoded text."""
    t, i = s.path_traces.c, s.items.c
    idents = {trace_of(f): k for k in key.idents for f in k.fps}
    encoded = {encoded_trace(fp, f): k for k in key.idents for f in k.fps}
    full_names = [n for n in key.names if len(n.tokens) > 1]
    wanted = sorted(set(idents) | set(encoded) | {trace_of(f) for n in full_names for f in n.all_fps})
    held: dict[int, set[str]] = defaultdict(set)
    for batch in _batches(wanted):
        query = (
            sa.select(t.item_id, t.trace_fp)
            .join(s.items, i.id == t.item_id)
            .where(t.trace_fp.in_(batch) & i.removed_at.is_(None))
        )
        for item_id, trace in conn.execute(query):
            held[int(item_id)].add(str(trace))
    for item_id, traces in held.items():
        for ident in {idents[f] for f in traces if f in idents}:
            if ident.kind not in matched[item_id]:
                matched[item_id].add(ident.kind)
                found[item_id].append(SubjectFinding(_TRACE_ENTITY[ident.kind], ident.masked, ident.kind, NAME_PART))
        for ident in {encoded[f] for f in traces if f in encoded}:
            if ident.kind not in matched[item_id]:  # in the text, encoded: no offsets kept
                matched[item_id].add(ident.kind)
                found[item_id].append(SubjectFinding(_TRACE_ENTITY[ident.kind], ident.masked, ident.kind, None))
        for name in full_names:
            complete = all(traces.intersection(map(trace_of, variants)) for variants in name.tokens)
            if complete and "name:exact" not in matched[item_id]:
                matched[item_id].add("name:exact")
                found[item_id].append(SubjectFinding("PERSON", name.masked, "name:exact", NAME_PART))
        if not matched[item_id]:
            del matched[item_id]


def paths_not_traced(store: Store, *, phones: bool = False, encoded: bool = False) -> int:
    """Live items last read by a run that kept no path traces (an index swept before store migration 16), or
    with ``phones`` none of phones' forms (before migration 18): the index search cannot tell whether their
    file or folder names write the subject. With ``encoded`` (an identifier or address searched), also the
    items, a mail server's too, last read before the traces of values their text writes only encoded
    (migration 20): the index cannot tell whether a link or a base64 blob in them writes the subject."""
    i, r = s.items.c, s.runs.c
    traced = r.stats[s.RUN_PATHS_TRACED].as_integer()
    untraced = (traced.is_(None) | (traced < PHONES_TRACED)) if phones else traced.is_(None)
    unread = untraced & ~server_location(i.location)
    if encoded:
        unread = unread | traced.is_(None) | (traced < ENCODED_TRACED)
    query = (
        sa.select(sa.func.count())
        .select_from(s.items.join(s.runs, r.id == i.scanned_run))
        .where(i.removed_at.is_(None) & unread)
    )
    with store.engine.connect() as conn:
        return int(conn.execute(query).scalar_one())


def names_not_read(store: Store) -> int:
    """Live, readable items last read by a run that did not look for names: a name search cannot speak for them."""
    i, r = s.items.c, s.runs.c
    query = (
        sa.select(sa.func.count())
        .select_from(s.items.join(s.runs, r.id == i.scanned_run))
        .where(i.removed_at.is_(None) & (i.private == sa.false()) & r.stats[s.RUN_NAMES_OFF].as_integer().is_not(None))
    )
    with store.engine.connect() as conn:
        return int(conn.execute(query).scalar_one())


def _mail_meta(conn: sa.Connection, key: SubjectKey, matched: dict[int, set[str]]) -> None:
    i = s.items.c
    emails = sorted(key.email_fps)
    for field, label in (("sender_fp", "email:sender"), ("mailbox_fp", "email:mailbox")):
        query = sa.select(i.id).where(i.mail[field].as_string().in_(emails) & i.removed_at.is_(None))
        for (item_id,) in conn.execute(query):
            matched[int(item_id)].add(label)
    # A file made private by several private messages (a digest, an export) keeps their other senders as a
    # list: few items have one, so they are compared here rather than in SQL (JSON arrays differ by dialect).
    wanted = set(emails)
    # A large text read up to a private message in it (not private itself: read in part, exit 4) keeps it too.
    listed = sa.select(i.id, i.mail["sender_fps"]).where(
        i.mail["sender_fps"].as_string().is_not(None) & i.removed_at.is_(None)
    )
    for item_id, fps in conn.execute(listed):
        if isinstance(fps, list) and wanted.intersection(map(str, fps)):
            matched[int(item_id)].add("email:sender")


def _names(
    conn: sa.Connection, fp: Fingerprinter, key: SubjectKey, loose: bool
) -> Iterator[tuple[int, str, list[SubjectFinding]]]:
    f, t, i = s.findings.c, s.finding_tokens.c, s.items.c
    # 1. Name findings holding any searched token (token index); every accepted match holds the
    #    surname (or the only token), so only items with a surname finding stay candidates.
    wanted = set().union(*(n.all_fps for n in key.names))
    surnames = {fp_ for n in key.names for fp_ in n.tokens[-1]}
    by_item: dict[int, set[int]] = defaultdict(set)
    with_surname: set[int] = set()
    for batch in _batches(sorted(wanted)):
        for fid, item_id, token_fp in conn.execute(
            sa.select(t.finding_id, f.item_id, t.token_fp)
            .join(s.findings, f.id == t.finding_id)
            .where(t.token_fp.in_(batch))
        ):
            by_item[int(item_id)].add(int(fid))
            if token_fp in surnames:
                with_surname.add(int(item_id))
    fids = sorted(fid for item_id in with_surname for fid in by_item[item_id])
    # 2. Those findings with all their tokens (extra tokens decide exact vs. partial), matched in memory.
    initials = initial_fps(fp)
    spans: dict[int, dict[int, list[Any]]] = defaultdict(dict)
    for batch in _batches(fids):
        rows = conn.execute(
            sa.select(f.id, f.item_id, f.part, f.start_offset, f.end_offset, f.masked, t.token_fp)
            .join(s.finding_tokens, t.finding_id == f.id)
            .join(s.items, i.id == f.item_id)
            .where(f.id.in_(batch) & (f.entity_type == "PERSON") & i.removed_at.is_(None))
            .order_by(f.id, t.position)
        )
        for fid, item_id, part, start, end, masked, token_fp in rows:
            entry = spans[int(item_id)].setdefault(int(fid), [part, int(start), int(end), masked, []])
            entry[4].append((token_fp, token_fp in initials))
    for item_id, found in spans.items():
        named = {fid: NameSpan(v[0], v[1], v[2], tuple(v[4])) for fid, v in found.items()}
        level = best_name_match(key, named.values(), loose=loose)
        if level is not None:
            yield (
                item_id,
                level,
                [
                    SubjectFinding("PERSON", found[fid][3], "name:" + level, sp.part, sp.start, sp.end)
                    for fid, sp in named.items()
                ],
            )


def _hits(conn: sa.Connection, matched: dict[int, set[str]], found: dict[int, list[SubjectFinding]]) -> list[Hit]:
    i = s.items.c
    hits: list[Hit] = []
    for batch in _batches(sorted(matched)):
        rows = conn.execute(
            sa.select(s.items, s.sources.c.name.label("source_name"))
            .join(s.sources, s.sources.c.id == i.source_id)
            .where(i.id.in_(batch))
        ).mappings()
        for r in rows:
            hit = hit_from_row(r)
            hit.matched = matched[int(r["id"])]
            hit.findings = [] if hit.private else found.get(int(r["id"]), [])
            hits.append(hit)
    return hits


def folder_of(path: str, mail_folder: str | None) -> str:
    if mail_folder:
        return mail_folder
    head, sep, _ = path.rstrip("/").rpartition("/")
    return head if sep else ""


def hit_from_row(r: Any) -> Hit:
    return Hit(
        location_key=r["location_key"],
        top_key=r["top_key"],
        location=r["location"],
        path=r["path"],
        source=r["source_name"],
        owner=r["owner"] or "",
        folder=folder_of(r["path"], r["mail_folder"]),
        mime=r["mime"],
        origin=r["origin"],
        private=bool(r["private"]),
        kinds=list(r["entities"] or []),
        categories=list(r["categories"] or []),
        flags=list(r["flags"] or []),
        doc_type=r["doc_type"],
        modified=as_utc(r["mtime"]),
        mail_date=as_utc(r["mail_date"]),
        first_seen=as_utc(r["first_seen_at"]),
        scanned=as_utc(r["scanned_at"]),
        retention_category=r["retention_category"],
        retention_due=as_utc(r["retention_due"]),
        retention_basis=r["retention_basis"],
        retention_evidence=(r["metadata"] or {}).get("retention_evidence"),
        retention_approximate=bool((r["metadata"] or {}).get("retention_approximate")),
        external_recipients=r["external_recipients"],
        seen_in={"index"},
    )
