"""An output never replaces the configuration, its retention policy or a fingerprint key file.

Found by trust5a's hunt: ``scan data --config c.toml -o c.toml`` and ``search --config c.toml -o c.toml``
replaced the configuration with their output (exit 1); ``-o`` on the key file would lose the key every index
was swept with (those indexes then refuse every verb)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _cli(args: list[str], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    home = tmp_path / "home"
    env = {k: v for k, v in os.environ.items() if k != "PII_SCANNER_KEY"}
    env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"), XDG_DATA_HOME=str(home / ".local/share"))
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")
    return subprocess.run(
        [sys.executable, "-m", "pii_scanner", *args], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300
    )


def test_outputs_never_replace_settings_files(tmp_path: Path) -> None:
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "a.txt").write_text("CPR-nr. 070761-4285\n", encoding="utf-8")
    key = tmp_path / "org.key"
    key.write_text("ab" * 32, encoding="ascii")
    key.chmod(0o600)
    policy = tmp_path / "policy.yaml"
    policy.write_text("categories: {}\n", encoding="utf-8")
    config = tmp_path / "c.toml"
    text = '[scan]\nkey_file = "org.key"\n[scan.ner]\nenabled = false\n[retention]\npolicy = "policy.yaml"\n'
    config.write_text(text, encoding="utf-8")
    default_key = tmp_path / "home" / ".config" / "pii-scanner" / "fingerprint.key"
    default_key.parent.mkdir(parents=True)
    default_key.write_text("cd" * 32, encoding="ascii")
    default_key.chmod(0o600)
    for target in (config, key, policy, default_key):
        before = target.read_bytes()
        for verb in (["scan", "data"], ["search", "--cpr", "070761-4285", "--db", str(tmp_path / "i.db")]):
            proc = _cli([*verb, "--config", str(config), "-o", str(target)], tmp_path)
            assert proc.returncode == 2, (verb, target.name, proc.stderr)
            assert "fingerprint key" in json.loads(proc.stderr.strip().splitlines()[-1])["message"]
        assert target.read_bytes() == before
