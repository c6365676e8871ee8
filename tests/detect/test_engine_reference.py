"""The engine's findings stay exactly what they were: a checked-in golden table of every field of
every finding on a generated corpus (every identifier kind, dense hard negatives, tables, OCR text).

Speed work must not change a single finding. When a change of findings is intended (new rules or
context words), rewrite the table with ``python -m tests.detect.engine_corpus golden`` and review
its diff.
"""

from __future__ import annotations

import difflib

from tests.detect.engine_corpus import GOLDEN, golden_lines


def test_findings_match_the_golden_table() -> None:
    expected = GOLDEN.read_text(encoding="utf-8").splitlines()
    got = golden_lines()
    if got != expected:
        diff = list(difflib.unified_diff(expected, got, "golden", "now", lineterm="", n=0))
        raise AssertionError(
            f"{len(diff)} diff lines against {GOLDEN.name} (regenerate with "
            "`python -m tests.detect.engine_corpus golden` only for an intended change):\n" + "\n".join(diff[:40])
        )
    assert len(expected) > 500  # the corpus really produces findings of every kind
    kinds = {line.split("\t")[2] for line in expected}
    assert {"DK_CPR", "SE_PERSONNUMMER", "NO_FODSELSNUMMER", "FI_PERSONAL_IDENTITY_CODE", "IS_KENNITALA"} <= kinds
    assert {"EMAIL_ADDRESS", "PHONE_NUMBER", "IBAN_CODE", "CREDIT_CARD"} <= kinds
