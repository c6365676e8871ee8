"""Every supported format, made by the tools people use, scanned end to end (extract + detect).

A CPR and a personnummer are planted in body text, table cells, headers, comments, notes, sheet
names/cells, archive members three levels down and pictures (OCR).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.extract.extract_helpers import entities, found, scan_file
from tests.extract.extract_makers import (
    CPR_NORM,
    PNR_NORM,
    make_7z,
    make_csv,
    make_doc,
    make_docx,
    make_html,
    make_nested_zip,
    make_odp,
    make_ods,
    make_odt,
    make_pdf,
    make_pptx,
    make_rtf,
    make_single_compressed,
    make_tar,
    make_txt,
    make_xls,
    make_xlsx,
)

CPR = ("DK_CPR", CPR_NORM)
PNR = ("SE_PERSONNUMMER", PNR_NORM)

# (file name, maker, mime expected, (entity, part label) pairs that must be found)
CASES: list[tuple[str, Callable[[Path], Path], str, set[tuple[str, str]]]] = [
    ("utf8.txt", make_txt, "text/plain", {("DK_CPR", "body"), ("SE_PERSONNUMMER", "body")}),
    ("page.html", make_html, "text/html", {("DK_CPR", "body"), ("SE_PERSONNUMMER", "body")}),
    ("staff.csv", make_csv, "text/csv", {("DK_CPR", "body"), ("SE_PERSONNUMMER", "body")}),
    (
        "staff.tsv",
        lambda p: make_csv(p, "\t"),
        "text/tab-separated-values",
        {("DK_CPR", "body"), ("SE_PERSONNUMMER", "body")},
    ),
    ("letter.rtf", make_rtf, "text/rtf", {("DK_CPR", "body"), ("SE_PERSONNUMMER", "body")}),
    (
        "report.pdf",
        make_pdf,
        "application/pdf",
        {("DK_CPR", "body"), ("DK_CPR", "comment"), ("SE_PERSONNUMMER", "body")},
    ),
    (
        "letter.docx",
        make_docx,
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        {("DK_CPR", "body"), ("DK_CPR", "footer"), ("SE_PERSONNUMMER", "header"), ("SE_PERSONNUMMER", "comment")},
    ),
    (
        "salary.xlsx",
        make_xlsx,
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        {
            ("DK_CPR", "sheet:Løn"),
            ("SE_PERSONNUMMER", "header"),
            ("DK_CPR", "comment"),
            ("SE_PERSONNUMMER", "sheet:Personal"),
        },
    ),
    (
        "slides.pptx",
        make_pptx,
        "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        {("DK_CPR", "body"), ("SE_PERSONNUMMER", "notes")},
    ),
    (
        "letter.odt",
        make_odt,
        "application/vnd.oasis.opendocument.text",
        {("DK_CPR", "body"), ("DK_CPR", "comment"), ("SE_PERSONNUMMER", "header")},
    ),
    (
        "salary.ods",
        make_ods,
        "application/vnd.oasis.opendocument.spreadsheet",
        {("DK_CPR", "sheet:Løn"), ("SE_PERSONNUMMER", "sheet:Løn")},
    ),
    (
        "slides.odp",
        make_odp,
        "application/vnd.oasis.opendocument.presentation",
        {("SE_PERSONNUMMER", "body"), ("DK_CPR", "notes")},
    ),
    ("legacy.doc", make_doc, "application/msword", {("DK_CPR", "body"), ("SE_PERSONNUMMER", "body")}),
    ("legacy.xls", make_xls, "application/vnd.ms-excel", {("DK_CPR", "sheet:Løn"), ("SE_PERSONNUMMER", "sheet:Løn")}),
]


@pytest.mark.parametrize(("name", "maker", "mime", "wanted"), CASES, ids=[c[0] for c in CASES])
def test_format_found(
    tmp_path: Path, name: str, maker: Callable[[Path], Path], mime: str, wanted: set[tuple[str, str]]
) -> None:
    results = scan_file(maker(tmp_path / name))
    top = results[0]
    assert top.error is None
    assert top.mime == mime
    assert {CPR, PNR} <= entities(results)
    got = {(e, part) for e, _v, part in found(results)}
    assert wanted <= got, wanted - got


def test_text_in_nordic_code_pages(tmp_path: Path) -> None:
    for enc in ("cp1252", "utf-16", "latin-1"):
        results = scan_file(make_txt(tmp_path / f"{enc}.txt", encoding=enc))
        assert {CPR, PNR} <= entities(results), enc


def test_archive_member_three_levels_down(tmp_path: Path) -> None:
    results = scan_file(make_nested_zip(tmp_path / "outer.zip"))
    deep = [r for r in results if r.item.location.endswith("level3/deep.txt")]
    assert len(deep) == 1
    assert deep[0].item.location == (tmp_path / "outer.zip").as_uri() + (
        "!/level1/mid.zip!/level2/inner.tar.gz!/inner.tar!/level3/deep.txt"
    )
    assert deep[0].item.depth == 4 and deep[0].item.path == str(tmp_path / "outer.zip")
    assert {CPR, PNR} <= entities(deep)
    assert deep[0].parent is not None and deep[0].parent.endswith("inner.tar")
    assert all(r.error is None for r in results)


@pytest.mark.parametrize("kind", ["", "gz", "bz2", "xz"])
def test_tar_variants(tmp_path: Path, kind: str) -> None:
    results = scan_file(make_tar(tmp_path / f"a.tar{'.' + kind if kind else ''}", kind))
    assert {CPR, PNR} <= entities(results)
    assert results[-1].item.location.endswith("docs/medarbejder.txt")


@pytest.mark.parametrize("kind", ["gz", "bz2", "xz"])
def test_single_compressed(tmp_path: Path, kind: str) -> None:
    results = scan_file(make_single_compressed(tmp_path / f"note.txt.{kind}", kind))
    assert results[1].item.location.endswith(f"note.txt.{kind}!/note.txt")
    assert {CPR, PNR} <= entities(results)


def test_7z(tmp_path: Path) -> None:
    results = scan_file(make_7z(tmp_path / "a.7z"))
    assert results[0].mime == "application/x-7z-compressed"
    assert {CPR, PNR} <= entities(results)
    assert [r.item.name for r in results[1:]] == ["medarbejder.txt", "readme.txt"]


def test_embedded_picture_in_docx_is_ocrd(tmp_path: Path) -> None:
    import docx

    from tests.extract.extract_makers import make_image

    png = make_image(tmp_path / "scan.png")
    d = docx.Document()
    d.add_paragraph("Se vedhæftede scanning.")
    d.add_picture(str(png))
    d.save(str(tmp_path / "with-scan.docx"))
    results = scan_file(tmp_path / "with-scan.docx")
    media = [r for r in results if "!/word/media/" in r.item.location]
    assert media and ("DK_CPR", CPR_NORM, "ocr") in found(media)


@pytest.mark.parametrize(
    ("name", "body"),
    [
        ("export.json", '{{"navn": "Jens Hansen", "cpr": "{cpr}", "email": "jens@firma.dk"}}\n'),
        ("export.ndjson", '{{"cpr": "{cpr}"}}\n{{"cpr": "{cpr}"}}\n'),
        ("export.xml", '<?xml version="1.0"?>\n<person><navn>Jens Hansen</navn><cpr>{cpr}</cpr></person>\n'),
        ("export.txt", "<person><navn>Jens Hansen</navn><cpr>{cpr}</cpr></person>\n"),
    ],
)
def test_json_and_xml_exports_are_read_as_text(tmp_path: Path, name: str, body: str) -> None:
    # libmagic names JSON application/json: such files were skipped silently before.
    path = tmp_path / name
    path.write_text(body.format(cpr=CPR[1]), encoding="utf-8")
    results = scan_file(path)
    assert results[0].error is None
    assert CPR in entities(results), results[0].item.mime_hint


def test_xlsx_empty_cells_keep_their_column(tmp_path: Path) -> None:
    """Spreadsheets do not store empty cells: a number after one stays under its own header."""
    import datetime

    import openpyxl

    from tests.helpers.nordic_numbers import make_cpr

    order, person = make_cpr(datetime.date(1961, 7, 7), 3), make_cpr(datetime.date(1985, 3, 14), 2)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Navn", "CPR", "Ordrenr."])
    ws.append(["Jens Hansen", None, order])  # an order number that reads as a CPR; the CPR cell is empty
    ws.append(["Ida Ravn", person, None])
    path = tmp_path / "ordrer.xlsx"
    wb.save(str(path))
    assert entities(scan_file(path)) == {("DK_CPR", person)}
