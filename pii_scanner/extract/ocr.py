"""OCR with Debian's tesseract, Danish + Swedish + English by default.

Text from OCR is labelled ``ocr`` so the detector applies its OCR-tolerant patterns (split digit
groups, O/0 and l/1 confusions). Each call gets the remaining time of the item's budget as its
timeout. Tesseract's own threads are capped at one: the scan already runs one process per core.

The image goes to tesseract through a pipe and the text comes back through one: pytesseract's own
calls write ``tess_*_input.PNG`` and ``tess_*.txt`` (plaintext) into TMPDIR and leave them behind when
the process is killed, so nothing of the document ever touches the disk here.

Loading the languages costs the ``tesseract`` command ~0.3 s of CPU per image, mostly more than reading
a page. So the pages go to an engine kept loaded in a child process (``ocr_engine.py``: libtesseract
through ctypes, one per process and thread at work, the same steps as the command, so the same text);
where that engine cannot load (no shared library found, e.g. some Windows installs) every image runs
the command as before. A crash or a timeout ends the child, never the scan; the next page starts another.

The command is run directly, never through pytesseract: importing it imports numpy and pandas when they
are installed (~0.26 s of CPU in every process that meets an image), for a list of languages and a name.
"""

from __future__ import annotations

import atexit
import functools
import io
import logging
import os
import re
import struct
import subprocess
import sys
import threading
from pathlib import Path
from typing import IO, Any

from pii_scanner.core.errors import ExtractionError, LimitExceeded
from pii_scanner.extract.context import ExtractContext

os.environ.setdefault("OMP_THREAD_LIMIT", "1")

# Below this many pixels on the short side no text can be read (a 1-pixel tracking image, a rule); a
# banner 12 px high still holds a legible line.
MIN_SIDE = 10
# Scans are usually 200-300 dpi; small text renders below tesseract's sweet spot (~30 px capitals).
UPSCALE_BELOW = 900
# A strip lower than this (one line of text cut out of a screenshot) is enlarged to about this height.
SHORT_SIDE = 48


TESSERACT = "tesseract"  # the command, found on PATH
_LANGUAGE_NAME = re.compile(r"[a-z_]+")  # a language pack's name in ``--list-langs`` (not its heading)


def _no_window() -> int:
    return getattr(subprocess, "CREATE_NO_WINDOW", 0) if sys.platform == "win32" else 0


@functools.lru_cache(maxsize=1)
def _installed_languages() -> frozenset[str]:
    """The language packs ``tesseract --list-langs`` names; empty when the command cannot run."""
    try:
        proc = subprocess.run(
            [TESSERACT, "--list-langs"],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            check=False,
            creationflags=_no_window(),
        )
    except (OSError, ValueError):  # tesseract missing or broken: reported when OCR is attempted
        return frozenset()
    if proc.returncode not in (0, 1):  # tesseract 3 exits 1 after listing
        return frozenset()
    lines = (line.strip() for line in proc.stdout.decode("utf-8", "replace").splitlines())
    return frozenset(line for line in lines if _LANGUAGE_NAME.fullmatch(line))


def languages(wanted: str) -> str:
    """The wanted languages that are installed (``dan+swe+eng``); raise when tesseract is missing."""
    have = _installed_languages()
    if not have:
        raise ExtractionError("OCR needed but tesseract is not installed")
    chosen = [lang for lang in wanted.split("+") if lang in have]
    missing = tuple(lang for lang in wanted.split("+") if lang and lang not in have)
    if missing:
        _say_missing(missing, "+".join(chosen) or "eng")
    return "+".join(chosen) or "eng"


_SAID: set[tuple[str, ...]] = set()
_SAID_LOCK = threading.Lock()


def _say_missing(missing: tuple[str, ...], used: str) -> None:
    """Say once per process that OCR reads without some wanted languages (their letters, æ ø å ä ö, are
    misread): a missing language pack must not go unnoticed."""
    with _SAID_LOCK:  # items are read by several threads at once
        if missing in _SAID:
            return
        _SAID.add(missing)
    logging.getLogger(__name__).warning(
        "OCR language pack(s) not installed: %s; pictures are read with %s (install tesseract-ocr-%s)",
        ", ".join(missing),
        used,
        missing[0],
    )


def grey(image: Any) -> Any:
    """``image`` in 8-bit grey as a viewer shows it: transparent parts on white (a screenshot cut out with
    a transparent background has black text on pixels (0, 0, 0, 0): dropping the alpha made the page
    black on black), 16-bit and float pixels spread over their own range (converting clips them to 0 or
    255: grey text on a 16-bit scan turned white)."""
    from PIL import Image

    if image.mode in ("L", "1"):
        return image
    if image.mode in ("RGBA", "LA", "PA", "La", "RGBa") or "transparency" in image.info:
        rgba = image.convert("RGBA")
        white = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return Image.alpha_composite(white, rgba).convert("L")
    if image.mode in ("F", "I") or image.mode.startswith("I;"):
        wide = image.convert("F")
        low, high = wide.getextrema()
        if high <= low:
            return Image.new("L", image.size, 255)
        return wide.point(lambda v: (v - low) * 255.0 / (high - low)).convert("L")
    return image.convert("L")


def ocr_image(image: Any, ctx: ExtractContext) -> str:
    """Text of one PIL image; errors and timeouts become ExtractionError / LimitExceeded."""
    lim = ctx.config.limits
    width, height = image.size
    if min(width, height) < MIN_SIDE:
        return ""
    image = grey(image)
    factor = 2 if max(width, height) < UPSCALE_BELOW else 1
    if min(width, height) * factor < SHORT_SIDE:
        factor = min(-(-SHORT_SIDE // min(width, height)), 5)
    if factor > 1:
        image = image.resize((width * factor, height * factor))
    remaining = ctx.budget.max_seconds - ctx.budget.elapsed()
    if remaining <= 1:
        raise LimitExceeded(f"time budget of {ctx.budget.max_seconds:g} s exceeded before OCR")
    buf = io.BytesIO()
    image.save(buf, format="PNG", compress_level=0)  # a pipe, not a disk: 12 instead of 32 ms an A4 page
    lang = languages(lim.ocr_languages)
    text = _ENGINES.read(buf.getvalue(), lang, remaining, ctx.budget.max_seconds)
    if text is None:  # no loaded engine here: the command, one process per image
        return _tesseract(buf.getvalue(), lang, remaining, ctx.budget.max_seconds)
    return text


def _tesseract(png: bytes, lang: str, timeout: float, budget: float) -> str:
    """Run tesseract stdin -> stdout (no files); errors become ExtractionError / LimitExceeded."""
    cmd = [TESSERACT, "stdin", "stdout", "-l", lang, "--psm", "1"]  # as the engine: orientation detected first
    try:
        proc = subprocess.run(
            cmd, input=png, capture_output=True, timeout=timeout, check=False, creationflags=_no_window()
        )
    except subprocess.TimeoutExpired as exc:
        raise LimitExceeded(f"OCR stopped by the time budget of {budget:g} s") from exc
    except FileNotFoundError as exc:
        raise ExtractionError("OCR needed but tesseract is not installed") from exc
    except OSError as exc:
        raise ExtractionError(f"OCR could not start tesseract ({exc.strerror})") from exc
    if proc.returncode != 0:
        raise ExtractionError(f"OCR failed (tesseract status {proc.returncode})")
    return proc.stdout.decode("utf-8", "replace").strip()


_ENGINE_SCRIPT = Path(__file__).with_name("ocr_engine.py")
_OK, _FAILED, _TIMEOUT, _UNREADABLE = 0, 1, 2, 3  # the engine's status bytes (see ocr_engine.py)
_START_TIMEOUT = 60.0  # seconds for the engine to load its languages


class _Child:
    """One running ``ocr_engine.py`` for one language set."""

    def __init__(self, lang: str) -> None:
        if getattr(sys, "frozen", False) or not sys.executable or not _ENGINE_SCRIPT.is_file():
            raise OSError("no Python interpreter to run the OCR engine with")  # a frozen build: the command
        flags = getattr(subprocess, "CREATE_NO_WINDOW", 0) if sys.platform == "win32" else 0
        self.proc = subprocess.Popen(
            [sys.executable, "-I", "-S", str(_ENGINE_SCRIPT), lang],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            creationflags=flags,
        )
        ready = _exchange(self.proc, b"", 1, _START_TIMEOUT)
        if ready != b"\x00":
            self.close()
            raise OSError("OCR engine unavailable")

    def read(self, png: bytes, timeout: float) -> tuple[int, str]:
        """(status, text) for one PNG; raises TimeoutError (the child is then ended) or OSError."""
        deadline_ms = int(min(timeout, 4_000_000.0) * 1000)
        head = _exchange(self.proc, struct.pack(">II", len(png), deadline_ms) + png, 5, timeout)
        if head is None or len(head) < 5:
            raise OSError("OCR engine stopped")
        size = struct.unpack(">I", head[1:5])[0]
        body = _exchange(self.proc, b"", size, timeout) if size else b""
        if body is None:
            raise OSError("OCR engine stopped")
        return head[0], body.decode("utf-8", "replace")

    def kill(self) -> None:
        """End the child now (a request was interrupted half way: its pipe is out of step)."""
        self.proc.kill()
        self.proc.wait()

    def close(self) -> None:
        try:
            if self.proc.stdin:
                self.proc.stdin.close()
        except OSError:
            pass
        try:
            self.proc.wait(timeout=2)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


def _exchange(proc: subprocess.Popen[bytes], payload: bytes, want: int, timeout: float) -> bytes | None:
    """Write ``payload`` and read ``want`` bytes within ``timeout`` s; None when the child stopped.

    On a timeout the child is killed (its reader thread then ends) and TimeoutError raised. A thread
    does the blocking I/O because a pipe cannot be waited on with a timeout on every platform."""
    got: list[bytes | None] = [None]

    def run(stdin: IO[bytes] | None = proc.stdin, stdout: IO[bytes] | None = proc.stdout) -> None:
        try:
            if payload and stdin:
                stdin.write(payload)
                stdin.flush()
            chunks, left = [], want
            while left and stdout:
                chunk = stdout.read(left)
                if not chunk:
                    return
                chunks.append(chunk)
                left -= len(chunk)
            got[0] = b"".join(chunks)
        except (OSError, ValueError):
            return

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        proc.kill()
        proc.wait()
        worker.join()
        raise TimeoutError
    return got[0]


class _Engines:
    """Loaded engines of this process, one per language set and concurrent caller, reused across images.

    A forked worker never uses its parent's children (their pipes are shared with the parent)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.idle: dict[str, list[_Child]] = {}
        self.unavailable: set[str] = set()
        self.pid = os.getpid()
        self.closing_registered = -1  # the process whose exit ends this process's engines

    def _on_exit(self) -> None:
        """End the engines when this process ends (a pool worker leaves by ``os._exit``, skipping atexit:
        multiprocessing's finalizers still run there), so each engine's CPU is accounted to its scan."""
        if self.closing_registered == os.getpid():
            return
        self.closing_registered = os.getpid()
        atexit.register(self.close)
        if "multiprocessing" in sys.modules:
            import multiprocessing.util

            multiprocessing.util.Finalize(None, self.close, exitpriority=0)

    def _take(self, lang: str) -> _Child | None:
        with self.lock:
            if self.pid != os.getpid():
                self.idle, self.unavailable, self.pid = {}, set(), os.getpid()
            if lang in self.unavailable:
                return None
            idle = self.idle.get(lang)
            while idle:
                child = idle.pop()
                if child.proc.poll() is None:
                    return child
                child.proc.wait()  # ended while idle (killed from outside): a fresh one below
            self._on_exit()
        try:
            return _Child(lang)
        except (OSError, TimeoutError, ValueError):
            with self.lock:
                self.unavailable.add(lang)
            return None

    def read(self, png: bytes, lang: str, timeout: float, budget: float) -> str | None:
        """The text of ``png``, or None when no engine can run here (the caller runs the command)."""
        if len(png) >= 1 << 32:  # the request's length field has 4 bytes
            return None
        child = self._take(lang)
        if child is None:
            return None
        try:
            status, text = child.read(png, timeout)
        except BaseException as exc:  # the item's deadline (an alarm) may interrupt the wait too
            if not isinstance(exc, TimeoutError):
                child.kill()
            if isinstance(exc, (TimeoutError, OSError)):
                return self._failed(exc, budget)
            raise
        if status == _TIMEOUT:
            self._give_back(lang, child)
            raise LimitExceeded(f"OCR stopped by the time budget of {budget:g} s")
        self._give_back(lang, child)
        if status == _UNREADABLE:
            raise ExtractionError("OCR failed (tesseract could not read the image)")
        if status != _OK:
            raise ExtractionError("OCR failed (tesseract could not recognise the page)")
        return text.strip()

    @staticmethod
    def _failed(exc: BaseException, budget: float) -> str:
        if isinstance(exc, TimeoutError):
            raise LimitExceeded(f"OCR stopped by the time budget of {budget:g} s") from exc
        raise ExtractionError("OCR failed (the OCR engine stopped)") from exc

    def _give_back(self, lang: str, child: _Child) -> None:
        with self.lock:
            if self.pid == os.getpid():
                self.idle.setdefault(lang, []).append(child)
                return
        child.close()

    def close(self) -> None:
        with self.lock:
            children = [c for idle in self.idle.values() for c in idle] if self.pid == os.getpid() else []
            self.idle = {}
        for child in children:
            child.close()


_ENGINES = _Engines()
