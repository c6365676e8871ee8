"""Hostile OOXML files built as Office and the usual libraries write them: text a person sees (or that
comes back when the file is opened) must reach detection, not be lost before it."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
import openpyxl
import pptx
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
    ws["A2"], ws["B2"] = "Anna Berg", 707614285
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


# --- parts beyond the body -------------------------------------------------------------------
_RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
_P = "http://schemas.openxmlformats.org/presentationml/2006/main"
_TEXT = "CPR 070761-4285"


def _patched(src: Path, dst: Path, add: dict[str, str], edit: dict[str, tuple[str, str]] | None = None) -> Path:
    """A copy of an Office file written by its library, with parts added or edited as Office writes them."""
    with zipfile.ZipFile(src) as zin:
        parts = {n: zin.read(n) for n in zin.namelist()}
    for name, (old, new) in (edit or {}).items():
        assert old.encode() in parts[name]
        parts[name] = parts[name].replace(old.encode(), new.encode(), 1)
    parts.update({k: v.encode() for k, v in add.items()})
    with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, raw in parts.items():
            zout.writestr(name, raw)
    return dst


def _docx(tmp_path: Path) -> Path:
    doc = docx.Document()
    doc.add_paragraph("Referat af mødet")
    doc.save(tmp_path / "base.docx")
    return tmp_path / "base.docx"


def _rel(rid: str, kind: str, target: str, external: bool = False) -> tuple[str, str]:
    mode = ' TargetMode="External"' if external else ""
    return (
        "</Relationships>",
        f'<Relationship Id="{rid}" Type="{_RT}/{kind}" Target="{target}"{mode}/></Relationships>',
    )


def _wdoc(text: str) -> str:
    return f'<w:document xmlns:w="{_W}"><w:body><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:body></w:document>'


def test_a_docx_whose_main_part_has_another_name_is_read(tmp_path: Path) -> None:
    # The package's relationships name the main part; word/document2.xml occurs in real files.
    path = _patched(
        _docx(tmp_path),
        tmp_path / "d.docx",
        {"word/document2.xml": _wdoc(_TEXT)},
        {"_rels/.rels": ("word/document.xml", "word/document2.xml")},
    )
    assert _cprs(path) == {"body"}


def test_a_docx_header_listed_under_another_file_name_is_read(tmp_path: Path) -> None:
    hdr = f'<w:hdr xmlns:w="{_W}"><w:p><w:r><w:t>{_TEXT}</w:t></w:r></w:p></w:hdr>'
    rels = "word/_rels/document.xml.rels"
    path = _patched(
        _docx(tmp_path), tmp_path / "d.docx", {"word/kopf.xml": hdr}, {rels: _rel("rIdX", "header", "kopf.xml")}
    )
    assert _cprs(path) == {"header"}


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("afchunk.htm", f"<html><body><p>{_TEXT}</p></body></html>"),
        ("afchunk.rtf", "{\\rtf1\\ansi " + _TEXT + "\\par}"),
    ],
)
def test_a_docx_alt_chunk_word_merges_on_opening_is_read(tmp_path: Path, name: str, content: str) -> None:
    # Templating tools put HTML or RTF into a DOCX as an altChunk; Word shows it as body text.
    rels = "word/_rels/document.xml.rels"
    body = f'<w:altChunk xmlns:r="{_RT}" r:id="rIdA"/><w:sectPr'
    path = _patched(
        _docx(tmp_path),
        tmp_path / "d.docx",
        {f"word/{name}": content},
        {rels: _rel("rIdA", "aFChunk", name), "word/document.xml": ("<w:sectPr", body)},
    )
    results = scan_file(path)
    assert any(r.item.location.endswith(name) for r in results)
    assert ("DK_CPR", CPR) in {(e, v) for e, v, _p in found(results)}


def test_smartart_charts_alt_text_links_and_app_properties_of_a_docx_are_read(tmp_path: Path) -> None:
    rels = "word/_rels/document.xml.rels"
    smartart = f'<dgm:dataModel xmlns:dgm="x" xmlns:a="{_A}"><dgm:ptLst><dgm:pt><dgm:t><a:p><a:r><a:t>{_TEXT}</a:t></a:r></a:p></dgm:t></dgm:pt></dgm:ptLst></dgm:dataModel>'  # noqa: E501
    chart = f'<c:chartSpace xmlns:c="y"><c:strCache><c:pt idx="0"><c:v>{_TEXT}</c:v></c:pt></c:strCache></c:chartSpace>'
    app = '<Properties xmlns="z"><Company>Jensens Tømrer</Company><Manager>anna.berg@firma.se</Manager></Properties>'
    picture = f'<w:r><w:drawing><wp:inline xmlns:wp="q"><wp:docPr id="1" name="Billede" descr="Pas {_TEXT}"/></wp:inline></w:drawing></w:r>'  # noqa: E501
    for name, extra in (
        ("smartart", {"word/diagrams/data1.xml": smartart}),
        ("chart", {"word/charts/chart1.xml": chart}),
    ):
        assert _cprs(_patched(_docx(tmp_path), tmp_path / f"{name}.docx", extra)) == {"drawing"}
    alt = _patched(_docx(tmp_path), tmp_path / "alt.docx", {}, {"word/document.xml": ("</w:p>", picture + "</w:p>")})
    assert _cprs(alt) == {"body"}
    linked = _patched(
        _docx(tmp_path),
        tmp_path / "links.docx",
        {"docProps/app.xml": app},
        {rels: _rel("rIdM", "hyperlink", "mailto:jens.hansen@firma.dk", external=True)},
    )
    emails = {(v, p) for e, v, p in found(scan_file(linked)) if e == "EMAIL_ADDRESS"}
    assert emails == {("jens.hansen@firma.dk", "links"), ("anna.berg@firma.se", "properties")}


def test_pivot_and_external_link_caches_and_sheet_text_boxes_of_an_xlsx_are_read(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    wb.save(tmp_path / "base.xlsx")
    s = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    parts = {
        "xl/pivotCache/pivotCacheDefinition1.xml": f'<pivotCacheDefinition xmlns="{s}"><cacheFields><cacheField name="CPR"><sharedItems><s v="070761-4285"/></sharedItems></cacheField></cacheFields></pivotCacheDefinition>',  # noqa: E501
        "xl/externalLinks/externalLink1.xml": f'<externalLink xmlns="{s}"><externalBook><sheetDataSet><sheetData sheetId="0"><row r="1"><cell r="A1" t="str"><v>{_TEXT}</v></cell></row></sheetData></sheetDataSet></externalBook></externalLink>',  # noqa: E501
        "xl/drawings/drawing1.xml": f'<xdr:wsDr xmlns:xdr="d" xmlns:a="{_A}"><xdr:sp><xdr:txBody><a:p><a:r><a:t>{_TEXT}</a:t></a:r></a:p></xdr:txBody></xdr:sp></xdr:wsDr>',  # noqa: E501
    }
    for name, content in parts.items():
        path = _patched(tmp_path / "base.xlsx", tmp_path / f"{Path(name).stem}.xlsx", {name: content})
        assert _cprs(path) == ({"drawing"} if "drawings" in name else {"cache"}), name


def test_text_on_a_slide_master_or_layout_and_alt_text_of_a_pptx_are_read(tmp_path: Path) -> None:
    prs = pptx.Presentation()
    prs.slides.add_slide(prs.slide_layouts[6])
    prs.save(tmp_path / "base.pptx")
    shape = (
        f'<p:sp xmlns:a="{_A}"><p:nvSpPr><p:cNvPr id="99" name="t"/><p:cNvSpPr txBox="1"/><p:nvPr/></p:nvSpPr>'
        f"<p:spPr/><p:txBody><a:bodyPr/><a:p><a:r><a:t>{_TEXT}</a:t></a:r></a:p></p:txBody></p:sp></p:spTree>"
    )
    for part in ("ppt/slideMasters/slideMaster1.xml", "ppt/slideLayouts/slideLayout7.xml"):
        path = _patched(tmp_path / "base.pptx", tmp_path / "m.pptx", {}, {part: ("</p:spTree>", shape)})
        assert _cprs(path) == {"body"}, part
    alt = '<p:cNvPr id="99" name="Billede" descr="Pas CPR 070761-4285"/>'
    path = _patched(
        tmp_path / "base.pptx", tmp_path / "alt.pptx", {}, {"ppt/slides/slide1.xml": ('<p:cNvPr id="1" name=""/>', alt)}
    )
    assert _cprs(path) == {"body"}


@pytest.mark.parametrize("formula", ['="070761-"&"4285"', '=CONCATENATE("CPR ","070761-4285")'])
def test_a_formula_written_without_a_cached_value_has_its_literals_read(tmp_path: Path, formula: str) -> None:
    # openpyxl (and most scripts) write formulas with no cached result; Excel computes and shows it.
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Ark1"
    ws["A1"] = "Oplysninger"
    ws["A2"] = formula
    path = tmp_path / "formel.xlsx"
    wb.save(path)
    assert _cprs(path) == {"sheet:Ark1"}


def test_sharepoint_columns_in_custom_xml_and_document_variables_are_read(tmp_path: Path) -> None:
    # SharePoint keeps a library's columns ("Klient CPR") in customXml/itemN.xml of the document it serves.
    store = (
        '<p:properties xmlns:p="http://schemas.microsoft.com/office/2006/metadata/properties"><documentManagement>'
        '<Klient_x0020_CPR xmlns="urn:x">070761-4285</Klient_x0020_CPR></documentManagement></p:properties>'
    )
    path = _patched(_docx(tmp_path), tmp_path / "sp.docx", {"customXml/item1.xml": store})
    assert _cprs(path) == {"properties"}
    var = f'<w:docVars><w:docVar w:name="klient" w:val="{_TEXT}"/></w:docVars></w:settings>'
    path = _patched(_docx(tmp_path), tmp_path / "var.docx", {}, {"word/settings.xml": ("</w:settings>", var)})
    assert _cprs(path) == {"properties"}
