"""OpenDocument text, spreadsheets and presentations (ODT/ODS/ODP) from content.xml and styles.xml.

Text sits in mixed content (``<text:p>a <text:span>b</text:span></text:p>``), so each outermost
paragraph is rendered when it closes; annotations inside it become ``comment`` parts, speaker notes
``notes``, each spreadsheet table a ``sheet:<name>`` part, page headers/footers (styles.xml)
``header``/``footer``.
"""

from __future__ import annotations

from xml.etree.ElementTree import Element

from pii_scanner.core.errors import ExtractionError
from pii_scanner.core.model import Extracted, Item, TextPart
from pii_scanner.extract.context import ExtractContext
from pii_scanner.extract.xmlsafe import attr, iter_events, local
from pii_scanner.extract.zipparts import embedded_children, open_zip, read_member

ODT = "application/vnd.oasis.opendocument.text"
ODS = "application/vnd.oasis.opendocument.spreadsheet"
ODP = "application/vnd.oasis.opendocument.presentation"
ODF_TYPES = (
    ODT,
    ODS,
    ODP,
    "application/vnd.oasis.opendocument.text-template",
    "application/vnd.oasis.opendocument.spreadsheet-template",
    "application/vnd.oasis.opendocument.presentation-template",
    "application/vnd.oasis.opendocument.graphics",
)

_BLOCKS = frozenset({"p", "h"})
_PROPS = frozenset({"title", "subject", "creator", "initial-creator", "keyword", "description"})


def _render(elem: Element, comments: list[str]) -> str:
    """Text of one paragraph; annotations are moved to ``comments``."""
    out: list[str] = []

    def visit(node: Element) -> None:
        name = local(node.tag)
        if name == "annotation":
            text = "\n".join(_render(p, comments) for p in node.iter() if local(p.tag) in _BLOCKS)
            if text.strip():
                comments.append(text)
            out.append(node.tail or "")
            return
        if name == "s":
            out.append(" " * int(attr(node, "c") or 1) if (attr(node, "c") or "1").isdigit() else " ")
        elif name == "tab":
            out.append("\t")
        elif name == "line-break":
            out.append("\n")
        elif name not in ("creator", "date"):
            out.append(node.text or "")
            for sub in node:
                visit(sub)
        out.append(node.tail or "") if node is not elem else None

    visit(elem)
    return "".join(out)


class _Collector:
    """Routes rendered paragraphs to the part they belong to."""

    def __init__(self, spreadsheet: bool) -> None:
        self.spreadsheet = spreadsheet
        self.parts: list[TextPart] = []
        self.current: list[str] = []
        self.label = "body"

    def flush(self) -> None:
        text = "".join(self.current).strip()
        if text:
            self.parts.append(TextPart(text, self.label))
        self.current = []

    def switch(self, label: str) -> None:
        if label != self.label:
            self.flush()
            self.label = label


def _content(data: bytes, spreadsheet: bool) -> list[TextPart]:
    col = _Collector(spreadsheet)
    comments: list[str] = []
    depth = 0  # open paragraphs (they nest inside annotations, frames, notes)
    context: list[str] = []  # enclosing labels: sheet names and notes
    for event, elem in iter_events(data, "ODF"):
        name = local(elem.tag)
        if event == "start":
            if name in _BLOCKS:
                depth += 1
            elif name == "table" and spreadsheet:
                sheet = attr(elem, "name") or "?"
                context.append(f"sheet:{sheet}")
                col.switch(context[-1])
                col.current.append(sheet + "\n")
            elif name == "notes":
                context.append("notes")
                col.switch("notes")
            continue
        if name in _BLOCKS:
            depth -= 1
            if depth == 0:
                col.current.append(_render(elem, comments) + "\n")
                elem.clear()
        elif name == "table-cell" and depth == 0:
            col.current.append("\t")
        elif (name == "table" and spreadsheet) or name == "notes":
            if context:
                context.pop()
            col.switch(context[-1] if context else "body")
    col.flush()
    if comments:
        col.parts.append(TextPart("\n".join(comments), "comment"))
    return col.parts


def _styles(data: bytes) -> list[TextPart]:
    parts: list[TextPart] = []
    label: str | None = None
    buf: list[str] = []
    for event, elem in iter_events(data, "ODF"):
        name = local(elem.tag)
        if name in ("header", "footer", "header-left", "footer-left", "header-first", "footer-first"):
            if event == "start":
                label, buf = ("header" if name.startswith("header") else "footer"), []
            else:
                if label and "".join(buf).strip():
                    parts.append(TextPart("".join(buf).strip(), label))
                label = None
        elif event == "end" and label and name in _BLOCKS:
            buf.append(_render(elem, []) + "\n")
    return parts


def extract_odf(item: Item, data: bytes, ctx: ExtractContext) -> Extracted:
    zf = open_zip(data, "OpenDocument")
    raw_mime = read_member(zf, "mimetype", ctx, "OpenDocument")
    mime = raw_mime.decode("ascii", "replace").strip() if raw_mime else ODT
    content = read_member(zf, "content.xml", ctx, "OpenDocument")
    if content is None:
        raise ExtractionError("corrupt OpenDocument file: no content.xml")
    parts = _content(content, spreadsheet="spreadsheet" in mime)
    styles = read_member(zf, "styles.xml", ctx, "OpenDocument")
    if styles:
        parts.extend(_styles(styles))
    meta = read_member(zf, "meta.xml", ctx, "OpenDocument")
    if meta:
        props = [e.text for _ev, e in iter_events(meta, "ODF", ("end",)) if local(e.tag) in _PROPS and e.text]
        if props:
            parts.append(TextPart("\n".join(props), "properties"))
    return Extracted(
        mime=mime, parts=parts, children=embedded_children(item, zf, ("Pictures/", "Object "), ctx, "OpenDocument")
    )
