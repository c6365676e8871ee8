"""OpenDocument text, spreadsheets and presentations (ODT/ODS/ODP) from content.xml and styles.xml.

Text sits in mixed content (``<text:p>a <text:span>b</text:span></text:p>``), so each outermost
paragraph is rendered when it closes; annotations inside it become ``comment`` parts, speaker notes
``notes``, each spreadsheet table a ``sheet:<name>`` part, page headers/footers (styles.xml)
``header``/``footer``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import IO, BinaryIO
from urllib.parse import unquote
from xml.etree.ElementTree import Element

from pii_scanner.core.errors import ExtractionError, LimitExceeded
from pii_scanner.core.model import Extracted, Item, PartPiece
from pii_scanner.extract.context import ExtractContext
from pii_scanner.extract.formats import ODT
from pii_scanner.extract.pieces import PartWriter, deliver, failed, whole
from pii_scanner.extract.xmlsafe import attr, iter_events, local
from pii_scanner.extract.zipparts import embedded_children, open_member, open_zip, read_member, text_size

_BLOCKS = frozenset({"p", "h"})
_FORM = "{urn:oasis:names:tc:opendocument:xmlns:form:1.0}"
_DEFAULT_PAGE = re.compile(r"(?i)(page|slide|side|dias)\s*\d+")  # names the program gives pages itself
_PROPS = frozenset({"title", "subject", "creator", "initial-creator", "keyword", "description"})


def _render(elem: Element, comments: list[str]) -> str:
    """Text of one paragraph; annotations are moved to ``comments``."""
    out: list[str] = []

    def visit(node: Element) -> None:
        name = local(node.tag)
        if name == "annotation":
            text = "\n".join(_render(p, comments) for p in node.iter() if local(p.tag) in _BLOCKS)
            author = next((c.text for c in node if local(c.tag) == "creator" and c.text and c.text.strip()), None)
            if author:  # the name of whoever wrote the comment
                text = f"{text}\nauthor: {author.strip()}"
            if text.strip():
                comments.append(text)
            out.append(node.tail or "")
            return
        if name == "ruby-text":  # the reading guide above a word: after its base, never glued to it
            ruby = "".join(node.itertext()).strip()
            out.append(f" ({ruby})" if ruby else "")
            out.append(node.tail or "")
            return
        if name == "hidden-text":  # conditional text the file carries; shown when its condition changes
            out.append(f" {attr(node, 'string-value') or ''} ")
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
            href = attr(node, "href") if name == "a" else None
            if href and href.strip().lower().startswith("mailto:"):  # the address a link writes to
                out.append(f" ({unquote(href.strip())})")
        out.append(node.tail or "") if node is not elem else None

    visit(elem)
    return "".join(out)


_VALUES = ("string-value", "value", "date-value", "time-value")


def _cell_value(elem: Element, digits: dict[str, int], data_styles: dict[str, str]) -> str:
    """What a spreadsheet cell written without a ``text:p`` shows (scripts write cells so; LibreOffice
    shows them from their value): its string or number (a whole number padded to its number style's
    minimum integer digits: a CPR typed as a number), else the text literals of a formula never computed."""
    value = next((v for v in (attr(elem, key) for key in _VALUES) if v and v.strip()), None)
    if value is not None:
        wanted = digits.get(data_styles.get(attr(elem, "style-name") or "", ""), 0)
        if wanted and value.isdigit() and attr(elem, "value-type") in ("float", "percentage", "currency"):
            return value.zfill(wanted)
        return value
    formula = attr(elem, "formula") or ""
    return "".join(m.replace('""', '"') for m in _LITERALS.findall(formula))


_LITERALS = re.compile(r'"((?:[^"]|"")*)"')


def _content(stream: IO[bytes], spreadsheet: bool) -> Iterator[PartPiece]:
    """The parts of content.xml in order: body, sheets, notes; annotations last, as one comment part."""
    comments: list[str] = []
    digits: dict[str, int] = {}  # number style -> its minimum integer digits (whole numbers only)
    data_styles: dict[str, str] = {}  # cell style -> its number style
    number_style = ""  # the number style being read
    cell_text = False  # the open cell holds a paragraph
    writer = PartWriter("body")
    depth = 0  # open paragraphs (they nest inside annotations, frames, notes)
    context: list[str] = []  # enclosing labels: sheet names and notes

    def switch(label: str) -> Iterator[PartPiece]:
        nonlocal writer
        if label != writer.label:
            yield from writer.close()
            writer = PartWriter(label)

    try:
        for event, elem in iter_events(stream, "ODF", prune=True, whole=_BLOCKS):
            name = local(elem.tag)
            if event == "start":
                if elem.tag.startswith(_FORM):  # a form control's typed or default value
                    value = attr(elem, "current-value") or attr(elem, "value")
                    if value and value.strip():
                        yield from writer.add(value + "\n")
                if name in _BLOCKS:
                    depth += 1
                    cell_text = True
                elif name == "table-cell":
                    cell_text = False
                elif name == "number-style":
                    number_style = attr(elem, "name") or ""
                elif name == "number" and number_style and (attr(elem, "decimal-places") or "0") == "0":
                    wanted = attr(elem, "min-integer-digits") or ""
                    if wanted.isdigit() and int(wanted) <= 32:
                        digits[number_style] = int(wanted)
                elif name == "style" and attr(elem, "data-style-name"):
                    data_styles[attr(elem, "name") or ""] = attr(elem, "data-style-name") or ""
                elif name in ("user-field-decl", "variable-decl") and attr(elem, "string-value"):
                    # a field's value kept in its declaration, shown wherever the field is placed
                    yield from writer.add(f"{attr(elem, 'name') or ''}: {attr(elem, 'string-value')}\n")
                elif name == "page" and attr(elem, "name") and not _DEFAULT_PAGE.fullmatch(attr(elem, "name") or ""):
                    yield from writer.add(f"{attr(elem, 'name')}\n")  # a slide's name (navigator, links)
                elif name == "table" and spreadsheet:
                    sheet = attr(elem, "name") or "?"
                    context.append(f"sheet:{sheet}")
                    yield from switch(context[-1])
                    yield from writer.add(sheet + "\n")
                elif name == "notes":
                    context.append("notes")
                    yield from switch("notes")
                continue
            if name in _BLOCKS:
                depth -= 1
                if depth == 0:
                    yield from writer.add(_render(elem, comments) + "\n")
                    elem.clear()
            elif name == "table-cell" and depth == 0:
                if not cell_text:
                    yield from writer.add(_cell_value(elem, digits, data_styles))
                yield from writer.add("\t")
                cell_text = False
            elif name == "number-style":
                number_style = ""
            elif (name == "table" and spreadsheet) or name == "notes":
                if context:
                    context.pop()
                yield from switch(context[-1] if context else "body")
    except LimitExceeded:
        yield from writer.close()
        raise
    except Exception as exc:  # the rest of the document is read: styles, properties, comments so far
        yield from writer.close()
        yield failed(exc, "OpenDocument")
    else:
        yield from writer.close()
    if comments:
        yield PartPiece("\n".join(comments), "comment", start=True)


def _styles(data: IO[bytes]) -> Iterator[PartPiece]:
    label: str | None = None
    buf: list[str] = []
    master: list[str] = []  # text on a master page outside headers, footers and placeholders (ODP)
    in_master = placeholder = 0
    for event, elem in iter_events(data, "ODF", prune=True, whole=_BLOCKS):
        name = local(elem.tag)
        if name == "master-page":
            in_master += 1 if event == "start" else -1
        elif name == "frame" and attr(elem, "class"):  # presentation:class: a placeholder's prompt text
            placeholder += 1 if event == "start" else -1
        elif event == "end" and in_master and not label and not placeholder and name in _BLOCKS:
            master.append(_render(elem, []) + "\n")
        if name in ("header", "footer", "header-left", "footer-left", "header-first", "footer-first"):
            if event == "start":
                label, buf = ("header" if name.startswith("header") else "footer"), []
            else:
                if label:
                    yield from whole(label, "".join(buf).strip())
                label = None
        elif event == "end" and label and name in _BLOCKS:
            buf.append(_render(elem, []) + "\n")
    yield from whole("body", "".join(master).strip())


def _properties(stream: IO[bytes]) -> Iterator[PartPiece]:
    props: list[str] = []
    for _ev, e in iter_events(stream, "ODF", ("end",), prune=True):
        if local(e.tag) in _PROPS and e.text:
            props.append(e.text)
        elif local(e.tag) == "user-defined" and e.text:  # custom properties ("Klient CPR"): name as context
            props.append(f"{attr(e, 'name') or ''}: {e.text}")
    if props:
        yield PartPiece("\n".join(props), "properties", start=True)


def extract_odf(item: Item, data: bytes | BinaryIO, ctx: ExtractContext) -> Extracted:
    zf = open_zip(data, "OpenDocument")
    raw_mime = read_member(zf, "mimetype", ctx, "OpenDocument")
    mime = raw_mime.decode("ascii", "replace").strip() if raw_mime else ODT
    if "content.xml" not in zf.namelist():
        raise ExtractionError("corrupt OpenDocument file: no content.xml")

    def member(name: str, reader: Callable[[IO[bytes]], Iterator[PartPiece]]) -> Iterator[PartPiece]:
        try:
            stream = open_member(zf, name, ctx, "OpenDocument")
            if stream is not None:
                with stream:
                    yield from reader(stream)
        except LimitExceeded:
            raise
        except Exception as exc:  # this member is unreadable; the others are still read
            yield failed(exc, "OpenDocument")

    def pieces() -> Iterator[PartPiece]:
        yield from member("content.xml", lambda s: _content(s, spreadsheet="spreadsheet" in mime))
        yield from member("styles.xml", _styles)
        yield from member("meta.xml", _properties)

    large = not isinstance(data, bytes) or text_size(zf, r"(content|styles)\.xml") > ctx.config.limits.stream_above
    return deliver(
        mime,
        pieces,
        ctx.budget,
        large=large,
        children=embedded_children(item, zf, ("Pictures/", "Object "), ctx, "OpenDocument"),
    )
