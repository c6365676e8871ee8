"""Hostile OOXML files (session 18, extract6): ruby text, the people a file names as authors of
comments and tracked changes, data validation lists, defined names, and charts read once."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
import openpyxl
import pptx
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation
from pptx.chart.data import CategoryChartData
from pptx.enum.chart import XL_CHART_TYPE
from pptx.util import Inches

from pii_scanner.core.config import ScanConfig
from pii_scanner.extract.context import ExtractContext
from pii_scanner.extract.ooxml import extract_docx, extract_pptx, extract_xlsx
from pii_scanner.sources.files import file_item

from .extract_helpers import found, scan_file

CPR = "0707614285"
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W15 = "http://schemas.microsoft.com/office/word/2012/wordml"


def _cprs(path: Path) -> list[str | None]:
    """The part of each CPR finding (a list: a value found twice shows twice)."""
    return sorted((f.part or "" for r in scan_file(path) for f in r.findings if f.entity_type == "DK_CPR"), key=str)


def _parts(path: Path, extractor: object) -> dict[str, str]:
    ctx = ExtractContext.for_top_item(ScanConfig().with_(ner__enabled=False, workers=1))
    out: dict[str, str] = {}
    for p in extractor(file_item(path), path.read_bytes(), ctx).parts:  # type: ignore[operator]
        out[p.label or ""] = out.get(p.label or "", "") + p.text
    return out


def _patched(src: Path, dst: Path, add: dict[str, str], edit: dict[str, tuple[str, str]] | None = None) -> Path:
    with zipfile.ZipFile(src) as zin:
        parts = {n: zin.read(n) for n in zin.namelist()}
    for name, (old, new) in (edit or {}).items():
        assert old.encode() in parts[name], name
        parts[name] = parts[name].replace(old.encode(), new.encode(), 1)
    parts.update({k: v.encode() for k, v in add.items()})
    with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, raw in parts.items():
            zout.writestr(name, raw)
    return dst


def _docx(tmp_path: Path, body: str) -> Path:
    doc = docx.Document()
    doc.add_paragraph("MARK")
    doc.save(tmp_path / "base.docx")
    return _patched(tmp_path / "base.docx", tmp_path / "d.docx", {}, {"word/document.xml": ("<w:t>MARK</w:t>", body)})


def _r(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def test_ruby_text_is_not_glued_into_the_word_it_annotates(tmp_path: Path) -> None:
    # Word keeps the ruby text (w:rt) before its base in the XML: "CPR " + "x" + "070761-4285" was one word.
    ruby = f"<w:ruby><w:rubyPr/><w:rt>{_r('x')}</w:rt><w:rubyBase>{_r('070761-4285')}</w:rubyBase></w:ruby>"
    path = _docx(tmp_path, f"<w:t>CPR </w:t></w:r>{ruby}<w:r><w:t>.</w:t>")
    assert _cprs(path) == ["body"]
    assert "CPR 070761-4285 (x)." in _parts(path, extract_docx)["body"]


def test_comment_and_tracked_change_authors_of_a_docx_are_read(tmp_path: Path) -> None:
    tracked = (
        f'<w:t>ok</w:t></w:r><w:ins w:id="1" w:author="Mette Kjærgaard" w:date="2024-01-02T10:00:00Z">{_r("ny")}'
        f'</w:ins><w:del w:id="2" w:author="Jens Hansen">'
        "<w:r><w:delText>gammel</w:delText></w:r></w:del><w:r><w:t>.</w:t>"
    )
    comments = (
        f'<w:comments xmlns:w="{_W}"><w:comment w:id="0" w:author="Søren Østergaard" w:initials="SØ">'
        f"<w:p>{_r('ok')}</w:p></w:comment></w:comments>"
    )
    people = (
        f'<w15:people xmlns:w15="{_W15}"><w15:person w15:author="Søren Østergaard">'
        '<w15:presenceInfo w15:providerId="AD" w15:userId="soeren.oestergaard@firma.dk"/></w15:person></w15:people>'
    )
    path = _patched(
        _docx(tmp_path, tracked), tmp_path / "c.docx", {"word/comments.xml": comments, "word/people.xml": people}
    )
    props = _parts(path, extract_docx)["properties"]
    for person in ("Mette Kjærgaard", "Jens Hansen", "Søren Østergaard SØ", "soeren.oestergaard@firma.dk"):
        assert f"author: {person}" in props, person
    emails = {(v, p) for e, v, p in found(scan_file(path)) if e == "EMAIL_ADDRESS"}
    assert emails == {("soeren.oestergaard@firma.dk", "properties")}


def _workbook(tmp_path: Path) -> tuple[openpyxl.Workbook, Path]:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Kunder"
    ws["A1"] = "Kunde"
    return wb, tmp_path / "x.xlsx"


def test_an_xlsx_data_validation_list_and_its_messages_are_read(tmp_path: Path) -> None:
    wb, path = _workbook(tmp_path)
    ws = wb.active
    assert ws is not None
    listed = DataValidation(type="list", formula1='"070761-4285,Anna Berg"')
    shown = DataValidation(type="whole", promptTitle="Hjælp", prompt="Skriv CPR som 070761-4285", showInputMessage=True)
    for dv, cell in ((listed, "B2"), (shown, "C2")):
        ws.add_data_validation(dv)
        dv.add(cell)
    wb.save(path)
    assert _cprs(path) == ["sheet:Kunder", "sheet:Kunder"]


def test_an_xlsx_defined_name_with_a_text_value_is_read(tmp_path: Path) -> None:
    wb, path = _workbook(tmp_path)
    wb.defined_names["kunde_cpr"] = DefinedName("kunde_cpr", attr_text='"070761-4285"')
    wb.save(path)
    assert _cprs(path) == ["properties"]
    assert "kunde_cpr: 070761-4285" in _parts(path, extract_xlsx)["properties"]


def test_xlsx_comment_authors_and_threaded_comment_persons_are_read(tmp_path: Path) -> None:
    wb, path = _workbook(tmp_path)
    ws = wb.active
    assert ws is not None
    ws["A1"].comment = openpyxl.comments.Comment("Ring tilbage", "Jens Hansen")
    wb.save(path)
    person = (
        '<personList xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments">'
        '<person displayName="Anna Berg" id="{1}" userId="anna.berg@firma.se" providerId="AD"/></personList>'
    )
    path = _patched(path, tmp_path / "p.xlsx", {"xl/persons/person.xml": person})
    props = _parts(path, extract_xlsx)["properties"]
    assert "author: Jens Hansen" in props and "author: Anna Berg anna.berg@firma.se" in props
    assert ("EMAIL_ADDRESS", "anna.berg@firma.se", "properties") in found(scan_file(path))


def test_a_pptx_chart_with_its_own_workbook_is_read_once(tmp_path: Path) -> None:
    # python-pptx (like PowerPoint) embeds the chart's data as a workbook; the chart part caches the same
    # cells. Both were read: every value found twice.
    prs = pptx.Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[6])
    data = CategoryChartData()
    data.categories = ["070761-4285", "Andet"]
    data.add_series("Antal", (1, 2))
    chart = slide.shapes.add_chart(XL_CHART_TYPE.COLUMN_CLUSTERED, Inches(1), Inches(1), Inches(4), Inches(3), data)
    chart.chart.has_title = True
    chart.chart.chart_title.text_frame.text = "Kunde med CPR 070761-4285"
    prs.save(tmp_path / "c.pptx")
    parts = [f.part for r in scan_file(tmp_path / "c.pptx") for f in r.findings if f.entity_type == "DK_CPR"]
    assert sorted(p or "" for p in parts) == ["drawing", "sheet:Sheet1"]  # the title here, the data in the child


def test_pptx_comment_authors_are_read(tmp_path: Path) -> None:
    prs = pptx.Presentation()
    prs.slides.add_slide(prs.slide_layouts[6])
    prs.save(tmp_path / "b.pptx")
    authors = (
        '<p:cmAuthorLst xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main">'
        '<p:cmAuthor id="1" name="Jens Hansen" initials="JH" lastIdx="1" clrIdx="0"/></p:cmAuthorLst>'
    )
    path = _patched(tmp_path / "b.pptx", tmp_path / "a.pptx", {"ppt/commentAuthors.xml": authors})
    assert "author: Jens Hansen JH" in _parts(path, extract_pptx)["properties"]


def test_an_xlsb_is_said_not_read_never_corrupt_or_clean(tmp_path: Path) -> None:
    path = tmp_path / "kunder.xlsb"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr(
            "[Content_Types].xml",
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override '
            'PartName="/xl/workbook.bin" ContentType="application/vnd.ms-excel.sheet.binary.macroEnabled.main"/>'
            "</Types>",
        )
        zf.writestr("xl/workbook.bin", b"\x83\x01\x00" + bytes(20))
        zf.writestr("xl/worksheets/sheet1.bin", b"\x81\x01\x00" + "070761-4285".encode("utf-16-le"))
    (result,) = scan_file(path)
    assert "not_read" in result.flags and result.error is not None and "XLSB" in result.error
    assert "corrupt" not in result.error
