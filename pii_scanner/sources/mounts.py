"""Mounts with an origin of their own, so that an item's origin follows the mount it lies on.

A walk crosses mount points: a USB key mounted under a swept local folder (``~/Desktop/usb``) or an NFS/SMB
share mounted there is read with the folder. Its files are then removable media or a share, not the PC's
local drive: ``removable_media`` is the flag, never ``local_storage`` (and a share's files get no local flag).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from pii_scanner.core.model import Origin

Mounts = dict[str, Origin]  # mount point (real path) -> the origin of every file below it


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


def special_mounts() -> Mounts:
    """Removable media (every platform) and, on Linux, network file systems: mount point -> origin."""
    found: Mounts = {}
    if sys.platform.startswith("linux"):
        from pii_scanner.sources.removable_linux import network_mounts

        # A diskless PC's NFS root is its own drive: the configured origin says what it is.
        found.update((os.path.realpath(m), "share") for m in network_mounts() if m != Path("/"))
    found.update((os.path.realpath(m), "removable") for m in find_removable())
    return found


def origin_at(path: Path, origin: Origin, mounts: Mounts) -> Origin:
    """The origin of ``path``: that of the innermost special mount it lies on, else ``origin``."""
    if not mounts:
        return origin
    real = os.path.realpath(path)
    best, best_len = origin, -1
    for mount, kind in mounts.items():
        if (real == mount or real.startswith(mount.rstrip(os.sep) + os.sep)) and len(mount) > best_len:
            best, best_len = kind, len(mount)
    return best


def mounts_below(root: Path, mounts: Mounts) -> dict[Path, Origin]:
    """The special mounts strictly inside the folder ``root``, spelled as the walk of ``root`` meets them
    (``root`` joined with their path relative to its real path: a symlink in ``root``'s path is kept)."""
    if not mounts:
        return {}
    real = os.path.realpath(root)
    prefix = real.rstrip(os.sep) + os.sep
    return {root / os.path.relpath(m, real): kind for m, kind in mounts.items() if m.startswith(prefix)}
