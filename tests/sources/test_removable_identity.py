"""Two USB keys mounted one after the other at the same path are two media in the index: the volume's
identity (file-system UUID / serial, read by each platform's own module) is part of the location of
removable items, so their files never share an identity, one key's items are not overwritten by the
other's, and neither is marked removed while unplugged."""

from __future__ import annotations

import plistlib
from pathlib import Path

import pytest

from pii_scanner.core.config import ScanConfig
from pii_scanner.sources import removable
from pii_scanner.sources.removable_linux import volume_id
from pii_scanner.sources.removable_macos import volume_uuid
from pii_scanner.sources.removable_windows import volume_serial
from pii_scanner.store import open_store
from pii_scanner.sweeps.engine import sweep


def test_linux_volume_id_is_the_file_system_uuid(tmp_path: Path) -> None:
    dev = tmp_path / "dev"
    dev.mkdir()
    (dev / "sdb1").write_text("")
    (dev / "sdc1").write_text("")
    by_uuid = dev / "disk" / "by-uuid"
    by_uuid.mkdir(parents=True)
    (by_uuid / "1A2B-3C4D").symlink_to("../../sdb1")
    (by_uuid / "9f3c1e2a-aaaa-bbbb-cccc-0123456789ab").symlink_to(dev / "sdc1")
    mounts = tmp_path / "mounts"
    mounts.write_text(
        f"{dev / 'sdb1'} /media/user/USB\\040KEY vfat rw 0 0\n"
        f"{dev / 'sdc1'} /media/user/disk ext4 rw 0 0\n"
        "/dev/sdd1 /media/user/nouuid vfat rw 0 0\n"
    )
    assert volume_id(Path("/media/user/USB KEY"), mounts, by_uuid) == "1A2B-3C4D"
    assert volume_id(Path("/media/user/disk"), mounts, by_uuid) == "9f3c1e2a-aaaa-bbbb-cccc-0123456789ab"
    assert volume_id(Path("/media/user/nouuid"), mounts, by_uuid) is None
    assert volume_id(Path("/not/mounted"), mounts, by_uuid) is None


def test_macos_and_windows_volume_ids() -> None:
    info = {"VolumeUUID": "5E1D6A0C-0000-4B1A-9C3E-1234567890AB", "MountPoint": "/Volumes/KINGSTON"}
    assert volume_uuid(Path("/Volumes/KINGSTON"), lambda _args: plistlib.dumps(info)) == info["VolumeUUID"]
    assert volume_uuid(Path("/Volumes/X"), lambda _args: plistlib.dumps({})) is None
    assert volume_serial(Path("E:\\"), lambda _root: 0x1A2B3C4D) == "1A2B-3C4D"
    assert volume_serial(Path("F:\\"), lambda _root: None) is None


def test_two_keys_at_one_mount_point_are_two_media(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    mount = tmp_path / "media" / "usb"
    plugged: dict[str, str] = {}
    monkeypatch.setattr(removable, "find_removable", lambda: [mount])
    monkeypatch.setattr(removable, "volume_of", lambda path: plugged.get(str(path)))
    config = tmp_path / "sweep.toml"
    db = tmp_path / "i.sqlite3"
    config.write_text(f'[store]\ndb = "{db}"\n[[sources]]\ntype = "removable"\nname = "usb"\n', encoding="utf-8")

    def insert(volume: str, cpr: str) -> None:
        mount.mkdir(parents=True, exist_ok=True)
        (mount / "liste.txt").write_text(f"Medarbejder CPR-nr.: {cpr}\n", encoding="utf-8")
        plugged[str(mount)] = volume

    insert("1A2B-3C4D", "070761-4285")
    assert sweep(config_path=config, db=str(db), config=ScanConfig(workers=1), notify=False).exit_code == 1
    insert("5E6F-7A8B", "010190-1228")  # the other key, same mount point, same file name
    assert sweep(config_path=config, db=str(db), config=ScanConfig(workers=1), notify=False).exit_code == 1
    with open_store(str(db)) as store:
        items = [r for r in store.rows("items") if r["removed_at"] is None]
        assert len(items) == 2, [r["location"] for r in items]  # one per key, neither overwritten nor removed
        assert len({r["location_key"] for r in items}) == 2
        assert {r["location"].split("/")[2] for r in items} == {"1A2B-3C4D", "5E6F-7A8B"}
        assert len(store.rows("findings")) == 2
    # The console's reveal reads the key that is plugged in now, proven by the item's identity.
    from pii_scanner.web.reveal import RevealError, reveal_value

    with open_store(str(db)) as store:
        for row in store.rows("items"):
            finding = next(f for f in store.rows("findings") if f["item_id"] == row["id"])
            if "5E6F-7A8B" in row["location"]:
                assert reveal_value(store, row, finding["fingerprint"]) == "010190-1228"
            else:  # the other key's file at that path is not this item: never shown as if it were
                with pytest.raises(RevealError):
                    reveal_value(store, row, finding["fingerprint"])
