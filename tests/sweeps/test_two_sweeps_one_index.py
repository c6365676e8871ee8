"""Two sweeps of different configuration files over the same source into one index, at the same time:
the second is refused (exit 3, one line) instead of crashing on the index's unique key (exit 70) half-way;
the first ends normally and the index holds each item once."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from pii_scanner.store import open_store


def _config(path: Path, name: str, db: Path, root: Path) -> Path:
    path.write_text(f'[store]\ndb = "{db}"\n[[sources]]\ntype = "paths"\nname = "{name}"\npaths = ["{root}"]\n')
    return path


def test_a_second_configuration_sweeping_the_same_source_is_refused(cli: list[str], tmp_path: Path) -> None:
    root = tmp_path / "share"
    root.mkdir()
    for n in range(150):
        (root / f"f{n:03d}.txt").write_text("cpr 070761-4285 Jens Hansen\n" * 60, encoding="utf-8")
    db = tmp_path / "index.sqlite3"
    first_cfg = _config(tmp_path / "nightly.toml", "share", db, root)
    second_cfg = _config(tmp_path / "adhoc.toml", "the share again", db, root)
    first = subprocess.Popen(
        [*cli, "sweep", "--config", str(first_cfg)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        assert first.stderr is not None
        for line in first.stderr:  # the first sweep is under way
            if '"source_started"' in line:
                break
        second = subprocess.run(
            [*cli, "sweep", "--config", str(second_cfg)], capture_output=True, text=True, timeout=300
        )
        first.communicate(timeout=600)
    finally:
        if first.poll() is None:
            first.kill()
    assert second.returncode == 3, second.stderr
    lines = [json.loads(x) for x in second.stderr.splitlines() if x.startswith("{")]
    assert [e["event"] for e in lines] == ["error"] and "another sweep" in lines[0]["message"], second.stderr
    assert first.returncode == 1
    with open_store(str(db)) as st:
        items = st.rows("items")
        assert len(items) == 150 == len({i["location_key"] for i in items})
    again = subprocess.run([*cli, "sweep", "--config", str(second_cfg)], capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stderr  # the lock is free once the first is done; nothing new
