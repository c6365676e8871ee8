"""Linux: removable media from /proc/mounts and sysfs; a medium's identity from /dev/disk/by-uuid.

A mounted block device counts as removable when its disk says so (``/sys/block/<disk>/removable``
is 1: SD cards, many USB keys) or when the disk hangs off a USB bus (USB disks and most keys report
removable=0). Pseudo and network file systems are ignored.
"""

from __future__ import annotations

import os
from pathlib import Path

_VIRTUAL_FS = frozenset(
    {
        "proc",
        "sysfs",
        "tmpfs",
        "devtmpfs",
        "devpts",
        "cgroup",
        "cgroup2",
        "overlay",
        "squashfs",
        "nfs",
        "nfs4",
        "cifs",
        "smb3",
        "fuse.sshfs",
        "autofs",
        "mqueue",
        "debugfs",
        "tracefs",
        "securityfs",
        "pstore",
        "bpf",
        "configfs",
        "fusectl",
    }
)


def _unescape(field: str) -> str:
    """/proc/mounts escapes space, tab, newline and backslash as octal (\\040...)."""
    out, i = [], 0
    while i < len(field):
        if field[i] == "\\" and i + 3 < len(field) and field[i + 1 : i + 4].isdigit():
            out.append(chr(int(field[i + 1 : i + 4], 8)))
            i += 4
        else:
            out.append(field[i])
            i += 1
    return "".join(out)


def disk_of(device: str, sys_root: Path) -> str | None:
    """The whole-disk name of a partition or disk device (sdb1 -> sdb, mmcblk0p1 -> mmcblk0)."""
    name = os.path.basename(os.path.realpath(device)) if device.startswith("/dev/") else ""
    if not name:
        return None
    if (sys_root / "block" / name).exists():
        return name
    entry = sys_root / "class" / "block" / name
    try:
        parent = entry.resolve().parent.name
    except OSError:
        return None
    return parent if (sys_root / "block" / parent).exists() else None


def is_removable_disk(disk: str, sys_root: Path) -> bool:
    base = sys_root / "block" / disk
    try:
        if (base / "removable").read_text().strip() == "1":
            return True
    except OSError:
        pass
    try:
        return "/usb" in str((base / "device").resolve())
    except OSError:
        return False


PROC_MOUNTS = Path("/proc/mounts")
_NETWORK_FS = frozenset(
    {"nfs", "nfs4", "cifs", "smb3", "smbfs", "fuse.sshfs", "afs", "ceph", "fuse.glusterfs", "davfs", "fuse.davfs2"}
)


def network_mounts(proc_mounts: Path | None = None) -> list[Path]:
    """Mount points of network file systems (NFS, SMB, SSHFS, ...), in mount order: a share's files."""
    try:
        lines = (proc_mounts or PROC_MOUNTS).read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return []
    found: list[Path] = []
    for line in lines:
        fields = line.split()
        if len(fields) >= 3 and fields[2] in _NETWORK_FS and Path(_unescape(fields[1])) not in found:
            found.append(Path(_unescape(fields[1])))
    return found


def removable_mounts(proc_mounts: Path = Path("/proc/mounts"), sys_root: Path = Path("/sys")) -> list[Path]:
    """Mount points whose device is a removable or USB disk, in mount order, without duplicates."""
    try:
        lines = proc_mounts.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return []
    found: list[Path] = []
    for line in lines:
        fields = line.split()
        if len(fields) < 3 or fields[2] in _VIRTUAL_FS or not fields[0].startswith("/dev/"):
            continue
        disk = disk_of(fields[0], sys_root)
        if disk is None or disk.startswith(("loop", "ram", "zram", "dm-")):
            continue
        mount = Path(_unescape(fields[1]))
        if is_removable_disk(disk, sys_root) and mount not in found:
            found.append(mount)
    return found


def volume_id(
    mount: Path, proc_mounts: Path = Path("/proc/mounts"), by_uuid: Path = Path("/dev/disk/by-uuid")
) -> str | None:
    """The file-system UUID (FAT/exFAT: the volume serial) of the device mounted at ``mount``, as udev
    names it in /dev/disk/by-uuid; None when the mount, its device or such a name is not found."""
    try:
        lines = proc_mounts.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    device = None
    for line in lines:  # the last mount at a path is the one in use
        fields = line.split()
        if len(fields) >= 2 and Path(_unescape(fields[1])) == mount:
            device = fields[0]
    if device is None:
        return None
    target = os.path.realpath(device)
    try:
        names = sorted(os.listdir(by_uuid))
    except OSError:
        return None
    for name in names:
        if os.path.realpath(by_uuid / name) == target:
            return name
    return None
