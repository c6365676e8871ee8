"""Mounted removable media (USB keys, SD cards, external disks): where they are, on any platform.

``find_removable()`` returns the mount points; ``removable_items()`` yields their files as items
with origin "removable", so personal data found there gets the ``removable_media`` flag. The
platform code lives in removable_linux / removable_windows / removable_macos.

Two keys mounted one after the other at the same place (``/media/usb``, ``E:``) are two media: where the
platform gives the volume's identity (file-system UUID or serial: ``volume_of``), it is part of each item's
location, ``removable://<volume>/<path>``, and so of its identity in the index. Without one the location
is the file's URI, as for any file.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from urllib.parse import quote

from pii_scanner.core.model import Item
from pii_scanner.sources.files import iter_files
from pii_scanner.sources.mounts import find_removable


def volume_of(mount: Path) -> str | None:
    """The identity of the medium mounted at ``mount`` (file-system UUID / volume serial), or None."""
    if sys.platform.startswith("linux"):
        from pii_scanner.sources.removable_linux import volume_id

        return volume_id(mount)
    if sys.platform == "win32":
        from pii_scanner.sources.removable_windows import volume_serial

        return volume_serial(mount)
    if sys.platform == "darwin":
        from pii_scanner.sources.removable_macos import volume_uuid

        return volume_uuid(mount)
    return None


def volume_location(path: str, volume: str) -> str:
    """``removable://<volume>/<path>``: the file's URI with the medium's identity as its authority (the
    console's reveal, web/reveal.py, turns a file's URI into this form the same way)."""
    return f"removable://{quote(volume, safe='-')}{Path(path).absolute().as_uri().removeprefix('file://')}"


def removable_items(mounts: list[Path] | None = None, source: str = "removable") -> Iterator[Item]:
    """Every file on the given (default: all found) removable media, marked origin "removable"."""
    roots = find_removable() if mounts is None else mounts
    for root in roots:
        volume = volume_of(root)
        for item in iter_files([str(root)], origin="removable", source=source):
            yield replace(item, location=volume_location(item.path, volume)) if volume else item
