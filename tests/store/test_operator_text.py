"""Hostile: free text an operator types (a triage note and who, a case reference, an extension reason, an
erasure's case) is kept masked in the index like everything else: e-mail addresses too, not only national
identifiers. The audit log is append-only, so what reaches it can never be erased.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa

from pii_scanner.access import Subject, request_extend, request_open
from pii_scanner.access.ledger import record_erasure
from pii_scanner.core.config import ScanConfig
from pii_scanner.policy.triage import triage
from pii_scanner.store import open_store
from pii_scanner.sweeps.engine import sweep

ADDRESS = "jens.hansen@firma.dk"
CPR = "0707614285"


@pytest.fixture(autouse=True)
def _key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PII_SCANNER_KEY", "operator-text-test-key-0123456789abcdef")


def _every_text(db: str) -> str:
    store = open_store(db, create=False)
    try:
        with store.engine.connect() as conn:
            tables = sa.inspect(conn).get_table_names()
            return "\n".join(str(row) for t in tables for row in conn.execute(sa.text(f'SELECT * FROM "{t}"')))
    finally:
        store.close()


def test_operator_text_keeps_no_plaintext_address_or_identifier(tmp_path: Path) -> None:
    root = tmp_path / "share"
    root.mkdir()
    (root / "a.txt").write_text("CPR 070761-4285\n", encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'index.db'}"
    sweep([root], db=db, config=ScanConfig())
    note = f"Ikke hans, se {ADDRESS} ({CPR})"
    triage(str(root / "a.txt"), "false_positive", note=note, who=f"Mette {ADDRESS}", db=db)
    case = request_open(db, Subject.of(cpr=CPR), reference=f"Sag 2023-0147 {ADDRESS}")
    request_extend(db, case.id, months=1, reason=f"venter på {ADDRESS.upper()}, {CPR}")
    record_erasure(db, Subject.of(email="soren@example.dk"), case=f"slettet for {ADDRESS}")
    text = _every_text(db)
    for plain in (ADDRESS, ADDRESS.upper(), CPR, "070761-4285"):
        assert plain not in text, plain
    assert "j***@firma.dk" in text and "Sag 2023-0147" in text  # still readable: masked, not dropped


def test_operator_text_keeps_no_plaintext_phone_number(tmp_path: Path) -> None:
    """A phone number typed into a note, a reference, a reason or an erasure's case (Danish "22 33 44 55",
    "+45 22334455", Swedish "070-123 45 67") is masked too; a case number after its year stays. Was: kept as
    typed in the index and the append-only audit log (scrub_text masked identifiers and addresses only)."""
    root = tmp_path / "share"
    root.mkdir()
    (root / "a.txt").write_text("CPR 070761-4285\n", encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'index.db'}"
    sweep([root], db=db, config=ScanConfig())
    triage(str(root / "a.txt"), "false_positive", note="Ring Jens på 22 33 44 55", who="Mette +45 22334455", db=db)
    case = request_open(db, Subject.of(cpr=CPR), reference="Sag 2023-0147, tlf 070-123 45 67")
    request_extend(db, case.id, months=1, reason="venter på svar fra +46 70 123 45 67")
    record_erasure(db, Subject.of(email="soren@example.dk"), case="slettet, ring 0045 2233 4455")
    text = _every_text(db)
    for plain in ("22 33 44 55", "22334455", "070-123 45 67", "70 123 45 67", "2233 4455"):
        assert plain not in text, plain
    assert "Sag 2023-0147" in text and "[NUMBER]" in text
