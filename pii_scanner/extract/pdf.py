"""PDF through pypdfium2 (PDFium, BSD/Apache): the text layer, annotations, form field values, OCR for
scanned pages.

A page with (almost) no text but with pictures on it is a scan: it is rendered at
``limits.ocr_dpi`` and OCR'd. A PDF that needs a user password is reported as encrypted. The values
typed into a fillable form (AcroForm text fields, combo and list boxes) are not in the page's text
layer; they are read as ``form`` parts, one ``field name: value`` line each.
"""

from __future__ import annotations

import ctypes
import math
from collections.abc import Iterator
from typing import Any, BinaryIO
from urllib.parse import unquote

from pii_scanner.core.errors import ExtractionError, LimitExceeded
from pii_scanner.core.model import Extracted, Item, PartPiece
from pii_scanner.extract.context import ExtractContext
from pii_scanner.extract.ocr import ocr_image
from pii_scanner.extract.pdf_attachments import Attached
from pii_scanner.extract.pdf_content import check_expansion, on_buffer, page_unreadable
from pii_scanner.extract.pdf_xmp import xmp_properties
from pii_scanner.extract.pieces import deliver

PDF = "application/pdf"
# Fewer characters than this on a page with pictures: treat the page as scanned.
SCANNED_BELOW = 20
MAX_PAGES = 20_000
# A page rendered for OCR is an image the scanner makes, bounded as the pictures it decodes are (a page of
# the PDF maximum, 200 x 200 inches, would be 40000 x 40000 pixels at 200 dpi: gigabytes). 25 megapixels
# hold an A1 sheet at 200 dpi.
MAX_OCR_PIXELS = 25_000_000
LARGE_PAGES = 500  # more pages than this: the text is handed on page by page, never built whole


def _wide(read: Any, *args: Any, limit: int = 1 << 20) -> str:
    """A UTF-16LE string from a PDFium getter called as ``read(*args, buffer, size)`` (size first asked with None)."""
    size = int(read(*args, None, 0))
    if size <= 2:
        return ""
    size = min(size, limit)
    buf = ctypes.create_string_buffer(size)
    read(*args, ctypes.cast(buf, ctypes.POINTER(ctypes.c_ushort)), size)
    return buf.raw[: size - 2].decode("utf-16-le", errors="replace").strip()


def _annotations(
    page: Any,
    raw: Any,
    form: Any = None,
    fields: list[str] | None = None,
    attached: Attached | None = None,
    links: list[str] | None = None,
) -> list[str]:
    """The Contents (comment text) of a page's annotations; with a form handle, the values of its text,
    combo and list box fields go to ``fields`` as ``name: value`` lines; a /FileAttachment's file goes
    to ``attached``; a link's URI (``mailto:`` address) to ``links``."""
    texts: list[str] = []
    tips: set[str] = set()  # a field's widgets (one per page it shows on) share its tooltip
    value_types = (raw.FPDF_FORMFIELD_TEXTFIELD, raw.FPDF_FORMFIELD_COMBOBOX, raw.FPDF_FORMFIELD_LISTBOX)
    for i in range(raw.FPDFPage_GetAnnotCount(page.raw)):
        annot = raw.FPDFPage_GetAnnot(page.raw, i)
        if not annot:
            continue
        try:
            text = _wide(raw.FPDFAnnot_GetStringValue, annot, b"Contents")
            if text:
                texts.append(text)
            if links is not None and raw.FPDFAnnot_GetSubtype(annot) == raw.FPDF_ANNOT_LINK:
                uri = _link_uri(page, raw, annot)
                if uri:
                    links.append(uri)
            if attached is not None and raw.FPDFAnnot_GetSubtype(annot) == raw.FPDF_ANNOT_FILEATTACHMENT:
                attached.add(raw.FPDFAnnot_GetFileAttachment(annot))
            if form is not None and fields is not None and raw.FPDFAnnot_GetSubtype(annot) == raw.FPDF_ANNOT_WIDGET:
                # A field's tooltip (/TU), shown on hover and read out by screen readers, any field type.
                tip = _wide(raw.FPDFAnnot_GetFormFieldAlternateName, form, annot, limit=1 << 16)
                if tip and tip not in tips:
                    tips.add(tip)
                    fields.append(tip)
            if (
                form is not None
                and fields is not None
                and raw.FPDFAnnot_GetSubtype(annot) == raw.FPDF_ANNOT_WIDGET
                and raw.FPDFAnnot_GetFormFieldType(form, annot) in value_types
            ):
                value = _wide(raw.FPDFAnnot_GetFormFieldValue, form, annot)
                if value:
                    name = _wide(raw.FPDFAnnot_GetFormFieldName, form, annot, limit=4096)
                    fields.append(f"{name}: {value}" if name else value)
        finally:
            raw.FPDFPage_CloseAnnot(annot)
    return texts


def _link_uri(page: Any, raw: Any, annot: Any) -> str:
    """The URI a link annotation opens (``mailto:jens@...``), percent-escapes decoded; "" for other actions."""
    link = raw.FPDFAnnot_GetLink(annot)
    action = raw.FPDFLink_GetAction(link) if link else None
    if not action or raw.FPDFAction_GetType(action) != raw.PDFACTION_URI:
        return ""
    doc = page.pdf.raw
    size = int(raw.FPDFAction_GetURIPath(doc, action, None, 0))
    if size <= 1:
        return ""
    buf = ctypes.create_string_buffer(min(size, 1 << 16))
    raw.FPDFAction_GetURIPath(doc, action, buf, len(buf))
    return unquote(buf.raw[: len(buf) - 1].split(b"\0", 1)[0].decode("latin-1"))


_INFO_KEYS = ("Title", "Author", "Subject", "Keywords")
MAX_OUTLINE = 10_000  # bookmarks read at most (a hostile outline may be endless)


def _document_text(doc: Any, xmp: list[str] | None = None) -> Iterator[PartPiece]:
    """The document information a viewer shows (title, author, subject, keywords), with the XMP
    metadata's lines (``xmp``) not already there, as ``properties``, and the bookmark titles of its
    outline (the side panel) as ``outline``."""
    try:
        info = doc.get_metadata_dict(skip_empty=True)
    except Exception:  # unreadable information dictionary: the pages are still read
        info = {}
    lines = [f"{key}: {info[key]}" for key in _INFO_KEYS if str(info.get(key) or "").strip()]
    lines += [line for line in xmp or () if line not in lines]
    if lines:
        yield PartPiece("\n".join(lines), "properties", start=True)
    titles: list[str] = []
    try:
        for number, bookmark in enumerate(doc.get_toc()):
            if number >= MAX_OUTLINE:
                break
            title = bookmark.get_title()
            if title and title.strip():
                titles.append(title.strip())
    except Exception:  # a damaged outline: the titles read so far are kept
        pass
    if titles:
        yield PartPiece("\n".join(titles), "outline", start=True)


def _form_handle(doc: Any) -> Any:
    """The document's form-fill handle (PDFium reads field values through it), or None without a form."""
    try:
        doc.init_forms()
    except Exception:  # no usable form: the page text is still read
        return None
    env = getattr(doc, "formenv", None)
    return env.raw if env is not None else None


# Form XObjects nest: a scan wrapped in form in form in form is still on the page (PDFium's own bound).
MAX_NESTING = 15
# A picture smaller than this on the page (points; a rule, a bullet, a spacer) holds no text to read.
MIN_PICTURE_PT = 6.0


def _pictures(page: Any, raw: Any) -> list[Any]:
    """The page's image objects, however deep in form XObjects."""
    return list(page.get_objects(filter=[raw.FPDF_PAGEOBJ_IMAGE], max_depth=MAX_NESTING))


def _has_images(page: Any, raw: Any) -> bool:
    return any(True for _ in page.get_objects(filter=[raw.FPDF_PAGEOBJ_IMAGE], max_depth=MAX_NESTING))


def _has_paths(page: Any, raw: Any) -> bool:
    """Vector shapes on the page: text converted to outlines is drawn this way (no text layer, no picture)."""
    return any(True for _ in page.get_objects(filter=[raw.FPDF_PAGEOBJ_PATH], max_depth=MAX_NESTING))


def _uncovered(page: Any, raw: Any) -> list[Any]:
    """The pictures on a page, big enough to hold text, that its text layer does not already cover (a
    searchable scan has its invisible OCR text over the image)."""
    textpage = page.get_textpage()
    try:
        return [
            obj
            for obj in _pictures(page, raw)
            if (box := obj.get_bounds())[2] - box[0] >= MIN_PICTURE_PT
            and box[3] - box[1] >= MIN_PICTURE_PT
            and len(textpage.get_text_bounded(*box).strip()) < SCANNED_BELOW
        ]
    finally:
        textpage.close()


def _picture_texts(page: Any, raw: Any, ctx: ExtractContext, seen: set[bytes]) -> list[str]:
    """OCR of the pictures on a page that has a text layer too (a typed heading above a pasted scan): each
    picture's own pixels, so the typed text is not read twice; a picture the text layer already covers (a
    searchable scan) is not OCR'd again; a picture already read in this document (a logo on every page)
    is read once."""
    import hashlib

    texts: list[str] = []
    for obj in _uncovered(page, raw):
        box = obj.get_bounds()
        width, height = obj.get_px_size()
        key = hashlib.blake2b(obj.get_data(decode_simple=False), digest_size=16)
        key.update(f"{width}x{height}".encode())
        if key.digest() in seen:
            continue
        seen.add(key.digest())
        if width * height > MAX_OCR_PIXELS or min(width, height) < 1:
            image = _render_region(page, box, ctx.config.limits.ocr_dpi)
        else:
            try:
                image = obj.get_bitmap(render=True).to_pil()  # its mask and placement applied
            except Exception:  # PDFium cannot render it alone: the page where it stands
                image = _render_region(page, box, ctx.config.limits.ocr_dpi)
        ctx.budget.check_time()
        text = ocr_image(image, ctx)
        if text:
            texts.append(text)
    return texts


def _render_region(page: Any, box: tuple[float, float, float, float], dpi: int) -> Any:
    """The page rendered where ``box`` (page points) is, at ``dpi`` within :data:`MAX_OCR_PIXELS`."""
    left, bottom, right, top = page.get_bbox()
    x0, y0, x1, y1 = max(left, box[0]), max(bottom, box[1]), min(right, box[2]), min(top, box[3])
    width, height = max(x1 - x0, 1.0), max(y1 - y0, 1.0)
    scale = min(dpi / 72, math.sqrt(MAX_OCR_PIXELS / (width * height)))
    crop = (max(x0 - left, 0.0), max(y0 - bottom, 0.0), max(right - x1, 0.0), max(top - y1, 0.0))
    return page.render(scale=scale, crop=crop, grayscale=True).to_pil()


def _render_for_ocr(page: Any, raw: Any, dpi: int) -> Any:
    """Render ``page`` at ``dpi`` within :data:`MAX_OCR_PIXELS`: a larger page is rendered only where its
    pictures are (the text to read is in them), and at a lower dpi if even they do not fit."""
    scale = dpi / 72
    left, bottom, right, top = page.get_bbox()
    crop = (0.0, 0.0, 0.0, 0.0)
    width, height = max(right - left, 1.0), max(top - bottom, 1.0)
    if width * height * scale * scale > MAX_OCR_PIXELS and page.get_rotation() == 0:
        bounds = [obj.get_bounds() for obj in _pictures(page, raw)]
        if bounds:
            x0, y0 = max(left, min(b[0] for b in bounds)), max(bottom, min(b[1] for b in bounds))
            x1, y1 = min(right, max(b[2] for b in bounds)), min(top, max(b[3] for b in bounds))
            if x1 > x0 and y1 > y0:
                crop = (x0 - left, y0 - bottom, right - x1, top - y1)
                width, height = x1 - x0, y1 - y0
    if width * height * scale * scale > MAX_OCR_PIXELS:
        scale = math.sqrt(MAX_OCR_PIXELS / (width * height))
    return page.render(scale=scale, crop=crop, grayscale=True)


def extract_pdf(item: Item, data: bytes | BinaryIO, ctx: ExtractContext) -> Extracted:
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    dangling = check_expansion(data, ctx)
    no_xmp: list[str] = []
    xmp = on_buffer(data, xmp_properties, no_xmp)
    try:
        doc = pdfium.PdfDocument(data, autoclose=not isinstance(data, bytes))
    except pdfium.PdfiumError as exc:
        if getattr(exc, "err_code", None) == raw.FPDF_ERR_PASSWORD:
            return Extracted(mime=PDF, encrypted=True, encryption_reason="PDF needs a user password to open")
        if getattr(exc, "err_code", None) == raw.FPDF_ERR_SECURITY:
            return Extracted(mime=PDF, encrypted=True, encryption_reason="PDF uses an unsupported security handler")
        raise ExtractionError("corrupt PDF: cannot be opened") from exc
    try:
        count = len(doc)
    except pdfium.PdfiumError as exc:
        doc.close()
        raise ExtractionError("corrupt PDF: cannot be opened") from exc
    if count > MAX_PAGES:
        doc.close()
        raise LimitExceeded(f"PDF with more than {MAX_PAGES} pages")
    metadata: dict[str, Any] = {"pages": count, "ocr_pages": 0}
    form = _form_handle(doc)
    try:
        attached = Attached(item, doc, ctx)  # files attached to the document: read before the text
    except BaseException:
        doc.close()
        raise

    def pieces() -> Iterator[PartPiece]:
        """Page by page: its text, then its OCR reading when it is a scan; annotations and form values at the end."""
        comments: list[str] = []
        fields: list[str] = []
        links: list[str] = []
        seen: set[bytes] = set()  # pictures already OCR'd in this document
        try:
            yield from _document_text(doc, xmp)
            for index in range(count):
                ctx.budget.check_time()
                try:
                    yield from _page(doc, index, ctx, comments, metadata, form, fields, attached, dangling, links, seen)
                except pdfium.PdfiumError:  # one unreadable page: the others are still read
                    yield PartPiece("", error=f"corrupt PDF: page {index + 1} cannot be read")
            attached.pages_done = True
        finally:
            doc.close()
        if comments:
            yield PartPiece("\n".join(comments), "comment", start=True)
        if fields:
            yield PartPiece("\n".join(fields), "form", start=True)
        if links:
            yield PartPiece("\n".join(links), "links", start=True)

    # Read from a file: never whole. In memory: the text of a long PDF is not built whole either.
    large = not isinstance(data, bytes) or count > LARGE_PAGES
    return deliver(PDF, pieces, ctx.budget, large=large, metadata=metadata, children=attached.children())


def _page(
    doc: Any,
    index: int,
    ctx: ExtractContext,
    comments: list[str],
    metadata: dict[str, Any],
    form: Any = None,
    fields: list[str] | None = None,
    attached: Attached | None = None,
    dangling: int = 0,
    links: list[str] | None = None,
    seen: set[bytes] | None = None,
) -> Iterator[PartPiece]:
    import pypdfium2.raw as raw

    page = doc[index]
    ocr = ctx.config.limits.ocr
    ocr_text = ""
    try:
        textpage = page.get_textpage()
        text = textpage.get_text_range().replace("\r\n", "\n").strip()
        textpage.close()
        comments.extend(_annotations(page, raw, form, fields, attached, links))
        images = _has_images(page, raw)
        # Text drawn as outlines (vector shapes, no text layer) is read as a scan is.
        shapes = ocr and len(text) < SCANNED_BELOW and not images and _has_paths(page, raw)
        if not text and not images and not shapes:
            # PDFium reads a page whose content stream is damaged as a blank one: make sure it is blank.
            why = page_unreadable(doc, index, raw.FPDFPage_CountObjects(page.raw), dangling)
            if why is not None:
                yield PartPiece("", error=f"corrupt PDF: page {index + 1} cannot be read: {why}")
            return
        if ocr and images and len(text) >= SCANNED_BELOW:  # typed text and pictures: the pictures OCR'd
            ocr_text = "\n".join(_picture_texts(page, raw, ctx, seen if seen is not None else set()))
            metadata["ocr_pages"] += bool(ocr_text)
        elif ocr and (images or shapes):
            image = _render_for_ocr(page, raw, ctx.config.limits.ocr_dpi).to_pil()
            ocr_text = ocr_image(image, ctx)
            metadata["ocr_pages"] += 1
        elif not ocr and images and (len(text) < SCANNED_BELOW or _uncovered(page, raw)):
            # Said in the record (flag skipped), as a type the user chose not to read is.
            metadata["ocr_off_pages"] = metadata.get("ocr_off_pages", 0) + 1
            metadata["skipped"] = f"OCR is off: the pictures on {metadata['ocr_off_pages']} page(s) were not read"
    finally:
        page.close()
    if text:
        yield PartPiece(text, "body", start=True)
    if ocr_text:
        yield PartPiece(ocr_text, "ocr", start=True)
