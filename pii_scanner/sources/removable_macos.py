"""macOS: mounted volumes that diskutil reports as removable, ejectable or external; their volume UUID."""

from __future__ import annotations

import plistlib
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

Runner = Callable[[list[str]], bytes]


def _run(args: list[str]) -> bytes:
    return subprocess.run(args, capture_output=True, check=True, timeout=30).stdout


def removable_volumes(volumes: Path = Path("/Volumes"), run: Runner = _run) -> list[Path]:
    """Mount points under /Volumes whose disk is removable media or not internal."""
    found: list[Path] = []
    try:
        candidates = sorted(p for p in volumes.iterdir() if p.is_dir() and not p.is_symlink())
    except OSError:
        return []
    for volume in candidates:
        try:
            info: dict[str, Any] = plistlib.loads(run(["diskutil", "info", "-plist", str(volume)]))
        except (OSError, subprocess.SubprocessError, plistlib.InvalidFileException, ValueError):
            continue
        external = info.get("Internal") is False or info.get("DeviceLocation") == "External"
        if info.get("RemovableMedia") or info.get("Removable") or info.get("Ejectable") or external:
            found.append(Path(info.get("MountPoint") or volume))
    return found


def volume_uuid(volume: Path, run: Runner = _run) -> str | None:
    """The volume's UUID as diskutil reports it (``VolumeUUID``); None when it gives none."""
    try:
        info: dict[str, Any] = plistlib.loads(run(["diskutil", "info", "-plist", str(volume)]))
    except (OSError, subprocess.SubprocessError, plistlib.InvalidFileException, ValueError):
        return None
    found = info.get("VolumeUUID")
    return str(found) if found else None
