"""Hostile (left20, item 4): the scanner's own fingerprint key is never read as an item.

`scan PATH` (with or without --removable) and `sweep PATH` read the key file when it lay under PATH: once as the
key, once as an item (its text extracted and run through detection, its name and location in the output and the
index). Now the key file in use (a configuration's `[scan] key_file`, or the default) and pii-scanner's own
settings folder (the default key, the console's session secret) are passed by, named or met in a folder; a key
file elsewhere is skipped alone (its folder may be a share full of data).
"""

from __future__ import annotations

import json
import secrets
from pathlib import Path

import pytest
from click.testing import CliRunner

from pii_scanner.cli.main import main
from pii_scanner.core.privacy import default_key_path, load_key
from pii_scanner.sources.files import iter_files
from pii_scanner.store import open_store


@pytest.fixture
def share(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path, Path]:
    """A folder holding data, the configured key file and a configuration naming it."""
    monkeypatch.delenv("PII_SCANNER_KEY", raising=False)  # the key comes from the file
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    root = tmp_path / "share"
    (root / "keys").mkdir(parents=True)
    (root / "a.txt").write_text("hej\n", encoding="utf-8")
    key = root / "keys" / "scanner.key"
    key.write_text(secrets.token_hex(32), encoding="ascii")
    key.chmod(0o600)
    (root / "keys" / "notes.txt").write_text("ikke en nøgle\n", encoding="utf-8")
    cfg = tmp_path / "scan.toml"
    cfg.write_text(f'[scan]\nkey_file = "{key}"\nworkers = 1\n[scan.ner]\nenabled = false\n', encoding="utf-8")
    return root, key, cfg


def _scanned(args: list[str]) -> tuple[int, list[dict[str, object]], str]:
    result = CliRunner().invoke(main, ["scan", *args, "--no-ner", "--format", "jsonl"])
    records = [json.loads(line) for line in result.output.splitlines() if line.startswith("{")]
    return result.exit_code, records, result.output


def test_scan_of_a_folder_holding_the_configured_key_reads_everything_else(share: tuple[Path, Path, Path]) -> None:
    root, key, cfg = share
    code, records, output = _scanned([str(root), "--config", str(cfg)])
    assert code == 0, output
    paths = {Path(str(r["path"])).name for r in records if r.get("record") == "item"}
    assert paths == {"a.txt", "notes.txt"}, paths  # the key's folder is read: only the key is passed by
    assert "scanner.key" not in output and key.read_text() not in output


def test_scan_naming_the_key_file_reads_nothing_of_it(share: tuple[Path, Path, Path]) -> None:
    root, key, cfg = share
    another_spelling = str(root / "keys" / ".." / "keys" / "scanner.key")
    _code, records, output = _scanned([str(key), another_spelling, "--config", str(cfg)])
    assert records == [] and "scanner.key" not in output, output


def test_sweep_keeps_no_item_of_the_key_file(share: tuple[Path, Path, Path], tmp_path: Path) -> None:
    root, key, cfg = share
    db = tmp_path / "index.db"
    swept = CliRunner().invoke(main, ["sweep", str(root), "--config", str(cfg), "--db", str(db)])
    assert swept.exit_code in (0, 1), swept.output
    with open_store(str(db), key_file=str(key)) as st:
        names = {Path(str(r["path"])).name for r in st.rows("items") if r["path"]}
    assert "scanner.key" not in names and {"a.txt", "notes.txt"} <= names, names


def test_the_default_settings_folder_is_passed_by(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PII_SCANNER_KEY", raising=False)
    home = tmp_path / "home"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    load_key()  # made on first use, in pii-scanner's own settings folder
    folder = default_key_path().parent
    assert folder.is_relative_to(home)
    (folder / "web-secret").write_text("s" * 48, encoding="ascii")
    (home / "brev.txt").write_text("hej\n", encoding="utf-8")
    found = [item.path for item in iter_files([home])]
    assert [Path(p).name for p in found] == ["brev.txt"], found
    assert list(iter_files([folder / "fingerprint.key", folder])) == []
