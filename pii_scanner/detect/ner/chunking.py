"""Split long texts below a size limit at paragraph, sentence, line or word boundaries.

Each chunk comes with its offset in the text so spans map back exactly. The search for a boundary
looks only inside the current window (and never further back than half of it), so the whole split
is linear in the text length.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_BREAKS = (re.compile(r"\n[ \t]*\n"), re.compile(r"[.!?][\"')\]]*\s"), re.compile(r"\n"), re.compile(r"\s"))


def split_text(text: str, max_chars: int) -> Iterator[tuple[int, str]]:
    """Yield ``(offset, chunk)`` pairs covering ``text`` in order, each at most ``max_chars`` long."""
    if max_chars <= 0:
        raise ValueError("max_chars must be positive")
    pos, n = 0, len(text)
    while pos < n:
        if n - pos <= max_chars:
            yield pos, text[pos:]
            return
        cut = _boundary(text, pos, pos + max_chars)
        yield pos, text[pos:cut]
        pos = cut


def _boundary(text: str, lo: int, hi: int) -> int:
    """The end of the last good break in text[lo:hi], preferring bigger breaks; hard cut at ``hi``."""
    floor = lo + (hi - lo) // 2  # do not make tiny chunks: keep at least half a window
    for pattern in _BREAKS:
        last = None
        for m in pattern.finditer(text, floor, hi):
            last = m
        if last is not None:
            return last.end()
    return hi
