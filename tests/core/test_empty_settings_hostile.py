"""An empty text for a setting whose absence means "the default" is refused, never read as the default.

Found by trust5a's hunt: ``key_file = ""`` keyed with this account's default key, ``policy = ""`` used the
shipped policy, ``pipelines = { da = "" }`` ran without the name model, ``ca_file = ""`` trusted the
system's CAs, ``password_env = ""`` read PII_SCANNER_SMTP_PASSWORD: each silently, exit 0/1."""

from __future__ import annotations

from pathlib import Path

import pytest

from pii_scanner.core.errors import ConfigError
from pii_scanner.sources.registry import load_sweep_config

NOTIFY = '[notify]\nsmtp_host = "mail"\nto = ["dpo@example.dk"]\n'


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ('[scan]\nkey_file = ""\n', "scan.key_file"),
        ('[retention]\npolicy = " "\n', "retention.policy"),
        ('[scan.ner]\npipelines = { da = "" }\n', "scan.ner.pipelines"),
        (NOTIFY + 'username = "u"\npassword_env = ""\n', "notify.password_env"),
        (NOTIFY + 'username = ""\n', "notify.username"),
        (NOTIFY + 'from = ""\n', "notify.from"),
        ('[[sources]]\ntype = "imap"\nname = "m"\nhost = "h"\nusername = "u"\nca_file = ""\n', "ca_file"),
        ('[[sources]]\ntype = "dropbox"\nname = "d"\ntoken_env = "T"\nca_certs = ""\n', "ca_certs"),
    ],
)
def test_an_empty_setting_is_refused(tmp_path: Path, text: str, key: str) -> None:
    (tmp_path / "c.toml").write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=key.replace(".", r"\.")):
        load_sweep_config(tmp_path / "c.toml")


def test_a_lock_that_goes_stale_before_the_next_heartbeat_is_refused(tmp_path: Path) -> None:
    """trust5a hunt: ``heartbeat_seconds = 3600`` with ``lock_stale_seconds = 900`` let a second sweep take the
    lock of a running one after 15 minutes and sweep the same sources at once."""
    (tmp_path / "c.toml").write_text(
        "[scan.sweep]\nheartbeat_seconds = 3600\n[store]\nlock_stale_seconds = 900\n", encoding="utf-8"
    )
    with pytest.raises(ConfigError, match="heartbeat_seconds"):
        load_sweep_config(tmp_path / "c.toml")
    (tmp_path / "c.toml").write_text("[scan.sweep]\nheartbeat_seconds = 30\n[store]\nlock_stale_seconds = 60\n")
    load_sweep_config(tmp_path / "c.toml")
