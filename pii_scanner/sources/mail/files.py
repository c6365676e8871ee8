"""Mailbox files as a sweep source (``type = "pst"`` or ``"mailbox_file"``): PST/OST/MBOX/EML/MSG files.

The files are ordinary file items; the extractors open them (each message a child item). Folders
given in ``paths`` are searched for mail files only, so a sweep of exported mailboxes skips the rest.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from pii_scanner.core.config import ScanConfig
from pii_scanner.core.model import Item
from pii_scanner.core.state import SourceState
from pii_scanner.core.user_paths import expand_user
from pii_scanner.sources.files import iter_files
from pii_scanner.sources.registry import Source
from pii_scanner.sources.specs import MailboxFilesSpec

MAIL_SUFFIXES = frozenset({".pst", ".ost", ".mbox", ".mbx", ".eml", ".msg"})


def open_mailbox_files(spec: MailboxFilesSpec, config: ScanConfig, state: SourceState) -> Source:
    name = spec.name
    resolved = [str(expand_user(p)) for p in spec.paths]
    explicit = {str(Path(p)) for p in resolved if not Path(p).is_dir()}

    def items() -> Iterator[Item]:
        for item in iter_files(resolved, origin=spec.origin, source=name, key_file=config.key_file):
            if item.path in explicit or Path(item.path).suffix.lower() in MAIL_SUFFIXES:
                yield item

    return Source(name, spec.type, items)
