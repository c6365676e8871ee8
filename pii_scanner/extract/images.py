"""Pictures (PNG, JPEG, TIFF incl. multi-page, BMP, GIF, WebP): their metadata text, then OCR of each frame.

Each frame is read the way a viewer shows it: turned by its EXIF orientation (a phone photo of a page is
stored sideways with a tag saying so). A frame that cannot be decoded, or a time budget spent half way
through a multi-page fax, ends the reading with an error on the item; the pages read before it are kept."""

from __future__ import annotations

import io
import struct
import warnings
from typing import Any

from pii_scanner.core.errors import ExtractionError, LimitExceeded
from pii_scanner.core.model import Extracted, Item, TextPart
from pii_scanner.extract.context import ExtractContext
from pii_scanner.extract.image_meta import metadata_text
from pii_scanner.extract.ocr import ocr_image

MAX_FRAMES = 500
OCR_OFF = "OCR is off: the picture's text was not read"


JPEG_XR_SKIPPED = "JPEG XR picture: no decoder, its text was not read"


def extract_jpeg_xr(item: Item, data: bytes, ctx: ExtractContext) -> Extracted:
    """A JPEG XR picture (a .wdp in an Office file, a .jxr): Pillow cannot decode it, so the text in its pixels
    cannot be read. Its strings are still read (metadata a writer left in it), and the record says the picture
    was not (flag skipped, the reason), as a picture with OCR off does: never called clean."""
    from pii_scanner.extract.strings import extract_strings

    result = extract_strings(item, data, ctx)
    result.mime = item.mime_hint or "image/jxr"
    result.metadata["skipped"] = JPEG_XR_SKIPPED
    return result


def _metadata_only(mime: str, data: bytes) -> Extracted:
    """OCR off: the metadata text still (no pixel decoded); a picture Pillow cannot open gives none, as
    it gave nothing at all before metadata was read."""
    from PIL import Image

    parts: list[TextPart] = []
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as img:
                text = metadata_text(data, img)
                parts = [TextPart(text, "metadata")] if text else []
    except Exception:
        parts = []
    # Said in the record (flag skipped, the reason), as a type the user chose not to read is.
    return Extracted(mime=mime, parts=parts, metadata={"ocr": "disabled", "skipped": OCR_OFF})


def upright(frame: Any) -> Any:
    """A copy of ``frame`` turned as its EXIF orientation tells a viewer to show it (a damaged tag: as stored)."""
    from PIL import ImageOps

    try:
        return ImageOps.exif_transpose(frame)
    except (OSError, SyntaxError, ValueError, TypeError, KeyError, AttributeError):
        return frame.copy()


def _failure(exc: BaseException) -> ExtractionError:
    """The error a failure while decoding or reading a picture is reported as."""
    from PIL import Image, UnidentifiedImageError

    if isinstance(exc, LimitExceeded):
        return exc
    if isinstance(exc, (Image.DecompressionBombError, Image.DecompressionBombWarning)):
        return LimitExceeded("image too large to decode safely (decompression bomb guard)")
    if isinstance(exc, UnidentifiedImageError):
        return ExtractionError("corrupt or unsupported image")
    if isinstance(exc, ExtractionError):
        return exc
    return ExtractionError(f"corrupt image: {type(exc).__name__}")


# What a damaged picture raises in Pillow's decoders (a truncated TIFF directory raises TypeError).
_DAMAGED = (OSError, SyntaxError, ValueError, EOFError, TypeError, KeyError, IndexError, struct.error)


def extract_image(item: Item, data: bytes, ctx: ExtractContext) -> Extracted:
    mime = item.mime_hint or "image/png"
    if not ctx.config.limits.ocr:
        return _metadata_only(mime, data)
    from PIL import Image, ImageSequence

    parts: list[TextPart] = []
    frames = 0
    try:
        with warnings.catch_warnings():
            # Pillow warns, then raises, on decompression bombs; both mean "too big".
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as img:
                mime = Image.MIME.get(img.format or "", mime)
                meta = metadata_text(data, img)  # before the frames are walked: the first frame's EXIF
                if meta:
                    parts.append(TextPart(meta, "metadata"))
                for n, frame in enumerate(ImageSequence.Iterator(img)):
                    if n >= MAX_FRAMES:
                        raise LimitExceeded(f"image with more than {MAX_FRAMES} pages")
                    ctx.budget.check_time()
                    frame.load()
                    text = ocr_image(upright(frame), ctx)
                    frames += 1
                    if text:
                        parts.append(TextPart(text, "ocr"))
    except (ExtractionError, Image.DecompressionBombError, Image.DecompressionBombWarning, *_DAMAGED) as exc:
        error = _failure(exc)
        if not parts:  # nothing read: the item fails as a whole
            raise error from exc
        # What was read (the metadata, the pages before) is kept and reported; the error says the rest was not.
        where = f"page {frames + 1}: " if frames else ""
        return Extracted(mime=mime, parts=parts, error=f"{where}{error}", metadata={"ocr_pages": frames})
    return Extracted(mime=mime, parts=parts, metadata={"ocr_pages": sum(p.label == "ocr" for p in parts)})
