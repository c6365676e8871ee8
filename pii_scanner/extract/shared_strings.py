"""A workbook's shared strings in bounded memory.

Cells refer to the shared-string table by index, in any order, so the table must be at hand while
the sheets are read. It is held compactly (blocks of ``BLOCK`` strings joined, with their end
offsets: about four bytes per string beyond its text) and, beyond ``keep`` characters, the older
blocks are spilled to a :class:`~pii_scanner.core.sealed_spill.SealedSpill` (sealed, never
plaintext on disk) and read back on demand through a small cache. A hostile workbook with
millions of strings therefore costs disk, not memory.
"""

from __future__ import annotations

from array import array
from collections import OrderedDict

from pii_scanner.core.sealed_spill import SealedSpill

BLOCK = 256  # strings per block (a spilled block is read back whole for one string)
KEEP = 32 << 20  # characters held in memory before blocks are spilled
CACHED = 32  # spilled blocks kept decoded


class SharedStrings:
    """An append-only list of strings; ``table[i]`` for 0 <= i < len(table), else IndexError."""

    def __init__(self, keep: int | None = None) -> None:
        self.keep = KEEP if keep is None else keep
        self._held: dict[int, tuple[str, array[int]]] = {}  # block number -> (joined text, ends)
        self._spilled: dict[int, int] = {}  # block number -> spill block
        self._spill: SealedSpill | None = None
        self._spill_failed = False
        self._cache: OrderedDict[int, tuple[str, array[int]]] = OrderedDict()
        self._current: list[str] = []
        self._held_chars = 0
        self._count = 0

    def append(self, text: str) -> None:
        self._current.append(text)
        self._count += 1
        if len(self._current) == BLOCK:
            self._seal()

    def _seal(self) -> None:
        ends: array[int] = array("Q")
        at = 0
        for text in self._current:
            at += len(text)
            ends.append(at)
        self._held[len(self._held) + len(self._spilled)] = ("".join(self._current), ends)
        self._held_chars += at
        self._current = []
        while self._held_chars > self.keep and len(self._held) > 1 and not self._spill_failed:
            self._spill_oldest()

    def _spill_oldest(self) -> None:
        number = min(self._held)
        block = self._held[number]
        try:
            if self._spill is None:
                self._spill = SealedSpill()
            self._spilled[number] = self._spill.write(block)
        except OSError:  # the temp folder is full: keep the table in memory rather than fail the file
            self._spill_failed = True
            return
        del self._held[number]
        self._held_chars -= len(block[0])

    def __len__(self) -> int:
        return self._count

    def __getitem__(self, index: int) -> str:
        if not 0 <= index < self._count:
            raise IndexError("shared string index out of range")
        number, at = divmod(index, BLOCK)
        sealed = len(self._held) + len(self._spilled)
        if number == sealed:
            return self._current[at]
        text, ends = self._block(number)
        return text[ends[at - 1] if at else 0 : ends[at]]

    def _block(self, number: int) -> tuple[str, array[int]]:
        held = self._held.get(number)
        if held is not None:
            return held
        cached = self._cache.get(number)
        if cached is not None:
            self._cache.move_to_end(number)
            return cached
        assert self._spill is not None
        block: tuple[str, array[int]] = self._spill.read(self._spilled[number])
        self._cache[number] = block
        if len(self._cache) > CACHED:
            self._cache.popitem(last=False)
        return block

    @property
    def spilled(self) -> bool:
        return bool(self._spilled)

    def spill_fileno(self) -> int | None:
        """The temp file's descriptor (tests look at what it holds), or None."""
        return self._spill.fileno() if self._spill is not None else None

    def close(self) -> None:
        if self._spill is not None:
            self._spill.close()
