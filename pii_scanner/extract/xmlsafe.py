"""XML parsing for document formats (OOXML, ODF) through defusedxml: no DTDs, no entities.

Office and OpenDocument XML never declares a DTD, so any DOCTYPE is refused outright; that stops
billion-laughs and external-entity attacks before a single entity is expanded.

A large part is parsed from a stream (a zip member being decompressed) with ``prune``: an element
is detached from its parent once the caller has seen its end, so the tree never grows with the
document (iterparse alone keeps every element it built, cleared or not, under the root).
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import IO, Any
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import iterparse

from pii_scanner.core.errors import ExtractionError, LimitExceeded


def local(tag: str) -> str:
    """``{namespace}name`` -> ``name``."""
    return tag.rpartition("}")[2]


def iter_events(
    data: bytes | IO[bytes],
    what: str,
    events: tuple[str, ...] = ("start", "end"),
    *,
    prune: bool = False,
    whole: frozenset[str] = frozenset(),
) -> Iterator[tuple[str, Element]]:
    """(event, element) pairs; DTDs/entities raise LimitExceeded, bad XML raises ExtractionError.

    ``data``: the XML's bytes or a binary stream. ``prune``: detach each element from its parent
    after its end event was handed out, except inside an element named in ``whole`` (local name),
    whose subtree stays until that element itself ends (a caller that reads a paragraph whole).
    """
    source = io.BytesIO(data) if isinstance(data, (bytes, bytearray, memoryview)) else data
    try:
        if not prune:
            parser: Any = iterparse(source, events=events, forbid_dtd=True)
            yield from parser
            return
        wants_start = "start" in events
        stack: list[Element] = []
        inside = 0  # open elements named in ``whole``
        for event, elem in iterparse(source, events=("start", "end"), forbid_dtd=True):
            if event == "start":
                stack.append(elem)
                if whole and local(elem.tag) in whole:
                    inside += 1
                if wants_start:
                    yield event, elem
                continue
            yield event, elem
            stack.pop()
            if whole and local(elem.tag) in whole:
                inside -= 1
            if stack and inside == 0:
                stack[-1].remove(elem)  # the parent holds only its open child: O(1)
    except DefusedXmlException as exc:
        raise LimitExceeded(f"{what}: XML with a DTD or entity declarations refused ({type(exc).__name__})") from exc
    except ParseError as exc:
        raise ExtractionError(f"{what}: malformed XML (line {exc.position[0]})") from exc


def attr(elem: Element, name: str) -> str | None:
    """An attribute by local name, whatever its namespace."""
    for key, value in elem.attrib.items():
        if local(key) == name:
            return value
    return None
