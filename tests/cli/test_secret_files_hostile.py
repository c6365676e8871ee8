"""A password or session-secret file named on the command line that is endless or not text: one line, exit 2.

Found by trust5a's hunt: ``users add --password-file /dev/zero`` read until memory ran out (exit 70 or the OOM
killer); a password file that is not UTF-8 or a session secret that is not ASCII was exit 70."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _cli(args: list[str], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PII_SCANNER_PASSWORD", "PII_SCANNER_WEB_SECRET")}
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")
    return subprocess.run(
        [sys.executable, "-m", "pii_scanner", *args], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120
    )


def _config_error(proc: subprocess.CompletedProcess[str]) -> str:
    assert proc.returncode == 2, proc.stderr
    (line,) = proc.stderr.strip().splitlines()
    event = json.loads(line)
    assert event["kind"] == "ConfigError", event
    return str(event["message"])


def test_hostile_secret_files(tmp_path: Path) -> None:
    db = str(tmp_path / "i.db")
    add = ["users", "add", "bob", "--role", "employee", "--db", db, "--password-file"]
    assert "larger than 64 KiB" in _config_error(_cli([*add, "/dev/zero"], tmp_path))
    (tmp_path / "pw").write_bytes(b"\xff\xfe")
    assert "not UTF-8" in _config_error(_cli([*add, str(tmp_path / "pw")], tmp_path))
    (tmp_path / "secret").write_bytes(b"\xff\xfe")
    (tmp_path / "secret").chmod(0o600)
    served = _cli(["serve", "--db", db, "--secret-file", str(tmp_path / "secret"), "--port", "1"], tmp_path)
    assert "not ASCII" in _config_error(served)
