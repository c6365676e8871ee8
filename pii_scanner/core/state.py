"""Incremental state that sources keep between sweeps (IMAP UIDs, EWS sync state, Graph delta links).

The store persists it per source; the sweep commits it only after the items it covers are stored,
so a crash re-reads rather than loses.
"""

from __future__ import annotations

from typing import Protocol


class SourceState(Protocol):
    def get(self, key: str) -> str | None: ...

    def set(self, key: str, value: str) -> None: ...

    def delete(self, key: str) -> None: ...


class MemoryState:
    """A SourceState in a dict: for one-off scans and tests."""

    def __init__(self, initial: dict[str, str] | None = None) -> None:
        self.values: dict[str, str] = dict(initial or {})

    def get(self, key: str) -> str | None:
        return self.values.get(key)

    def set(self, key: str, value: str) -> None:
        self.values[key] = value

    def delete(self, key: str) -> None:
        self.values.pop(key, None)
