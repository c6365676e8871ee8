"""``pii-scanner users``: accounts from the command line; passwords never on the command line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path


def _cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    import os

    return subprocess.run(
        [sys.executable, "-m", "pii_scanner", "users", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **(env or {})},
        stdin=subprocess.DEVNULL,
    )


def test_users_add_list_disable_passwd(tmp_path: Path) -> None:
    db = str(tmp_path / "index.sqlite3")
    pw = tmp_path / "pw.txt"
    pw.write_text("a long enough password\n", encoding="utf-8")
    pw.chmod(0o600)
    added = _cli("add", "mette", "--role", "dpo", "--password-file", str(pw), "--mailbox", "mette@firma.dk", "--db", db)
    assert added.returncode == 0, added.stderr
    listed = [json.loads(line) for line in _cli("list", "--db", db).stdout.splitlines()]
    assert listed == [
        {
            "username": "mette",
            "role": "dpo",
            "name": "",
            "disabled": False,
            "local_password": True,
            "sso": False,
            "mailboxes": 1,
            "owners": ["mette"],
            "last_login_at": None,
        }
    ]
    assert "mette@firma.dk" not in Path(db).read_bytes().decode("latin-1")  # mailbox kept as a fingerprint
    assert _cli("disable", "mette", "--db", db).returncode == 0
    assert json.loads(_cli("list", "--db", db).stdout)["disabled"] is True
    changed = _cli("passwd", "mette", "--db", db, env={"PII_SCANNER_PASSWORD": "another long password"})
    assert changed.returncode == 0


def test_users_bad_input_is_one_line_exit_2(tmp_path: Path) -> None:
    db = str(tmp_path / "index.sqlite3")
    short = _cli("add", "kim", "--role", "reviewer", "--db", db, env={"PII_SCANNER_PASSWORD": "short"})
    assert short.returncode == 2 and "Traceback" not in short.stderr and "at least" in short.stderr
    no_password = _cli("add", "kim", "--role", "reviewer", "--db", db, env={"PII_SCANNER_PASSWORD": ""})
    assert no_password.returncode == 2 and "Traceback" not in no_password.stderr
    assert _cli("add", "kim", "--role", "boss", "--db", db).returncode == 2
    unknown = _cli("disable", "nobody", "--db", db)
    assert unknown.returncode == 2 and "no user called" in unknown.stderr
