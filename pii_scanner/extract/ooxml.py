"""DOCX, XLSX and PPTX (Office Open XML) read straight from their XML parts.

Parsing the parts ourselves with defusedxml (instead of python-docx/openpyxl/python-pptx) is several
times faster, reaches what those libraries skip (comments, headers/footers of every section, notes,
tracked deletions, text boxes) and refuses entity bombs. Embedded files and pictures become
children, so a scan pasted into a Word file is OCR'd too.
"""

from __future__ import annotations

import contextlib
import itertools
import posixpath
import re
import zipfile
from collections.abc import Iterable, Iterator
from typing import IO, BinaryIO

from pii_scanner.core.errors import ExtractionError, LimitExceeded
from pii_scanner.core.model import Extracted, Item, PartPiece
from pii_scanner.extract.context import ExtractContext
from pii_scanner.extract.formats import DOCX, PPTX, XLSX
from pii_scanner.extract.numfmt import cell_patterns, render
from pii_scanner.extract.ooxml_extra import (
    CHART_PATTERN,
    MAX_CHART_VALUES,
    alt_text,
    chart_cell_values,
    extra_parts,
    member_part,
    related,
)
from pii_scanner.extract.package_rels import relationships
from pii_scanner.extract.pieces import deliver, failed, part, whole
from pii_scanner.extract.shared_strings import SharedStrings
from pii_scanner.extract.xmlsafe import attr, iter_events, local
from pii_scanner.extract.zipparts import embedded_children, open_member, open_zip, read_member, text_size

# Word's non-breaking hyphen is a visible dash and its optional hyphen a soft hyphen: kept as those characters,
# so "070761<w:noBreakHyphen/>4285" reads as a CPR written with a dash, not as ten bare digits.
_BREAK = {
    "tab": "\t",
    "br": "\n",
    "cr": "\n",
    "p": "\n",
    "tc": "\t",
    "tr": "\n",
    "noBreakHyphen": "\u2011",
    "softHyphen": "\u00ad",
}
XLSB = "application/vnd.ms-excel.sheet.binary.macroEnabled.12"
_PROPS = frozenset({"title", "subject", "creator", "keywords", "description", "lastModifiedBy", "category"})


def _number(name: str) -> int:
    found = re.findall(r"\d+", posixpath.basename(name))
    return int(found[-1]) if found else 0


def _members(zf: zipfile.ZipFile, pattern: str) -> list[str]:
    rx = re.compile(pattern)
    return sorted((n for n in zf.namelist() if rx.fullmatch(n)), key=lambda n: (_number(n), n))


# Elements whose ``author`` attribute names a person: comments, tracked insertions, deletions, moves and
# formatting changes (Word keeps the name of whoever made each one in the file).
_AUTHORED = frozenset(
    {"comment", "ins", "del", "moveFrom", "moveTo", "rPrChange", "pPrChange", "sectPrChange", "tblPrChange"}
    | {"trPrChange", "tcPrChange", "cellIns", "cellDel", "cellMerge", "numberingChange", "customXmlInsRangeStart"}
    | {"customXmlDelRangeStart", "customXmlMoveFromRangeStart", "customXmlMoveToRangeStart"}
)


def _markup(stream: IO[bytes], what: str, authors: dict[str, None] | None = None) -> Iterator[str]:
    """Text of WordprocessingML / DrawingML: runs, tabs, breaks, paragraphs, table cells. Ruby text
    (``w:rt``, the reading guide set above a word) follows its base in brackets, never glued into the
    text before it. The names of comment and tracked-change authors go to ``authors``."""
    ruby: list[str] | None = None  # the ruby text being read, shown after the base
    pending = ""
    for event, elem in iter_events(stream, what, ("end",), prune=True, starts=frozenset({"rt"})):
        name = local(elem.tag)
        if event == "start":  # only w:rt starts are handed out
            ruby = []
            continue
        if name in ("t", "delText"):
            if elem.text:
                if ruby is None:
                    yield elem.text
                else:
                    ruby.append(elem.text)
        elif name in _BREAK:
            if ruby is None:
                yield _BREAK[name]
        elif name in ("docPr", "cNvPr"):  # a picture's alt text, shown to screen readers and on hover
            yield from alt_text(elem.attrib)
        elif name == "rt":
            held, ruby = ruby, None
            pending = "".join(held or ()).strip()
        elif name == "ruby":
            if pending:
                yield f" ({pending})"
            pending = ""
        elif authors is not None and name in _AUTHORED:
            person = " ".join(v.strip() for v in (attr(elem, "author"), attr(elem, "initials")) if v and v.strip())
            if person:
                authors.setdefault(person, None)
        elem.clear()


def _plain(stream: IO[bytes], what: str, names: Iterable[str] = ("t", "text")) -> Iterator[str]:
    """All text of elements with the given local names, one per line (comments, properties)."""
    wanted = frozenset(names)
    first = True
    for _event, elem in iter_events(stream, what, ("end",), prune=True):
        if local(elem.tag) in wanted and elem.text:
            if not first:
                yield "\n"
            yield elem.text
            first = False
        elem.clear()


def _custom_properties(stream: IO[bytes], what: str) -> Iterator[str]:
    """``name: value`` per custom property: where document-management systems write case and client
    numbers ("Klient CPR"); the name stays next to the value as the context a detector reads."""
    for _event, elem in iter_events(stream, what, ("end",), prune=True, whole=frozenset({"property"})):
        if local(elem.tag) != "property":
            continue
        values = [c.text.strip() for c in elem.iter() if c is not elem and c.text and c.text.strip()]
        if values:
            yield f"{attr(elem, 'name') or ''}: {' '.join(values)}\n"
        elem.clear()


def _properties(zf: zipfile.ZipFile, ctx: ExtractContext, what: str) -> Iterator[PartPiece]:
    yield from member_part(zf, "docProps/core.xml", ctx, what, "properties", lambda s, w: _plain(s, w, _PROPS))
    yield from member_part(zf, "docProps/custom.xml", ctx, what, "properties", _custom_properties)


# Parts listing the people who commented: Word's people.xml, Excel's threaded-comment persons, PowerPoint's
# comment authors (legacy and modern). Each person's name, initials and user id (an e-mail address).
_PEOPLE = re.compile(r"word/people\.xml|xl/persons/[^/]+\.xml|ppt/(commentAuthors|authors)\.xml")
_PERSON = frozenset({"person", "presenceInfo", "cmAuthor", "author"})


def _people(stream: IO[bytes], what: str, authors: dict[str, None]) -> Iterator[str]:
    """Fill ``authors`` from a people part (nothing yielded: the names are told once, by ``_authors``)."""
    for _event, elem in iter_events(stream, what, ("end",), prune=True):
        if local(elem.tag) in _PERSON:
            values = [attr(elem, key) for key in ("author", "displayName", "name", "initials", "userId")]
            if not any(values) and elem.text:  # an XLSX legacy comment's <author>Jens Hansen</author>
                values = [elem.text]
            person = " ".join(v.strip() for v in values if v and v.strip())
            if person:
                authors.setdefault(person, None)
        elem.clear()
    yield from ()


def _authors(zf: zipfile.ZipFile, ctx: ExtractContext, what: str, authors: dict[str, None]) -> Iterator[PartPiece]:
    """The people named as authors of comments and tracked changes, ``author: name`` a line."""
    for name in sorted(n for n in zf.namelist() if _PEOPLE.fullmatch(n)):
        yield from member_part(zf, name, ctx, what, "properties", lambda s, w: _people(s, w, authors))
    yield from whole("properties", "".join(f"author: {person}\n" for person in authors))


# Relationship types of parts that hold text read here (the last segment of the Type URL).
_TEXT_RELATIONS = frozenset(
    {
        "officeDocument",
        "header",
        "footer",
        "footnotes",
        "endnotes",
        "comments",
        "notesSlide",
        "slide",
        "worksheet",
        "sharedStrings",
    }
)
_RELS = re.compile(r"(?:(.*)/)?_rels/([^/]*)\.rels")


def _missing_parts(zf: zipfile.ZipFile, ctx: ExtractContext, what: str, checked: frozenset[str]) -> Iterator[PartPiece]:
    """An error for the text parts the package's relationships list but the file lacks (a header, the
    notes of a slide, a sheet's comments): a damaged file, their text unread, never "clean". Types in
    ``checked`` are reported by the reader itself."""
    names = set(zf.namelist())
    missing: dict[str, int] = {}
    try:
        for rels in sorted(names):
            m = _RELS.fullmatch(rels)
            if m is None or (m.group(2) and posixpath.join(m.group(1) or "", m.group(2)) not in names):
                continue  # relationships of a part the file does not hold: that part is reported, if listed
            listed = relationships(zf, rels, ctx, what)
            assert listed is not None  # a name the listing holds
            for rel in listed:
                kind = rel.type.rsplit("/", 1)[-1]
                if rel.tag != "Relationship" or kind not in _TEXT_RELATIONS or kind in checked:
                    continue
                target = rel.target
                if not target or rel.mode.lower() == "external":
                    continue
                path = target.lstrip("/") if target.startswith("/") else posixpath.join(m.group(1) or "", target)
                if posixpath.normpath(path) not in names:
                    missing[kind] = missing.get(kind, 0) + 1
    except LimitExceeded:
        raise
    except Exception as exc:  # unreadable relationships: the parts present are still read
        yield failed(exc, what)
        return
    if missing:
        kinds = ", ".join(f"{n} {kind}" for kind, n in sorted(missing.items()))
        yield PartPiece("", error=f"corrupt {what}: parts the package lists are missing ({kinds})")


def _large(source: bytes | BinaryIO, zf: zipfile.ZipFile, ctx: ExtractContext, pattern: str) -> bool:
    """Stream the text out of the file (rather than gather it): read from a file, or large expanded."""
    return not isinstance(source, bytes) or text_size(zf, pattern) > ctx.config.limits.stream_above


_DOCX_PARTS = {"header": "header", "footer": "footer", "footnotes": "notes", "endnotes": "notes", "comments": "comment"}


def extract_docx(item: Item, data: bytes | BinaryIO, ctx: ExtractContext) -> Extracted:
    zf = open_zip(data, "DOCX")
    # The main part is the one the package's relationships name (``word/document2.xml`` happens).
    main, linked = "word/document.xml", []
    rels_error: PartPiece | None = None
    try:
        main = next((n for _k, n in related(zf, ctx, "DOCX", "", frozenset({"officeDocument"}))), main)
        linked = related(zf, ctx, "DOCX", main, frozenset({*_DOCX_PARTS, "glossaryDocument", "aFChunk"}))
    except LimitExceeded:
        raise
    except Exception as exc:  # unreadable relationships: the parts found by name are still read
        rels_error = failed(exc, "DOCX")
    if main not in zf.namelist():
        raise ExtractionError("corrupt DOCX: no word/document.xml")

    def pieces() -> Iterator[PartPiece]:
        if rels_error is not None:
            yield rels_error
        yield from _missing_parts(zf, ctx, "DOCX", frozenset())
        authors: dict[str, None] = {}

        def markup(stream: IO[bytes], what: str) -> Iterator[str]:
            return _markup(stream, what, authors)

        yield from member_part(zf, main, ctx, "DOCX", "body", markup)
        seen = {main}
        for label, pattern in (
            ("header", r"word/header\d*\.xml"),
            ("footer", r"word/footer\d*\.xml"),
            ("notes", r"word/(footnotes|endnotes)\.xml"),
            ("comment", r"word/comments\w*\.xml"),
        ):
            names = _members(zf, pattern)
            # Parts the main part names under other file names are read too.
            names += [n for k, n in linked if _DOCX_PARTS.get(k) == label and n not in names]
            for name in names:
                seen.add(name)
                yield from member_part(zf, name, ctx, "DOCX", label, markup)
        for kind, name in linked:  # building blocks (glossary) keep their text in the file
            if kind == "glossaryDocument" and name not in seen:
                yield from member_part(zf, name, ctx, "DOCX", "body", markup)
        yield from _authors(zf, ctx, "DOCX", authors)
        yield from _properties(zf, ctx, "DOCX")
        yield from extra_parts(zf, ctx, "DOCX", "word")

    # An altChunk (HTML, RTF, MHT or another DOCX) is merged into the body when Word opens the file.
    chunks = [n for k, n in linked if k == "aFChunk"]
    return deliver(
        DOCX,
        pieces,
        ctx.budget,
        large=_large(data, zf, ctx, r"word/.*\.xml"),
        children=itertools.chain(
            embedded_children(item, zf, ("word/media/", "word/embeddings/"), ctx, "DOCX"),
            embedded_children(item, zf, tuple(chunks), ctx, "DOCX", any_name=True) if chunks else (),
        ),
    )


_SLIDE = re.compile(r"ppt/slides/slide\d+\.xml")


def extract_pptx(item: Item, data: bytes | BinaryIO, ctx: ExtractContext) -> Extracted:
    zf = open_zip(data, "PPTX")
    slides = _members(zf, r"ppt/slides/slide\d+\.xml")
    if not slides and "ppt/presentation.xml" not in zf.namelist():
        raise ExtractionError("corrupt PPTX: no presentation part")

    def pieces() -> Iterator[PartPiece]:
        try:  # a slide the presentation lists but the file lacks: a damaged file, its text unread
            listed = _rels(zf, ctx, "ppt/_rels/presentation.xml.rels", "ppt", "PPTX").values()
            missing = {t for t in listed if _SLIDE.fullmatch(t)} - set(slides)
            if missing:
                yield PartPiece("", error=f"corrupt PPTX: {len(missing)} slide(s) of the presentation missing")
        except LimitExceeded:
            raise
        except Exception as exc:  # unreadable relationships: the slides present are still read
            yield failed(exc, "PPTX")
        yield from _missing_parts(zf, ctx, "PPTX", frozenset({"slide"}))
        for label, names in (("body", slides), ("notes", _members(zf, r"ppt/notesSlides/notesSlide\d+\.xml"))):
            for name in names:
                ctx.budget.check_time()
                yield from member_part(zf, name, ctx, "PPTX", label, _markup)
        for name in _members(zf, r"ppt/comments/\w+\.xml"):
            yield from member_part(zf, name, ctx, "PPTX", "comment", _plain)
        yield from _authors(zf, ctx, "PPTX", {})
        yield from _properties(zf, ctx, "PPTX")
        yield from extra_parts(zf, ctx, "PPTX", "ppt")

    return deliver(
        PPTX,
        pieces,
        ctx.budget,
        large=_large(data, zf, ctx, r"ppt/.*\.xml"),
        children=embedded_children(item, zf, ("ppt/media/", "ppt/embeddings/"), ctx, "PPTX"),
    )


# --- XLSX ----------------------------------------------------------------------------------
_HF_CODES = re.compile(r'&(?:"[^"]*"|\d+|[LCRPNDTZFAGSUXYEKB&])')
_HEADER_FOOTER = frozenset({"oddHeader", "oddFooter", "evenHeader", "evenFooter", "firstHeader", "firstFooter"})


def _shared_strings(stream: IO[bytes]) -> SharedStrings:
    strings = SharedStrings()
    current: list[str] = []
    phonetic = 0
    for event, elem in iter_events(stream, "XLSX", prune=True):
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


_LITERALS = re.compile(r'"((?:[^"]|"")*)"')
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


def _sheet(
    stream: IO[bytes], shared: SharedStrings, headers: list[str], patterns: dict[int, list[str]] | None = None
) -> Iterator[str]:
    """The cell text of one worksheet; its header/footer texts go to ``headers``. A whole number in a
    cell styled with a digit pattern (``patterns``) is read as shown (``0707614285``), not as stored."""
    cell_type = ""
    pattern: list[str] | None = None
    formula: str | None = None  # the cell's formula, read when no value was cached with it
    valued = False
    column = 0  # cells written so far in the current row
    for event, elem in iter_events(stream, "XLSX", prune=True):
        name = local(elem.tag)
        if event == "start":
            if name == "c":
                cell_type = elem.get("t", "n")
                formula, valued = None, False
                style = elem.get("s")
                pattern = patterns.get(int(style)) if patterns and style and style.isdigit() else None
                # Empty cells are not stored: a cell's reference ("E7") keeps it under its header.
                wanted = _column_index(elem.get("r") or "")
                if wanted is not None and wanted > column:
                    yield "\t" * (wanted - column)
                    column = wanted
            continue
        if name == "v" and elem.text is not None:
            valued = True
            if cell_type == "s":
                with contextlib.suppress(ValueError, IndexError):  # a dangling index: skip the cell
                    yield shared[int(elem.text)]
            elif pattern is not None and cell_type == "n":
                yield render(pattern, elem.text) or elem.text
            else:
                yield elem.text
        elif name == "t" and elem.text:  # inline string
            yield elem.text
        elif name == "f":
            formula = elem.text
        elif name == "c":
            if formula and not valued:
                # Written without a cached value (openpyxl, scripts): Excel shows the result on opening,
                # so the formula's text literals are read ('="070761-"&"4285"' -> 070761-4285).
                yield "".join(m.replace('""', '"') for m in _LITERALS.findall(formula))
            yield "\t"
            column += 1
            formula = None
            elem.clear()
        elif name == "row":
            yield "\n"
            column = 0
            elem.clear()
        elif name in _HEADER_FOOTER and elem.text:
            headers.append(_HF_CODES.sub(" ", elem.text).strip())
        elif name in ("formula1", "formula2"):
            # A data validation's list ("070761-4285,010203-1234"): the drop-down a person picks from.
            # In the x14 form the list is in a child xm:f, kept in ``formula``.
            for literal in _LITERALS.findall(elem.text or formula or ""):
                yield "\n" + literal.replace('""', '"').replace(",", "\n")
            formula = None
        elif name == "dataValidation":  # the input message and error alert shown on the cell
            for key in ("promptTitle", "prompt", "errorTitle", "error"):
                value = elem.get(key)
                if value and value.strip():
                    yield f"\n{value}"
            yield "\n"


def _rels(zf: zipfile.ZipFile, ctx: ExtractContext, rels_name: str, base: str, what: str = "XLSX") -> dict[str, str]:
    rels = relationships(zf, rels_name, ctx, what)
    targets: dict[str, str] = {}
    if rels is not None and not rels.empty:
        for rel in rels:
            if rel.tag == "Relationship" and rel.id and rel.target:
                target = rel.target
                targets[rel.id] = (
                    target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join(base, target))
                )
    return targets


def extract_xlsx(item: Item, data: bytes | BinaryIO, ctx: ExtractContext) -> Extracted:
    zf = open_zip(data, "XLSX")
    workbook = read_member(zf, "xl/workbook.xml", ctx, "XLSX")
    if workbook is None and "xl/workbook.bin" in zf.namelist():
        # An Excel binary workbook (.xlsb): its cells are in binary records no reader here parses. Not
        # read, said so (flag not_read, exit 4), never "corrupt" and never clean.
        return Extracted(
            mime=XLSB,
            error="XLSB (Excel binary workbook) is not read: save it as .xlsx to scan it",
            metadata={"unsupported": True},
        )
    if workbook is None:
        raise ExtractionError("corrupt XLSX: no xl/workbook.xml")
    targets = _rels(zf, ctx, "xl/_rels/workbook.xml.rels", "xl")
    sheets: list[tuple[str, str]] = []
    defined: list[str] = []  # names defined as text constants (``kunde`` = "070761-4285")
    for _event, elem in iter_events(workbook, "XLSX", ("end",)):
        if local(elem.tag) == "sheet":
            rid = attr(elem, "id") or ""
            sheets.append((elem.get("name", "?"), targets.get(rid, "")))
        elif local(elem.tag) == "definedName" and elem.text:
            literals = " ".join(m.replace('""', '"') for m in _LITERALS.findall(elem.text))
            if literals.strip():
                defined.append(f"{elem.get('name', '')}: {literals}\n")
    names = set(zf.namelist())

    def pieces() -> Iterator[PartPiece]:
        shared = SharedStrings()
        try:
            stream = open_member(zf, "xl/sharedStrings.xml", ctx, "XLSX")
            if stream is not None:
                with stream:
                    shared = _shared_strings(stream)
        except LimitExceeded:
            raise
        except Exception as exc:  # cells that name a shared string stay empty; the rest is read
            yield failed(exc, "XLSX")
        patterns: dict[int, list[str]] = {}
        try:
            raw_styles = read_member(zf, "xl/styles.xml", ctx, "XLSX")
            if raw_styles:
                patterns = cell_patterns(raw_styles)
        except LimitExceeded:
            raise
        except Exception as exc:  # numbers are then read as stored; the rest is read
            yield failed(exc, "XLSX")
        yield from _missing_parts(zf, ctx, "XLSX", frozenset({"worksheet"}))
        # A chart whose series reference the workbook's own cells caches their values: read once, in the cells.
        charted = _chart_values(zf, ctx)
        cells: set[str] = set()

        def noting(fragments: Iterator[str]) -> Iterator[str]:
            for fragment in fragments:
                if fragment in charted:
                    cells.add(fragment)
                yield fragment

        try:
            for number, (sheet_name, target) in enumerate(sheets, 1):
                ctx.budget.check_time()
                if not target or target not in names:  # a damaged file: its cells unread, never "clean"
                    yield PartPiece("", error=f"corrupt XLSX: sheet {number} of the workbook is missing")
                    continue
                headers: list[str] = []
                yield from part(
                    f"sheet:{sheet_name}",
                    noting(_sheet_member(zf, target, ctx, shared, headers, patterns)),
                    "XLSX",
                    prefix=f"{sheet_name}\n",
                )
                yield from whole("header", "\n".join(headers))
        finally:
            shared.close()
        authors: dict[str, None] = {}
        for name in _members(zf, r"xl/(comments[^/]*|comments/[^/]+|threadedComments/[^/]+)\.xml"):
            yield from member_part(zf, name, ctx, "XLSX", "comment", _plain)
            if "threaded" not in name:  # a legacy comment part lists its authors' names
                yield from member_part(zf, name, ctx, "XLSX", "properties", lambda s, w: _people(s, w, authors))
        yield from whole("properties", "".join(defined))
        yield from _authors(zf, ctx, "XLSX", authors)
        yield from _properties(zf, ctx, "XLSX")
        yield from extra_parts(zf, ctx, "XLSX", "xl", cells)

    return deliver(
        XLSX,
        pieces,
        ctx.budget,
        large=_large(data, zf, ctx, r"xl/.*\.xml"),
        children=embedded_children(item, zf, ("xl/media/", "xl/embeddings/"), ctx, "XLSX"),
    )


def _chart_values(zf: zipfile.ZipFile, ctx: ExtractContext) -> frozenset[str]:
    """The cached values of the workbook's charts' series that reference its own cells (at most
    ``MAX_CHART_VALUES``; none when a chart cannot be read: then every value is read in the chart too)."""
    out: set[str] = set()
    for name in sorted(n for n in zf.namelist() if CHART_PATTERN.fullmatch(n)):
        try:
            stream = open_member(zf, name, ctx, "XLSX")
            if stream is None:
                continue
            with stream:
                for value in chart_cell_values(stream, "XLSX"):
                    out.add(value)
                    if len(out) > MAX_CHART_VALUES:
                        return frozenset()
        except LimitExceeded:
            raise
        except Exception:  # read as before: the chart's reader reports what is wrong with it
            return frozenset()
    return frozenset(out)


def _sheet_member(
    zf: zipfile.ZipFile,
    name: str,
    ctx: ExtractContext,
    shared: SharedStrings,
    headers: list[str],
    patterns: dict[int, list[str]] | None = None,
) -> Iterator[str]:
    stream = open_member(zf, name, ctx, "XLSX")
    if stream is not None:
        with stream:
            yield from _sheet(stream, shared, headers, patterns)
