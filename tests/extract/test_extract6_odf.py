"""OpenDocument text kept outside a paragraph's plain text (session 18, extract6): ruby, hidden text,
field declarations, slide names, spreadsheet cells written without a text:p, annotation authors."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from .extract_helpers import found, scan_file

_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2"'
)
CPR = ("DK_CPR", "0707614285")


def _odf(path: Path, kind: str, body: str, automatic: str = "") -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("mimetype", f"application/vnd.oasis.opendocument.{kind}", compress_type=zipfile.ZIP_STORED)
        zf.writestr(
            "content.xml",
            f"<office:document-content {_NS}><office:automatic-styles>{automatic}</office:automatic-styles>"
            f"<office:body><office:{kind}>{body}</office:{kind}></office:body></office:document-content>",
        )
    return path


def _hits(path: Path) -> set[tuple[str, str, str | None]]:
    return {(e, v, p) for e, v, p in found(scan_file(path)) if e in ("DK_CPR", "EMAIL_ADDRESS")}


@pytest.mark.parametrize(
    ("name", "kind", "body"),
    [
        # LibreOffice writes the ruby text after the base: "070761-4285" + "x" was one word
        (
            "ruby.odt",
            "text",
            "<text:p>CPR <text:ruby><text:ruby-base>070761-4285</text:ruby-base>"
            "<text:ruby-text>x</text:ruby-text></text:ruby>.</text:p>",
        ),
        (
            "hidden.odt",
            "text",
            '<text:p>CPR <text:hidden-text text:condition="ooow:1" text:string-value="070761-4285" '
            'text:is-hidden="true"/></text:p>',
        ),
        (
            "decl.odt",
            "text",
            '<text:user-field-decls><text:user-field-decl office:value-type="string" '
            'office:string-value="070761-4285" text:name="cpr"/></text:user-field-decls><text:p>x</text:p>',
        ),
        ("page.odp", "presentation", '<draw:page draw:name="Kunde CPR 070761-4285"/>'),
    ],
)
def test_odf_text_outside_a_paragraphs_plain_text_is_read(tmp_path: Path, name: str, kind: str, body: str) -> None:
    assert {(e, v) for e, v, _p in _hits(_odf(tmp_path / name, kind, body))} == {CPR}


def _cell(attrs: str) -> str:
    return (
        '<table:table table:name="Kunder"><table:table-row><table:table-cell office:value-type="string">'
        f"<text:p>CPR</text:p></table:table-cell><table:table-cell {attrs}/></table:table-row></table:table>"
    )


@pytest.mark.parametrize(
    "attrs",
    [
        'office:value-type="string" office:string-value="070761-4285"',
        # a CPR typed as a number (leading zero lost), shown by a 10-digit number style
        'table:style-name="ce1" office:value-type="float" office:value="707614285"',
        # a formula never computed (scripts write them so): its text literals
        'table:formula="of:=&quot;070761-&quot;&amp;&quot;4285&quot;" office:value-type="string"',
    ],
)
def test_an_ods_cell_without_a_text_paragraph_is_read_from_its_value(tmp_path: Path, attrs: str) -> None:
    styles = (
        '<number:number-style style:name="N1"><number:number number:decimal-places="0" '
        'number:min-integer-digits="10"/></number:number-style>'
        '<style:style style:name="ce1" style:family="table-cell" style:data-style-name="N1"/>'
    )
    path = _odf(tmp_path / "kunder.ods", "spreadsheet", _cell(attrs), styles)
    assert _hits(path) == {(*CPR, "sheet:Kunder")}


def test_an_odf_annotation_author_is_read_with_the_comment(tmp_path: Path) -> None:
    body = (
        "<text:p>Tekst<office:annotation><dc:creator>jens.hansen@firma.dk</dc:creator>"
        "<dc:date>2024-01-02T10:00:00</dc:date><text:p>Ring tilbage</text:p></office:annotation></text:p>"
    )
    assert _hits(_odf(tmp_path / "note.odt", "text", body)) == {("EMAIL_ADDRESS", "jens.hansen@firma.dk", "comment")}
