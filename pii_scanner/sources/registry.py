"""The one table of configured source kinds (``[[sources]]`` entries of a sweep config).

A source kind is a function ``(spec, config, state) -> Source``. ``spec`` is the TOML table of one
source (``type``, ``name`` and the kind's own keys). Sources of mail servers use ``state`` to read
only what changed (they yield tombstones, items with ``deleted=True``, for messages
that disappeared); file sources list everything (``complete_listing``), and the sweep marks what
it did not see as removed.
"""

from __future__ import annotations

import difflib
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pii_scanner.core.config import ScanConfig
from pii_scanner.core.errors import ConfigError, SourceUnavailable
from pii_scanner.core.model import Item
from pii_scanner.core.state import SourceState
from pii_scanner.sources.files import iter_files
from pii_scanner.sources.specs import PathsSpec, SourceSpec, parse_spec


@dataclass
class Source:
    name: str
    kind: str
    items: Callable[[], Iterator[Item]]
    complete_listing: bool = True  # True: items not yielded this time are gone


SourceFactory = Callable[[dict[str, Any], ScanConfig, SourceState], Source]


def _paths(raw: dict[str, Any], config: ScanConfig, state: SourceState) -> Source:
    spec = parse_spec({**raw, "type": "paths"})  # kinds that wrap this one read it as paths too
    assert isinstance(spec, PathsSpec)
    name = spec.name
    resolved = [str(Path(p).expanduser()) for p in spec.paths]

    def items() -> Iterator[Item]:
        # A root that is not there (an unmounted share, a moved folder) is not an empty folder:
        # the source fails and nothing it held is marked removed.
        for root in resolved:
            if root != "-" and not os.path.lexists(root):
                raise SourceUnavailable(f"source {name}: {root} does not exist (not mounted or moved?)")
        return iter_files(resolved, origin=spec.origin, source=name)

    return Source(name, "paths", items)


def _removable(raw: dict[str, Any], config: ScanConfig, state: SourceState) -> Source:
    """Every mounted removable medium (USB keys, SD cards) found when the sweep runs."""
    from pii_scanner.sources.removable import removable_items

    name = parse_spec(raw).name
    # Not a complete listing: an unplugged key must not make its files look deleted.
    return Source(name, "removable", lambda: removable_items(source=name), complete_listing=False)


def _lazy(module: str, function: str) -> SourceFactory:
    """A factory imported on first use (mail sources import this module; avoid the cycle)."""

    def factory(spec: dict[str, Any], config: ScanConfig, state: SourceState) -> Source:
        import importlib

        made: Source = getattr(importlib.import_module(module), function)(spec, config, state)
        return made

    return factory


SOURCE_KINDS: dict[str, SourceFactory] = {
    "paths": _paths,
    "removable": _removable,
    # Mail sources: keys documented in docs/mail.md.
    "imap": _lazy("pii_scanner.sources.mail.imap", "open_imap"),
    "ews": _lazy("pii_scanner.sources.mail.ews", "open_ews"),
    "graph": _lazy("pii_scanner.sources.mail.graph", "open_graph"),
    "pst": _lazy("pii_scanner.sources.mail.files", "open_mailbox_files"),
    "mailbox_file": _lazy("pii_scanner.sources.mail.files", "open_mailbox_files"),
    # Microsoft 365 files: keys documented in docs/sources.md.
    "sharepoint": _lazy("pii_scanner.sources.graph_drives", "open_sharepoint"),
    "onedrive": _lazy("pii_scanner.sources.graph_drives", "open_onedrive"),
    # Databases: keys documented in docs/sources.md.
    "sql": _lazy("pii_scanner.sources.sql", "open_sql"),
    # SMB/CIFS shares read without mounting: keys documented in docs/sources.md.
    "smb": _lazy("pii_scanner.sources.smb", "open_smb"),
    # Dropbox (user or team members, team spaces): keys documented in docs/sources.md.
    "dropbox": _lazy("pii_scanner.sources.dropbox_source", "open_dropbox"),
}


def check_kinds(specs: list[dict[str, Any]], file: str) -> None:
    """Refuse a [[sources]] table whose type no factory handles: one line, before anything runs."""
    for n, spec in enumerate(specs):
        kind = spec.get("type", "paths")
        if kind not in SOURCE_KINDS:
            close = difflib.get_close_matches(str(kind), list(SOURCE_KINDS), n=1)
            hint = f"did you mean {close[0]}?" if close else f"known: {', '.join(sorted(SOURCE_KINDS))}"
            raise ConfigError(f"{file}: sources[{n}].type: unknown source type {kind!r}; {hint}")


def open_source(spec: dict[str, Any] | SourceSpec, config: ScanConfig, state: SourceState) -> Source:
    """The source of one ``[[sources]]`` table or typed spec; its common keys are checked first."""
    typed = parse_spec(spec)
    factory = SOURCE_KINDS.get(typed.type)
    if factory is None:
        raise ConfigError(f"unknown source type {typed.type!r}; known: {', '.join(sorted(SOURCE_KINDS))}")
    return factory(typed.as_dict() if isinstance(spec, SourceSpec) else spec, config, state)
