"""HTML text carried outside the page's text nodes (session 18, extract6): data-* attributes, an
iframe's srcdoc, data: URLs holding a page or plain text, <template> content."""

from __future__ import annotations

import base64
from pathlib import Path
from urllib.parse import quote

import pytest

from pii_scanner.extract.html import html_to_text

from .extract_helpers import found, scan_file

_TEXT = "Kunde CPR 070761-4285 anna.berg@firma.se"
_B64 = base64.b64encode(f"<p>{_TEXT}</p>".encode()).decode()


@pytest.mark.parametrize(
    "body",
    [
        f'<tr data-person="{_TEXT}"><td>Række 1</td></tr>',
        f'<iframe srcdoc="&lt;p&gt;{_TEXT}&lt;/p&gt;"></iframe>',
        f'<a href="data:text/html;base64,{_B64}">Åbn</a>',
        f'<a download="kunde.txt" href="data:text/plain;charset=utf-8,{quote(_TEXT)}">Hent</a>',
        f'<iframe src="data:text/html,{quote(f"<b>{_TEXT}</b>")}"></iframe>',
        f"<template><tr><td>{_TEXT}</td></tr></template>",
    ],
)
def test_html_text_outside_the_text_nodes_is_read(tmp_path: Path, body: str) -> None:
    path = tmp_path / "side.html"
    path.write_text(f"<html><body><p>Oversigt</p>{body}</body></html>", encoding="utf-8")
    hits = {(e, v) for e, v, _p in found(scan_file(path)) if e in ("DK_CPR", "EMAIL_ADDRESS")}
    assert hits == {("DK_CPR", "0707614285"), ("EMAIL_ADDRESS", "anna.berg@firma.se")}


def test_nested_pages_are_parsed_only_so_deep_and_pictures_are_not_decoded() -> None:
    inner = f"<p>{_TEXT}</p>"
    for _ in range(6):  # srcdoc inside srcdoc: parsed 3 levels deep, deeper read as written
        inner = f'<iframe srcdoc="{inner.replace("&", "&amp;").replace(chr(34), "&quot;")}"></iframe>'
    assert "070761-4285" in html_to_text(inner)
    png = base64.b64encode(b"\x89PNG" + b"070761-4285" * 3).decode()
    assert "070761" not in html_to_text(f'<img src="data:image/png;base64,{png}">')


def test_a_long_or_unpadded_base64_data_url_is_read_as_far_as_it_goes() -> None:
    long = base64.b64encode(f"<p>{_TEXT}</p>{'x' * 3_000_000}".encode()).decode()
    unpadded = base64.b64encode(f"<p>{_TEXT}</p>".encode()).decode().rstrip("=")
    for payload in (long, unpadded):
        assert "070761-4285" in html_to_text(f'<a href="data:text/html;base64,{payload}">a</a>')
