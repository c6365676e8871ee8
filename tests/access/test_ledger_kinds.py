"""Hostile (trust7, item 2): the erasure ledger kept its fingerprints without their kind, so every fingerprint of
an entry was looked for as every kind: a subject's phone written with a CPR's digits (`070-761 42 85`) in a
restored copy was labelled DK_CPR. And an entry holding a phone made every 5-14 digit string of a text hashed
(number-heavy text read several times slower). Now the ledger keeps fingerprints by kind and how many digits the
phones are written with (store migration 17; an older entry of one kind gets its kind, one of several keeps the
old reading: nothing lost), and the sweep hashes only digit strings of those counts."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa

from pii_scanner.access import Subject
from pii_scanner.access.ledger import ledger_entry_for, record_erasure
from pii_scanner.core.config import ScanConfig
from pii_scanner.core.privacy import Fingerprinter
from pii_scanner.detect.known import ErasedMatcher, find_known
from pii_scanner.pipeline import Processor
from pii_scanner.policy.restored import erased_identifiers, with_ledger
from pii_scanner.sources.files import file_item
from pii_scanner.store import open_store
from tests.access.access_env import SUBJECT_CPR

FAST = ScanConfig(workers=1).with_(ner__enabled=False)
PHONE = f"{SUBJECT_CPR[:3]}-{SUBJECT_CPR[3:6]} {SUBJECT_CPR[6:8]} {SUBJECT_CPR[8:]}"  # a phone with a CPR's digits
OTHER_CPR_SUBJECT = "1203840017"


@pytest.fixture(autouse=True)
def _key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PII_SCANNER_KEY", "ledger-kinds-test-key-0123456789abcdef")


def _erased_in(cfg: ScanConfig, path: Path) -> list[tuple[str, str]]:
    (result,) = Processor.build(cfg).process(file_item(path))
    return sorted((f.entity_type, f.explanation.recognizer) for f in result.findings if f.part != "name")


def test_a_phone_with_a_cprs_digits_is_a_phone_not_a_cpr(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'index.db'}"
    record_erasure(db, Subject.of(cpr="0101701231", phone=PHONE))
    copy = tmp_path / "kopi.txt"
    copy.write_text(f"Ring til mig på {PHONE} efter kl. 16.\n", encoding="utf-8")
    store = open_store(db)
    cfg = with_ledger(FAST, store)
    store.close()
    assert ("PHONE_NUMBER", "erasure_ledger") in _erased_in(cfg, copy)
    assert ("DK_CPR", "erasure_ledger") not in _erased_in(cfg, copy)


def test_an_old_ledger_entry_is_read_after_the_migration(tmp_path: Path) -> None:
    """An index whose ledger was written before store migration 17 (no kinds, no digit counts): an entry of one
    kind gets it, one of several still finds its restored copy (as every kind, as before)."""
    db = f"sqlite:///{tmp_path / 'index.db'}"
    record_erasure(db, Subject.of(cpr=SUBJECT_CPR))
    record_erasure(db, Subject.of(cpr=OTHER_CPR_SUBJECT, phone="+45 70 10 20 30"))
    engine = sa.create_engine(db)
    with engine.begin() as conn:
        conn.execute(sa.text("ALTER TABLE erasure_ledger DROP COLUMN by_kind"))
        conn.execute(sa.text("ALTER TABLE erasure_ledger DROP COLUMN phone_digits"))
        conn.execute(sa.text("DELETE FROM schema_migrations WHERE version = 17"))
    engine.dispose()
    store = open_store(db)
    with store.engine.connect() as conn:
        rows = conn.execute(sa.text("SELECT kinds, by_kind, phone_digits FROM erasure_ledger ORDER BY id")).all()
    assert rows[0][1] is not None and rows[1][1] is None and rows[1][2] is None
    cfg = with_ledger(FAST, store)
    store.close()
    assert cfg.erased is not None and cfg.erased.phone_digits == ()  # unknown counts: every 5-14 digit string
    for n, text in enumerate((f"Kundenr. {SUBJECT_CPR}", f"Kundenr. {OTHER_CPR_SUBJECT}", "tlf. 0045 70 10 20 30")):
        path = tmp_path / f"r{n}.txt"
        path.write_text(text + "\n", encoding="utf-8")
        assert [e for e, r in _erased_in(cfg, path) if r == "erasure_ledger"], text


class _Counting(Fingerprinter):
    calls = 0

    def __call__(self, normalized: str) -> str:
        type(self).calls += 1
        return super().__call__(normalized)


def test_a_ledger_phone_hashes_only_its_own_digit_counts_and_misses_no_form() -> None:
    fp = _Counting(b"k" * 32)
    subject = Subject.of(cpr=SUBJECT_CPR, phone="+45 70 10 20 30")
    cfg = erased_identifiers(FAST, fp, [ledger_entry_for(subject, fp)])
    assert cfg.erased is not None and cfg.erased.phone_digits == (8, 10, 12)
    # Number-heavy text: amounts, ids and references of every length, and the phone in each written form.
    noise = ";".join(str(10**n + n) for n in range(4, 14)) + "\n"
    forms = ["+45 70 10 20 30", "0045 70102030", "70 10 20 30", "70102030", "+4570102030"]
    text = noise * 200 + "\n".join(f"tlf {f}" for f in forms) + "\n"
    matcher = ErasedMatcher(cfg.erased, fp)
    _Counting.calls = 0
    found = matcher.findings(text)
    kept = _Counting.calls
    assert [f.entity_type for f in found] == ["PHONE_NUMBER"] * len(forms)
    legacy = erased_identifiers(FAST, fp, [(("cpr", "phone"), tuple(f for k in subject.key(fp).idents for f in k.fps))])
    assert legacy.erased is not None
    wanted = {k: frozenset(v) for k, v in legacy.erased.by_kind}
    _Counting.calls = 0
    assert len(find_known(text, fp, wanted, found[0].explanation)) == len(forms)
    assert kept * 2 < _Counting.calls, (kept, _Counting.calls)  # far fewer strings hashed
