"""Word's non-breaking and optional hyphens (``w:noBreakHyphen``, ``w:softHyphen``) are read as the characters
they show, so a number typed with one between its halves reads as typed."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.oxml import OxmlElement

from .extract_helpers import scan_file


def _docx_with(tmp_path: Path, element: str, before: str, after: str) -> Path:
    doc = docx.Document()
    paragraph = doc.add_paragraph()
    run = paragraph.add_run(before)
    run._r.append(OxmlElement(f"w:{element}"))
    text = OxmlElement("w:t")
    text.text = after
    run._r.append(text)
    path = tmp_path / f"{element}.docx"
    doc.save(path)
    return path


@pytest.mark.parametrize("element", ["noBreakHyphen", "softHyphen"])
def test_hyphen_between_halves_reads_as_written(tmp_path: Path, element: str) -> None:
    path = _docx_with(tmp_path, element, "Medarbejderens CPR-nr. 070761", "4285 er noteret.")
    found = [(f.entity_type, f.end - f.start) for r in scan_file(path) for f in r.findings if f.entity_type == "DK_CPR"]
    assert found == [("DK_CPR", 11)], found  # the span covers the hyphen: what the reader sees


def test_non_breaking_hyphen_in_words_stays_a_dash(tmp_path: Path) -> None:
    path = _docx_with(tmp_path, "noBreakHyphen", "Kunde", "nummer 0707614285")
    assert not [f for r in scan_file(path) for f in r.findings if f.entity_type == "DK_CPR"]
