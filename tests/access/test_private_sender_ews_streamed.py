"""Hostile (trust7, item 3): a file holding a private message keeps the message's sender as a keyed fingerprint,
so an art. 15 search by that address lists the file (since session 18 for text digests, Outlook CSV and Graph
JSON). Two kinds were left out: an EWS XML export (judged whole: no sender kept) and a large text read in pieces
(streamed or in segments) cut at a private message (no sender kept). Now both keep it; a normal message's sender
matches nothing; no plaintext address in the index."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import sqlalchemy as sa

from pii_scanner.access import Subject, search
from pii_scanner.core.config import ScanConfig
from pii_scanner.sweeps.engine import sweep

ADDRESS = "soren.ostergaard@example.dk"
NORMAL_SENDER = "jens@example.dk"
CONFIG = ScanConfig(workers=1).with_(ner__enabled=False)


@pytest.fixture(autouse=True)
def _key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PII_SCANNER_KEY", "private-sender-ews-streamed-test-key-0123456789")


def _ews() -> bytes:
    def message(n: int, subject: str, sensitivity: str, sender: str) -> str:
        return (
            f'<t:Message><t:ItemId Id="AAMk{n}"/><t:Subject>{subject}</t:Subject>'
            f"<t:Sensitivity>{sensitivity}</t:Sensitivity><t:Body>CPR 070761-4285</t:Body>"
            f"<t:From><t:Mailbox><t:Name>X</t:Name><t:EmailAddress>{sender}</t:EmailAddress></t:Mailbox></t:From>"
            "</t:Message>"
        )

    return (
        '<?xml version="1.0" encoding="utf-8"?><m:GetItemResponse xmlns:m="m" xmlns:t="t"><m:Items>'
        + message(1, "Frokost", "Normal", NORMAL_SENDER)
        + message(2, "Sygdom", "Private", ADDRESS.upper())
        + "</m:Items></m:GetItemResponse>"
    ).encode()


def _large_digest() -> bytes:
    filler = "Referat af mødet om budget og drift, intet personligt her.\n" * 40 + "\n"
    private = (
        f"Message: 7\nFrom: Søren Østergaard <{ADDRESS}>\nTo: kim@gmail.com\nSubject: Hej\nSensitivity: Private\n\n"
        "Mit CPR er 070761-4285 og jeg er syg.\n\n"
    )
    normal = f"Message: 8\nFrom: Jens <{NORMAL_SENDER}>\nSubject: Moede\n\nVi ses.\n\n"
    return ("Digest\n\n" + filler * 100 + normal + private + filler * 20).encode()


@pytest.mark.parametrize(
    ("name", "make", "config"),
    [
        ("export.xml", _ews, CONFIG),
        ("digest.txt", _large_digest, CONFIG.with_(limits__stream_above=100_000, detect__chunk_size=20_000)),
        ("split.txt", _large_digest, CONFIG.with_(workers=2, limits__stream_above=100_000, detect__chunk_size=20_000)),
    ],
    ids=str,
)
def test_a_private_messages_sender_lists_the_file(tmp_path: Path, name: str, make: object, config: ScanConfig) -> None:
    root = tmp_path / "share"
    root.mkdir()
    (root / name).write_bytes(make())  # type: ignore[operator]
    db = f"sqlite:///{tmp_path / 'index.db'}"
    sweep([root], db=db, config=config)
    result = search(db, Subject.of(email=ADDRESS))
    assert len(result.hits) == 1, result.hits
    assert "email:sender" in result.hits[0].matched
    # A normal message's sender is kept as no sender (in the streamed text it is read: an e-mail finding).
    assert all("email:sender" not in h.matched for h in search(db, Subject.of(email=NORMAL_SENDER)).hits)
    engine = sa.create_engine(db)
    with engine.connect() as conn:
        dump = json.dumps([list(map(str, r)) for r in conn.execute(sa.text("SELECT * FROM items"))])
    engine.dispose()
    assert ADDRESS not in dump.lower() and "070761" not in dump
