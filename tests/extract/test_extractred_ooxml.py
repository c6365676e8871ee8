"""Hostile OOXML files built as Office and the usual libraries write them: text a person sees (or that
comes back when the file is opened) must reach detection, not be lost before it."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from pii_scanner.extract.numfmt import _tokens, render
from tests.extract.extract_helpers import found

from .extract_helpers import scan_file

CPR = "0707614285"


def _cprs(path: Path) -> set[str | None]:
    return {part for entity, value, part in found(scan_file(path)) if entity == "DK_CPR" and value == CPR}


@pytest.mark.parametrize("code", ["0000000000", "000000-0000", "000000\\-0000", '"CPR "000000-0000'])
def test_a_cpr_typed_as_a_number_is_read_as_its_number_format_shows_it(tmp_path: Path, code: str) -> None:
    # Excel drops the leading zero of 0707614285; the column's format puts it back on screen.
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Kunder"
    ws["A1"], ws["B1"] = "Navn", "CPR"
    ws["A2"], ws["B2"] = "Kunde", 707614285
    ws["B2"].number_format = code
    path = tmp_path / "kunder.xlsx"
    wb.save(path)
    assert _cprs(path) == {"sheet:Kunder"}


@pytest.mark.parametrize(
    ("code", "value", "shown"),
    [
        ("0000000000", "707614285", "0707614285"),
        ("000000-0000", "707614285", "070761-4285"),
        ("#,##0", "707614285", None),  # not a digit pattern: left as stored
        ("0.00", "707614285", None),
        ("yyyy-mm-dd", "40000", None),
        ("00000", "1234567", "1234567"),  # more digits than placeholders: all shown
        ("[Red]000000-0000;[Blue]0", "707614285", "070761-4285"),
        ("000000-0000", "707614285.5", "unrendered"),
        ("000000-0000", "-707614285", "unrendered"),
    ],
)
def test_only_digit_patterns_are_rendered(code: str, value: str, shown: str | None) -> None:
    tokens = _tokens(code)
    if shown is None:
        assert tokens is None
    elif shown == "unrendered":
        assert tokens is not None and render(tokens, value) is None
    else:
        assert tokens is not None and render(tokens, value) == shown
