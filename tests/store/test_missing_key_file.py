"""A configured `[scan] key_file` that does not exist, against an EXISTING index (swept with a key): every verb
that opens the index refuses with one line naming the missing key file (exit 2) and creates no key file. Was: a
new key was created silently (the refusal that followed named "another fingerprint key", and the stray new key
stayed for the next verb). A new index still gets its key file created (0600)."""

from __future__ import annotations

import json
import os
import stat
import subprocess
from pathlib import Path

import pytest

CPR = "070761-4285"
CONFIG = (
    '[store]\ndb = "index.db"\n[scan]\nkey_file = "{key}"\n[[sources]]\ntype = "paths"\nname = "d"\npaths = ["data"]\n'
)


def _run(cli: list[str], cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "PII_SCANNER_KEY"}  # the key files decide
    return subprocess.run([*cli, *args], capture_output=True, text=True, timeout=300, cwd=cwd, env=env)


@pytest.fixture(scope="module")
def swept(cli: list[str], tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("keys")
    (root / "data").mkdir()
    (root / "data" / "a.txt").write_text(f"Jens Hansen cpr {CPR}\n", encoding="utf-8")
    (root / "good.toml").write_text(CONFIG.format(key="good.key"))
    (root / "typo.toml").write_text(CONFIG.format(key="god.key"))
    done = _run(cli, root, "sweep", "--config", "good.toml")
    assert done.returncode in (0, 1), done.stderr[-2000:]
    assert (root / "good.key").exists()
    return root


@pytest.mark.parametrize(
    "args",
    [
        ["sweep", "--config", "typo.toml"],
        ["search", "--config", "typo.toml", "--cpr", CPR],
        ["verify-erasure", "--config", "typo.toml", "--cpr", CPR],
        ["request", "open", "--config", "typo.toml", "--cpr", CPR],
    ],
    ids=lambda a: a[0] if a[0] != "request" else "request-open",
)
def test_a_missing_key_file_for_an_existing_index_is_refused(cli: list[str], swept: Path, args: list[str]) -> None:
    done = _run(cli, swept, *args)
    assert done.returncode == 2, (done.returncode, done.stderr[-2000:])
    lines = [json.loads(x) for x in done.stderr.splitlines() if x.startswith("{")]
    errors = [e for e in lines if e.get("event") == "error"]
    assert len(errors) == 1 and "does not exist" in errors[0]["message"], done.stderr
    assert "god.key" in errors[0]["message"]
    assert CPR not in done.stderr + done.stdout
    assert not (swept / "god.key").exists(), "a new key was created for an index swept with another"


def test_a_new_index_gets_its_key_file(cli: list[str], tmp_path: Path) -> None:
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "a.txt").write_text("intet\n", encoding="utf-8")
    (tmp_path / "new.toml").write_text(CONFIG.format(key="new.key"))
    done = _run(cli, tmp_path, "sweep", "--config", "new.toml")
    assert done.returncode == 0, done.stderr[-2000:]
    assert stat.S_IMODE((tmp_path / "new.key").stat().st_mode) == 0o600
    again = _run(cli, tmp_path, "search", "--config", "new.toml", "--cpr", CPR)
    assert again.returncode == 0, again.stderr[-2000:]
