"""Relative paths of every source kind in a configuration are anchored at its folder, as the built-in local
kinds' are (trust5a): a plug-in kind's `path`/`paths` (a kind wrapping `paths`, read locally) and a `sql`
source's `sqlite:///name.db`. Was: read against the cwd, so a nightly sweep from / read another (or no) file:
the sql source failed or an empty database was swept. Remote kinds (smb, dropbox) keep theirs as written. An
index that recorded a sql source with the relative url keeps it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from pii_scanner.core.config_paths import anchored_document
from pii_scanner.core.privacy import Fingerprinter
from pii_scanner.sources.registry import load_sweep_config
from pii_scanner.sources.specs import parse_spec
from pii_scanner.sweeps.engine import legacy_identity, source_identity
from tests.core.test_config_paths import CPR, _cli


def test_plug_in_and_sql_paths_are_anchored_remote_ones_not(tmp_path: Path) -> None:
    doc = {
        "sources": [
            {"type": "my_share", "name": "p", "paths": ["data", "/abs"], "path": "one"},
            {"type": "sql", "name": "q", "url": "sqlite:///hr.db"},
            {"type": "sql", "name": "r", "url": "postgresql://h/db"},
            {"type": "dropbox", "name": "d", "paths": ["Clients"]},
            {"type": "smb", "name": "s", "server": "fs", "share": "S", "paths": ["Afdeling"]},
        ]
    }
    out = anchored_document(doc, "/etc/pii")["sources"]
    assert out[0]["paths"] == ["/etc/pii/data", "/abs"] and out[0]["path"] == "/etc/pii/one"
    assert out[1]["url"] == "sqlite:////etc/pii/hr.db"
    assert out[2]["url"] == "postgresql://h/db"
    assert out[3]["paths"] == ["Clients"] and out[4]["paths"] == ["Afdeling"]


def test_a_sql_sqlite_source_is_read_from_the_configs_folder_whatever_the_cwd(tmp_path: Path) -> None:
    cfg = tmp_path / "etc"
    cfg.mkdir()
    with sqlite3.connect(cfg / "hr.db") as conn:
        conn.execute("CREATE TABLE ansatte (id INTEGER PRIMARY KEY, note TEXT)")
        conn.execute("INSERT INTO ansatte VALUES (1, ?)", (f"Jens Hansen CPR {CPR}",))
    (cfg / "k1").write_text("ab" * 32, encoding="ascii")
    (cfg / "k1").chmod(0o600)
    (cfg / "c.toml").write_text(
        '[scan]\nkey_file = "k1"\nworkers = 1\n[scan.ner]\nenabled = false\n[store]\ndb = "idx.db"\n'
        '[[sources]]\ntype = "sql"\nname = "hr"\nurl = "sqlite:///hr.db"\n',
        encoding="utf-8",
    )
    elsewhere = tmp_path / "cwd"
    elsewhere.mkdir()
    done = _cli(["sweep", "--config", str(cfg / "c.toml")], tmp_path, elsewhere)
    assert done.returncode in (0, 1), done.stderr[-2000:]
    assert '"new_findings": 1' in done.stderr, done.stderr[-2000:]  # the row read, not a missing file
    assert not (elsewhere / "hr.db").exists()
    found = _cli(["search", "--config", str(cfg / "c.toml"), "--cpr", CPR], tmp_path, Path("/"))
    assert found.returncode == 1, found.stderr[-2000:]


def test_a_sql_source_recorded_with_its_relative_url_is_found_again(tmp_path: Path) -> None:
    (tmp_path / "c.toml").write_text('[[sources]]\ntype = "sql"\nname = "q"\nurl = "sqlite:///hr.db"\n')
    old_spec = parse_spec({"type": "sql", "name": "q", "url": "sqlite:///hr.db"})
    (new_spec,) = load_sweep_config(tmp_path / "c.toml")[2]
    fp = Fingerprinter(b"k" * 32)
    assert legacy_identity(new_spec, str(tmp_path), fp) == source_identity(old_spec, fp)
