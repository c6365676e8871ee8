"""The one table of configured source kinds (``[[sources]]`` entries of a sweep config).

A source kind is a function ``(spec, config, state) -> Source``. ``spec`` is the typed spec of
one source (its kind's class in ``sources/specs``: ``type``, ``name`` and the kind's own keys).
Sources of mail servers use ``state`` to read only what changed (they yield tombstones, items
with ``deleted=True``, for messages that disappeared); file sources list everything
(``complete_listing``), and the sweep marks what it did not see as removed.
"""

from __future__ import annotations

import difflib
import os
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pii_scanner.core.config import ScanConfig, load_config
from pii_scanner.core.config_schema import source_label
from pii_scanner.core.errors import ConfigError, SourceUnavailable
from pii_scanner.core.model import Item
from pii_scanner.core.state import SourceState
from pii_scanner.core.user_paths import expand_user
from pii_scanner.sources.files import iter_files
from pii_scanner.sources.specs import PathsSpec, RemovableSpec, SourceSpec, parse_spec


@dataclass
class Source:
    name: str
    kind: str
    items: Callable[[], Iterator[Item]]
    complete_listing: bool = True  # True: items not yielded this time are gone


# A factory gets the spec of its kind (sources/specs: SPEC_CLASSES; a plug-in kind a GenericSpec).
SourceFactory = Callable[[Any, ScanConfig, SourceState], Source]


def _paths(given: SourceSpec, config: ScanConfig, state: SourceState) -> Source:
    spec = given if isinstance(given, PathsSpec) else _as_paths(given)
    name = spec.name
    resolved = [str(expand_user(p)) for p in spec.paths]

    def items() -> Iterator[Item]:
        # A root that is not there (an unmounted share, a moved folder) is not an empty folder:
        # the source fails and nothing it held is marked removed.
        for root in resolved:
            if root != "-" and not os.path.lexists(root):
                raise SourceUnavailable(f"source {name}: {root} does not exist (not mounted or moved?)")
        if len(resolved) > 1:  # one root: the mass-removal share holds an emptied root already
            _check_emptied_roots(name, resolved, state, allow=config.sweep.allow_mass_removal)
        return iter_files(resolved, origin=spec.origin, source=name, key_file=config.key_file)

    return Source(name, "paths", items)


def _check_emptied_roots(name: str, roots: list[str], state: SourceState, *, allow: bool) -> None:
    """A root of several that held files at the last complete sweep and is now an empty folder (the
    mount point of an unmounted share) fails the source: its items may be a small share of the
    source's, under ``max_removed_share``, and would all be marked removed. The state is committed
    only when the sweep of the source completes, so a held root stays held until it is filled again
    or ``--allow-mass-removal`` is given."""
    for root in roots:
        if root == "-" or not os.path.isdir(root):
            continue
        key = "root-held-files:" + root  # the store hashes state keys (no plaintext path)
        try:
            with os.scandir(root) as listing:
                empty = next(listing, None) is None
        except OSError:
            continue  # the walk reports a folder it cannot list (the source fails there)
        if not empty:
            state.set(key, "1")
        elif state.get(key) and not allow:
            raise SourceUnavailable(
                f"source {name}: {root} is empty but held files at the last sweep (not mounted?); nothing "
                "of the source is marked removed (rerun with --allow-mass-removal if they were deleted)"
            )
        else:
            state.delete(key)


def _as_paths(spec: SourceSpec) -> PathsSpec:
    """A plug-in kind that wraps this one (its factory calls ``SOURCE_KINDS["paths"]``) is read as paths."""
    typed = parse_spec({**spec.as_table(), "type": "paths"})
    assert isinstance(typed, PathsSpec)  # the "paths" kind parses to PathsSpec
    return typed


def _removable(spec: RemovableSpec, config: ScanConfig, state: SourceState) -> Source:
    """Every mounted removable medium (USB keys, SD cards) found when the sweep runs."""
    from pii_scanner.sources.removable import removable_items

    name = spec.name
    # Not a complete listing: an unplugged key must not make its files look deleted.
    return Source(name, "removable", lambda: removable_items(source=name), complete_listing=False)


def _lazy(module: str, function: str) -> SourceFactory:
    """A factory imported on first use (mail sources import this module; avoid the cycle)."""

    def factory(spec: SourceSpec, config: ScanConfig, state: SourceState) -> Source:
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


def _known(kind: object, where: str, file: str) -> None:
    if kind not in SOURCE_KINDS:
        close = difflib.get_close_matches(str(kind), list(SOURCE_KINDS), n=1)
        hint = f"did you mean {close[0]}?" if close else f"known: {', '.join(sorted(SOURCE_KINDS))}"
        raise ConfigError(f"{file}: {where}.type: unknown source type {kind!r}; {hint}")


def parse_sources(tables: Sequence[Mapping[str, Any]], file: str, *, known_kinds: bool = True) -> list[SourceSpec]:
    """The typed specs of a file's [[sources]] tables; a kind no factory handles (unless
    ``known_kinds`` is off: then it fails when opened, as one failed source), an unknown key, a wrong
    type or value is ONE line (file, key, what was expected), before anything runs."""
    specs: list[SourceSpec] = []
    for n, table in enumerate(tables):
        where = source_label(n, table)
        if known_kinds:
            _known(table.get("type", "paths"), where, file)
        specs.append(parse_spec(table, where=where, file=file))
    return specs


def load_sweep_config(path: str | Path) -> tuple[ScanConfig, dict[str, Any], list[SourceSpec]]:
    """``core.config.load_config`` plus every [[sources]] table checked by its kind's typed spec."""
    config, doc = load_config(path)
    return config, doc, parse_sources(doc.get("sources", []), str(path))


def open_source(spec: Mapping[str, Any] | SourceSpec, config: ScanConfig, state: SourceState) -> Source:
    """The source of one typed spec (or ``[[sources]]`` table, checked here)."""
    typed = parse_spec(spec)
    factory = SOURCE_KINDS.get(typed.type)
    if factory is None:
        raise ConfigError(f"unknown source type {typed.type!r}; known: {', '.join(sorted(SOURCE_KINDS))}")
    return factory(typed, config, state)
