"""Hostile: a private message inside a digest, saved thread or Outlook/Graph export makes the whole file private
(metadata only). An art. 15 search by the private message's sender address did not list the file (no sender
was kept for it): the index answer left out "a private item from the subject exists here, not read". Now the
private messages' senders are kept as keyed fingerprints (never plaintext) and the search lists the file as
private, nothing of it read; another address does not match."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import sqlalchemy as sa

from pii_scanner.access import Subject, search
from pii_scanner.core.config import ScanConfig
from pii_scanner.sweeps.engine import sweep

ADDRESS = "soren.ostergaard@example.dk"
SECOND = "lise.hansen@example.dk"
CONFIG = ScanConfig(workers=1).with_(ner__enabled=False)


@pytest.fixture(autouse=True)
def _key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PII_SCANNER_KEY", "private-digest-sender-test-key-0123456789")


def _digest() -> bytes:
    return (
        "Liste-digest, uge 23\n\nMessage: 1\nFrom: Jens <jens@example.dk>\nSubject: Frokost\n\nPizza?\n\n"
        f"Message: 2\nFrom: Søren Østergaard <{ADDRESS}>\nSubject: Sygdom\nSensitivity: Private\n\n"
        "Jeg er syg, CPR 070761-4285.\n\n"
        f"Message: 3\nFrom: {SECOND}\nSubject: Privat\nSensitivity: Private\n\nHemmeligt.\n"
    ).encode()


def _graph() -> bytes:
    messages = [
        {"subject": "Frokost", "sensitivity": "normal", "from": {"emailAddress": {"address": "jens@example.dk"}}},
        {
            "subject": "Sygdom",
            "sensitivity": "private",
            "from": {"emailAddress": {"name": "Søren", "address": ADDRESS.upper()}},
            "body": {"content": "CPR 070761-4285"},
        },
        {"subject": "Privat", "sensitivity": "private", "sender": {"emailAddress": {"address": SECOND}}},
    ]
    return json.dumps({"value": messages}).encode()


def _csv() -> bytes:
    return (
        "Subject,Body,From: (Name),From: (Address),To: (Address),Sensitivity\r\n"
        "Frokost,Pizza?,Jens,jens@example.dk,a@example.dk,Normal\r\n"
        f"Sygdom,CPR 070761-4285,Søren,{ADDRESS},a@example.dk,Private\r\n"
        f"Privat,Hemmeligt,Lise,{SECOND},a@example.dk,Private\r\n"
    ).encode()


@pytest.mark.parametrize(
    ("name", "make"), [("digest.txt", _digest), ("beskeder.json", _graph), ("outlook.csv", _csv)], ids=str
)
def test_a_private_message_in_a_file_is_listed_for_its_sender(tmp_path: Path, name: str, make: object) -> None:
    root = tmp_path / "share"
    root.mkdir()
    (root / name).write_bytes(make())  # type: ignore[operator]
    db_file = tmp_path / "index.db"
    db = f"sqlite:///{db_file}"
    sweep([root], db=db, config=CONFIG)
    for address in (ADDRESS, SECOND):
        result = search(db, Subject.of(email=address))
        assert len(result.hits) == 1, (address, result.hits)
        hit = result.hits[0]
        assert hit.private and hit.findings == [] and "email:sender" in hit.matched, hit
    assert search(db, Subject.of(email="jens@example.dk")).hits == []  # a normal message's sender: nothing read
    engine = sa.create_engine(db)
    with engine.connect() as conn:
        dump = json.dumps([list(map(str, r)) for r in conn.execute(sa.text("SELECT * FROM items"))])
    engine.dispose()
    assert ADDRESS not in dump.lower() and SECOND not in dump and "070761" not in dump
