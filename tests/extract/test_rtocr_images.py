"""Red team rtocr: pictures are read as a viewer shows them, and what was read of a damaged one is kept.

Each picture holds a valid CPR a reader sees; before these fixes each one gave no finding and exit 0
(transparent background, EXIF orientation, 16-bit/float pixels, a thin banner) or lost the pages already
read (a multi-page fax damaged or out of time at a later page)."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from pii_scanner.core.errors import LimitExceeded
from tests.extract.extract_helpers import found, scan_file
from tests.extract.extract_makers import CPR_NORM, FONT

pytestmark = pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract not installed (./run setup)")

LINES = ["Kunde: Jens Hansen", "CPR 070761-4285"]


def _page(mode: str, background: Any, ink: Any, lines: list[str] = LINES, size: tuple[int, int] = (900, 200)) -> Any:
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype(FONT, 36)
    img = Image.new(mode, size, background)
    draw = ImageDraw.Draw(img)
    for n, line in enumerate(lines):
        draw.text((20, 20 + 60 * n), line, fill=ink, font=font)
    return img


def _cpr_read(path: Path) -> bool:
    results = scan_file(path)
    assert results[0].error is None
    return ("DK_CPR", CPR_NORM, "ocr") in found(results)


@pytest.mark.parametrize(
    ("name", "mode", "background", "ink"),
    [
        ("snip.png", "RGBA", (0, 0, 0, 0), (0, 0, 0, 255)),  # a screenshot cut out on a transparent background
        ("grey-alpha.png", "LA", (0, 0), (0, 255)),
        ("scan16.png", "I;16", 40000, 9000),  # 16-bit grey: both tones above 255 (converting clipped them white)
        ("float.tif", "F", 0.9, 0.1),
    ],
)
def test_a_transparent_or_high_bit_depth_picture_is_read(
    tmp_path: Path, name: str, mode: str, background: Any, ink: Any
) -> None:
    path = tmp_path / name
    _page(mode, background, ink).save(path)
    assert _cpr_read(path)


def test_a_palette_picture_with_a_transparent_colour_is_read(tmp_path: Path) -> None:
    path = tmp_path / "palette.png"
    _page("RGBA", (0, 0, 0, 0), (0, 0, 0, 255)).convert("P").save(path, transparency=0)
    assert _cpr_read(path)


@pytest.mark.parametrize(("orientation", "turn"), [(6, 90), (8, 270), (3, 180)])
def test_a_phone_photo_is_read_upright_by_its_exif_orientation(tmp_path: Path, orientation: int, turn: int) -> None:
    """Stored sideways or upside down with the tag every viewer applies (a phone photo of a letter)."""
    from PIL import Image

    path = tmp_path / "photo.jpg"
    exif = Image.Exif()
    exif[0x0112] = orientation
    _page("RGB", "white", "black").rotate(turn, expand=True).save(path, exif=exif, quality=95)
    assert _cpr_read(path)


def test_a_thin_banner_is_read(tmp_path: Path) -> None:
    """One line cut out of a screenshot, 22 px high (was: under 24 px, skipped as an icon)."""
    from PIL import Image, ImageDraw, ImageFont

    path = tmp_path / "banner.png"
    img = Image.new("L", (300, 22), 255)
    ImageDraw.Draw(img).text((4, 2), "CPR 070761-4285", fill=0, font=ImageFont.truetype(FONT, 16))
    img.save(path)
    assert _cpr_read(path)


def _fax(path: Path, pages: int = 3) -> list[int]:
    """A G4 multi-page TIFF, the CPR on every page; the offsets of its page directories."""
    from PIL import Image

    frames = [_page("L", 255, 0).convert("1") for _ in range(pages)]
    frames[0].save(path, save_all=True, append_images=frames[1:], compression="group4")
    with Image.open(path) as img:
        img.seek(pages - 1)
        return list(img._frame_pos)  # type: ignore[attr-defined]


def test_the_pages_read_before_a_damaged_page_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "fax.tif"
    offsets = _fax(path)
    path.write_bytes(path.read_bytes()[: offsets[2] + 4])  # page 3's directory cut short
    results = scan_file(path)
    assert results[0].error is not None and "page 3" in results[0].error  # said: exit 4
    assert ("DK_CPR", CPR_NORM, "ocr") in found(results)  # pages 1-2 were read: their CPR reported


def test_the_pages_read_before_the_time_budget_ran_out_are_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pii_scanner.extract.images as images

    path = tmp_path / "fax.tif"
    _fax(path)
    real = images.ocr_image
    calls: list[int] = []

    def slow_after_two(image: Any, ctx: Any) -> str:
        calls.append(1)
        if len(calls) > 2:
            raise LimitExceeded("OCR stopped by the time budget of 120 s")
        return real(image, ctx)

    monkeypatch.setattr(images, "ocr_image", slow_after_two)
    results = scan_file(path)
    assert results[0].error is not None and "time budget" in results[0].error
    assert ("DK_CPR", CPR_NORM, "ocr") in found(results)
    assert results[0].metadata.get("ocr_pages") == 2


def test_a_damaged_first_page_still_fails_the_item(tmp_path: Path) -> None:
    path = tmp_path / "cut.png"
    _page("L", 255, 0).save(path)
    path.write_bytes(path.read_bytes()[:800])
    results = scan_file(path)
    assert results[0].error is not None and results[0].findings == []
