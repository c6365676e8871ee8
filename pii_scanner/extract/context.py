"""What every extractor gets besides the bytes: the config and the shared safety budget."""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from pii_scanner.core.config import ScanConfig
from pii_scanner.core.errors import LimitExceeded


@dataclass(slots=True)
class Budget:
    """Limits shared by one top-level item and everything nested in it (zip bombs, deep nesting)."""

    max_expanded: int
    max_seconds: float
    max_members: int
    started: float = field(default_factory=time.monotonic)
    expanded: int = 0
    members: int = 0

    def spend(self, nbytes: int) -> None:
        self.expanded += nbytes
        if self.expanded > self.max_expanded:
            raise LimitExceeded(f"total expanded size over {self.max_expanded} bytes")

    def count_member(self) -> None:
        self.members += 1
        if self.members > self.max_members:
            raise LimitExceeded(f"more than {self.max_members} members")

    def elapsed(self) -> float:
        return time.monotonic() - self.started

    def check_time(self) -> None:
        if self.elapsed() > self.max_seconds:
            raise LimitExceeded(f"time budget of {self.max_seconds:g} s exceeded")


@dataclass(slots=True)
class ExtractContext:
    config: ScanConfig
    budget: Budget

    @classmethod
    def for_top_item(cls, config: ScanConfig) -> ExtractContext:
        lim = config.limits
        return cls(config, Budget(lim.max_expanded, lim.time_budget, lim.max_members))
