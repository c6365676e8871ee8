"""core.state.SourceState kept in the ``source_state`` table, staged until the sweep commits it.

Sources call ``set`` while yielding; the values become visible to the next sweep only after
``commit()``, which the sweep calls once every item the state covers is stored (crash = re-read).

What sources keep here names their folders and items (IMAP folder names, a drive item's location),
which may hold identifiers, so the index keeps no state in plaintext: a key is stored as its keyed
hash (``k1:`` + HMAC under the fingerprint key) and a value sealed with AES-GCM under a key derived
from the fingerprint key (``s1:``), bound to its row's key. Rows written before this (plaintext) are
still read, and replaced by sealed ones when that key is next written. A value that cannot be opened
(another fingerprint key) reads as absent: the source then reads everything again.
"""

from __future__ import annotations

import base64
from collections.abc import Callable
from datetime import UTC, datetime

import sqlalchemy as sa
from cryptography.exceptions import InvalidTag

from pii_scanner.core.sealing import KeyedSeal
from pii_scanner.store.schema import source_state

_DELETED = object()
_KEY, _VALUE = "k1:", "s1:"


class DbSourceState:
    def __init__(self, engine: sa.Engine, source_id: int, keyed: Callable[[str], str] | None = None) -> None:
        """``keyed``: the store's keyed hash (``Store.fingerprint``); without it (tests of old
        behaviour only) keys and values are kept as given."""
        self._engine = engine
        self.source_id = source_id
        self._keyed = keyed
        self._seal_box = KeyedSeal(keyed, "pii-scanner source state sealing key") if keyed else None
        self._pending: dict[str, str | object] = {}
        with engine.connect() as conn:
            rows = conn.execute(
                sa.select(source_state.c.key, source_state.c.value).where(source_state.c.source_id == source_id)
            )
            self._committed: dict[str, str | None] = {k: self._open(k, v) for k, v in rows}

    def _stored(self, key: str) -> str:
        return _KEY + self._keyed(key) if self._keyed else key

    def _seal(self, stored: str, value: str) -> str:
        if self._seal_box is None:
            return value
        sealed = self._seal_box.seal(value.encode("utf-8"), stored.encode("ascii"))
        return _VALUE + base64.b64encode(sealed).decode("ascii")

    def _open(self, stored: str, value: str) -> str | None:
        if not value.startswith(_VALUE):
            return value  # a row from before sealing
        if self._seal_box is None:
            return None
        try:
            raw = base64.b64decode(value[len(_VALUE) :])
            return self._seal_box.open(raw, stored.encode("ascii")).decode("utf-8")
        except (InvalidTag, ValueError):
            return None

    def get(self, key: str) -> str | None:
        if key in self._pending:
            value = self._pending[key]
            return None if value is _DELETED else str(value)
        stored = self._stored(key)
        if stored in self._committed:
            return self._committed[stored]
        return self._committed.get(key)  # a plaintext row from before sealing

    def set(self, key: str, value: str) -> None:
        self._pending[key] = value

    def delete(self, key: str) -> None:
        self._pending[key] = _DELETED

    @property
    def dirty(self) -> bool:
        return bool(self._pending)

    def commit(self) -> None:
        """Write the staged values in one transaction."""
        if not self._pending:
            return
        now = datetime.now(UTC)
        c = source_state.c
        with self._engine.begin() as conn:
            for key, value in self._pending.items():
                stored = self._stored(key)
                names = {stored, key}  # the plaintext row from before sealing goes too
                conn.execute(source_state.delete().where((c.source_id == self.source_id) & c.key.in_(names)))
                if value is not _DELETED:
                    sealed = self._seal(stored, str(value))
                    conn.execute(
                        source_state.insert().values(source_id=self.source_id, key=stored, value=sealed, updated_at=now)
                    )
        for key, value in self._pending.items():
            stored = self._stored(key)
            self._committed.pop(key, None)
            if value is _DELETED:
                self._committed.pop(stored, None)
            else:
                self._committed[stored] = str(value)
        self._pending.clear()
