"""A swept folder that holds the index: the index and its journal files are never read as swept data.

Found by trust5a's hunt: ``db = "idx.db"`` beside ``paths = ["."]`` swept idx.db, idx.db-wal and idx.db-shm
on every sweep (read while being written; the WAL changed, so re-read every time)."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _sweep(folder: Path) -> dict[str, int]:
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    proc = subprocess.run(
        [sys.executable, "-m", "pii_scanner", "sweep", "--db", str(folder / "idx.db"), str(folder), "--no-ner"],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert proc.returncode in (0, 1), proc.stderr
    (done,) = [json.loads(line) for line in proc.stderr.splitlines() if '"source_finished"' in line]
    return done


def test_the_index_in_a_swept_folder_is_not_swept(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Kære Jens, dit CPR-nr. er 070761-4285.\n", encoding="utf-8")
    first = _sweep(tmp_path)
    second = _sweep(tmp_path)
    assert (first["seen"], first["read"]) == (1, 1)
    assert (second["seen"], second["read"], second["removed"]) == (1, 0, 0)
    with sqlite3.connect(tmp_path / "idx.db") as conn:
        locations = [row[0] for row in conn.execute("SELECT location FROM items")]
    assert not [loc for loc in locations if "idx.db" in loc]
