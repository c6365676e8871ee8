"""RTF text a person sees that striprtf drops with its group: Word's text boxes (\\shptxt), an embedded
object's shown result, the document information and user properties, \\upr text, hyperlink targets;
an optional hyphen inside a number is invisible."""

from __future__ import annotations

from pathlib import Path

import pytest

from pii_scanner.extract.rtf import rtf_text

from .extract_helpers import found, scan_file

_CPR = "070761-4285"


@pytest.mark.parametrize(
    ("name", "rtf"),
    [
        # Word writes a text box as a shape: its text in \shptxt, a drawing-object fallback in \shprslt.
        (
            "textbox",
            r"{\rtf1\ansi{\shp{\*\shpinst\shpleft0{\sp{\sn fillColor}{\sv 1}}{\shptxt CPR %s\par}}}\pard Referat\par}",
        ),
        ("object", r"{\rtf1\ansi{\object\objemb{\*\objclass Package}{\*\objdata 0105}{\result CPR %s}}Referat\par}"),
        ("info", r"{\rtf1\ansi{\info{\title CPR %s}{\author Jens Hansen}{\creatim\yr2020}}\pard Referat\par}"),
        (
            "userprops",
            "{\\rtf1\\ansi{\\*\\userprops {\\propname Klient}\\proptype30{\\staticval %s}}\n\\pard\\plain Referat\\par}",  # noqa: E501
        ),
        ("upr", r"{\rtf1\ansi CPR {\upr{%s}{\*\ud{%s}}}\par}"),
        ("optional_hyphen", r"{\rtf1\ansi CPR 0707\-61-4285 %s\par}"),
    ],
)
def test_rtf_text_in_dropped_groups_is_found(tmp_path: Path, name: str, rtf: str) -> None:
    path = tmp_path / f"{name}.rtf"
    path.write_text(rtf.replace("%s", _CPR if name != "optional_hyphen" else ""), encoding="ascii")
    hits = {v for e, v, _p in found(scan_file(path)) if e == "DK_CPR"}
    assert hits == {"0707614285"}


def test_an_rtf_hyperlink_target_and_group_ends_keep_words_apart() -> None:
    rtf = rb'{\rtf1\ansi{\field{\*\fldinst HYPERLINK "mailto:jens.hansen@firma.dk"}{\fldrslt skriv}}{\header A}B\par}'
    text = rtf_text(rtf)
    assert "jens.hansen@firma.dk" in text
    assert "AB" not in text  # the header's text ends its paragraph
