"""An empty file given as the index (``touch index.db`` beforehand) is made owner-only before it holds anything.

Found by trust5a's hunt: ``sweep --db notes.db`` on an existing empty 0644 file wrote the index into it and left
it readable by group and others (a new index file is 0600: its locations can name people)."""

from __future__ import annotations

import stat
from pathlib import Path

from pii_scanner.store import open_store


def test_an_empty_file_becomes_an_owner_only_index(tmp_path: Path) -> None:
    db = tmp_path / "index.db"
    db.touch()
    db.chmod(0o644)
    with open_store(str(db)) as st:
        st.record_key()
    assert stat.S_IMODE(db.stat().st_mode) == 0o600
