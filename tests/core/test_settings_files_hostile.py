"""A configuration or policy file that is endless, not UTF-8, or holds a NUL in a path: one line, exit 2.

Found by trust5a's hunt: ``--config /dev/zero`` or ``[retention] policy = "/dev/zero"`` read until memory ran
out (MemoryError, exit 70, or the OOM killer); a ``\\u0000`` in ``[store] db``, ``key_file``, ``policy`` or a
``password_file`` was a ValueError (exit 70); a policy file that is not UTF-8 was exit 70."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from pii_scanner.core.config import load_config
from pii_scanner.core.errors import ConfigError
from pii_scanner.policy.retention import load_policy

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("table", "key"),
    [
        ('[store]\ndb = "/tmp/x\\u0000.db"\n', "store.db"),
        ('[scan]\nkey_file = "/tmp/k\\u0000"\n', "scan.key_file"),
        ('[retention]\npolicy = "/tmp/p\\u0000"\n', "retention.policy"),
        (
            '[[sources]]\ntype = "imap"\nname = "m"\nhost = "h"\nusername = "u"\npassword_file = "/tmp/p\\u0000"\n',
            "sources[0].password_file",
        ),
        ('[[sources]]\nname = "d"\npaths = ["/srv/a\\u0000"]\n', "sources[0].paths[0]"),
    ],
)
def test_a_nul_in_a_value_is_refused_with_its_key(tmp_path: Path, table: str, key: str) -> None:
    (tmp_path / "c.toml").write_text(table, encoding="utf-8")
    with pytest.raises(ConfigError, match=key.replace("[", r"\[").replace("]", r"\]").replace(".", r"\.")):
        load_config(tmp_path / "c.toml")


def test_endless_files_are_refused_not_read_into_memory() -> None:
    with pytest.raises(ConfigError, match="larger than"):
        load_config("/dev/zero")
    with pytest.raises(ConfigError, match="larger than"):
        load_policy("/dev/zero")


def test_a_policy_that_is_not_utf8_is_a_config_error(tmp_path: Path) -> None:
    (tmp_path / "p.yaml").write_bytes(b"\xff\xfe\x00x")
    with pytest.raises(ConfigError, match="not UTF-8"):
        load_policy(tmp_path / "p.yaml")


def test_cli_nul_in_db_is_exit_2(tmp_path: Path) -> None:
    (tmp_path / "c.toml").write_text('[store]\ndb = "/tmp/x\\u0000.db"\n[[sources]]\nname = "d"\npaths = ["d"]\n')
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    proc = subprocess.run(
        [sys.executable, "-m", "pii_scanner", "sweep", "--config", str(tmp_path / "c.toml")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert proc.returncode == 2 and len(proc.stderr.strip().splitlines()) == 1, proc.stderr
