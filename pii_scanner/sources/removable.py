"""Mounted removable media (USB keys, SD cards, external disks): where they are, on any platform.

``find_removable()`` returns the mount points; ``removable_items()`` yields their files as items
with origin "removable", so personal data found there gets the ``removable_media`` flag. The
platform code lives in removable_linux / removable_windows / removable_macos.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

from pii_scanner.core.model import Item
from pii_scanner.sources.files import iter_files


def find_removable() -> list[Path]:
    """Mount points of removable media on this machine (empty when none or unknown platform)."""
    if sys.platform.startswith("linux"):
        from pii_scanner.sources.removable_linux import removable_mounts

        return removable_mounts()
    if sys.platform == "win32":
        from pii_scanner.sources.removable_windows import removable_drives

        return removable_drives()
    if sys.platform == "darwin":
        from pii_scanner.sources.removable_macos import removable_volumes

        return removable_volumes()
    return []


def removable_items(mounts: list[Path] | None = None, source: str = "removable") -> Iterator[Item]:
    """Every file on the given (default: all found) removable media, marked origin "removable"."""
    roots = find_removable() if mounts is None else mounts
    return iter_files([str(p) for p in roots], origin="removable", source=source)
