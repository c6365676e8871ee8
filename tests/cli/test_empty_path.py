"""An empty PATH (a script's unset variable: ``pii-scanner scan "$DIR"``) is a usage error, exit 2: read
as a path it was the current folder, scanned, or swept into the index, without anyone asking."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest


def _env() -> dict[str, str]:
    # The children run in another folder: a relative PYTHONPATH (this checkout) must still point here.
    given = os.environ.get("PYTHONPATH", "")
    return {**os.environ, "PYTHONPATH": os.pathsep.join(str(Path(p).resolve()) for p in given.split(os.pathsep) if p)}


@pytest.mark.parametrize("verb", ["scan", "sweep"])
@pytest.mark.parametrize("given", ["", " ", "\t"])
def test_an_empty_path_is_a_usage_error_not_the_current_folder(
    cli: list[str], tmp_path: Path, verb: str, given: str
) -> None:
    here = tmp_path / "cwd"
    here.mkdir()
    (here / "a.txt").write_text("Kunde CPR 070761-4285\n", encoding="utf-8")
    db = tmp_path / "index.sqlite3"
    extra = ["--no-ner"] + (["--db", str(db)] if verb == "sweep" else [])
    done = subprocess.run([*cli, verb, given, *extra], cwd=here, capture_output=True, timeout=300, env=_env())
    assert done.returncode == 2, done.stderr[-500:]
    assert done.stdout == b""
    assert b"empty PATH" in done.stderr and b"Traceback" not in done.stderr
    assert not db.exists()


def test_dot_still_scans_the_current_folder(cli: list[str], tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Kunde CPR 070761-4285\n", encoding="utf-8")
    done = subprocess.run([*cli, "scan", ".", "--no-ner"], cwd=tmp_path, capture_output=True, timeout=300, env=_env())
    assert done.returncode == 1, done.stderr[-500:]
