"""Typed specs of configured sources: what every ``[[sources]]`` table has, and the file kinds' own keys.

``parse_spec`` turns one TOML table into a typed spec and says in one line what is wrong (the
source, the key, what was expected). The keys every kind shares are typed fields; a kind's own
keys that are not modelled here (mail servers, databases, Microsoft 365) stay in ``options`` and are
read by that kind's module.

>>> spec = parse_spec({"type": "paths", "name": "share", "paths": ["/srv/share"], "origin": "share"})
>>> spec.paths, spec.origin
(('/srv/share',), 'share')
>>> parse_spec({"type": "paths", "name": "x", "paths": "/srv/share"})
Traceback (most recent call last):
    ...
pii_scanner.core.errors.ConfigError: source x: paths must be a list of folders, got a string
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from pii_scanner.core.errors import ConfigError
from pii_scanner.core.model import Origin

ORIGINS: tuple[Origin, ...] = ("local", "removable", "share", "unknown")


@dataclass(frozen=True)
class SourceSpec:
    """Keys every source kind has; ``options`` are the kind's own keys as given."""

    type: str
    name: str
    jurisdiction: str | None = None
    options: Mapping[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        """The TOML-shaped table (for kinds that still read their own keys from a mapping)."""
        out: dict[str, Any] = {**self.options, "type": self.type, "name": self.name}
        if self.jurisdiction is not None:
            out["jurisdiction"] = self.jurisdiction
        return out


@dataclass(frozen=True)
class PathsSpec(SourceSpec):
    """Folders and files on a local drive, a mounted share or an exported folder."""

    paths: tuple[str, ...] = ()
    origin: Origin = "local"

    def as_dict(self) -> dict[str, Any]:
        return {**super().as_dict(), "paths": list(self.paths), "origin": self.origin}


@dataclass(frozen=True)
class RemovableSpec(SourceSpec):
    """Every removable medium mounted when the sweep runs."""


def _text(raw: Mapping[str, Any], key: str, name: str, default: str | None = None) -> str | None:
    value = raw.get(key, default)
    if value is not None and not isinstance(value, str):
        raise ConfigError(f"source {name}: {key} must be text, got {type(value).__name__}")
    return value


def _paths(raw: Mapping[str, Any], name: str) -> tuple[str, ...]:
    if "paths" in raw:
        value = raw["paths"]
        if isinstance(value, str):
            raise ConfigError(f"source {name}: paths must be a list of folders, got a string")
        if not isinstance(value, list) or not all(isinstance(p, str) and p for p in value):
            raise ConfigError(f"source {name}: paths must be a list of folder names")
        paths = tuple(value)
    elif "path" in raw:
        single = raw["path"]
        if not isinstance(single, str) or not single:
            raise ConfigError(f"source {name}: path must be a folder name")
        paths = (single,)
    else:
        paths = ()
    if not paths:
        raise ConfigError(f"source {name}: 'paths' is required")
    return paths


def parse_spec(raw: Mapping[str, Any] | SourceSpec) -> SourceSpec:
    """A typed spec from one ``[[sources]]`` table (a spec is returned as it is)."""
    if isinstance(raw, SourceSpec):
        return raw
    kind = _text(raw, "type", "?", "paths") or "paths"
    name = _text(raw, "name", "?") or kind
    jurisdiction = _text(raw, "jurisdiction", name)
    own = {k: v for k, v in raw.items() if k not in ("type", "name", "jurisdiction")}
    if kind == "paths":
        origin = _text(raw, "origin", name, "local")
        if origin not in ORIGINS:
            raise ConfigError(f"source {name}: origin must be local, removable or share, got {origin!r}")
        options = {k: v for k, v in own.items() if k not in ("paths", "path", "origin")}
        return PathsSpec(kind, name, jurisdiction, options, _paths(raw, name), origin)
    if kind == "removable":
        return RemovableSpec(kind, name, jurisdiction, own)
    return SourceSpec(kind, name, jurisdiction, own)
