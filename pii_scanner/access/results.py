"""Search results: one ``Hit`` per item that concerns the subject, ranked, with what matched.

Hits carry display forms only (masked values, scrubbed locations) plus ``location_key``; the
plaintext location of a live hit is kept in ``real_location`` (memory only) for excerpts.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from pii_scanner.access.match import RANK


@dataclass(slots=True)
class SubjectFinding:
    entity_type: str
    masked: str
    matched: str  # cpr, personnummer, email, phone, name:exact, name:initial...
    part: str | None = None
    start: int | None = None
    end: int | None = None


@dataclass(slots=True)
class Hit:
    location_key: str
    top_key: str  # location_key of the top-level item (file, message) holding it
    location: str  # display form (ID-shaped digits masked)
    path: str
    source: str
    owner: str
    folder: str
    mime: str | None = None
    origin: str | None = None
    private: bool = False
    kinds: list[str] = field(default_factory=list)  # entity types in the item
    categories: list[str] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)
    doc_type: str | None = None
    modified: datetime | None = None
    mail_date: datetime | None = None
    first_seen: datetime | None = None
    scanned: datetime | None = None
    retention_category: str | None = None
    retention_due: datetime | None = None
    retention_basis: str | None = None
    retention_evidence: str | None = None
    retention_approximate: bool = False
    external_recipients: bool | None = None
    matched: set[str] = field(default_factory=set)  # criteria kinds, e.g. {"cpr", "name:initial"}
    findings: list[SubjectFinding] = field(default_factory=list)
    seen_in: set[str] = field(default_factory=set)  # "index", "live"
    decision: str = "answer"  # answer | review | namesake (see access.attribution)
    review_reason: str | None = None
    real_location: str | None = field(default=None, repr=False)  # live hits only; never written out

    @property
    def rank(self) -> int:
        ranks = [RANK[m.split(":", 1)[1]] if m.startswith("name:") else RANK["identifier"] for m in self.matched]
        return min(ranks, default=9)

    @property
    def match(self) -> str:
        return "exact" if self.rank <= RANK["exact"] else "partial"

    def merge(self, other: Hit) -> None:
        """Fold a live hit of the same item into an index hit (live data wins for what it knows)."""
        if "live" in other.seen_in:  # read from the text: its decision outranks the index's
            self.matched = set(other.matched)
            self.decision, self.review_reason = other.decision, other.review_reason
        else:
            self.matched |= other.matched
        self.seen_in |= other.seen_in
        self.real_location = self.real_location or other.real_location
        if other.findings:
            self.findings = other.findings
        for name in ("kinds", "categories", "flags"):
            if getattr(other, name):
                setattr(self, name, getattr(other, name))

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready; private mail is listed by metadata only."""

        def ts(v: datetime | None) -> str | None:
            return v.isoformat() if v else None

        doc: dict[str, Any] = {
            "rank": self.rank,
            "match": self.match,
            "decision": self.decision,
            "matched": sorted(self.matched),
            "source": self.source,
            "owner": self.owner,
            "folder": self.folder,
            "path": self.path,
            "location": self.location,
            "location_key": self.location_key,
            "private": self.private,
            "seen_in": sorted(self.seen_in),
            "flags": sorted(self.flags),
            "dates": {
                "modified": ts(self.modified),
                "mail_date": ts(self.mail_date),
                "first_seen": ts(self.first_seen),
                "last_scanned": ts(self.scanned),
            },
            "retention": {
                "category": self.retention_category,
                "due": ts(self.retention_due),
                "basis": self.retention_basis,
                "approximate": self.retention_approximate,
                "evidence": self.retention_evidence,
            },
        }
        if self.review_reason:
            doc["review_reason"] = self.review_reason
        if self.private:
            doc["note"] = "private-marked mail: listed by metadata only, not read"
            return doc
        doc.update(
            {
                "mime": self.mime,
                "origin": self.origin,
                "doc_type": self.doc_type,
                "kinds": sorted(self.kinds),
                "categories": sorted(self.categories),
                "external_recipients": self.external_recipients,
                "findings": [
                    {"entity_type": f.entity_type, "masked": f.masked, "matched": f.matched} for f in self.findings
                ],
            }
        )
        return doc


NATIONAL_KINDS = {"DK_CPR": "cpr", "SE_PERSONNUMMER": "personnummer"}


def decide_without_text(hit: Hit, searched: set[str] | frozenset[str] = frozenset()) -> str:
    """answer / review for a hit known only by its findings (the index holds no text).

    Sets ``review_reason`` when the answer is review: a partial name, or an exact name in an item
    that holds numbers of a kind the subject was searched by, none of them theirs (a namesake?).
    """
    if any(not m.startswith("name:") for m in hit.matched):
        return "answer"
    level = min((m.split(":", 1)[1] for m in hit.matched), key=lambda lv: RANK.get(lv, 9), default="")
    if level not in ("exact", "initial"):
        hit.review_reason = f"partial name match ({level})"
        return "review"
    if any(NATIONAL_KINDS.get(k) in searched for k in hit.kinds):
        hit.review_reason = "name matches, but the item holds CPR/personnummer numbers none of which is the subject's"
        return "review"
    return "answer"


def ranked(hits: list[Hit]) -> list[Hit]:
    return sorted(hits, key=lambda h: (h.rank, h.source, h.location))


@dataclass(slots=True)
class SearchResult:
    subject_fingerprint: str
    criteria: list[str]
    subject: list[str]  # masked criteria
    hits: list[Hit]  # the answer
    review: list[Hit] = field(default_factory=list)  # doubtful: partial names, possible namesakes
    live: bool = False
    sources_scanned: list[str] = field(default_factory=list)
    failed_sources: list[str] = field(default_factory=list)
    unreadable: int = 0  # live: items that could not be read (encrypted, errors)
    skipped: int = 0  # live: items of a type the configuration does not read (limits.skip_types)
    names_not_read: int = 0  # a name searched: indexed items last read without looking for names
    # Indexed items last read by a run that kept no path traces (store migration 16), or, for an identifier, none of
    # the values their text writes encoded (20).
    paths_not_traced: int = 0
    db: str = ""
    at: datetime | None = None
    backups: list[dict[str, Any]] = field(default_factory=list)  # what remains in which backup until when

    @property
    def counts(self) -> dict[str, int]:
        return {
            "items": len(self.hits),
            "exact": sum(h.match == "exact" for h in self.hits),
            "partial": sum(h.match == "partial" for h in self.hits),
            "private": sum(h.private for h in self.hits),
            "findings": sum(len(h.findings) for h in self.hits),
            "to_review": len(self.review),
        }

    def as_dict(self) -> dict[str, Any]:
        return {
            "subject": {"fingerprint": self.subject_fingerprint, "criteria": self.criteria, "masked": self.subject},
            "at": self.at.isoformat() if self.at else None,
            "db": self.db,
            "live": self.live,
            "sources_scanned": self.sources_scanned,
            "failed_sources": self.failed_sources,
            "unreadable": self.unreadable,
            "skipped": self.skipped,
            "names_not_read": self.names_not_read,
            "paths_not_traced": self.paths_not_traced,
            "counts": self.counts,
            "items": [h.as_dict() for h in self.hits],
            "to_review": [h.as_dict() for h in self.review],
        }
