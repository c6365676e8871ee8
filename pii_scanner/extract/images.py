"""Pictures (PNG, JPEG, TIFF incl. multi-page, BMP, GIF, WebP): their metadata text, then OCR of each frame."""

from __future__ import annotations

import io
import warnings

from pii_scanner.core.errors import ExtractionError, LimitExceeded
from pii_scanner.core.model import Extracted, Item, TextPart
from pii_scanner.extract.context import ExtractContext
from pii_scanner.extract.image_meta import metadata_text
from pii_scanner.extract.ocr import ocr_image

MAX_FRAMES = 500


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
    return Extracted(mime=mime, parts=parts, metadata={"ocr": "disabled"})


def extract_image(item: Item, data: bytes, ctx: ExtractContext) -> Extracted:
    mime = item.mime_hint or "image/png"
    if not ctx.config.limits.ocr:
        return _metadata_only(mime, data)
    from PIL import Image, ImageSequence, UnidentifiedImageError

    parts: list[TextPart] = []
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
                    text = ocr_image(frame.copy(), ctx)
                    if text:
                        parts.append(TextPart(text, "ocr"))
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise LimitExceeded("image too large to decode safely (decompression bomb guard)") from exc
    except UnidentifiedImageError as exc:
        raise ExtractionError("corrupt or unsupported image") from exc
    except (OSError, SyntaxError, ValueError, EOFError) as exc:
        raise ExtractionError(f"corrupt image: {type(exc).__name__}") from exc
    return Extracted(mime=mime, parts=parts, metadata={"ocr_pages": sum(p.label == "ocr" for p in parts)})
