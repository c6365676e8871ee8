"""OpenDocument text a person sees outside paragraphs: a form control's value, a link's mailto: address,
and text on a presentation's master page (shown on every slide; placeholder prompts are not)."""

from __future__ import annotations

import zipfile
from pathlib import Path

from .extract_helpers import found, scan_file

_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:form="urn:oasis:names:tc:opendocument:xmlns:form:1.0" '
    'xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0" '
    'xmlns:xlink="http://www.w3.org/1999/xlink"'
)


def _odf(path: Path, kind: str, body: str, styles: str = "") -> Path:
    mime = f"application/vnd.oasis.opendocument.{kind}"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("mimetype", mime, compress_type=zipfile.ZIP_STORED)
        zf.writestr(
            "content.xml",
            f"<office:document-content {_NS}><office:body><office:{kind}>{body}</office:{kind}></office:body>"
            "</office:document-content>",
        )
        if styles:
            zf.writestr(
                "styles.xml",
                f"<office:document-styles {_NS}><office:master-styles>{styles}</office:master-styles>"
                "</office:document-styles>",
            )
    return path


def _hits(path: Path) -> set[tuple[str, str]]:
    return {(e, v) for e, v, _p in found(scan_file(path)) if e in ("DK_CPR", "EMAIL_ADDRESS")}


def test_form_values_and_mailto_targets_of_an_odt_are_read(tmp_path: Path) -> None:
    body = (
        '<office:forms><form:form form:name="F"><form:text form:name="cpr" form:current-value="070761-4285"/>'
        '</form:form></office:forms><text:p>Til <text:a xlink:href="mailto:jens.hansen@firma.dk">her</text:a></text:p>'
    )
    path = _odf(tmp_path / "formular.odt", "text", body)
    assert _hits(path) == {("DK_CPR", "0707614285"), ("EMAIL_ADDRESS", "jens.hansen@firma.dk")}


def test_text_on_an_odp_master_page_is_read_but_not_placeholder_prompts(tmp_path: Path) -> None:
    styles = (
        '<style:master-page style:name="M"><draw:frame presentation:class="title"><draw:text-box>'
        "<text:p>Prompt 120485-1234</text:p></draw:text-box></draw:frame><draw:frame><draw:text-box>"
        "<text:p>Udarbejdet af CPR 070761-4285</text:p></draw:text-box></draw:frame></style:master-page>"
    )
    path = _odf(tmp_path / "slides.odp", "presentation", '<draw:page draw:name="s1"/>', styles)
    assert _hits(path) == {("DK_CPR", "0707614285")}
