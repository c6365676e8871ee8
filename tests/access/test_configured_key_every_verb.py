"""`[scan] key_file` keys the index for every verb given that configuration, not only for sweep and scan.

Before, an index swept with ``key_file`` was refused by ``search --config`` (key check, exit 2: "none is set
up here") or, with this account's default key present, by every access verb; the console (``serve
--config``) and ``scan_frames(config=...)`` used the default key, so the same CPR had two fingerprints."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from pii_scanner.analysis.frames import scan_frames
from pii_scanner.core.config import load_config

CPR = "070761-4285"
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def swept(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str], str]:
    tmp = tmp_path_factory.mktemp("keyed")
    (tmp / "docs").mkdir()
    (tmp / "docs" / "brev.txt").write_text(f"Kære Jens, dit CPR-nr. er {CPR}.\n", encoding="utf-8")
    (tmp / "org.key").write_text("ab" * 32, encoding="ascii")
    (tmp / "org.key").chmod(0o600)
    (tmp / "sweep.toml").write_text(  # absolute paths: this is about the key only
        f"[scan]\nkey_file = {json.dumps(str(tmp / 'org.key'))}\nworkers = 1\n[scan.ner]\nenabled = false\n"
        f"[store]\ndb = {json.dumps(str(tmp / 'index.sqlite3'))}\n"
        f'[[sources]]\ntype = "paths"\nname = "docs"\npaths = [{json.dumps(str(tmp / "docs"))}]\n',
        encoding="utf-8",
    )
    home = tmp / "home"
    env = {k: v for k, v in os.environ.items() if k not in ("PII_SCANNER_KEY", "PII_SCANNER_DB")}
    env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"), XDG_DATA_HOME=str(home / ".local/share"))
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    done = _cli(["sweep", "--config", "sweep.toml", "--no-notify"], env, tmp)
    assert done.returncode == 1, done.stderr
    # This account has a default key of its own too (another verb made it): it must not be used.
    (home / ".config" / "pii-scanner").mkdir(parents=True, exist_ok=True)
    (home / ".config" / "pii-scanner" / "fingerprint.key").write_text("cd" * 32, encoding="ascii")
    (home / ".config" / "pii-scanner" / "fingerprint.key").chmod(0o600)
    import sqlite3

    with sqlite3.connect(tmp / "index.sqlite3") as conn:
        (fingerprint,) = conn.execute("SELECT fingerprint FROM findings WHERE entity_type = 'DK_CPR'").fetchone()
    return tmp, env, str(fingerprint)


def _cli(args: list[str], env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pii_scanner", *args], env=env, cwd=cwd, capture_output=True, text=True, timeout=300
    )


def test_search(swept: tuple[Path, dict[str, str], str]) -> None:
    tmp, env, _ = swept
    found = _cli(["search", "--config", str(tmp / "sweep.toml"), "--cpr", CPR, "--format", "json"], env, Path("/"))
    assert found.returncode == 1, found.stderr  # held
    assert json.loads(found.stdout)["items"] and CPR not in found.stdout + found.stderr


def test_request_open_status_export(swept: tuple[Path, dict[str, str], str]) -> None:
    tmp, env, _ = swept
    cfg = str(tmp / "sweep.toml")
    opened = _cli(["request", "open", "--config", cfg, "--cpr", CPR], env, Path("/"))
    assert opened.returncode == 0, opened.stderr
    status = _cli(["request", "status", "--config", cfg, "--format", "json"], env, Path("/"))
    assert status.returncode == 0, status.stderr
    (case,) = json.loads(status.stdout)
    pack = tmp / "pack"
    exported = _cli(["request", "export", str(case["id"]), "--config", cfg, "-o", str(pack)], env, Path("/"))
    assert exported.returncode == 0, exported.stderr
    assert (pack / "data.json").is_file()


def test_verify_erasure(swept: tuple[Path, dict[str, str], str]) -> None:
    tmp, env, _ = swept
    checked = _cli(["verify-erasure", "--config", str(tmp / "sweep.toml"), "--cpr", CPR], env, Path("/"))
    assert checked.returncode == 1, checked.stderr  # the letter is still there: traces remain, not a key refusal


def test_serve_opens_the_index_with_the_configured_key(
    swept: tuple[Path, dict[str, str], str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from pii_scanner.web.app import create_app
    from pii_scanner.web.settings import WebSettings

    tmp, env, _ = swept
    for name in ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME"):
        monkeypatch.setenv(name, env[name])
    monkeypatch.delenv("PII_SCANNER_KEY", raising=False)
    config, doc = load_config(tmp / "sweep.toml")
    settings = WebSettings(db=doc["store"]["db"], key_file=config.key_file, config_path=str(tmp / "sweep.toml"))
    create_app(settings)  # refused before (verify_key: another key than the index's)


def test_serve_cli_passes_the_key(swept: tuple[Path, dict[str, str], str]) -> None:
    """``serve --config`` on a port already taken: it gets past the index's key check to the listen check."""
    import socket

    tmp, env, _ = swept
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        served = _cli(["serve", "--config", str(tmp / "sweep.toml"), "--port", str(port)], env, Path("/"))
    assert served.returncode == 2
    assert "fingerprint key" not in served.stderr, served.stderr


def test_scan_frames_fingerprints_with_the_configured_key(
    swept: tuple[Path, dict[str, str], str], monkeypatch: pytest.MonkeyPatch
) -> None:
    tmp, env, fingerprint = swept
    for name in ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME"):
        monkeypatch.setenv(name, env[name])
    monkeypatch.delenv("PII_SCANNER_KEY", raising=False)
    config, _ = load_config(tmp / "sweep.toml")
    frames = scan_frames([tmp / "docs"], config)
    assert list(frames.findings.loc[frames.findings.entity_type == "DK_CPR", "fingerprint"]) == [fingerprint]


def test_triage_and_users_take_the_configuration(swept: tuple[Path, dict[str, str], str]) -> None:
    """``triage`` and ``users add --mailbox`` / ``map-folder`` need the index's key (fingerprints, address tags):
    they had no ``--config`` and refused an index swept with ``key_file`` (trust5a hunt)."""
    tmp, env, _ = swept
    cfg = str(tmp / "sweep.toml")
    decided = _cli(["triage", str(tmp / "docs" / "brev.txt"), "false-positive", "--config", cfg], env, Path("/"))
    assert decided.returncode == 0, decided.stderr
    added = _cli(
        ["users", "add", "jens", "--role", "employee", "--mailbox", "jens@example.dk", "--sso-only", "--config", cfg],
        env,
        Path("/"),
    )
    assert added.returncode == 0, added.stderr
    mapped = _cli(["users", "map-folder", (tmp / "docs").as_uri() + "/", "jens", "--config", cfg], env, Path("/"))
    assert mapped.returncode == 0, mapped.stderr
