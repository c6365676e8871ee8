"""Hostile: the subject as the sender of a mail whose From has a display name (almost every real From).

The index kept the fingerprint of the whole ``Name <address>`` form, so the index search, the pack and the
restored-after-erasure check (which compare the bare address) never matched: a private message sent by the
subject was left out of the art. 15 answer.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa

from pii_scanner.access import Subject, search
from pii_scanner.core.config import ScanConfig
from pii_scanner.store import open_store
from pii_scanner.sweeps.engine import sweep

ADDRESS = "soren.ostergaard@example.dk"

FROMS = [
    f"Søren Østergaard <{ADDRESS}>",
    f'"Østergaard, Søren" <{ADDRESS}>',
    f"=?utf-8?q?S=C3=B8ren_=C3=98stergaard?= <{ADDRESS.upper()}>",
    f"{ADDRESS} (Søren Østergaard)",
]


@pytest.fixture(autouse=True)
def _key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PII_SCANNER_KEY", "sender-display-name-test-key-0123456789")


def _private_mail(path: Path, sender: str) -> None:
    path.write_bytes(
        (
            f"From: {sender}\r\nTo: ven@gmail.com\r\nSubject: Privat\r\nSensitivity: Private\r\n"
            "Date: Mon, 1 Jun 2026 10:00:00 +0000\r\n\r\nHemmeligt.\r\n"
        ).encode()
    )


@pytest.mark.parametrize("sender", FROMS, ids=["name", "quoted", "encoded-upper", "comment"])
def test_private_mail_sent_by_the_subject_is_in_the_index_answer(tmp_path: Path, sender: str) -> None:
    root = tmp_path / "mail"
    root.mkdir()
    _private_mail(root / "privat.eml", sender)
    db = f"sqlite:///{tmp_path / 'index.db'}"
    sweep([root], db=db, config=ScanConfig())
    result = search(db, Subject.of(email=ADDRESS))
    assert [h.matched for h in result.hits] == [{"email:sender"}]
    assert result.hits[0].private and result.hits[0].findings == []


def test_an_index_swept_before_reads_its_mail_again_once(tmp_path: Path) -> None:
    """Rows written with the old fingerprint cannot be mended without the address: the migration makes
    the next sweep read mail items again, and from then on they match."""
    root = tmp_path / "mail"
    root.mkdir()
    _private_mail(root / "privat.eml", FROMS[0])
    db = f"sqlite:///{tmp_path / 'index.db'}"
    sweep([root], db=db, config=ScanConfig())
    store = open_store(db)
    try:
        with store.engine.begin() as conn:  # as an index of the old version left it
            conn.execute(sa.text("UPDATE items SET mail = json_set(mail, '$.sender_fp', 'old')"))
            conn.execute(sa.text("DELETE FROM schema_migrations WHERE version = 15"))
    finally:
        store.close()
    open_store(db).close()  # migrates
    sweep([root], db=db, config=ScanConfig())
    assert [h.matched for h in search(db, Subject.of(email=ADDRESS)).hits] == [{"email:sender"}]
