"""XML parsing for document formats (OOXML, ODF) through defusedxml: no DTDs, no entities.

Office and OpenDocument XML never declares a DTD, so any DOCTYPE is refused outright; that stops
billion-laughs and external-entity attacks before a single entity is expanded.

A large part is parsed from a stream (a zip member being decompressed) with ``prune``: an element
is detached from its parent once the caller has seen its end, so the tree never grows with the
document (iterparse alone keeps every element it built, cleared or not, under the root).

A part whose prolog shows it cannot hold a DTD (UTF-8, no DOCTYPE before its first element: every
Office and OpenDocument part) is parsed by the C parser, ~2-5x faster per element: a DTD can only stand
before the first element, and without one no entity can be declared, so defusedxml would refuse nothing
there and both parsers build the same elements, events and errors (tests/extract/test_xmlsafe.py).
Anything else (a DOCTYPE, UTF-16, another declared encoding, a prolog this check does not follow) goes
through defusedxml as before.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from typing import IO, Any
from xml.etree.ElementTree import Element, ParseError, XMLPullParser

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import iterparse

from pii_scanner.core.errors import ExtractionError, LimitExceeded


def local(tag: str) -> str:
    """``{namespace}name`` -> ``name``."""
    return tag.rpartition("}")[2]


_CHUNK = 16 * 1024  # what iterparse reads at a time: the first chunk is the one looked at

# An XML declaration that leaves the document in UTF-8 (no encoding named, or UTF-8).
_DECL = re.compile(
    rb"""<\?xml[ \t\r\n]+version[ \t\r\n]*=[ \t\r\n]*(?:"1\.[0-9]+"|'1\.[0-9]+')"""
    rb"""(?:[ \t\r\n]+encoding[ \t\r\n]*=[ \t\r\n]*(?:"[Uu][Tt][Ff]-8"|'[Uu][Tt][Ff]-8'))?"""
    rb"""(?:[ \t\r\n]+standalone[ \t\r\n]*=[ \t\r\n]*(?:"(?:yes|no)"|'(?:yes|no)'))?"""
    rb"""[ \t\r\n]*\?>"""
)
_SPACE = re.compile(rb"[ \t\r\n]*")
# The first element's start: "<" and a name's first character (an ASCII letter, "_", ":" or any
# non-ASCII character's first UTF-8 byte).
_ELEMENT = re.compile(rb"<[A-Za-z_:\x80-\xff]")


def without_dtd(head: bytes) -> bool:
    """True when the document beginning with ``head`` is read as UTF-8 and its first element starts
    in ``head`` after only an XML declaration, comments, processing instructions and white space: no
    DTD can follow (XML allows one only before the first element). False whenever in doubt."""
    pos = 3 if head.startswith(b"\xef\xbb\xbf") else 0  # a UTF-8 byte order mark
    decl = _DECL.match(head, pos)
    if decl is not None:
        pos = decl.end()
    elif head.startswith(b"<?xml", pos) and head[pos + 5 : pos + 6] in (b" ", b"\t", b"\r", b"\n", b"?"):
        return False  # a declaration naming another encoding, or one not followed here
    while True:
        space = _SPACE.match(head, pos)
        pos = space.end() if space is not None else pos
        if head.startswith(b"<!--", pos):
            end = head.find(b"-->", pos + 4)
        elif head.startswith(b"<?", pos):
            end = head.find(b"?>", pos + 2)
        else:
            return _ELEMENT.match(head, pos) is not None
        if end < 0:
            return False
        pos = end + 3 if head[end] == 0x2D else end + 2  # past "-->" or "?>"


class _Replayed:
    """A stream that hands out ``first`` (the chunk already read from ``rest``) and then ``rest``:
    iterparse reads the same chunks as from ``rest`` alone."""

    def __init__(self, first: bytes, rest: IO[bytes] | None) -> None:
        self.first: bytes | None = first
        self.rest = rest

    def read(self, size: int = -1) -> bytes:
        if self.first is not None:
            first, self.first = self.first, None
            return first
        return self.rest.read(size) if self.rest is not None else b""


_ITERPARSE_CHUNK = 16 * 1024  # what xml.etree.ElementTree.iterparse reads at a time


def _c_iterparse(source: IO[bytes] | _Replayed, events: tuple[str, ...]) -> Iterator[Any]:
    """``xml.etree.ElementTree.iterparse(source, events)`` (the C parser) as iterparse runs it: the same
    chunks fed, the same events and errors at the same points. iterparse builds a class (with an ABC
    metaclass) on every call, ~30 us a part; an Office file's dozen parts paid it per file."""
    parser: XMLPullParser[Element] = XMLPullParser(events=events)  # type: ignore[arg-type]
    while True:
        yield from parser.read_events()
        data = source.read(_ITERPARSE_CHUNK)
        if not data:
            break
        parser.feed(data)
    parser.close()
    yield from parser.read_events()


def _source(data: bytes | IO[bytes]) -> tuple[IO[bytes] | _Replayed, bool]:
    """The stream to parse and whether the C parser may read it (see ``without_dtd``)."""
    if isinstance(data, (bytes, bytearray, memoryview)):
        raw = bytes(data)
        return io.BytesIO(raw), without_dtd(raw[:_CHUNK])
    first = data.read(_CHUNK)
    return _Replayed(first, data), without_dtd(first)


def iter_events(
    data: bytes | IO[bytes],
    what: str,
    events: tuple[str, ...] = ("start", "end"),
    *,
    prune: bool = False,
    whole: frozenset[str] = frozenset(),
    starts: frozenset[str] = frozenset(),
) -> Iterator[tuple[str, Element]]:
    """(event, element) pairs; DTDs/entities raise LimitExceeded, bad XML raises ExtractionError.

    ``data``: the XML's bytes or a binary stream. ``prune``: detach each element from its parent
    after its end event was handed out, except inside an element named in ``whole`` (local name),
    whose subtree stays until that element itself ends (a caller that reads a paragraph whole).
    ``starts``: with ``prune`` and only end events asked for, the start events of these elements (local
    names) are handed out too (a caller that must know it is inside one, at little cost).
    """
    try:
        source, fast = _source(data)

        def parse(wanted: tuple[str, ...]) -> Any:
            if fast:
                return _c_iterparse(source, wanted)
            return iterparse(source, events=wanted, forbid_dtd=True)

        if not prune:
            yield from parse(events)
            return
        wants_start = "start" in events
        start_tags = tuple("}" + name for name in starts)  # "{namespace}rt" ends so: no split per element
        stack: list[Element] = []
        inside = 0  # open elements named in ``whole``
        for event, elem in parse(("start", "end")):
            if event == "start":
                stack.append(elem)
                if whole and local(elem.tag) in whole:
                    inside += 1
                if wants_start or (start_tags and (elem.tag.endswith(start_tags) or elem.tag in starts)):
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
