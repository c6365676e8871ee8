"""Windows: drive letters whose type is DRIVE_REMOVABLE (GetLogicalDrives + GetDriveTypeW via ctypes), and
a drive's volume serial number (GetVolumeInformationW)."""

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


def volume_serial(root: Path, serial_of: Callable[[str], int | None] | None = None) -> str | None:
    """The volume serial number of the drive at ``root`` as ``dir`` shows it (``1A2B-3C4D``); None when
    Windows gives none. The Win32 call can be passed in (tests)."""
    number = (serial_of or _serial_number)(str(root))
    if number is None:
        return None
    return f"{number >> 16 & 0xFFFF:04X}-{number & 0xFFFF:04X}"


def _serial_number(root: str) -> int | None:  # pragma: no cover - Windows only
    import ctypes

    if sys.platform != "win32":
        return None
    serial = ctypes.c_ulong(0)
    ok = ctypes.windll.kernel32.GetVolumeInformationW(
        ctypes.c_wchar_p(root), None, 0, ctypes.byref(serial), None, None, None, 0
    )
    return int(serial.value) if ok else None
