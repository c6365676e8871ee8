"""Subtitle files are read as text: libmagic names an .srt file application/x-subrip, which had no extractor,
so the names and identifiers spoken in it were never scanned (no error either)."""

from __future__ import annotations

import pytest

from pii_scanner.core.config import ScanConfig
from pii_scanner.core.model import Item
from pii_scanner.extract.sniff import sniff_mime
from pii_scanner.pipeline import Processor

SRT = (
    "1\n00:00:01,200 --> 00:00:03,800\nMORTEN: Har du set Lærke Bøgh i dag?\n\n"
    "2\n00:00:04,100 --> 00:00:06,000\nNej, men hendes CPR er 010203-1234.\n"
)
VTT = "WEBVTT\n\n00:00:01.200 --> 00:00:03.800\n<v Morten>Har du set Lærke Bøgh i dag?\n"


@pytest.mark.parametrize(("text", "name"), [(SRT, "afsnit1.srt"), (VTT, "afsnit1.vtt"), (SRT, "afsnit1.txt")])
def test_subtitles_are_scanned_end_to_end(text: str, name: str) -> None:
    item = Item(f"mem:///{name}", f"mem:///{name}", name=name, data=text.encode("utf-8"))
    (result,) = Processor.build(ScanConfig()).process(item)
    assert not result.metadata.get("unsupported")
    values = {f.value for f in result.findings if f.entity_type == "PERSON"}
    assert "Lærke Bøgh" in values


def test_srt_is_sniffed_as_subrip_or_text() -> None:
    assert sniff_mime(SRT.encode("utf-8"), "afsnit1.srt") in ("application/x-subrip", "text/plain")
