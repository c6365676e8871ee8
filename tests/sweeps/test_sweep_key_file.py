"""`[scan] key_file` keys the index too: before, only `scan` used it and a sweep with the same
configuration fingerprinted with the default key, so the same CPR had two fingerprints and the index
answered to a key the configuration did not name."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

CPR = "070761-4285"


def _cli(args: list[str], env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pii_scanner", *args], env=env, cwd=cwd, capture_output=True, text=True, timeout=300
    )


def test_a_sweep_keys_its_index_with_the_configured_key_file(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "brev.txt").write_text(f"Kære Jens, dit CPR-nr. er {CPR}.\n", encoding="utf-8")
    key = tmp_path / "org.key"
    key.write_text("ab" * 32, encoding="ascii")
    key.chmod(0o600)
    db = tmp_path / "index.sqlite3"
    config = tmp_path / "sweep.toml"
    config.write_text(
        f"[scan]\nkey_file = {json.dumps(str(key))}\nworkers = 1\n[scan.ner]\nenabled = false\n"
        f'[store]\ndb = {json.dumps(str(db))}\n[[sources]]\ntype = "paths"\nname = "docs"\n'
        f"paths = [{json.dumps(str(docs))}]\n",
        encoding="utf-8",
    )
    home = tmp_path / "home"  # the default key of this account lives here, and differs from org.key
    env = {k: v for k, v in os.environ.items() if k != "PII_SCANNER_KEY"}
    env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"), XDG_DATA_HOME=str(home / ".local/share"))

    swept = _cli(["sweep", "--config", str(config), "--no-notify"], env, tmp_path)
    assert swept.returncode == 1, swept.stderr  # findings
    scanned = _cli(
        ["scan", str(docs / "brev.txt"), "--config", str(config), "--format", "jsonl", "--no-ner"], env, tmp_path
    )
    assert scanned.returncode == 1, scanned.stderr
    (from_scan,) = [r["fingerprint"] for r in map(json.loads, scanned.stdout.splitlines()) if r["record"] == "finding"]
    with sqlite3.connect(db) as conn:
        in_index = [row[0] for row in conn.execute("SELECT fingerprint FROM findings WHERE entity_type = 'DK_CPR'")]
    assert in_index == [from_scan]

    # A verb run under this account's own default key cannot match anything in that index: refused, not "clean".
    other = _cli(["search", "--db", str(db), "--cpr", CPR], env, tmp_path)
    assert other.returncode == 2 and "fingerprint key" in other.stderr
    assert CPR not in other.stderr + other.stdout
