"""XML parsing for document formats (OOXML, ODF) through defusedxml: no DTDs, no entities.

Office and OpenDocument XML never declares a DTD, so any DOCTYPE is refused outright; that stops
billion-laughs and external-entity attacks before a single entity is expanded.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import iterparse

from pii_scanner.core.errors import ExtractionError, LimitExceeded


def local(tag: str) -> str:
    """``{namespace}name`` -> ``name``."""
    return tag.rpartition("}")[2]


def iter_events(data: bytes, what: str, events: tuple[str, ...] = ("start", "end")) -> Iterator[tuple[str, Element]]:
    """(event, element) pairs; DTDs/entities raise LimitExceeded, bad XML raises ExtractionError."""
    try:
        parser: Any = iterparse(io.BytesIO(data), events=events, forbid_dtd=True)
        yield from parser
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
