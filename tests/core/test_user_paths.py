"""`~user` of a user who does not exist, anywhere a path is given, and a mail secret file that is not
UTF-8: one clear line and exit 2 (or the source failed, exit 4), never exit 70 (was: RuntimeError
"Could not determine home directory", UnicodeDecodeError)."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from pii_scanner.core.errors import ConfigError
from pii_scanner.core.user_paths import expand_user

NOBODY = "~nobody-tr4c-xx"


def test_expand_user_of_an_unknown_user_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="no such user"):
        expand_user(f"{NOBODY}/x.db")
    assert expand_user("/srv/x") == Path("/srv/x")


def _run(cli: list[str], args: list[str], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "HOME": str(tmp_path / "home"), "PII_SCANNER_DB": str(tmp_path / "default.db")}
    return subprocess.run([*cli, *args], capture_output=True, text=True, timeout=120, env=env, cwd=tmp_path)


def _config(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_every_path_with_an_unknown_user_is_one_line_exit_2(cli: list[str], tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "a.txt").write_text("ingenting\n", encoding="utf-8")
    db = f"{NOBODY}/x.db"
    pst = _config(tmp_path, "m.toml", f'[[sources]]\ntype = "pst"\npaths = ["{NOBODY}/s"]\n')
    store = _config(tmp_path, "d.toml", f'[store]\ndb = "{db}"\n[[sources]]\npaths = ["{data}"]\n')
    cases = [
        ["sweep", "--no-ner", "--db", db, str(data)],
        ["search", "--db", db, "--cpr", "0707610050"],
        ["audit", "verify", "--db", db],
        ["request", "status", "--db", db],
        ["scan", "--ner-model", f"da={NOBODY}/m", str(data)],
        ["sweep", "--no-ner", "--config", _config(tmp_path, "p.toml", f'[[sources]]\npaths = ["{NOBODY}/s"]\n')],
        ["sweep", "--no-ner", "--config", pst],
        ["sweep", "--no-ner", "--config", store],
    ]
    for args in cases:
        proc = _run(cli, args, tmp_path)
        lines = proc.stderr.strip().splitlines()
        assert proc.returncode == 2, (args, proc.returncode, proc.stderr)
        assert len(lines) == 1 and "no such user" in json.loads(lines[0])["message"], (args, lines)
    assert not (tmp_path / NOBODY).exists()


@pytest.mark.parametrize("secret", ["~unknown", "binary"])
def test_a_bad_mail_secret_file_fails_its_source_in_one_line(cli: list[str], tmp_path: Path, secret: str) -> None:
    if secret == "binary":
        target = tmp_path / "pw"
        target.write_bytes(b"\xff\xfe\x00x")
        target.chmod(0o600)
        where = str(target)
    else:
        where = f"{NOBODY}/pw"
    config = _config(
        tmp_path,
        "imap.toml",
        '[[sources]]\ntype = "imap"\nname = "im"\nhost = "127.0.0.1"\nport = 1\nsecurity = "none"\n'
        f'username = "u"\npassword_file = "{where}"\n',
    )
    proc = _run(cli, ["sweep", "--no-ner", "--config", config, "--db", str(tmp_path / "i.db")], tmp_path)
    assert proc.returncode in (2, 4), proc.stderr
    events = [json.loads(line) for line in proc.stderr.splitlines()]
    assert not [e for e in events if e["event"] == "internal_error"], events
    failed = [e for e in events if e["event"] in ("source_failed", "error")]
    assert failed and failed[0]["kind"] == "ConfigError", events
