"""An item's origin follows the mount it lies on: a USB key or a share mounted inside a swept folder.

A walk crosses mount points, so a USB key mounted under a swept local folder (``~/Desktop/usb``) was read as
the PC's local drive: personal data on it flagged ``local_storage``, never ``removable_media``, and an NFS/SMB
share mounted there the same. Mounts are faked as tests/sources/test_removable_media.py does (the mount table).
"""

from __future__ import annotations

import datetime
import sys
from pathlib import Path

import pytest
import sqlalchemy as sa

from pii_scanner.core.config import ScanConfig
from pii_scanner.core.model import Item
from pii_scanner.sources import iter_files, mounts, removable_linux
from pii_scanner.store import open_store
from pii_scanner.sweeps.engine import sweep
from tests.helpers.nordic_numbers import make_cpr

FAST = ScanConfig(workers=1).with_(ner__enabled=False)


@pytest.fixture
def desk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A local folder holding a USB key's mount point (``usb``) and an SMB share's (``team``)."""
    root = tmp_path / "Desktop"
    cpr = make_cpr(datetime.date(1961, 7, 7), 3)
    for rel in ("note.txt", "usb/kunder.txt", "usb/deep/more.txt", "team/liste.txt", "usbx/not_on_key.txt"):
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(f"Kunde CPR-nr.: {cpr[:6]}-{cpr[6:]}\n", encoding="utf-8")
    table = tmp_path / "mounts"
    table.write_text(f"/dev/sda1 / ext4 rw 0 0\n//srv/team {root / 'team'} cifs rw 0 0\n", encoding="utf-8")
    monkeypatch.setattr(mounts, "find_removable", lambda: [root / "usb"])
    monkeypatch.setattr(removable_linux, "PROC_MOUNTS", table, raising=False)
    return root


def _origins(items: list[Item], root: Path) -> dict[str, str]:
    return {Path(i.path).relative_to(root).as_posix(): i.origin for i in items}


def test_a_walk_gives_each_file_the_origin_of_its_mount(desk: Path) -> None:
    got = _origins(list(iter_files([desk], origin="local")), desk)
    assert got["note.txt"] == "local" and got["usbx/not_on_key.txt"] == "local"
    assert got["usb/kunder.txt"] == got["usb/deep/more.txt"] == "removable"
    assert got["team/liste.txt"] == ("share" if sys.platform.startswith("linux") else "local")


def test_a_path_on_a_key_given_itself_is_removable(desk: Path) -> None:
    assert {i.origin for i in iter_files([desk / "usb" / "kunder.txt", desk / "usb"], origin="local")} == {"removable"}


def test_a_swept_folder_flags_the_key_removable_media_not_local_storage(tmp_path: Path, desk: Path) -> None:
    db = tmp_path / "i.db"
    result = sweep([str(desk)], db=str(db), config=FAST, origin="local")
    st = open_store(str(db))
    try:
        with st.engine.connect() as conn:
            rows = conn.execute(sa.text("select path, origin, flags from items")).all()
    finally:
        st.close()
    by_name = {Path(r[0]).name: (r[1], r[2]) for r in rows}
    assert by_name["kunder.txt"][0] == "removable"
    assert "removable_media" in by_name["kunder.txt"][1] and "local_storage" not in by_name["kunder.txt"][1]
    assert "local_storage" in by_name["note.txt"][1]
    assert result.exit_code == 1
