"""The erasure ledger: what was erased, kept as keyed fingerprints only, so a restore is noticed.

After an erasure the firm must make sure a restore (of a backup, a copied folder, a database row) does
not bring the person's data back. ``record_erasure`` keeps the subject's IDENTIFIER fingerprints (CPR,
personnummer, e-mail, phone: the same keyed HMACs the findings carry; never a value) with the erasure
date and the case. ``restored_after_erasure`` runs after every sweep: an item in live data holding
one of them (a finding, or a mail sent from the address) gets the ``restored_after_erasure`` flag and
is a violation of the run (in the sweep's exit code and the DPO summary mail), and the minimisation
report lists it.

Names are not used: a name in a later document is as likely a namesake as a restore.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from pii_scanner.access.lookup import SubjectLike, opened, subject_key
from pii_scanner.core.errors import ConfigError
from pii_scanner.core.privacy import scrub
from pii_scanner.store import Store
from pii_scanner.store import schema as s
from pii_scanner.store.migrations import erasure_ledger as table
from pii_scanner.store.store import Violation, as_utc, current_user, now

FLAG_RESTORED = "restored_after_erasure"


@dataclass(frozen=True)
class LedgerEntry:
    id: int
    case: str
    subject_fingerprint: str
    kinds: list[str]
    erased_on: date
    recorded_by: str

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "case": self.case,
            "subject_fingerprint": self.subject_fingerprint,
            "kinds": self.kinds,
            "erased_on": self.erased_on.isoformat(),
            "recorded_by": self.recorded_by,
        }


def record_erasure(
    db: str | Store | None,
    subject: SubjectLike,
    *,
    case: str = "",
    erased_on: date | None = None,
    config: str | Path | None = None,
    actor: str | None = None,
) -> LedgerEntry:
    """Keep the subject's identifier fingerprints with the erasure date and case (no plaintext)."""
    day = erased_on or date.today()
    if day > date.today():
        raise ConfigError("the erasure date lies in the future")
    with opened(db, config) as store:
        key = subject_key(store, subject)
        fps = sorted({f for k in key.idents for f in k.fps})
        if not fps:
            raise ConfigError("the erasure ledger needs an identifier (--cpr, --personnummer, --email or --phone)")
        who = actor or current_user()
        kinds = sorted({k.kind for k in key.idents})
        with store.engine.begin() as conn:
            entry_id = int(
                conn.execute(
                    table.insert()
                    .values(
                        case_ref=(scrub(case) or "")[:100],
                        subject_fp=key.fingerprint,
                        fingerprints=fps,
                        kinds=kinds,
                        erased_on=day,
                        recorded_at=now(),
                        recorded_by=who,
                    )
                    .returning(table.c.id)
                ).scalar_one()
            )
            store.audit(
                "erasure_recorded",
                actor=who,
                subject=key.fingerprint,
                conn=conn,
                entry=entry_id,
                kinds=kinds,
                erased_on=day.isoformat(),
            )
        return LedgerEntry(entry_id, (scrub(case) or "")[:100], key.fingerprint, kinds, day, who)


def ledger(store: Store) -> list[LedgerEntry]:
    with store.engine.connect() as conn:
        rows = conn.execute(sa.select(table).order_by(table.c.id)).mappings().all()
    return [
        LedgerEntry(int(r["id"]), r["case_ref"], r["subject_fp"], list(r["kinds"]), r["erased_on"], r["recorded_by"])
        for r in rows
    ]


@dataclass(frozen=True)
class Restored:
    location: str  # masked display location
    location_key: str
    entry: int  # ledger entry id
    case: str
    erased_on: date


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
            senders = conn.execute(
                sa.select(i.location, i.location_key, i.scanned_at, i.mail["sender_fp"].as_string()).where(
                    i.mail["sender_fp"].as_string().in_(batch) & i.removed_at.is_(None)
                )
            ).all()
            for location, key, scanned, fp in [*rows, *senders]:
                entry = by_fp[fp]
                seen = as_utc(scanned)
                if seen is not None and seen.date() < entry["erased_on"]:
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
