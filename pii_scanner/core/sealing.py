"""AES-GCM under a key derived from the fingerprint key for one purpose.

What must leave memory and come back in a later run or another process (a source's saved state, a
Dask unit's outcome) is sealed with it: every process that shares the fingerprint key can open it,
nobody else can, and each purpose has its own key. A sealed blob is a random 12-byte nonce followed
by the ciphertext; opening a blob sealed under another key or purpose raises ``InvalidTag``.
"""

from __future__ import annotations

import os
from collections.abc import Callable

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

_NONCE = 12


class KeyedSeal:
    """Seal and open bytes under ``keyed(purpose)`` (a keyed hash in hex: ``Fingerprinter``)."""

    __slots__ = ("_aead",)

    def __init__(self, keyed: Callable[[str], str], purpose: str) -> None:
        self._aead = AESGCM(bytes.fromhex(keyed(purpose)))

    def seal(self, data: bytes, associated: bytes | None = None) -> bytes:
        nonce = os.urandom(_NONCE)
        return nonce + self._aead.encrypt(nonce, data, associated)

    def open(self, sealed: bytes, associated: bytes | None = None) -> bytes:
        return self._aead.decrypt(sealed[:_NONCE], sealed[_NONCE:], associated)
