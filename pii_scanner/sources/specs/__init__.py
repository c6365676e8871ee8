"""Typed specs of configured sources: one frozen dataclass per kind, and the table of them.

``parse_spec`` turns one ``[[sources]]`` table into the spec of its kind (``SPEC_CLASSES``; a
kind without one, a plug-in, gets a ``GenericSpec`` with its keys in ``options``) and says in ONE
line what is wrong: the file, the key, what was expected, the nearest valid key. ``SOURCE_KEYS``
(the keys each kind accepts) is derived from the spec classes: a new field is a new TOML key,
type-checked, with no other change.

>>> spec = parse_spec({"type": "paths", "name": "share", "paths": ["/srv/share"], "origin": "share"})
>>> spec.paths, spec.origin
(('/srv/share',), 'share')
>>> parse_spec({"type": "imap", "name": "m", "host": "h", "username": "u", "port": "993"})
Traceback (most recent call last):
    ...
pii_scanner.core.errors.ConfigError: source m: port: expected a whole number, got "993" (text)
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any

from pii_scanner.core.config_schema import check_table, toml_keys
from pii_scanner.core.errors import ConfigError
from pii_scanner.sources.specs.base import GenericSpec, SecretRef, SourceSpec
from pii_scanner.sources.specs.files import FileOrigin, MailboxFilesSpec, PathsSpec, RemovableSpec, file_origin
from pii_scanner.sources.specs.mail import DrivesSpec, EwsSpec, GraphAppSpec, GraphSpec, ImapSpec, MailSpec
from pii_scanner.sources.specs.services import DropboxSpec, SmbSpec, SqlSpec

# Kind (the ``type`` key) -> its spec class. A kind added to sources/registry.py gets its class here.
SPEC_CLASSES: Mapping[str, type[SourceSpec]] = {
    "paths": PathsSpec,
    "removable": RemovableSpec,
    "pst": MailboxFilesSpec,
    "mailbox_file": MailboxFilesSpec,
    "imap": ImapSpec,
    "ews": EwsSpec,
    "graph": GraphSpec,
    "sharepoint": DrivesSpec,
    "onedrive": DrivesSpec,
    "sql": SqlSpec,
    "smb": SmbSpec,
    "dropbox": DropboxSpec,
}

# Kind -> every TOML key it accepts (type, name and jurisdiction included).
SOURCE_KEYS: Mapping[str, frozenset[str]] = {kind: toml_keys(cls) for kind, cls in SPEC_CLASSES.items()}
_COMMON = toml_keys(SourceSpec)


def parse_spec(raw: Mapping[str, Any] | SourceSpec, *, where: str = "", file: str | None = None) -> SourceSpec:
    """The typed spec of one ``[[sources]]`` table (a spec is returned as it is).

    Errors read ``<file>: <where>.<key>: ...``; without ``file`` the source's name stands first.
    """
    if isinstance(raw, SourceSpec):
        return raw
    kind = raw.get("type", "paths")
    name = raw.get("name")
    if not isinstance(kind, str) or not kind.strip():
        raise ConfigError(f'source {name}: type must be a source type such as "paths", got {kind!r}')
    label = file or f"source {name if isinstance(name, str) else kind}"
    table = {"type": kind, "name": kind, **raw}
    cls = SPEC_CLASSES.get(kind)
    if cls is None:
        common = {k: v for k, v in table.items() if k in _COMMON}
        options = {k: v for k, v in raw.items() if k not in _COMMON}
        generic = check_table(GenericSpec, common, where, label)
        return dataclasses.replace(generic, options=options, given=dict(raw))
    spec = check_table(cls, table, where, label, what=f" for a {kind} source")
    return dataclasses.replace(spec, given=dict(raw))


__all__ = [
    "SOURCE_KEYS",
    "SPEC_CLASSES",
    "DrivesSpec",
    "DropboxSpec",
    "EwsSpec",
    "FileOrigin",
    "GenericSpec",
    "GraphAppSpec",
    "GraphSpec",
    "ImapSpec",
    "MailSpec",
    "MailboxFilesSpec",
    "PathsSpec",
    "RemovableSpec",
    "SecretRef",
    "SmbSpec",
    "SourceSpec",
    "SqlSpec",
    "file_origin",
    "parse_spec",
]
