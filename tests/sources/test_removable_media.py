"""Removable media discovery on each platform, from real files shaped like /proc/mounts and sysfs."""

from __future__ import annotations

import plistlib
from pathlib import Path

from pii_scanner.sources.removable import removable_items
from pii_scanner.sources.removable_linux import removable_mounts
from pii_scanner.sources.removable_macos import removable_volumes
from pii_scanner.sources.removable_windows import removable_drives


def _disk(sys_root: Path, disk: str, removable: str, bus: str, parts: list[str]) -> None:
    device = sys_root / "devices" / bus / "block" / disk
    device.mkdir(parents=True)
    (device / "removable").write_text(removable + "\n")
    (device / "device").mkdir()
    (sys_root / "block").mkdir(exist_ok=True)
    (sys_root / "block" / disk).symlink_to(device)
    (sys_root / "class" / "block").mkdir(parents=True, exist_ok=True)
    (sys_root / "class" / "block" / disk).symlink_to(device)
    for part in parts:
        (device / part).mkdir()
        (sys_root / "class" / "block" / part).symlink_to(device / part)


def test_linux_mounts(tmp_path: Path) -> None:
    sys_root = tmp_path / "sys"
    _disk(sys_root, "vda", "0", "pci0000:00/virtio1", ["vda1"])  # internal disk
    _disk(sys_root, "sdb", "1", "pci0000:00/usb1/1-1", ["sdb1"])  # USB key, removable flag
    _disk(sys_root, "sdc", "0", "pci0000:00/usb2/2-1", ["sdc1"])  # USB disk, no flag but on USB
    _disk(sys_root, "mmcblk0", "1", "platform/mmc0", ["mmcblk0p1"])  # SD card
    mounts = tmp_path / "mounts"
    mounts.write_text(
        "proc /proc proc rw 0 0\n"
        "/dev/vda1 / ext4 rw 0 0\n"
        "/dev/sdb1 /media/user/USB\\040KEY vfat rw 0 0\n"
        "/dev/sdc1 /media/user/backup exfat rw 0 0\n"
        "/dev/mmcblk0p1 /media/user/sd vfat rw 0 0\n"
        "tmpfs /run tmpfs rw 0 0\n"
        "/dev/loop0 /snap/core squashfs ro 0 0\n"
    )
    found = removable_mounts(mounts, sys_root)
    assert found == [Path("/media/user/USB KEY"), Path("/media/user/backup"), Path("/media/user/sd")]


def test_linux_real_machine_does_not_fail() -> None:
    assert isinstance(removable_mounts(), list)


def test_windows_drive_types() -> None:
    types = {"C:\\": 3, "D:\\": 5, "E:\\": 2, "F:\\": 2}
    mask = (1 << 2) | (1 << 3) | (1 << 4) | (1 << 5)  # C D E F
    assert removable_drives(lambda: mask, types.__getitem__) == [Path("E:\\"), Path("F:\\")]


def test_macos_diskutil(tmp_path: Path) -> None:
    volumes = tmp_path / "Volumes"
    for name in ("Macintosh HD", "KINGSTON", "Backup"):
        (volumes / name).mkdir(parents=True)
    info = {
        "Macintosh HD": {"Internal": True, "RemovableMedia": False, "Ejectable": False},
        "KINGSTON": {"Internal": False, "RemovableMedia": True, "Ejectable": True},
        "Backup": {"Internal": False, "RemovableMedia": False, "Ejectable": True},
    }

    def diskutil(args: list[str]) -> bytes:
        name = Path(args[-1]).name
        return plistlib.dumps({**info[name], "MountPoint": args[-1]})

    assert removable_volumes(volumes, diskutil) == [volumes / "Backup", volumes / "KINGSTON"]


def test_removable_items_are_marked(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("x")
    items = list(removable_items([tmp_path]))
    assert [i.origin for i in items] == ["removable"]
