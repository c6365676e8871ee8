"""Text of DOCX/XLSX/PPTX parts beyond the document body that a person still sees, or that comes back
when the file is opened: SmartArt, charts, shapes and text boxes on a sheet, text on slide masters and
layouts (shown on every slide), pivot caches (a full copy of the source rows, kept after the source
sheet is deleted), external-link caches, hyperlink targets (``mailto:`` addresses) and the
application properties (company, manager).

Each reader takes a part's stream and yields text fragments, like the readers in ``ooxml``.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from collections.abc import Callable, Iterator
from typing import IO
from urllib.parse import unquote
from xml.etree.ElementTree import Element

from pii_scanner.core.model import PartPiece
from pii_scanner.extract.context import ExtractContext
from pii_scanner.extract.package_rels import relationships
from pii_scanner.extract.pieces import part
from pii_scanner.extract.xmlsafe import iter_events, local
from pii_scanner.extract.zipparts import open_member

Reader = Callable[[IO[bytes], str], Iterator[str]]
_DRAWING_BREAK = {"p": "\n", "br": "\n", "tab": "\t", "tc": "\t", "tr": "\n"}


def alt_text(attrib: dict[str, str]) -> Iterator[str]:
    """A picture's or shape's alt text (description and title), each on its own line."""
    for key in ("descr", "title"):
        value = attrib.get(key)
        if value and value.strip():
            yield f"\n{value}\n"


def drawing_text(stream: IO[bytes], what: str, values: bool = True) -> Iterator[str]:
    """DrawingML text (``a:t``), chart caches (``c:v``; not with ``values`` False) and alt text
    (``descr``/``title`` of a shape)."""
    wanted = ("t", "v") if values else ("t",)
    for _event, elem in iter_events(stream, what, ("end",), prune=True):
        name = local(elem.tag)
        if name in wanted:
            if elem.text:
                yield elem.text
                if name == "v":
                    yield "\n"
        elif name in _DRAWING_BREAK:
            yield _DRAWING_BREAK[name]
        elif name in ("docPr", "cNvPr"):
            yield from alt_text(elem.attrib)
        elem.clear()


def _chart_text(stream: IO[bytes], what: str) -> Iterator[str]:
    return drawing_text(stream, what, values=False)


# A chart series' data given by a reference (``c:f``) with the values cached beside it.
_CHART_REFS = frozenset({"strRef", "numRef", "multiLvlStrRef"})
CHART_PATTERN = re.compile(r"xl/charts/chart\d*\.xml")
MAX_CHART_VALUES = 100_000  # values remembered to compare with the cells; beyond that, read as before


def _local_ref(formula: str | None) -> bool:
    """A reference into the workbook itself (``Sheet1!$B$2:$B$9``), not another workbook (``[1]Sheet1!...``)."""
    return bool(formula and formula.strip()) and "[" not in (formula or "")


def _chart_elements(stream: IO[bytes], what: str) -> Iterator[tuple[Element, bool]]:
    """Each closed element of a chart part but the series references, with whether it lies in a series that
    references the workbook's own cells (its cached ``v`` values are the cells' values)."""
    local_ref: list[bool] = []
    for event, elem in iter_events(stream, what, ("start", "end"), prune=True):
        name = local(elem.tag)
        if event == "start":
            if name in _CHART_REFS:
                local_ref.append(False)
            continue
        if name == "f" and local_ref:
            local_ref[-1] = _local_ref(elem.text)
        elif name in _CHART_REFS and local_ref:
            local_ref.pop()
        else:
            yield elem, bool(local_ref and local_ref[-1])
        elem.clear()


def chart_cell_values(stream: IO[bytes], what: str) -> Iterator[str]:
    """The cached values of an XLSX chart's series that reference the workbook's own cells."""
    for elem, own_cells in _chart_elements(stream, what):
        if own_cells and local(elem.tag) == "v" and elem.text:
            yield elem.text


def workbook_chart_text(cells: set[str]) -> Reader:
    """An XLSX chart's text as ``drawing_text`` reads it, less the cached values of series that reference the
    workbook's own cells and that the sheets gave (``cells``): each is read once, in its cell. A cached value
    the cells no longer hold (a stale cache) is still read: nothing is lost to the comparison."""

    def reader(stream: IO[bytes], what: str) -> Iterator[str]:
        for elem, own_cells in _chart_elements(stream, what):
            name = local(elem.tag)
            if name in ("t", "v"):
                if elem.text and not (name == "v" and own_cells and elem.text in cells):
                    yield elem.text
                    if name == "v":
                        yield "\n"
            elif name in _DRAWING_BREAK:
                yield _DRAWING_BREAK[name]
            elif name in ("docPr", "cNvPr"):
                yield from alt_text(elem.attrib)

    return reader


_PACKAGE = frozenset({"package"})


def master_text(stream: IO[bytes], what: str) -> Iterator[str]:
    """Text of a slide master or layout outside placeholders: the shapes shown on every slide. A
    placeholder's text is only the prompt ("Click to edit Master title style"), never on a slide."""
    shapes: list[list[str]] = []  # text gathered per open shape
    placeholder: list[bool] = []
    for event, elem in iter_events(stream, what, ("start", "end"), prune=True):
        name = local(elem.tag)
        if event == "start":
            if name == "sp":
                shapes.append([])
                placeholder.append(False)
            continue
        if name == "ph" and placeholder:
            placeholder[-1] = True
        elif name == "t" and elem.text and shapes:
            shapes[-1].append(elem.text)
        elif name in ("p", "br") and shapes:
            shapes[-1].append("\n")
        elif name in ("docPr", "cNvPr"):
            yield from alt_text(elem.attrib)
        elif name == "sp" and shapes:
            text = shapes.pop()
            if not placeholder.pop():
                yield "".join(text)
                yield "\n"
        elem.clear()


def pivot_cache(stream: IO[bytes], what: str) -> Iterator[str]:
    """A pivot cache's field names and text values (``<s v="..."/>``), one a line."""
    for _event, elem in iter_events(stream, what, ("end",), prune=True):
        name = local(elem.tag)
        value = elem.get("v") if name == "s" else elem.get("name") if name == "cacheField" else None
        if value:
            yield value
            yield "\n"
        elem.clear()


def cell_values(stream: IO[bytes], what: str) -> Iterator[str]:
    """The cached cell values of an external link, one a line."""
    for _event, elem in iter_events(stream, what, ("end",), prune=True):
        if local(elem.tag) == "v" and elem.text:
            yield elem.text
            yield "\n"
        elem.clear()


def app_properties(stream: IO[bytes], what: str) -> Iterator[str]:
    """``docProps/app.xml``: the company and manager a person sees in the file's properties."""
    for _event, elem in iter_events(stream, what, ("end",), prune=True):
        name = local(elem.tag)
        if name in ("Company", "Manager") and elem.text and elem.text.strip():
            yield f"{name}: {elem.text.strip()}\n"
        elem.clear()


_XML_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")


def data_store(stream: IO[bytes], what: str) -> Iterator[str]:
    """A custom XML data store (``customXml/itemN.xml``): SharePoint and document-management systems keep
    a library's columns there ("Klient CPR"), content controls show bound values from it. ``name: value``
    per element holding text, the name unescaped (``Klient_x0020_CPR`` -> ``Klient CPR``)."""
    for _event, elem in iter_events(stream, what, ("end",), prune=True):
        text = (elem.text or "").strip()
        if text and not len(elem):
            name = _XML_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), local(elem.tag))
            yield f"{name}: {text}\n"
        elem.clear()


def document_variables(stream: IO[bytes], what: str) -> Iterator[str]:
    """A DOCX's document variables (``w:docVar`` in settings.xml), where templates and macros keep values."""
    for _event, elem in iter_events(stream, what, ("end",), prune=True):
        if local(elem.tag) == "docVar":
            name, value = attr_value(elem.attrib, "name"), attr_value(elem.attrib, "val")
            if value and value.strip():
                yield f"{name or ''}: {value.strip()}\n"
        elem.clear()


def attr_value(attrib: dict[str, str], name: str) -> str | None:
    """An attribute by local name, whatever its namespace."""
    for key, value in attrib.items():
        if local(key) == name:
            return value
    return None


_RELS = re.compile(r"(?:.*/)?_rels/[^/]*\.rels")


def hyperlink_targets(zf: zipfile.ZipFile, ctx: ExtractContext, what: str) -> Iterator[str]:
    """External hyperlink targets of every part (``mailto:`` addresses, links with a query), one a line."""
    for name in sorted(n for n in zf.namelist() if _RELS.fullmatch(n)):
        rels = relationships(zf, name, ctx, what)
        if rels is None or rels.empty:
            continue
        for rel in rels:
            if rel.tag != "Relationship" or not rel.type.endswith("/hyperlink"):
                continue
            if rel.mode.lower() == "external" and rel.target:
                yield unquote(rel.target)
                yield "\n"


def member_part(
    zf: zipfile.ZipFile, name: str, ctx: ExtractContext, what: str, label: str, reader: Reader
) -> Iterator[PartPiece]:
    """One member's text as one part (nothing when absent or blank); a broken member is an error piece."""

    def fragments() -> Iterator[str]:
        stream = open_member(zf, name, ctx, what)
        if stream is None:
            return
        with stream:
            yield from reader(stream, what)

    return part(label, fragments(), what)


def extra_parts(
    zf: zipfile.ZipFile, ctx: ExtractContext, what: str, root: str, cells: set[str] | None = None
) -> Iterator[PartPiece]:
    """The parts above of a package whose content lives under ``root`` (``word``, ``xl``, ``ppt``). ``cells``:
    the chart values an XLSX's sheets gave (``chart_cell_values`` of its charts met in its cells)."""
    base = re.escape(root)
    readers: list[tuple[str, str, Reader]] = [
        ("drawing", rf"{base}/diagrams/data\d*\.xml", drawing_text),
        ("drawing", rf"{base}/charts/chart\d*\.xml", drawing_text),
    ]
    if root == "xl":
        readers += [
            ("drawing", r"xl/drawings/drawing\d*\.xml", drawing_text),
            ("cache", r"xl/pivotCache/pivotCache(Definition|Records)\d*\.xml", pivot_cache),
            ("cache", r"xl/externalLinks/externalLink\d*\.xml", cell_values),
        ]
    if root == "word":
        readers.append(("properties", r"word/settings\.xml", document_variables))
    readers.append(("properties", r"customXml/item\d+\.xml", data_store))
    if root == "ppt":
        readers.append(("body", r"ppt/(slideMasters/slideMaster|slideLayouts/slideLayout)\d*\.xml", master_text))
    for label, pattern, reader in readers:
        rx = re.compile(pattern)
        for name in sorted(n for n in zf.namelist() if rx.fullmatch(n)):
            ctx.budget.check_time()
            chosen = reader
            embedded = related(zf, ctx, what, name, _PACKAGE) if "/charts/" in name else []
            if reader is drawing_text and any(p.startswith(f"{root}/embeddings/") for _k, p in embedded):
                # The chart's data lives in its embedded workbook, read as a child item: its cached values
                # are that workbook's cells, read once there; the chart's own text (title) is read here.
                chosen = _chart_text
            elif reader is drawing_text and cells and root == "xl" and "/charts/" in name:
                chosen = workbook_chart_text(cells)
            yield from member_part(zf, name, ctx, what, label, chosen)
    yield from member_part(zf, "docProps/app.xml", ctx, what, "properties", app_properties)
    yield from part("links", hyperlink_targets(zf, ctx, what), what)


def related(
    zf: zipfile.ZipFile, ctx: ExtractContext, what: str, source: str, kinds: frozenset[str]
) -> list[tuple[str, str]]:
    """(relationship kind, part name) of ``source``'s relationships of the given kinds that the file
    holds (``source`` "" for the package's own relationships)."""
    folder, base = posixpath.split(source)
    rels = relationships(zf, posixpath.join(folder, "_rels", base + ".rels"), ctx, what)
    names = set(zf.namelist())
    out: list[tuple[str, str]] = []
    if rels is None or rels.empty:
        return out
    for rel in rels:
        kind = rel.type.rsplit("/", 1)[-1]
        target = rel.target
        if rel.tag != "Relationship" or kind not in kinds or not target:
            continue
        if rel.mode.lower() == "external":
            continue
        path = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join(folder, target))
        if path in names:
            out.append((kind, path))
    return out
