"""DOCX, XLSX and PPTX (Office Open XML) read straight from their XML parts.

Parsing the parts ourselves with defusedxml (instead of python-docx/openpyxl/python-pptx) is several
times faster, reaches what those libraries skip (comments, headers/footers of every section, notes,
tracked deletions, text boxes) and refuses entity bombs. Embedded files and pictures become
children, so a scan pasted into a Word file is OCR'd too.
"""

from __future__ import annotations

import contextlib
import posixpath
import re
import zipfile
from collections.abc import Iterable

from pii_scanner.core.errors import ExtractionError
from pii_scanner.core.model import Extracted, Item, TextPart
from pii_scanner.extract.context import ExtractContext
from pii_scanner.extract.xmlsafe import attr, iter_events, local
from pii_scanner.extract.zipparts import embedded_children, open_zip, read_member

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation"
# Macro-enabled and template variants have the same inside.
DOCX_LIKE = (
    DOCX,
    "application/vnd.ms-word.document.macroEnabled.12",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template",
)
XLSX_LIKE = (
    XLSX,
    "application/vnd.ms-excel.sheet.macroEnabled.12",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.template",
)
PPTX_LIKE = (
    PPTX,
    "application/vnd.ms-powerpoint.presentation.macroEnabled.12",
    "application/vnd.openxmlformats-officedocument.presentationml.slideshow",
)

_BREAK = {"tab": "\t", "br": "\n", "cr": "\n", "p": "\n", "tc": "\t", "tr": "\n"}
_PROPS = frozenset({"title", "subject", "creator", "keywords", "description", "lastModifiedBy", "category"})


def _number(name: str) -> int:
    found = re.findall(r"\d+", posixpath.basename(name))
    return int(found[-1]) if found else 0


def _members(zf: zipfile.ZipFile, pattern: str) -> list[str]:
    rx = re.compile(pattern)
    return sorted((n for n in zf.namelist() if rx.fullmatch(n)), key=lambda n: (_number(n), n))


def markup_text(data: bytes, what: str) -> str:
    """Text of WordprocessingML / DrawingML: runs, tabs, breaks, paragraphs, table cells."""
    out: list[str] = []
    for _event, elem in iter_events(data, what, ("end",)):
        name = local(elem.tag)
        if name in ("t", "delText"):
            if elem.text:
                out.append(elem.text)
        elif name in _BREAK:
            out.append(_BREAK[name])
        elem.clear()
    return "".join(out).strip()


def _plain_text(data: bytes, what: str, names: Iterable[str] = ("t", "text")) -> str:
    """All text of elements with the given local names, one per line (comments, properties)."""
    wanted = frozenset(names)
    out: list[str] = []
    for _event, elem in iter_events(data, what, ("end",)):
        if local(elem.tag) in wanted and elem.text:
            out.append(elem.text)
        elem.clear()
    return "\n".join(out).strip()


def _add(parts: list[TextPart], text: str, label: str) -> None:
    if text.strip():
        parts.append(TextPart(text, label))


def _properties(zf: zipfile.ZipFile, ctx: ExtractContext, parts: list[TextPart], what: str) -> None:
    data = read_member(zf, "docProps/core.xml", ctx, what)
    if data:
        _add(parts, _plain_text(data, what, _PROPS), "properties")


def extract_docx(item: Item, data: bytes, ctx: ExtractContext) -> Extracted:
    zf = open_zip(data, "DOCX")
    body = read_member(zf, "word/document.xml", ctx, "DOCX")
    if body is None:
        raise ExtractionError("corrupt DOCX: no word/document.xml")
    parts: list[TextPart] = []
    _add(parts, markup_text(body, "DOCX"), "body")
    for label, pattern in (
        ("header", r"word/header\d*\.xml"),
        ("footer", r"word/footer\d*\.xml"),
        ("notes", r"word/(footnotes|endnotes)\.xml"),
        ("comment", r"word/comments\w*\.xml"),
    ):
        for name in _members(zf, pattern):
            raw = read_member(zf, name, ctx, "DOCX")
            if raw:
                _add(parts, markup_text(raw, "DOCX"), label)
    _properties(zf, ctx, parts, "DOCX")
    return Extracted(
        mime=DOCX, parts=parts, children=embedded_children(item, zf, ("word/media/", "word/embeddings/"), ctx, "DOCX")
    )


def extract_pptx(item: Item, data: bytes, ctx: ExtractContext) -> Extracted:
    zf = open_zip(data, "PPTX")
    parts: list[TextPart] = []
    for label, pattern in (("body", r"ppt/slides/slide\d+\.xml"), ("notes", r"ppt/notesSlides/notesSlide\d+\.xml")):
        for name in _members(zf, pattern):
            ctx.budget.check_time()
            raw = read_member(zf, name, ctx, "PPTX")
            if raw:
                _add(parts, markup_text(raw, "PPTX"), label)
    for name in _members(zf, r"ppt/comments/\w+\.xml"):
        raw = read_member(zf, name, ctx, "PPTX")
        if raw:
            _add(parts, _plain_text(raw, "PPTX"), "comment")
    if not any(p.label == "body" for p in parts) and "ppt/presentation.xml" not in zf.namelist():
        raise ExtractionError("corrupt PPTX: no presentation part")
    _properties(zf, ctx, parts, "PPTX")
    return Extracted(
        mime=PPTX, parts=parts, children=embedded_children(item, zf, ("ppt/media/", "ppt/embeddings/"), ctx, "PPTX")
    )


# --- XLSX ----------------------------------------------------------------------------------
_HF_CODES = re.compile(r'&(?:"[^"]*"|\d+|[LCRPNDTZFAGSUXYEKB&])')
_HEADER_FOOTER = frozenset({"oddHeader", "oddFooter", "evenHeader", "evenFooter", "firstHeader", "firstFooter"})


def _shared_strings(data: bytes) -> list[str]:
    strings: list[str] = []
    current: list[str] = []
    phonetic = 0
    for event, elem in iter_events(data, "XLSX"):
        name = local(elem.tag)
        if name == "rPh":
            phonetic += 1 if event == "start" else -1
        elif event == "end":
            if name == "t" and not phonetic and elem.text:
                current.append(elem.text)
            elif name == "si":
                strings.append("".join(current))
                current = []
                elem.clear()
    return strings


_MAX_PADDING = 256  # empty columns padded before a cell at most (a sheet may start at column XFD)


def _column_index(ref: str) -> int | None:
    """Zero-based column of a cell reference ("A1" -> 0, "E7" -> 4), None when absent or odd."""
    index = 0
    for ch in ref:
        if "A" <= ch <= "Z":
            index = index * 26 + (ord(ch) - 64)
        else:
            break
    return index - 1 if 0 < index <= _MAX_PADDING else None


def _sheet_text(data: bytes, shared: list[str]) -> tuple[str, str]:
    """(cell text, header/footer text) of one worksheet."""
    out: list[str] = []
    headers: list[str] = []
    cell_type = ""
    column = 0  # cells written so far in the current row
    for event, elem in iter_events(data, "XLSX"):
        name = local(elem.tag)
        if event == "start":
            if name == "c":
                cell_type = elem.get("t", "n")
                # Empty cells are not stored: a cell's reference ("E7") keeps it under its header.
                wanted = _column_index(elem.get("r") or "")
                if wanted is not None and wanted > column:
                    out.append("\t" * (wanted - column))
                    column = wanted
            continue
        if name == "v" and elem.text is not None:
            if cell_type == "s":
                with contextlib.suppress(ValueError, IndexError):  # a dangling index: skip the cell
                    out.append(shared[int(elem.text)])
            else:
                out.append(elem.text)
        elif name == "t" and elem.text:  # inline string
            out.append(elem.text)
        elif name == "c":
            out.append("\t")
            column += 1
            elem.clear()
        elif name == "row":
            out.append("\n")
            column = 0
            elem.clear()
        elif name in _HEADER_FOOTER and elem.text:
            headers.append(_HF_CODES.sub(" ", elem.text).strip())
    return "".join(out).strip(), "\n".join(headers)


def _rels(zf: zipfile.ZipFile, ctx: ExtractContext, rels_name: str, base: str) -> dict[str, str]:
    raw = read_member(zf, rels_name, ctx, "XLSX")
    targets: dict[str, str] = {}
    if raw:
        for _event, elem in iter_events(raw, "XLSX", ("end",)):
            if local(elem.tag) == "Relationship" and elem.get("Id") and elem.get("Target"):
                target = elem.get("Target", "")
                targets[elem.get("Id", "")] = (
                    target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join(base, target))
                )
    return targets


def extract_xlsx(item: Item, data: bytes, ctx: ExtractContext) -> Extracted:
    zf = open_zip(data, "XLSX")
    workbook = read_member(zf, "xl/workbook.xml", ctx, "XLSX")
    if workbook is None:
        raise ExtractionError("corrupt XLSX: no xl/workbook.xml")
    raw_shared = read_member(zf, "xl/sharedStrings.xml", ctx, "XLSX")
    shared = _shared_strings(raw_shared) if raw_shared else []
    targets = _rels(zf, ctx, "xl/_rels/workbook.xml.rels", "xl")
    sheets: list[tuple[str, str]] = []
    for _event, elem in iter_events(workbook, "XLSX", ("end",)):
        if local(elem.tag) == "sheet":
            rid = attr(elem, "id") or ""
            sheets.append((elem.get("name", "?"), targets.get(rid, "")))
    parts: list[TextPart] = []
    for sheet_name, target in sheets:
        ctx.budget.check_time()
        raw = read_member(zf, target, ctx, "XLSX") if target else None
        if raw is None:
            continue
        cells, header_footer = _sheet_text(raw, shared)
        # The sheet name leads its part: names like "Jens Hansen 070761" are data too.
        parts.append(TextPart(f"{sheet_name}\n{cells}", f"sheet:{sheet_name}"))
        _add(parts, header_footer, "header")
    for name in _members(zf, r"xl/(comments[^/]*|comments/[^/]+|threadedComments/[^/]+)\.xml"):
        raw = read_member(zf, name, ctx, "XLSX")
        if raw:
            _add(parts, _plain_text(raw, "XLSX"), "comment")
    _properties(zf, ctx, parts, "XLSX")
    return Extracted(
        mime=XLSX, parts=parts, children=embedded_children(item, zf, ("xl/media/", "xl/embeddings/"), ctx, "XLSX")
    )
