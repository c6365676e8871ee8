"""`[scan.detect] recognizers_dir` names the user's own copy of the recognizers data. A file there that is no YAML,
of the wrong shape, missing, or with an alias inside itself made `scan` exit 70 ("a bug") and `sweep` fail every
source (exit 4) after making the index: bad configuration is one line naming the folder, exit 2, nothing written."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from pii_scanner.core.resources import data_dir

BROKEN = {
    "not yaml": ("special_categories.yaml", "x: [unclosed\n"),
    "wrong shape": ("doc_types.yaml", "types: 5\n"),
    "a number": ("special_categories.yaml", "5\n"),
    "alias inside itself": ("special_categories.yaml", "a: &a [*a]\n"),
    "missing": ("risk.yaml", None),
}


def _folder(tmp_path: Path, case: str) -> Path:
    folder = tmp_path / "rec"
    shutil.copytree(data_dir("recognizers"), folder)
    name, text = BROKEN[case]
    if text is None:
        (folder / name).unlink()
    else:
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_bad_recognizers_data_is_a_configuration_error(tmp_path: Path, cli: list[str], case: str) -> None:
    folder = _folder(tmp_path, case)
    share = tmp_path / "share"
    share.mkdir()
    (share / "a.txt").write_text("CPR 070761-4285\n", encoding="utf-8")
    config = tmp_path / "c.toml"
    config.write_text(
        f'[scan.detect]\nrecognizers_dir = "{folder}"\n[[sources]]\ntype = "paths"\nname = "s"\npaths = ["{share}"]\n',
        encoding="utf-8",
    )
    scan = subprocess.run([*cli, "scan", str(share), "--config", str(config)], capture_output=True, text=True)
    assert scan.returncode == 2, scan.stderr
    assert "recognizers_dir" in scan.stderr and "internal_error" not in scan.stderr and "Traceback" not in scan.stderr
    assert len(scan.stderr.strip().splitlines()) == 1 and scan.stdout == ""
    db = tmp_path / "i.db"
    sweep = subprocess.run([*cli, "sweep", "--config", str(config), "--db", str(db)], capture_output=True, text=True)
    assert sweep.returncode == 2 and "recognizers_dir" in sweep.stderr, sweep.stderr
    assert not db.exists()


def test_a_good_copy_is_read(tmp_path: Path, cli: list[str]) -> None:
    folder = tmp_path / "rec"
    shutil.copytree(data_dir("recognizers"), folder)
    (tmp_path / "a.txt").write_text("CPR 070761-4285\n", encoding="utf-8")
    config = tmp_path / "c.toml"
    config.write_text(f'[scan.detect]\nrecognizers_dir = "{folder}"\n', encoding="utf-8")
    scan = subprocess.run([*cli, "scan", str(tmp_path / "a.txt"), "--config", str(config)], capture_output=True)
    assert scan.returncode == 1, scan.stderr
