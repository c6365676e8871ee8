"""The erasure ledger: what was erased, kept as keyed fingerprints only, so a restore is noticed.

After an erasure the firm must make sure a restore (of a backup, a copied folder, a database row) does
not bring the person's data back. ``record_erasure`` keeps the subject's IDENTIFIER fingerprints (CPR,
personnummer, e-mail, phone: the same keyed HMACs the findings carry; never a value) with the erasure
date and the case. ``restored_after_erasure`` (policy/restored.py, so the sweep engine needs nothing
from access) runs after every sweep: an item in live data holding
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
from pii_scanner.access.subject import Subject, SubjectKey, phone_variants
from pii_scanner.core.errors import ConfigError
from pii_scanner.core.privacy import Fingerprinter, scrub_operator_text
from pii_scanner.detect.known import phone_digit_counts
from pii_scanner.policy.restored import FLAG_RESTORED, Restored, find_restored, restored_after_erasure
from pii_scanner.store import Store
from pii_scanner.store.migrations import erasure_ledger as table
from pii_scanner.store.store import current_user, now

__all__ = [
    "FLAG_RESTORED",
    "LedgerEntry",
    "Restored",
    "find_restored",
    "ledger",
    "record_erasure",
    "restored_after_erasure",
]


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


LEDGER_NEEDS_IDENTIFIER = "the erasure ledger needs an identifier (--cpr, --personnummer, --email or --phone)"


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
        kinds, fps, by_kind, phone_digits = ledger_entry_for(subject, store.fingerprint)
        key = subject_key(store, subject)
        if not fps:
            raise ConfigError(LEDGER_NEEDS_IDENTIFIER)
        who = actor or current_user()
        with store.engine.begin() as conn:
            entry_id = int(
                conn.execute(
                    table.insert()
                    .values(
                        case_ref=scrub_operator_text(case)[:100],
                        subject_fp=key.fingerprint,
                        fingerprints=fps,
                        kinds=kinds,
                        by_kind=by_kind,
                        phone_digits=phone_digits,
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
        return LedgerEntry(entry_id, scrub_operator_text(case)[:100], key.fingerprint, kinds, day, who)


def ledger_entry_for(
    subject: SubjectLike, fp: Fingerprinter
) -> tuple[list[str], list[str], dict[str, list[str]], list[int] | None]:
    """What a ledger entry keeps of ``subject``: its kinds, its fingerprints (all, and by kind: a CPR and a phone
    with the same digits are two), and how many digits its phones are written with (typed phones only: a stored
    case's key holds no digits; None then, and the sweep hashes every 5-14 digit string)."""
    key = subject if isinstance(subject, SubjectKey) else subject.key(fp)
    by_kind: dict[str, set[str]] = {}
    for ident in key.idents:
        by_kind.setdefault(ident.kind, set()).update(ident.fps)
    phone_digits: list[int] | None = None
    if isinstance(subject, Subject) and subject.phone:
        phone_digits = sorted(phone_digit_counts(v for raw in subject.phone for v in phone_variants(raw)))
    elif "phone" not in by_kind:
        phone_digits = []
    fps = sorted({f for values in by_kind.values() for f in values})
    return sorted(by_kind), fps, {k: sorted(v) for k, v in sorted(by_kind.items())}, phone_digits


def ledger(store: Store) -> list[LedgerEntry]:
    with store.engine.connect() as conn:
        rows = conn.execute(sa.select(table).order_by(table.c.id)).mappings().all()
    return [
        LedgerEntry(int(r["id"]), r["case_ref"], r["subject_fp"], list(r["kinds"]), r["erased_on"], r["recorded_by"])
        for r in rows
    ]
