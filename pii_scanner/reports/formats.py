"""The one renderer contract every report follows: ``render(document, fmt) -> bytes``.

A report module lists its renderers in a mapping format -> function(document) -> bytes and calls
:func:`render_as`; an unknown format is the same :class:`UnknownFormat` (a configuration error,
exit 2) whichever report was asked for.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TypeVar

from pii_scanner.core.errors import ConfigError

T = TypeVar("T")
Renderer = Callable[[T], bytes]


class UnknownFormat(ConfigError):
    """A report or output format that the report does not have."""


def check_format(fmt: str, formats: Sequence[str], what: str) -> str:
    if fmt not in formats:
        raise UnknownFormat(f"{what} format must be one of {', '.join(formats)} (got {fmt!r})")
    return fmt


def render_as(renderers: Mapping[str, Callable[[T], bytes]], document: T, fmt: str, what: str) -> bytes:
    """Render ``document`` with the renderer registered for ``fmt``."""
    check_format(fmt, list(renderers), what)
    return renderers[fmt](document)
