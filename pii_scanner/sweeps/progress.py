"""What a sweep tracks per source and per stored batch (shared by the engine and its executors)."""

from __future__ import annotations

from dataclasses import dataclass, field, fields

from pii_scanner.core.errors import SOURCE_LOST
from pii_scanner.core.model import ItemResult
from pii_scanner.policy.retention import RetentionPolicy
from pii_scanner.sources.registry import Source
from pii_scanner.sources.specs import SourceSpec
from pii_scanner.store import DbSourceState, KnownItem, Violation, WriteSummary


@dataclass
class Counters:
    seen: int = 0
    read: int = 0  # top-level items handed to the executor (re-read)
    skipped: int = 0  # unchanged: not read
    results: int = 0  # items stored, members included
    findings: int = 0
    new_findings: int = 0
    removed: int = 0
    errors: int = 0

    def add(self, other: Counters) -> None:
        for f in fields(self):
            setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))

    def as_dict(self) -> dict[str, int]:
        return {f.name: int(getattr(self, f.name)) for f in fields(self)}


@dataclass
class StoredBatch:
    """What one write of an executor stored (one transaction)."""

    top_items: int
    results: int
    findings: int
    new_findings: int
    removed: int
    errors: int
    violations: list[Violation] = field(default_factory=list)
    lost: int = 0  # items whose read lost the source's connection: the source fails

    @classmethod
    def written(cls, top_items: int, summary: WriteSummary, groups: list[list[ItemResult]]) -> StoredBatch:
        """The batch a ``Store.write_groups`` call stored, from its summary and the groups written."""
        return cls(
            top_items,
            summary.items,
            summary.findings,
            summary.new_findings,
            summary.removed,
            sum(1 for group in groups for r in group if r.error),
            summary.new_violations,
            lost_connection(groups),
        )


def lost_connection(groups: list[list[ItemResult]]) -> int:
    """How many results of ``groups`` could not be read because the source's connection was lost."""
    return sum(1 for group in groups for r in group if r.metadata.get(SOURCE_LOST))


@dataclass
class SourceRun:
    """One source during one run: what is known, what was seen, what is pending."""

    spec: SourceSpec
    name: str
    source_id: int
    source: Source
    state: DbSourceState
    known: dict[str, KnownItem]
    retention: RetentionPolicy
    counters: Counters = field(default_factory=Counters)
    seen: set[str] = field(default_factory=set)
    tombstones: list[str] = field(default_factory=list)
    pending: int = 0  # batches handed to the executor and not yet stored
    listed: bool = False  # listing finished: no more items will come
    failed: bool = False
    listing_failed: bool = False  # a folder could not be listed: the listing is not complete
