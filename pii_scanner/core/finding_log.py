"""An item's findings in bounded memory: the newest in a list, older ones spilled to an encrypted temp file.

A file with a personal identifier on every line has millions of findings; holding them all costs
about half a kilobyte each. :class:`FindingLog` keeps at most ``keep`` findings in memory; beyond
that it writes them in blocks to an anonymous temporary file. The file never holds plaintext:
each block is compressed and sealed with AES-GCM under a random key made for this log alone and
held only in this process's memory (the key is never written, logged or passed on). The file has
no name where the platform allows it (``O_TMPFILE`` on Linux; elsewhere it is unlinked at once or
deleted on close), so it disappears when the log is closed or collected, or when the process
ends for any reason, signals and crashes included.

The aggregates an item's record, flags and risk need (how many findings, of which entity types)
are kept as the findings arrive, so they never require reading the file back.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from itertools import islice
from typing import Any, overload

from pii_scanner.core.model import Finding
from pii_scanner.core.sealed_spill import SealedSpill

DEFAULT_KEEP = 20_000  # findings held in memory per log (~10 MB) before older ones are spilled


class FindingLog(Sequence[Finding]):
    """Findings in order of arrival, in bounded memory (see the module doc).

    Behaves as a read-only sequence (``len``, iteration, indexing, slicing, ``==`` with lists) plus
    ``append``/``extend``. Pickling (crossing to another process) materialises it as a list: it is
    meant to be held by the process that writes the records or the index.
    """

    def __init__(self, findings: Iterable[Finding] = (), *, keep: int = DEFAULT_KEEP) -> None:
        self.keep = max(1, keep)
        self._tail: list[Finding] = []
        self._spill: SealedSpill | None = None
        self._counts: list[int] = []  # findings per spilled block
        self._spilled = 0
        self._entities: Counter[str] = Counter()
        self.spill_failed = False  # the temp file could not be written: the rest stays in memory
        self.extend(findings)

    # --- writing ---------------------------------------------------------------------------------
    def append(self, finding: Finding) -> None:
        self._tail.append(finding)
        self._entities[finding.entity_type] += 1
        if len(self._tail) >= self.keep:
            self._flush()

    def extend(self, findings: Iterable[Finding]) -> None:
        for finding in findings:
            self.append(finding)

    def _flush(self) -> None:
        if self.spill_failed:
            return  # held in memory from now on
        try:
            if self._spill is None:
                self._spill = SealedSpill()
            self._spill.write(self._tail)  # a block is listed only once it is whole on disk
            self._counts.append(len(self._tail))
        except OSError:
            # The temp folder is full or unwritable: keep the findings in memory (more memory for this
            # item) rather than lose them or stop the scan.
            self.spill_failed = True
            return
        self._spilled += len(self._tail)
        self._tail = []

    # --- aggregates (never read the file) -------------------------------------------------------
    def entity_counts(self) -> dict[str, int]:
        """Findings per entity type."""
        return dict(self._entities)

    @property
    def in_memory(self) -> int:
        """How many findings this log holds in memory now (at most ``keep``)."""
        return len(self._tail)

    @property
    def spilled(self) -> bool:
        """True once findings were written to the temp file."""
        return self._spill is not None

    def spill_fileno(self) -> int | None:
        """The temp file's descriptor (tests look at what it holds), or None."""
        return self._spill.fileno() if self._spill is not None else None

    # --- reading ---------------------------------------------------------------------------------
    def __len__(self) -> int:
        return self._spilled + len(self._tail)

    def __bool__(self) -> bool:
        return len(self) > 0

    def __iter__(self) -> Iterator[Finding]:
        if self._spill is not None:
            for n in range(len(self._spill.blocks)):
                block: list[Finding] = self._spill.read(n)
                yield from block
        yield from list(self._tail)

    @overload
    def __getitem__(self, index: int) -> Finding: ...

    @overload
    def __getitem__(self, index: slice) -> list[Finding]: ...

    def __getitem__(self, index: int | slice) -> Finding | list[Finding]:
        if isinstance(index, slice):
            return list(self)[index] if index.step or (index.start or 0) < 0 else self._slice(index)
        n = len(self)
        if index < 0:
            index += n
        if not 0 <= index < n:
            raise IndexError("finding index out of range")
        if index >= self._spilled:
            return self._tail[index - self._spilled]
        assert self._spill is not None
        for block, count in enumerate(self._counts):
            if index < count:
                found: Finding = self._spill.read(block)[index]
                return found
            index -= count
        raise IndexError("finding index out of range")  # pragma: no cover - counts add up

    def _slice(self, index: slice) -> list[Finding]:
        start = index.start or 0
        stop = index.stop if index.stop is not None else len(self)
        if stop < 0:
            stop += len(self)
        return list(islice(iter(self), start, max(start, stop)))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, (FindingLog, list, tuple)):
            return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # mutable, like a list

    def __repr__(self) -> str:
        return f"FindingLog({len(self)} findings, {'spilled' if self.spilled else 'in memory'})"

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (list(self), self.keep))

    def summary(self) -> FindingLog:
        """A stand-in holding only the counts: for work that needs how many findings of which type
        (flags, risk) in another process, without shipping the findings there."""
        return FindingCounts(len(self), self.entity_counts())

    def close(self) -> None:
        """Drop the temp file now (it also goes when the log is collected or the process ends)."""
        if self._spill is not None:
            self._spill.close()


class FindingCounts(FindingLog):
    """How many findings of each type, without the findings (see :meth:`FindingLog.summary`).

    Reading findings from it is a programming error and fails loudly rather than finding nothing.
    """

    def __init__(self, total: int, counts: dict[str, int]) -> None:
        super().__init__()
        self._spilled = total
        self._entities = Counter(counts)

    def append(self, finding: Finding) -> None:
        raise TypeError("a summary of findings cannot take findings")

    def __iter__(self) -> Iterator[Finding]:
        raise TypeError("a summary of findings holds counts only; the findings stay where they were found")

    def __getitem__(self, index: int | slice) -> Any:
        raise TypeError("a summary of findings holds counts only")

    def __reduce__(self) -> tuple[Any, ...]:
        return (FindingCounts, (self._spilled, dict(self._entities)))


def _rebuild(findings: list[Finding], keep: int) -> FindingLog:
    return FindingLog(findings, keep=keep)


def held_in_memory(findings: Sequence[Finding]) -> int:
    """How many of these findings are in memory (all of a list; a log's unspilled ones)."""
    return findings.in_memory if isinstance(findings, FindingLog) else len(findings)


def entity_counts(findings: Sequence[Finding]) -> dict[str, int]:
    """Findings per entity type of any findings sequence (a log answers from its running counts)."""
    if isinstance(findings, FindingLog):
        return findings.entity_counts()
    return dict(Counter(f.entity_type for f in findings))


def has_entity(findings: Sequence[Finding], entities: Iterable[str] | str) -> bool:
    """True when any finding is of one of ``entities``."""
    wanted = {entities} if isinstance(entities, str) else set(entities)
    if isinstance(findings, FindingLog):
        return any(findings.entity_counts().get(e) for e in wanted)
    return any(f.entity_type in wanted for f in findings)
