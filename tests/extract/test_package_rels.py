"""An OOXML package's relationship parts are read and parsed once per package, and every reader gets
what it got when each read them again: the same text, the same errors at the same points, the same
bytes charged to the item's budget (also when the budget runs out on a relationships part)."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from pii_scanner.core.config import ScanConfig
from pii_scanner.core.errors import LimitExceeded
from pii_scanner.core.model import Extracted, Item
from pii_scanner.extract import package_rels
from pii_scanner.extract.context import ExtractContext
from pii_scanner.extract.ooxml import extract_docx, extract_pptx, extract_xlsx
from tests.extract.extract_makers import make_docx, make_pptx, make_xlsx

DOC_RELS = "word/_rels/document.xml.rels"
LINK = (
    '<Relationship Id="rIdX" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"'
    ' Target="mailto:jens@firma.dk" TargetMode="External"/>'
)
HEADER = (
    '<Relationship Id="rIdH" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header"'
    ' Target="header9.xml"/>'
)


def _rewritten(data: bytes, member: str, change: Callable[[bytes], bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            raw = src.read(info)
            dst.writestr(info.filename, change(raw) if info.filename == member else raw)
    return out.getvalue()


def _added(rel: str) -> Callable[[bytes], bytes]:
    return lambda raw: raw.replace(b"</Relationships>", rel.encode() + b"</Relationships>")


def _cut(raw: bytes) -> bytes:
    return raw[: raw.index(b"<Relationship ", raw.index(b"<Relationship ") + 1) + 30]  # inside the second one


def _dtd(raw: bytes) -> bytes:
    return raw.replace(b"<Relationships", b'<!DOCTYPE r [<!ENTITY e "x">]><Relationships', 1)


def _variants(tmp: Path) -> Iterator[tuple[str, Callable[..., Extracted], bytes]]:
    docx = make_docx(tmp / "a.docx").read_bytes()
    xlsx = make_xlsx(tmp / "a.xlsx").read_bytes()
    pptx = make_pptx(tmp / "a.pptx").read_bytes()
    yield "docx", extract_docx, docx
    yield "docx link", extract_docx, _rewritten(docx, DOC_RELS, _added(LINK))
    yield "docx missing header", extract_docx, _rewritten(docx, DOC_RELS, _added(HEADER))
    yield "docx cut rels", extract_docx, _rewritten(docx, DOC_RELS, _cut)
    yield "docx empty rels", extract_docx, _rewritten(docx, DOC_RELS, lambda raw: b"")
    yield "docx cut package rels", extract_docx, _rewritten(docx, "_rels/.rels", _cut)
    yield "docx dtd rels", extract_docx, _rewritten(docx, DOC_RELS, _dtd)
    yield "xlsx", extract_xlsx, xlsx
    yield "xlsx cut rels", extract_xlsx, _rewritten(xlsx, "xl/_rels/workbook.xml.rels", _cut)
    yield "pptx", extract_pptx, pptx
    yield "pptx cut rels", extract_pptx, _rewritten(pptx, "ppt/_rels/presentation.xml.rels", _cut)


def _read(extractor: Callable[..., Extracted], data: bytes, config: ScanConfig) -> tuple[Any, ...]:
    """Everything a reader gave: its pieces (label, text, error) or its error, and the budget charged."""
    ctx = ExtractContext.for_top_item(config)
    item = Item(location="file:///a", path="/a", name="a", data=data)
    try:
        out = extractor(item, data, ctx)
        pieces = list(out.part_stream()) if out.part_stream is not None else []
        got: Any = (
            [(p.label, p.text, p.error) for p in pieces],
            [(p.label, p.text, p.lang) for p in out.parts],
            out.error,
            [c.name for c in out.children],
        )
    except Exception as exc:
        got = (type(exc).__name__, str(exc))
    return got, ctx.budget.expanded


class _Forgetful:
    """``package_rels._READ`` that keeps nothing: every reader reads and parses the member again."""

    def get(self, _zf: Any) -> None:
        return None

    def __setitem__(self, _zf: Any, _value: Any) -> None:
        return None


def _parses(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    counted: list[int] = []
    real = package_rels.iter_events

    def counting(raw: Any, what: str, events: Any = ("start", "end"), **kw: Any) -> Any:
        counted.append(len(raw))
        return real(raw, what, events, **kw)

    monkeypatch.setattr(package_rels, "iter_events", counting)
    return counted


@pytest.mark.parametrize("max_expanded", [None, 60_000, 400_000])
def test_read_once_gives_what_reading_each_time_gave(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, max_expanded: int | None
) -> None:
    config = ScanConfig()
    if max_expanded is not None:  # a budget that runs out while the package is read
        config = config.with_(limits__max_expanded=max_expanded)
    parses = _parses(monkeypatch)
    limited = 0
    for name, extractor, data in _variants(tmp_path):
        parses.clear()
        once = _read(extractor, data, config)
        parsed_once = len(parses)
        with monkeypatch.context() as m:
            m.setattr(package_rels, "_READ", _Forgetful())
            parses.clear()
            each = _read(extractor, data, config)
        assert once == each, name
        assert parsed_once <= len(parses), name
        if name == "docx link" and max_expanded is None:
            assert parsed_once == 3 < len(parses)  # three .rels members, each parsed once (8 times before)
            assert "mailto:jens@firma.dk" in str(once)
        limited += "LimitExceeded" in str(once) or "over" in str(once)
    if max_expanded == 60_000:
        assert limited  # the budget did run out in some package


def test_errors_are_given_again(tmp_path: Path) -> None:
    """A relationships part that cannot be parsed gives the readers the same error each time they ask."""
    data = _rewritten(make_docx(tmp_path / "a.docx").read_bytes(), DOC_RELS, _cut)
    ctx = ExtractContext.for_top_item(ScanConfig())
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        first = package_rels.relationships(zf, DOC_RELS, ctx, "DOCX")
        again = package_rels.relationships(zf, DOC_RELS, ctx, "DOCX")
        assert first is again and first is not None and first.error is not None
        assert [r.tag for r in first.elements] == ["Relationship"]  # the one before the cut
        with pytest.raises(type(first.error)):
            list(again)
        assert package_rels.relationships(zf, "no/_rels/such.rels", ctx, "DOCX") is None


def test_a_dtd_in_relationships_is_refused_each_time(tmp_path: Path) -> None:
    data = _rewritten(make_docx(tmp_path / "a.docx").read_bytes(), DOC_RELS, _dtd)
    ctx = ExtractContext.for_top_item(ScanConfig())
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        for _ in range(2):
            rels = package_rels.relationships(zf, DOC_RELS, ctx, "DOCX")
            assert rels is not None
            with pytest.raises(LimitExceeded):
                list(rels)
