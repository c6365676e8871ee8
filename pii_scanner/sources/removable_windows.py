"""Windows: drive letters whose type is DRIVE_REMOVABLE (GetLogicalDrives + GetDriveTypeW via ctypes)."""

from __future__ import annotations

import string
import sys
from collections.abc import Callable
from pathlib import Path

DRIVE_REMOVABLE = 2


def removable_drives(
    logical_drives: Callable[[], int] | None = None, drive_type: Callable[[str], int] | None = None
) -> list[Path]:
    """Roots such as ``E:\\`` of removable drives. The two Win32 calls can be passed in (tests)."""
    if logical_drives is None or drive_type is None:
        import ctypes

        if sys.platform != "win32":  # ctypes.windll exists on Windows only (and is typed so)
            raise OSError("drive letters are read through kernel32, on Windows only")
        kernel32 = ctypes.windll.kernel32
        logical_drives = logical_drives or kernel32.GetLogicalDrives
        drive_type = drive_type or kernel32.GetDriveTypeW
    mask = logical_drives()
    roots = [f"{letter}:\\" for n, letter in enumerate(string.ascii_uppercase) if mask >> n & 1]
    return [Path(root) for root in roots if drive_type(root) == DRIVE_REMOVABLE]
