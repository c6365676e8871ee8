"""Relative paths in a configuration file are relative to the file's folder, not to the cwd.

A nightly sweep runs in / (systemd) or $HOME (cron, Task Scheduler): read against the cwd, ``db = "idx.db"``
and ``paths = ["data"]`` swept another folder into another index, silently (trustred4c F1). An index swept
before this rule from the configuration's folder keeps its sources (no item seen as removed or new)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from pii_scanner.core.config import load_config, load_sweep_file
from pii_scanner.core.privacy import Fingerprinter
from pii_scanner.sources.registry import load_sweep_config
from pii_scanner.store import open_store
from pii_scanner.sweeps.engine import legacy_identity, source_identity

CPR = "070761-4285"
ROOT = Path(__file__).resolve().parents[2]


def _env(tmp_path: Path) -> dict[str, str]:
    home = tmp_path / "home"
    env = {k: v for k, v in os.environ.items() if k not in ("PII_SCANNER_KEY", "PII_SCANNER_DB")}
    env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"), XDG_DATA_HOME=str(home / ".local/share"))
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def _cli(args: list[str], tmp_path: Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pii_scanner", *args],
        env=_env(tmp_path),
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=300,
    )


def _folder(tmp_path: Path) -> Path:
    cfg = tmp_path / "etc"
    (cfg / "data").mkdir(parents=True)
    (cfg / "data" / "brev.txt").write_text(f"Kære Jens, dit CPR-nr. er {CPR}.\n", encoding="utf-8")
    (cfg / "data" / "b.txt").write_text("intet her\n", encoding="utf-8")
    (cfg / "k1").write_text("ab" * 32, encoding="ascii")
    (cfg / "k1").chmod(0o600)
    (cfg / "c.toml").write_text(
        '[scan]\nkey_file = "k1"\nworkers = 1\n[scan.ner]\nenabled = false\n[store]\ndb = "idx.db"\n'
        '[[sources]]\ntype = "paths"\nname = "docs"\npaths = ["data"]\n',
        encoding="utf-8",
    )
    return cfg


def test_every_relative_path_is_anchored_at_the_files_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cfg = tmp_path / "etc"
    cfg.mkdir()
    (cfg / "c.toml").write_text(
        '[scan]\nkey_file = "keys/k"\n[scan.ner]\npipelines = { da = "./models/da" }\n'
        '[store]\ndb = "idx.db"\n[retention]\npolicy = "policy.yaml"\n'
        '[[sources]]\nname = "share"\npaths = ["data", "/srv/abs", "~/home", "-"]\n'
        '[[sources]]\ntype = "pst"\nname = "pst"\npath = "mail/a.pst"\n'
        '[[sources]]\ntype = "imap"\nname = "m"\nhost = "h"\nusername = "u"\npassword_file = "pw"\n'
        'ca_file = "ca.pem"\n'
        '[[sources]]\ntype = "smb"\nname = "s"\nserver = "fs"\nshare = "C"\npath = "Klienter"\n'
        '[[sources]]\ntype = "dropbox"\nname = "d"\ntoken_env = "T"\npaths = ["Team"]\n',
        encoding="utf-8",
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)  # the cwd is not the file's folder
    config, doc, _ = load_sweep_file(cfg / "c.toml")
    base = str(cfg)
    assert config.key_file == os.path.join(base, "keys/k")
    assert config.ner.pipelines == {"da": os.path.join(base, "./models/da")}
    assert doc["store"]["db"] == os.path.join(base, "idx.db")
    assert doc["retention"]["policy"] == os.path.join(base, "policy.yaml")
    share, pst, imap, smb, dropbox = doc["sources"]
    assert share["paths"] == [os.path.join(base, "data"), "/srv/abs", "~/home", "-"]
    assert pst["path"] == os.path.join(base, "mail/a.pst")
    assert imap["password_file"] == os.path.join(base, "pw")
    assert imap["ca_file"] == os.path.join(base, "ca.pem")
    assert smb["path"] == "Klienter"  # a folder in the share, not on this host
    assert dropbox["paths"] == ["Team"]


@pytest.mark.parametrize(
    ("written", "anchored"),
    [
        ("sqlite:///idx.db", "sqlite:///{base}/idx.db"),  # SQLAlchemy's relative form
        ("sqlite:////abs/idx.db", "sqlite:////abs/idx.db"),
        ("sqlite://", "sqlite://"),
        ("postgresql://u@db/x", "postgresql://u@db/x"),
        ("~/idx.db", "~/idx.db"),
    ],
)
def test_store_urls(tmp_path: Path, written: str, anchored: str) -> None:
    (tmp_path / "c.toml").write_text(f"[store]\ndb = {json.dumps(written)}\n", encoding="utf-8")
    assert load_config(tmp_path / "c.toml")[1]["store"]["db"] == anchored.format(base=tmp_path)


def test_a_sweep_run_from_another_folder_sweeps_the_configured_folder_into_the_configured_index(
    tmp_path: Path,
) -> None:
    cfg = _folder(tmp_path)
    swept = _cli(["sweep", "--config", str(cfg / "c.toml"), "--no-notify"], tmp_path, cwd=tmp_path)  # cwd: not cfg
    assert swept.returncode == 1, swept.stderr  # the CPR found
    assert (cfg / "idx.db").is_file()
    assert not (tmp_path / "idx.db").exists()
    assert not (tmp_path / "home" / ".config" / "pii-scanner" / "fingerprint.key").exists()  # k1 keyed it
    finished = [json.loads(line) for line in swept.stderr.splitlines() if '"source_finished"' in line]
    assert finished[0]["seen"] == 2


def test_an_index_swept_from_the_config_folder_before_keeps_its_sources(tmp_path: Path) -> None:
    cfg = _folder(tmp_path)
    first = _cli(["sweep", "--config", "c.toml", "--no-notify"], tmp_path, cwd=cfg)
    assert first.returncode == 1, first.stderr
    again = _cli(["sweep", "--config", str(cfg / "c.toml"), "--no-notify"], tmp_path, cwd=Path("/"))
    assert again.returncode == 0, again.stderr  # nothing new
    (finished,) = [json.loads(line) for line in again.stderr.splitlines() if '"source_finished"' in line]
    assert (finished["seen"], finished["read"], finished["removed"], finished["new_findings"]) == (2, 0, 0, 0)


def test_a_source_recorded_with_a_relative_ca_file_is_found_again(tmp_path: Path) -> None:
    """Before, ``ca_file = "ca.pem"`` was part of the identity as written; now the spec holds it anchored.
    The sweep finds the source by its former identity and keeps its items and state."""
    (tmp_path / "c.toml").write_text(
        '[[sources]]\ntype = "imap"\nname = "m"\nhost = "h"\nusername = "u"\npassword_env = "P"\nca_file = "ca.pem"\n',
        encoding="utf-8",
    )
    from pii_scanner.sources.specs import parse_spec

    old_spec = parse_spec(
        {"type": "imap", "name": "m", "host": "h", "username": "u", "password_env": "P", "ca_file": "ca.pem"}
    )
    (new_spec,) = load_sweep_config(tmp_path / "c.toml")[2]
    fp = Fingerprinter(b"k" * 32)
    old = source_identity(old_spec, fp)
    assert source_identity(new_spec, fp) != old
    assert legacy_identity(new_spec, str(tmp_path), fp) == old
    with open_store(f"sqlite:///{tmp_path / 'i.db'}", key=b"k" * 32) as st:
        first = st.ensure_source("m", "imap", old_spec, identity=old)
        found = st.ensure_source("m", "imap", new_spec, identity=source_identity(new_spec, fp), aliases=(old,))
        assert found == first
        assert st.ensure_source("m", "imap", new_spec, identity=source_identity(new_spec, fp)) == first


def test_a_utf8_bom_is_accepted(tmp_path: Path) -> None:
    """Windows Notepad saves UTF-8 with a byte order mark; TOML refused it ("Invalid statement")."""
    (tmp_path / "c.toml").write_bytes(b"\xef\xbb\xbf[scan]\nworkers = 2\n")
    assert load_config(tmp_path / "c.toml")[0].workers == 2
