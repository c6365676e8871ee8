"""Hostile (left20, item 2): the audit log masks every free text itself.

``Store.audit`` wrote what its callers passed: each caller had to mask its reasons, notes and error texts, and one
that forgot (a new refusal, a plug-in, a provider's error text) put a plaintext identifier into the one table that
can never be changed. The writer now masks every text of a row (subject and every detail, also inside lists and
mappings) as the outputs mask free text; keyed fingerprints stay as they are, and the hash chain holds.
"""

from __future__ import annotations

import datetime
import json
import re
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from pii_scanner.cli.main import main
from pii_scanner.store import open_store
from pii_scanner.store.store import masked_for_audit
from tests.helpers.nordic_numbers import make_cpr, make_personnummer
from tests.store.planted import CPRS

CPR = make_cpr(datetime.date(1961, 7, 7))
PNR = make_personnummer(datetime.date(1980, 2, 3))
EMAIL = "jens.hansen@firma.dk"
PHONE = "+45 22 33 44 55"
PLAIN = (CPR, f"{CPR[:6]}-{CPR[6:]}", PNR, f"{PNR[:8]}-{PNR[8:]}", EMAIL, PHONE, "22 33 44 55")
HOSTILE = f"ring {PHONE} / {EMAIL} om {CPR[:6]}-{CPR[6:]} og {PNR[:8]}-{PNR[8:]}"


@pytest.fixture(autouse=True)
def _key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PII_SCANNER_KEY", "audit-masked-test-key-0123456789abcdef")


def _audit_text(rows: list[dict[str, Any]]) -> str:
    return "\n".join(json.dumps(r, default=str, ensure_ascii=False) for r in rows)


def _no_plaintext(text: str) -> None:
    for plain in PLAIN:
        assert plain not in text, plain
    assert CPR not in re.sub(r"\D", "", text)  # nor its digits written another way


@pytest.mark.parametrize("field", ["reason", "note", "why", "error", "message", "destination", "case_ref"])
def test_every_free_text_a_caller_passes_is_masked_by_the_writer(tmp_path: Path, field: str) -> None:
    """On main the row kept the text as passed (a caller that forgot to mask wrote it in plain)."""
    with open_store(str(tmp_path / "index.db")) as st:
        st.audit(
            "some_refusal",
            actor=f"Mette {EMAIL}",
            subject=HOSTILE,
            **{field: HOSTILE, "nested": {"texts": [HOSTILE, {"deeper": HOSTILE}]}, "count": 3},
        )
        rows = st.rows("audit")
        _no_plaintext(_audit_text(rows))
        detail = rows[-1]["detail"]
        assert "j***@firma.dk" in detail[field] and "[NUMBER]" in detail[field]  # masked, still readable
        assert detail["count"] == 3
        assert st.verify_audit().ok


def test_keyed_fingerprints_and_lock_names_are_kept_as_they_are(tmp_path: Path) -> None:
    # A run of hex can hold a valid CPR's ten digits; masking it would break the fingerprint.
    fp = "ab" + CPR + "cd" * 26
    lock = "sweep:" + CPR + "ef" * 15
    assert masked_for_audit(fp) == fp and masked_for_audit(lock) == lock
    assert masked_for_audit(CPR) != CPR  # ten digits alone are no fingerprint
    assert masked_for_audit("4111111111111111") != "4111111111111111"  # nor sixteen
    with open_store(str(tmp_path / "index.db")) as st:
        st.audit("triage", subject=fp, fingerprint=fp, lock=lock)
        row = st.rows("audit")[-1]
        assert row["subject"] == fp and row["detail"] == {"fingerprint": fp, "lock": lock}
        assert st.verify_audit().ok


def test_audited_free_text_from_the_command_line_is_masked(tmp_path: Path) -> None:
    root = tmp_path / "share"
    root.mkdir()
    (root / "a.txt").write_text(f"CPR {CPRS[0]}\n", encoding="utf-8")
    db = str(tmp_path / "index.db")
    run = CliRunner().invoke
    assert run(main, ["sweep", str(root), "--db", db, "--no-ner", "--workers", "0"]).exit_code in (0, 1)
    r = run(main, ["triage", str(root / "a.txt"), "false-positive", "--note", HOSTILE, "--who", HOSTILE, "--db", db])
    assert r.exit_code == 0, r.output
    r = run(main, ["request", "open", "--cpr", CPRS[0], "--reference", HOSTILE, "--db", db, "--format", "json"])
    assert r.exit_code == 0, r.output
    assert run(main, ["request", "extend", "1", "--months", "1", "--reason", HOSTILE, "--db", db]).exit_code == 0
    assert run(main, ["request", "close", "1", "--db", db]).exit_code == 0
    with open_store(db) as st:
        rows = st.rows("audit")
        assert {"triage", "access_request_opened", "access_request_extended"} <= {r["action"] for r in rows}
        _no_plaintext(_audit_text(rows))
        assert st.verify_audit().ok
