"""Erased subjects' identifiers back in live data: the ``restored_after_erasure`` policy flag.

The erasure ledger (access/ledger.py, table ``erasure_ledger``) keeps the identifier fingerprints of
erased subjects with the erasure date. After every sweep the engine calls ``restored_after_erasure``:
live items holding one of them (a finding, a mail sent from the address or in its mailbox), read on or
after the erasure date, get the flag; the newly flagged ones are violations of the run.

The detector drops a number after "Kundenr." or "konto" and does not read every written form
("07 07 61 42 85"), so the findings alone miss such a copy. Before a sweep reads anything,
:func:`with_ledger` puts the ledger's fingerprints in the configuration every executor builds its
workers' Processor from; the Processor compares the text it holds with them (detect.known, the live
paths' matcher) and adds a finding with the ledger's fingerprint, which this check then sees.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

import sqlalchemy as sa

from pii_scanner.core.config import ErasedIdentifiers, ScanConfig
from pii_scanner.core.privacy import Fingerprinter
from pii_scanner.detect.known import LEDGER_KEY_CHECK
from pii_scanner.store import Store
from pii_scanner.store import schema as s
from pii_scanner.store.migrations import erasure_ledger as table
from pii_scanner.store.store import Violation, as_utc

FLAG_RESTORED = "restored_after_erasure"


@dataclass(frozen=True)
class Restored:
    location: str  # masked display location
    location_key: str
    entry: int  # ledger entry id
    case: str
    erased_on: date


LedgerRow = (
    tuple[Sequence[str], Sequence[str]]
    | tuple[Sequence[str], Sequence[str], Mapping[str, Sequence[str]] | None, Sequence[int] | None]
)


def erased_identifiers(cfg: ScanConfig, fp: Fingerprinter, entries: Iterable[LedgerRow]) -> ScanConfig:
    """``cfg`` carrying the ledger entries' fingerprints keyed by ``fp``, the index's key; ``cfg`` itself when
    there are none (an empty ledger costs the sweep nothing). An entry is ``(kinds, fingerprints)`` or
    ``(kinds, fingerprints, by_kind, phone_digits)``: each fingerprint is looked for as its own kind
    (``by_kind``); an entry without it (recorded before store migration 17 with several kinds) as every kind
    the entry has (a keyed hash matches only the value it was made from, so nothing else is matched, but a
    phone with a CPR's digits was labelled a CPR). Phones are hashed only at the digit counts the entries
    keep (``phone_digits``), at every 5-14 when one entry with a phone has none."""
    by_kind: dict[str, set[str]] = {}
    digits: set[int] = set()
    every_count = False
    for entry in entries:
        kinds, fps = entry[0], entry[1]
        kept = entry[2] if len(entry) > 2 else None
        counts = entry[3] if len(entry) > 3 else None
        if kept:
            for kind, values in kept.items():
                by_kind.setdefault(str(kind), set()).update(map(str, values))
        else:
            for kind in kinds:
                by_kind.setdefault(str(kind), set()).update(map(str, fps))
        if "phone" in (kept or kinds):
            if counts:
                digits.update(int(n) for n in counts)
            else:
                every_count = True
    if not any(by_kind.values()):
        return cfg
    wanted = tuple((kind, tuple(sorted(fps))) for kind, fps in sorted(by_kind.items()) if fps)
    phone_digits = () if every_count else tuple(sorted(digits))
    return replace(cfg, erased=ErasedIdentifiers(wanted, fp(LEDGER_KEY_CHECK), phone_digits))


def with_ledger(cfg: ScanConfig, store: Store) -> ScanConfig:
    """``cfg`` with the index's erasure ledger (see :func:`erased_identifiers`); sweeps call it."""
    with store.engine.connect() as conn:
        if not sa.inspect(conn).has_table(table.name):
            return cfg  # an index not yet migrated has no ledger
        rows = conn.execute(sa.select(table.c.kinds, table.c.fingerprints, table.c.by_kind, table.c.phone_digits)).all()
    if not rows:
        return cfg
    return erased_identifiers(
        cfg, store.fingerprint, [(list(k or []), list(f or []), b or None, d or None) for k, f, b, d in rows]
    )


def find_restored(store: Store) -> list[Restored]:
    """Live items holding an erased subject's identifier and seen AFTER the erasure date."""
    f, i = s.findings.c, s.items.c
    with store.engine.connect() as conn:
        entries = conn.execute(sa.select(table)).mappings().all()
        by_fp: dict[str, Any] = {}
        for e in entries:
            for fp in e["fingerprints"]:
                by_fp.setdefault(fp, e)
        if not by_fp:
            return []
        out: dict[str, Restored] = {}
        fps = sorted(by_fp)
        for n in range(0, len(fps), 500):
            batch = fps[n : n + 500]
            rows = conn.execute(
                sa.select(i.location, i.location_key, i.scanned_at, f.fingerprint)
                .join(s.findings, f.item_id == i.id)
                .where(f.fingerprint.in_(batch) & i.removed_at.is_(None))
            ).all()
            # Mail sent from the address, and mail in the mailbox of that address (a restored mailbox: a
            # private message is matched by this alone), as the index search matches them.
            mail: list[sa.Row[tuple[str, str, Any, str]]] = []
            for field in ("sender_fp", "mailbox_fp"):
                mail += conn.execute(
                    sa.select(i.location, i.location_key, i.scanned_at, i.mail[field].as_string()).where(
                        i.mail[field].as_string().in_(batch) & i.removed_at.is_(None)
                    )
                ).all()
            for location, key, scanned, fp in [*rows, *mail]:
                entry = by_fp[fp]
                seen = as_utc(scanned)
                # The erasure date is a local calendar day (date.today() when recorded): compared with the
                # local day the item was read, not the UTC one (a restore read in the night after midnight).
                if seen is not None and seen.astimezone().date() < entry["erased_on"]:
                    continue  # read before the erasure: not a restore (the erasure itself is verified elsewhere)
                out.setdefault(key, Restored(location, key, int(entry["id"]), entry["case_ref"], entry["erased_on"]))
    return sorted(out.values(), key=lambda r: r.location)


def restored_after_erasure(store: Store, run_id: int | None = None) -> list[Violation]:
    """Flag restored items; the newly flagged ones are the run's violations (sweep engines call this)."""
    found = find_restored(store)
    if not found:
        return []
    i = s.items.c
    out: list[Violation] = []
    with store.engine.begin() as conn:
        keys = [r.location_key for r in found]
        rows = conn.execute(
            sa.select(i.id, i.location_key, i.flags).where(i.location_key.in_(keys) & i.removed_at.is_(None))
        ).all()
        new = 0
        for item_id, _key, flags in rows:
            if FLAG_RESTORED in (flags or []):
                continue
            conn.execute(s.items.update().where(i.id == item_id).values(flags=[*(flags or []), FLAG_RESTORED]))
            new += 1
        by_key = {r.location_key: r for r in found}
        for _, key, flags in rows:
            if FLAG_RESTORED not in (flags or []):
                out.append(Violation(by_key[key].location, key, FLAG_RESTORED))
        if new:
            store.audit("restored_after_erasure", run_id=run_id, conn=conn, items=new)
    return out
