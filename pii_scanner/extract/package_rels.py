"""An OOXML package's relationship parts (``_rels/*.rels``), read and parsed once per package.

A DOCX's readers each need the relationships: its main part, the parts its main part links, the parts
listed but missing, the hyperlink targets, a chart's embedded workbook. Each used to read and parse the
same ``.rels`` members again (8 parses of 3 members per DOCX, ~a quarter of a small DOCX's extraction).

Asked again, a member gives what the first read gave, at the same points: the item's budget is charged
the same bytes in the same chunks (with the same time checks) as another read would charge, and a parse
that failed hands out the same relationships and then raises the same error. A read that failed (a
member past the limits, one that cannot be decompressed) is not kept: it is tried, and fails, again.
"""

from __future__ import annotations

import weakref
import zipfile
from collections.abc import Iterator
from typing import NamedTuple

from pii_scanner.extract.context import ExtractContext
from pii_scanner.extract.members import CHUNK
from pii_scanner.extract.xmlsafe import iter_events, local
from pii_scanner.extract.zipparts import read_member


class Rel(NamedTuple):
    """One element of a relationships part (its local name and the attributes the readers use; "" when
    absent)."""

    tag: str
    id: str
    type: str
    target: str
    mode: str


class Rels:
    """A relationships member as read: its size and its elements, in document order (end events),
    up to the parse error, if any."""

    __slots__ = ("elements", "error", "size")

    def __init__(self, size: int, elements: list[Rel], error: Exception | None) -> None:
        self.size, self.elements, self.error = size, elements, error

    def __iter__(self) -> Iterator[Rel]:
        yield from self.elements
        if self.error is not None:
            raise self.error

    @property
    def empty(self) -> bool:
        return self.size == 0


_READ: weakref.WeakKeyDictionary[zipfile.ZipFile, dict[tuple[str, str], Rels]] = weakref.WeakKeyDictionary()


def relationships(zf: zipfile.ZipFile, name: str, ctx: ExtractContext, what: str) -> Rels | None:
    """The relationships member ``name`` of ``zf`` (None when the package has no such member)."""
    known = _READ.get(zf)
    if known is None:
        known = _READ[zf] = {}
    found = known.get((name, what))
    if found is not None:
        _charge(ctx, found.size)
        return found
    raw = read_member(zf, name, ctx, what)
    if raw is None:
        return None
    elements: list[Rel] = []
    error: Exception | None = None
    try:
        for _event, elem in iter_events(raw, what, ("end",)):
            get = elem.get
            elements.append(
                Rel(local(elem.tag), get("Id") or "", get("Type") or "", get("Target") or "", get("TargetMode") or "")
            )
    except Exception as exc:  # raised again, after the same elements, to every reader that asks
        error = exc
    found = known[(name, what)] = Rels(len(raw), elements, error)
    return found


def _charge(ctx: ExtractContext, size: int) -> None:
    """What reading ``size`` bytes of a member charges the budget (``members.read_limited``)."""
    for start in range(0, size, CHUNK):
        ctx.budget.spend(min(CHUNK, size - start))
        ctx.budget.check_time()
