"""Specs of the file kinds: folders and files (``paths``), mailbox files (``pst``, ``mailbox_file``),
removable media."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, get_args

from pii_scanner.core.config_schema import EXAMPLE, SINGLE, Rule, one_of
from pii_scanner.core.errors import ConfigError
from pii_scanner.sources.specs.base import SourceSpec, rule

FileOrigin = Literal["local", "removable", "share", "unknown"]  # "unknown": an ad-hoc sweep of given paths


def file_origin(value: str | None) -> FileOrigin:
    """The origin of an ad-hoc paths source (a command-line choice; None: unknown)."""
    chosen = value or "unknown"
    for known in get_args(FileOrigin):
        if chosen == known:
            origin: FileOrigin = known
            return origin
    raise ConfigError(f"origin must be one of {', '.join(get_args(FileOrigin))}, got {chosen!r}")


SOME_PATHS = Rule(
    'at least one path, none empty, such as ["/srv/share"]', lambda v: bool(v) and all(p.strip() for p in v)
)


@dataclass(frozen=True, kw_only=True)
class PathsSpec(SourceSpec):
    """Folders and files on a local drive, a mounted share or an exported folder."""

    paths: tuple[str, ...] = field(
        metadata=rule(SOME_PATHS, **{SINGLE: "path", EXAMPLE: '["/srv/share", ...] (the folders or files to sweep)'})
    )
    origin: FileOrigin = field(default="local", metadata=rule(one_of("local", "removable", "share")))

    def roots(self) -> tuple[str, ...]:
        return self.paths


@dataclass(frozen=True, kw_only=True)
class MailboxFilesSpec(PathsSpec):
    """Exported mailboxes (PST/OST/MBOX/EML/MSG); folders are searched for mail files only."""


@dataclass(frozen=True, kw_only=True)
class RemovableSpec(SourceSpec):
    """Every removable medium mounted when the sweep runs."""
