"""Mailbox files as a sweep source (``type = "pst"`` or ``"mailbox_file"``): PST/OST/MBOX/EML/MSG files.

The files are ordinary file items; the extractors open them (each message a child item). Folders
given in ``paths`` are searched for mail files only, so a sweep of exported mailboxes skips the rest.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pii_scanner.core.config import ScanConfig
from pii_scanner.core.errors import ConfigError
from pii_scanner.core.model import Item
from pii_scanner.core.state import SourceState
from pii_scanner.sources.files import iter_files
from pii_scanner.sources.registry import Source

MAIL_SUFFIXES = frozenset({".pst", ".ost", ".mbox", ".mbx", ".eml", ".msg"})


def open_mailbox_files(spec: dict[str, Any], config: ScanConfig, state: SourceState) -> Source:
    paths = spec.get("paths") or ([spec["path"]] if "path" in spec else [])
    name = str(spec.get("name") or (paths[0] if paths else "mailbox files"))
    if not paths:
        raise ConfigError(f"source {name}: 'paths' (or 'path') is required")
    origin = spec.get("origin", "local")
    if origin not in ("local", "removable", "share", "unknown"):
        raise ConfigError(f"source {name}: origin must be local, removable or share")
    resolved = [str(Path(p).expanduser()) for p in paths]
    explicit = {str(Path(p)) for p in resolved if not Path(p).is_dir()}

    def items() -> Iterator[Item]:
        for item in iter_files(resolved, origin=origin, source=name):
            if item.path in explicit or Path(item.path).suffix.lower() in MAIL_SUFFIXES:
                yield item

    return Source(name, str(spec.get("type", "pst")), items)
