"""Password hashing for local accounts: argon2id (argon2-cffi's defaults follow RFC 9106)."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from pii_scanner.core.errors import ConfigError

MIN_LENGTH = 10
MAX_LENGTH = 1024  # argon2 takes any length; a cap keeps a login request cheap

_HASHER = PasswordHasher()
# Verified against when the user does not exist, so both paths cost the same.
_DUMMY = _HASHER.hash("not-a-password-" + "x" * 16)


def check_strength(password: str) -> None:
    if len(password) < MIN_LENGTH:
        raise ConfigError(f"password must have at least {MIN_LENGTH} characters")
    if len(password) > MAX_LENGTH:
        raise ConfigError(f"password must have at most {MAX_LENGTH} characters")


def hash_password(password: str) -> str:
    check_strength(password)
    return _HASHER.hash(password)


def verify_password(stored: str | None, password: str) -> bool:
    if len(password) > MAX_LENGTH:
        return False
    try:
        return _HASHER.verify(stored or _DUMMY, password) and stored is not None
    except (VerificationError, InvalidHashError):
        return False
