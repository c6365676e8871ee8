"""core.state.SourceState kept in the ``source_state`` table, staged until the sweep commits it.

Sources call ``set`` while yielding; the values become visible to the next sweep only after
``commit()``, which the sweep calls once every item the state covers is stored (crash = re-read).
"""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa

from pii_scanner.store.schema import source_state

_DELETED = object()


class DbSourceState:
    def __init__(self, engine: sa.Engine, source_id: int) -> None:
        self._engine = engine
        self.source_id = source_id
        self._pending: dict[str, str | object] = {}
        with engine.connect() as conn:
            rows = conn.execute(
                sa.select(source_state.c.key, source_state.c.value).where(source_state.c.source_id == source_id)
            )
            self._committed: dict[str, str] = {k: v for k, v in rows}

    def get(self, key: str) -> str | None:
        if key in self._pending:
            value = self._pending[key]
            return None if value is _DELETED else str(value)
        return self._committed.get(key)

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
        with self._engine.begin() as conn:
            for key, value in self._pending.items():
                conn.execute(
                    source_state.delete().where(
                        (source_state.c.source_id == self.source_id) & (source_state.c.key == key)
                    )
                )
                if value is not _DELETED:
                    conn.execute(
                        source_state.insert().values(
                            source_id=self.source_id, key=key, value=str(value), updated_at=now
                        )
                    )
        for key, value in self._pending.items():
            if value is _DELETED:
                self._committed.pop(key, None)
            else:
                self._committed[key] = str(value)
        self._pending.clear()
