"""A workbook sheet or a presentation slide that the file lists but lacks (a damaged or truncated file whose
directory lost a member) is an error on the item (exit 4), never a silently clean document; what is there is
still read."""

from __future__ import annotations

import io
import subprocess
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.extract.extract_helpers import scan_file
from tests.extract.extract_makers import make_pptx, make_xlsx


def _without(path: Path, prefix: str) -> Path:
    out = io.BytesIO()
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(out, "w") as zout:
        assert any(n.startswith(prefix) for n in zin.namelist())
        for info in zin.infolist():
            if not info.filename.startswith(prefix):
                zout.writestr(info, zin.read(info))
    damaged = path.with_name("damaged" + path.suffix)
    damaged.write_bytes(out.getvalue())
    return damaged


@pytest.mark.parametrize(
    ("maker", "name", "prefix", "said"),
    [
        (make_xlsx, "a.xlsx", "xl/worksheets/sheet1.xml", "corrupt XLSX: sheet 1 of the workbook is missing"),
        (make_xlsx, "a.xlsx", "xl/worksheets/sheet", "corrupt XLSX: sheet 1 of the workbook is missing"),
        (make_pptx, "a.pptx", "ppt/slides/slide1.xml", "corrupt PPTX: 1 slide(s) of the presentation missing"),
    ],
)
def test_a_listed_part_that_is_missing_is_an_error(
    maker: Callable[[Path], Path], name: str, prefix: str, said: str, tmp_path: Path
) -> None:
    good = maker(tmp_path / name)
    assert all(r.error is None for r in scan_file(good))
    (top, *_rest) = scan_file(_without(good, prefix))
    assert top.error == said


def test_cli_exits_4_for_a_workbook_missing_a_sheet(cli: list[str], tmp_path: Path) -> None:
    damaged = _without(make_xlsx(tmp_path / "good.xlsx"), "xl/worksheets/sheet1.xml")
    done = subprocess.run([*cli, "scan", str(damaged), "--no-ner"], capture_output=True, timeout=300)
    assert done.returncode == 4, done.stderr[-500:]


CPR_TEXT = "Kunde CPR-nummer 120385-1002"


def _docx_with_header(path: Path) -> Path:
    import docx

    doc = docx.Document()
    doc.add_paragraph("Referat")
    doc.sections[0].header.paragraphs[0].text = CPR_TEXT
    doc.sections[0].footer.paragraphs[0].text = "Side 1"
    doc.save(str(path))
    return path


def _pptx_with_notes(path: Path) -> Path:
    import pptx

    deck = pptx.Presentation()
    slide = deck.slides.add_slide(deck.slide_layouts[5])
    slide.shapes.title.text = "Status"
    slide.notes_slide.notes_text_frame.text = CPR_TEXT
    deck.save(str(path))
    return path


def _xlsx_with_comment(path: Path) -> Path:
    import openpyxl
    from openpyxl.comments import Comment

    book = openpyxl.Workbook()
    book.active["A1"] = "Status"
    book.active["A1"].comment = Comment(CPR_TEXT, "sb")
    book.save(str(path))
    return path


@pytest.mark.parametrize(
    ("maker", "name", "prefix", "said"),
    [
        (_docx_with_header, "a.docx", "word/header", "corrupt DOCX: parts the package lists are missing (1 header)"),
        (_docx_with_header, "a.docx", "word/footer", "corrupt DOCX: parts the package lists are missing (1 footer)"),
        (
            _pptx_with_notes,
            "a.pptx",
            "ppt/notesSlides/notesSlide1.xml",
            "corrupt PPTX: parts the package lists are missing (1 notesSlide)",
        ),
        (
            _xlsx_with_comment,
            "a.xlsx",
            "xl/comments",
            "corrupt XLSX: parts the package lists are missing (1 comments)",
        ),
    ],
)
def test_a_listed_text_part_of_any_kind_that_is_missing_is_an_error(
    maker: Callable[[Path], Path], name: str, prefix: str, said: str, tmp_path: Path
) -> None:
    good = maker(tmp_path / name)
    (top, *_rest) = scan_file(good)
    assert top.error is None and any(f.entity_type == "DK_CPR" for f in top.findings)
    (top, *_rest) = scan_file(_without(good, prefix))
    assert top.error == said
