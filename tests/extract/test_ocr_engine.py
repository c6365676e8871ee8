"""The loaded OCR engine (ocr_engine.py in a child) gives the tesseract command's text, page for page."""

from __future__ import annotations

import io
import random
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from pii_scanner.core.errors import ExtractionError, LimitExceeded
from pii_scanner.extract import ocr
from pii_scanner.extract.context import ExtractContext
from tests.extract.extract_helpers import CONFIG
from tests.extract.extract_makers import FONT, text_image

pytestmark = pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract not installed (./run setup)")
LANG = "dan+swe+eng"
_WORDS = "kunde sag notat CPR-nr personnummer Jens Hansen Anna Svensson Vejle Göteborg løn översikt"


def _png(image: object) -> bytes:
    buf = io.BytesIO()
    image.save(buf, format="PNG", compress_level=0)  # type: ignore[attr-defined]  # as ocr_image sends it
    return buf.getvalue()


def _pages(count: int, seed: int) -> Iterator[object]:
    """Varied pages: font sizes 10-48, grey levels, skew, blur, bilevel and RGB, a blank page, noise."""
    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    rng = random.Random(seed)
    words = _WORDS.split(" ")
    for _ in range(count):
        size = rng.choice([10, 12, 14, 18, 24, 36, 48])
        font = ImageFont.truetype(FONT, size)
        lines = [
            " ".join(rng.choice(words) for _ in range(rng.randint(1, 7)))
            + (f" {rng.randint(1, 28):02d}{rng.randint(1, 12):02d}{rng.randint(0, 99):02d}-{rng.randint(0, 9999):04d}")
            for _ in range(rng.randint(1, 12))
        ]
        width = max(int(font.getlength(line)) for line in lines) + rng.randint(10, 200)
        img = Image.new("L", (width, (size + size // 2) * len(lines) + rng.randint(10, 200)), rng.choice([255, 220]))
        draw = ImageDraw.Draw(img)
        for n, line in enumerate(lines):
            draw.text((rng.randint(5, 40), 5 + n * (size + size // 2)), line, fill=rng.choice([0, 60]), font=font)
        if rng.random() < 0.3:
            img = img.rotate(rng.uniform(-3, 3), expand=True, fillcolor=255)
        if rng.random() < 0.3:
            img = img.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 1.2)))
        yield img.convert(rng.choice(["L", "1"]))
    yield Image.new("L", (400, 300), 255)
    yield Image.effect_noise((300, 200), 60).convert("L")


@pytest.fixture()
def engines() -> Iterator[ocr._Engines]:
    pool = ocr._Engines()
    yield pool
    pool.close()


def test_engine_text_is_the_commands(engines: ocr._Engines) -> None:
    pngs = [_png(page) for page in _pages(10, seed=3)]
    loaded = [engines.read(png, LANG, 120, 120) for png in pngs]
    assert all(text is not None for text in loaded), "the engine did not load where tesseract is installed"
    assert loaded == [ocr._tesseract(png, LANG, 120, 120) for png in pngs]
    assert any("CPR-nr" in (text or "") for text in loaded)


def test_one_engine_serves_many_pages(engines: ocr._Engines) -> None:
    png = _png(text_image(["CPR-nr: 070761-4285"]))
    assert engines.read(png, LANG, 60, 60) == engines.read(png, LANG, 60, 60)
    assert len(engines.idle[LANG]) == 1


def test_an_engine_stopping_mid_page_is_an_error_record_and_the_next_page_is_read(engines: ocr._Engines) -> None:
    import threading

    png = _png(text_image(["Kunde 070761-4285"]))
    first = engines.read(png, LANG, 60, 60)
    engine = engines.idle[LANG][0]
    big = _png(text_image(["CPR-nr: 070761-4285 Jens Hansen Vejle"] * 60, size=20))
    killer = threading.Timer(0.2, engine.proc.kill)  # a crash while it reads the page
    killer.start()
    with pytest.raises(ExtractionError):
        engines.read(big, LANG, 60, 60)
    killer.join()
    assert engines.read(png, LANG, 60, 60) == first


def test_an_engine_ended_while_idle_is_replaced_without_an_error(engines: ocr._Engines) -> None:
    png = _png(text_image(["Kunde 070761-4285"]))
    first = engines.read(png, LANG, 60, 60)
    idle = engines.idle[LANG][0]
    idle.proc.kill()
    idle.proc.wait()
    assert engines.read(png, LANG, 60, 60) == first
    assert engines.idle[LANG][0] is not idle


def test_time_budget_ends_a_slow_page(engines: ocr._Engines) -> None:
    big = text_image(["CPR-nr: 070761-4285 Jens Hansen Vejle"] * 60, size=20)
    with pytest.raises(LimitExceeded):
        engines.read(_png(big), LANG, 0.05, 0.05)
    assert engines.read(_png(text_image(["Kunde 070761-4285"])), LANG, 60, 60)


def test_without_a_loadable_engine_the_command_runs(
    engines: ocr._Engines, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    broken = tmp_path / "ocr_engine.py"
    broken.write_text("import sys\nsys.stdout.buffer.write(b'\\x04')\n", encoding="utf-8")
    monkeypatch.setattr(ocr, "_ENGINE_SCRIPT", broken)
    png = _png(text_image(["Kunde 070761-4285"]))
    assert engines.read(png, LANG, 60, 60) is None
    assert LANG in engines.unavailable
    monkeypatch.setattr(ocr, "_ENGINES", engines)
    assert "070761-4285" in ocr.ocr_image(text_image(["Kunde 070761-4285"]), ExtractContext.for_top_item(CONFIG))


@pytest.mark.skipif(sys.platform == "win32", reason="fork")
def test_a_forked_process_starts_its_own_engine(engines: ocr._Engines) -> None:
    import multiprocessing

    png = _png(text_image(["Kunde 070761-4285"]))
    assert engines.read(png, LANG, 60, 60)
    parent_child = engines.idle[LANG][0]
    global _FORKED
    _FORKED = engines
    with multiprocessing.get_context("fork").Pool(1) as pool:
        text, pid = pool.apply(_read_in_child, (png,))
    assert text == engines.read(png, LANG, 60, 60)
    assert pid != parent_child.proc.pid
    assert parent_child.proc.poll() is None  # the parent's engine still serves the parent


_FORKED: ocr._Engines | None = None


def _read_in_child(png: bytes) -> tuple[str | None, int]:
    assert _FORKED is not None
    text = _FORKED.read(png, LANG, 60, 60)
    return text, _FORKED.idle[LANG][0].proc.pid


class _Interrupted(Exception):
    pass


@pytest.mark.skipif(sys.platform == "win32", reason="SIGALRM")
def test_an_interrupted_page_ends_its_engine_and_the_next_page_is_read(engines: ocr._Engines) -> None:
    """The sweep's item deadline interrupts with an alarm: the engine half way through a page is ended
    (its pipe is out of step), the interruption goes on up, and the next page gets a fresh engine."""
    import signal

    small = _png(text_image(["Kunde 070761-4285"]))
    first = engines.read(small, LANG, 60, 60)
    engine = engines.idle[LANG][0]
    big = _png(text_image(["CPR-nr: 070761-4285 Jens Hansen Vejle"] * 60, size=20))

    def expire(signum: int, frame: object) -> None:
        raise _Interrupted

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, 0.05)
    try:
        with pytest.raises(_Interrupted):
            engines.read(big, LANG, 60, 60)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    assert engine.proc.poll() is not None
    assert engines.read(small, LANG, 60, 60) == first
