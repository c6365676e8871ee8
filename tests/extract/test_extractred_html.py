"""HTML, XHTML and SVG text a person sees (or that the saved page keeps as its data) that was lost before
detection: field values and placeholders, meta descriptions, mailto: targets, comments, JSON data
blocks, <noscript>, a soft hyphen inside a number, XHTML that libmagic calls XML, SVG text in pieces."""

from __future__ import annotations

from pathlib import Path

import pytest

from pii_scanner.extract.html import html_to_text

from .extract_helpers import found, scan_file

_PAGE = "<!DOCTYPE html><html><head><meta charset='utf-8'>{head}</head><body><p>Kunde</p>{body}</body></html>"


@pytest.mark.parametrize(
    ("head", "body"),
    [
        ("", '<form><input name="cpr" value="070761-4285"></form>'),
        ("", '<input placeholder="CPR 070761-4285">'),
        ('<meta name="description" content="CPR 070761-4285">', ""),
        ("", "<!-- CPR 070761-4285 -->"),
        ("", '<script type="application/json" id="__NEXT_DATA__">{"cpr": "070761-4285"}</script>'),
        ("", "<noscript>CPR 070761-4285</noscript>"),
        ("", "<p>CPR 0707&shy;61-4285 og 0707&#x200b;61-4285</p>"),
    ],
)
def test_html_text_outside_the_visible_flow_is_found(tmp_path: Path, head: str, body: str) -> None:
    path = tmp_path / "side.html"
    path.write_text(_PAGE.format(head=head, body=body), encoding="utf-8")
    assert {v for e, v, _p in found(scan_file(path)) if e == "DK_CPR"} == {"0707614285"}


@pytest.mark.parametrize(
    ("name", "content"),
    [
        (
            "kapitel.xhtml",
            '<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml">'
            "<body><p>CPR <span>0707</span>61-4285</p></body></html>",
        ),
        (
            "figur.svg",
            '<svg xmlns="http://www.w3.org/2000/svg"><text>CPR <tspan>0707</tspan><tspan>61-4285</tspan></text></svg>',
        ),
    ],
)
def test_xhtml_and_svg_are_read_as_markup_not_raw_text(tmp_path: Path, name: str, content: str) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    assert {v for e, v, _p in found(scan_file(path)) if e == "DK_CPR"} == {"0707614285"}


def test_a_mailto_target_is_read_and_script_code_stays_dropped() -> None:
    text = html_to_text('<a href="mailto:jens.hansen%40firma.dk">skriv</a><script>var x = "kode";</script>')
    assert "jens.hansen@firma.dk" in text
    assert "kode" not in text
