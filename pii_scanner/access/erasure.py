"""``verify_erasure``: after erasure, scan every configured source again and report what is left.

Two lists: ``remaining`` are traces of THIS subject (an identifier of theirs, or their name matched
exactly or by initial with nothing contradicting it); ``to_review`` are possible namesakes (a
partial name such as "Anne-Sofie Møller" for "Anne Møller", or their name next to a different
CPR/personnummer). Only traces count against the erasure.

Exit status for a deletion ticket gate: 0 no trace (possible namesakes may still be listed for
review), 1 traces remain, 2 usage or configuration error, 4 a source could not be scanned or an item
in it could not be read (encrypted, broken, a format nothing opens, over a limit) or was skipped by type
(``limits.skip_types``): "clean" cannot be claimed while a copy may sit unread, so such items outrank
"clean" and "traces remain" alike. The configuration's narrowing of what a sweep reports (entities,
min_score) is not inherited: the subject's identifiers are looked for in every written form
(access.known). Private-marked mail is
not read by rule (metadata only): it is counted as not verifiable without failing the check.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import sqlalchemy as sa

from pii_scanner.access.backups import load_backups, remaining_in_backups
from pii_scanner.access.index import search_index
from pii_scanner.access.ledger import LEDGER_NEEDS_IDENTIFIER, record_erasure
from pii_scanner.access.live import EventFn, LiveScan, live_scan, load_sweep_config
from pii_scanner.access.lookup import SubjectLike, opened, subject_key
from pii_scanner.access.results import Hit, ranked
from pii_scanner.access.subject import SubjectKey
from pii_scanner.core.errors import ConfigError
from pii_scanner.store import Store
from pii_scanner.store import schema as s
from pii_scanner.store.store import as_utc, now

EXIT_CLEAN, EXIT_TRACES, EXIT_INCOMPLETE = 0, 1, 4
EXIT_ERROR = EXIT_INCOMPLETE  # the former name


@dataclass
class ErasureResult:
    subject_fingerprint: str
    criteria: list[str]
    subject: list[str]
    remaining: list[Hit] = field(default_factory=list)
    to_review: list[Hit] = field(default_factory=list)  # possible namesakes: not counted as traces
    sources_scanned: list[str] = field(default_factory=list)
    failed_sources: list[str] = field(default_factory=list)
    unreadable: int = 0
    private_unread: int = 0
    skipped: int = 0  # of a type the configuration does not read: not looked at, so not verified
    not_checked: int = 0  # the index holds the subject there, still present, and this check did not look
    backups: list[dict[str, Any]] = field(default_factory=list)  # what remains in which backup until when
    ledger_entry: int | None = None  # erasure ledger entry recorded (``record_case``, only when clean)

    @property
    def exit_code(self) -> int:
        if self.failed_sources or self.unreadable or self.skipped or self.not_checked:
            return EXIT_INCOMPLETE
        return EXIT_TRACES if self.remaining else EXIT_CLEAN

    @property
    def status(self) -> str:
        return {EXIT_CLEAN: "clean", EXIT_TRACES: "traces_remain", EXIT_INCOMPLETE: "incomplete"}[self.exit_code]

    def as_dict(self) -> dict[str, Any]:
        return {
            "status": self.status,
            "exit_code": self.exit_code,
            "at": now().isoformat(),
            "subject": {"fingerprint": self.subject_fingerprint, "criteria": self.criteria, "masked": self.subject},
            "sources_scanned": self.sources_scanned,
            "failed_sources": self.failed_sources,
            "not_verifiable": {
                "unreadable_items": self.unreadable,
                "skipped_items": self.skipped,
                "private_mail_not_read": self.private_unread,
                "index_items_not_checked": self.not_checked,
            },
            "remaining": [h.as_dict() for h in self.remaining],
            "to_review": [h.as_dict() for h in self.to_review],
            "backups": self.backups,
            "ledger_entry": self.ledger_entry,
            "exit_codes": {
                "0": "no trace of this subject",
                "1": "traces remain",
                "2": "usage or configuration error",
                "4": "a source could not be scanned, or an item in it could not be read or is of a type the "
                "configuration skips, or the index holds the subject in an item this configuration does not cover",
            },
        }


def _not_checked(indexed: list[Hit], scan: LiveScan) -> int:
    """Items the index holds the subject in that the live scan did not list although they are still there:
    a configuration narrowed (a source left out, a share's paths cut to a subfolder) must not certify
    "clean" over them. An item of a source the scan covered and did not list is gone (erased), as is a
    file no longer on disk; a server item (mail, SQL row) counts when its source was not scanned."""
    scanned = set(scan.sources) | set(scan.failed)
    count = 0
    for top in {h.top_key: h for h in indexed if h.decision == "answer"}.values():
        if top.top_key in scan.read:
            continue
        scheme, sep, rest = top.location.partition("://")
        if scheme == "file" and sep:
            if os.path.lexists(unquote(rest.split("!/", 1)[0])):
                count += 1
        elif top.source not in scanned:
            count += 1
    return count


def erased_from(store: Store, key: SubjectKey) -> tuple[list[str], date | None]:
    """Sources of the subject's items the index saw disappear, and the last such day (identifiers only)."""
    f, i, src = s.findings.c, s.items.c, s.sources.c
    fps = sorted(key.ident_fps)
    if not fps:
        return [], None
    with store.engine.connect() as conn:
        rows = conn.execute(
            sa.select(src.name, sa.func.max(i.removed_at))
            .join(s.items, i.source_id == src.id)
            .join(s.findings, f.item_id == i.id)
            .where(f.fingerprint.in_(fps) & i.removed_at.is_not(None))
            .group_by(src.name)
        ).all()
    days = [as_utc(r[1]) for r in rows if r[1] is not None]
    return sorted(str(r[0]) for r in rows), max(d.date() for d in days if d) if days else None


def verify_erasure(
    subject: SubjectLike,
    *,
    config: str | Path,
    db: str | Store | None = None,
    loose: bool = False,
    actor: str | None = None,
    events: EventFn | None = None,
    record_case: str | None = None,
) -> ErasureResult:
    """Re-scan the sources of the sweep ``config`` live and list every remaining trace of the subject.

    The result also says what remains in which backup (``[[backups]]`` of the config) until when,
    counted from the day the index saw the subject's items disappear (else today). With
    ``record_case`` and a clean result, the erasure is recorded in the erasure ledger.
    """
    with opened(db, config) as store:
        key = subject_key(store, subject)
        if record_case is not None and not key.idents:
            # Checked before the scan: a clean check by name alone wrote no ledger entry and said nothing.
            raise ConfigError(LEDGER_NEEDS_IDENTIFIER)
        scan = live_scan(store.fingerprint, key, config, loose=loose, events=events)
        traces = [h for h in scan.hits if h.decision == "answer"]
        doubtful = [h for h in scan.hits if h.decision != "answer"] + scan.namesakes
        result = ErasureResult(
            key.fingerprint,
            key.criteria,
            key.describe(),
            ranked(traces),
            ranked(doubtful),
            scan.sources,
            scan.failed,
            scan.unreadable,
            scan.private_unread,
            scan.skipped,
        )
        result.not_checked = _not_checked(search_index(store, key), scan)
        backups = load_backups(load_sweep_config(config)[1])
        if backups:
            sources, deleted_on = erased_from(store, key)
            result.backups = remaining_in_backups(backups, sources or scan.sources, deleted_on or date.today())
        if record_case is not None and result.exit_code == EXIT_CLEAN and key.idents:
            result.ledger_entry = record_erasure(store, key, case=record_case, actor=actor).id
        store.audit(
            "erasure_verified",
            actor=actor,
            subject=key.fingerprint,
            criteria=key.criteria,
            status=result.status,
            remaining=len(result.remaining),
            to_review=len(result.to_review),
            sources=len(scan.sources),
            failed_sources=len(scan.failed),
            unreadable=scan.unreadable,
            skipped=scan.skipped,
            not_checked=result.not_checked,
        )
        return result
