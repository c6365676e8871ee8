"""Source state in the index holds no plaintext: IMAP keeps folder names there (a folder named after
a client's CPR), a drive source an item's location. Keys are keyed hashes, values sealed; incremental
sweeps still work, old plaintext rows are still read and replaced, another key reads as nothing."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from pii_scanner.store import open_store
from pii_scanner.store.state import DbSourceState
from tests.helpers.mail_messages import make_mail
from tests.servers import dovecot

FOLDER = "Sag 070761-4285"


def _source(store: Any) -> int:
    from pii_scanner.sources.specs import parse_spec

    spec = parse_spec({"type": "imap", "host": "127.0.0.1", "username": "u", "password_env": "secret"})
    return int(store.ensure_source("box", "imap", spec))


def _raw(db_file: Path) -> bytes:
    return b"".join(p.read_bytes() for p in db_file.parent.glob(db_file.name + "*"))


def test_state_rows_are_hashed_and_sealed_and_read_back(tmp_path: Path) -> None:
    db = tmp_path / "i.sqlite3"
    store = open_store(f"sqlite:///{db}")
    try:
        sid = _source(store)
        state = store.source_state(sid)
        state.set(f"imap:{FOLDER}:uids", "1:5")
        state.set("imap:folders", f'["INBOX", "{FOLDER}"]')
        state.commit()
        rows = store.rows("source_state")
        assert len(rows) == 2
        assert all(r["key"].startswith("k1:") and r["value"].startswith("s1:") for r in rows)
        assert "070761" not in str(rows)
        again = store.source_state(sid)
        assert again.get(f"imap:{FOLDER}:uids") == "1:5" and FOLDER in (again.get("imap:folders") or "")
        again.delete(f"imap:{FOLDER}:uids")
        again.commit()
        assert store.source_state(sid).get(f"imap:{FOLDER}:uids") is None and len(store.rows("source_state")) == 1
    finally:
        store.close()
    assert b"070761" not in _raw(db)


def test_plaintext_rows_from_before_are_read_then_replaced(tmp_path: Path) -> None:
    store = open_store(f"sqlite:///{tmp_path / 'i.sqlite3'}")
    try:
        sid = _source(store)
        old = DbSourceState(store.engine, sid)  # as written before sealing
        old.set(f"imap:{FOLDER}:uidvalidity", "7")
        old.commit()
        state = store.source_state(sid)
        assert state.get(f"imap:{FOLDER}:uidvalidity") == "7"
        state.set(f"imap:{FOLDER}:uidvalidity", "8")
        state.commit()
        (row,) = store.rows("source_state")
        assert row["key"].startswith("k1:") and "070761" not in str(row)
        assert store.source_state(sid).get(f"imap:{FOLDER}:uidvalidity") == "8"
        other = DbSourceState(store.engine, sid, lambda text: "ab" * 32 if "sealing" in text else "cd" * 32)
        assert other.get(f"imap:{FOLDER}:uidvalidity") is None  # another key: nothing, everything is read again
    finally:
        store.close()


@pytest.mark.skipif(not dovecot.available(), reason="dovecot not installed")
def test_imap_sweep_keeps_no_folder_name_in_the_index_and_stays_incremental(tmp_path: Path) -> None:
    from pii_scanner.core.config import ScanConfig
    from pii_scanner.sweeps.engine import sweep

    with dovecot.run_dovecot(rawlog=True) as server:
        client: Any = dovecot.imap_client(server)
        client.create(f'"{FOLDER}"')
        for i in range(3):
            client.append(f'"{FOLDER}"', None, None, bytes(make_mail(subject=f"m{i}", body=f"Besked {i}")))
        client.logout()
        spec = server.spec("tls", folders=[FOLDER])
        config_file = tmp_path / "sweep.toml"
        db = tmp_path / "index.sqlite3"
        table = "\n".join(f"{k} = {json.dumps(v)}" for k, v in spec.items())
        config_file.write_text(f'[store]\ndb = "sqlite:///{db}"\n\n[[sources]]\n{table}\n', encoding="utf-8")
        first = sweep(config_path=str(config_file), config=ScanConfig(workers=1).with_(ner__enabled=False))
        assert first.status == "ok", first
        assert any("BODY.PEEK[]" in c for c in server.commands()), "nothing was downloaded: the test proves nothing"
        with open_store(f"sqlite:///{db}") as store:
            assert len([r for r in store.rows("items") if r["removed_at"] is None]) == 3
            assert store.rows("source_state"), "no state kept: the test proves nothing"
        before = len(server.commands())
        second = sweep(config_path=str(config_file), config=ScanConfig(workers=1).with_(ner__enabled=False))
        assert second.status == "ok", second
        fetched_again = [c for c in server.commands()[before:] if "BODY.PEEK[]" in c or "BODY.PEEK[HEADER]" in c]
        assert fetched_again == [], fetched_again  # the state was read back: nothing downloaded twice
    raw = _raw(db)
    assert b"070761-4285" not in raw and b"0707614285" not in raw and FOLDER.encode() not in raw
