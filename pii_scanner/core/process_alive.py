"""Whether a process of this machine is still running, by its id (POSIX and Windows apart).

Used to tell an owner-only leftover of a killed process (a stale lock, a staging folder) from one a
running process still holds. On Windows ``os.kill(pid, 0)`` is no probe: signal 0 is CTRL_C_EVENT.
"""

from __future__ import annotations

import os
import sys


def pid_alive(pid: int) -> bool:
    """True when a process ``pid`` runs (or cannot be probed: kept on the safe side)."""
    if pid <= 0:
        return False
    if sys.platform == "win32":
        return _windows_alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    except OSError:
        return False
    return True


def _windows_alive(pid: int) -> bool:  # pragma: no cover - Windows only
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined,unused-ignore]
    query_limited_information, still_active = 0x1000, 259
    handle = kernel32.OpenProcess(query_limited_information, False, pid)
    if not handle:
        return bool(kernel32.GetLastError() == 5)  # access denied: it exists
    try:
        code = ctypes.c_ulong()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return code.value == still_active
    finally:
        kernel32.CloseHandle(handle)
