"""Secrets for mail sources: only from the environment, a keyring, or a file readable by its owner only.

A source table names where the secret is, never the secret: ``<key>_env = "VAR"``,
``<key>_keyring = "service:username"`` or ``<key>_file = "/path"`` (mode 0600 or stricter).
A plain ``<key> = "..."`` in the configuration is refused when the spec is parsed
(``core/config_schema``). Secrets are never logged or put in errors.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Mapping
from pathlib import Path

from pii_scanner.core.errors import ConfigError
from pii_scanner.core.secret_ref import SecretRef
from pii_scanner.core.user_paths import expand_user


def secret(
    ref: SecretRef | None,
    key: str,
    source: str,
    *,
    required: bool = True,
    environ: Mapping[str, str] | None = None,
) -> str | None:
    """The secret ``key`` (e.g. "password", "client_secret") of the source named ``source``, read
    from where ``ref`` says (the spec's ``<key>_env`` / ``<key>_keyring`` / ``<key>_file``)."""
    name = source
    env = os.environ if environ is None else environ
    if ref is not None and ref.env:
        value = env.get(ref.env)
        if not value:
            raise ConfigError(f"source {name}: environment variable {ref.env} is not set")
        return value
    if ref is not None and ref.keyring:
        service, _, user = ref.keyring.partition(":")
        try:
            import keyring

            value = keyring.get_password(service, user)
        except Exception as exc:  # keyring backends raise their own errors
            raise ConfigError(f"source {name}: keyring lookup failed ({exc.__class__.__name__})") from exc
        if not value:
            raise ConfigError(f"source {name}: no {key} in keyring entry {service}:{user}")
        return value
    if ref is not None and ref.file:
        return _from_file(expand_user(ref.file), name, key)
    if required:
        raise ConfigError(f"source {name}: {key}_env, {key}_keyring or {key}_file is required")
    return None


def _from_file(path: Path, name: str, key: str) -> str:
    try:
        st = path.stat()
    except OSError as exc:
        raise ConfigError(f"source {name}: cannot read {key} file {path}: {exc.strerror}") from exc
    if os.name == "posix" and st.st_mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise ConfigError(f"source {name}: {key} file {path} must be readable by its owner only (chmod 600)")
    try:
        value = path.read_text(encoding="utf-8").strip()
    except UnicodeDecodeError:
        raise ConfigError(f"source {name}: {key} file {path} is not UTF-8 text") from None
    except OSError as exc:  # a folder, a file gone since the stat
        raise ConfigError(f"source {name}: cannot read {key} file {path}: {exc.strerror}") from None
    if not value:
        raise ConfigError(f"source {name}: {key} file {path} is empty")
    return value
