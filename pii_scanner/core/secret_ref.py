"""Where a secret is kept: a configuration names the place, never the secret.

A ``[[sources]]`` table spells a secret ``X`` as ``X_env = "VAR"``, ``X_keyring = "service:user"`` or
``X_file = "/path"`` (a file readable by its owner only); a plain ``X = "..."`` is refused when the
file is checked. Reading the secret is the source's business (``sources/mail/credentials.py``).
"""

from __future__ import annotations

from dataclasses import dataclass

# How a secret reference is spelled in TOML: the secret's name plus one of these suffixes.
WHERE = ("env", "keyring", "file")


@dataclass(frozen=True)
class SecretRef:
    """One secret's place: an environment variable, a keyring entry or a 0600 file (first one given wins)."""

    env: str | None = None
    keyring: str | None = None
    file: str | None = None

    def __bool__(self) -> bool:
        return bool(self.env or self.keyring or self.file)
