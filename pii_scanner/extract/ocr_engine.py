"""A tesseract engine kept loaded in a child process: the pages of a scan OCR'd without a start-up each.

Run as a script (``python -I -S ocr_engine.py LANG``) by ``extract/ocr.py``; it imports the standard
library only, so it starts in a few milliseconds. It loads libtesseract and leptonica with ctypes,
initialises the languages once (~0.25 s for dan+swe+eng, what the ``tesseract`` command pays for every
image) and then answers requests on stdin/stdout until stdin closes:

- request: 4-byte big-endian length of a PNG, 4-byte deadline in milliseconds, the PNG bytes;
- answer: one status byte (``OK``, ``FAILED``, ``TIMEOUT``, ``UNREADABLE``), 4-byte length, UTF-8 text.

At start it writes one byte: ``OK`` when the engine is loaded, ``UNAVAILABLE`` when the libraries or
the languages cannot be loaded (the caller then runs the ``tesseract`` command per image).

Each page goes the way the ``tesseract stdin stdout --psm 1`` command takes it: leptonica reads the PNG
(``pixReadMem``), orientation detection (a sideways scan is turned upright), automatic page segmentation,
the recognizer with the same languages and engine mode, UTF-8 text. So the text is the command's,
which a test checks on varied pages. Nothing is written to disk; tesseract's diagnostics go to the
caller's null device.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import struct
import sys
import time
from typing import Any, BinaryIO

OK, FAILED, TIMEOUT, UNREADABLE, UNAVAILABLE = b"\x00", b"\x01", b"\x02", b"\x03", b"\x04"
PSM_AUTO_OSD = 1  # pages turned by orientation detection first (a sideways scan); the command gets --psm 1

_LIBRARIES = {
    "tesseract": ("tesseract", "libtesseract.so.5", "libtesseract.5.dylib", "libtesseract-5.dll", "tesseract50.dll"),
    "lept": ("lept", "leptonica", "liblept.so.5", "libleptonica.so.6", "liblept.5.dylib", "leptonica-1.82.0.dll"),
}


def _load(kind: str) -> Any:
    for name in _LIBRARIES[kind]:
        path = ctypes.util.find_library(name) if "." not in name else name
        if not path:
            continue
        try:
            return ctypes.CDLL(path)
        except OSError:
            continue
    raise OSError(f"lib{kind} not found")


class Engine:
    """One TessBaseAPI, initialised once for ``lang``."""

    def __init__(self, lang: str) -> None:
        vp, cp, ci = ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int
        tess = _load("tesseract")
        lept = _load("lept")
        for fn, args, res in (
            (tess.TessBaseAPICreate, [], vp),
            (tess.TessBaseAPIInit3, [vp, cp, cp], ci),
            (tess.TessBaseAPISetPageSegMode, [vp, ci], None),
            (tess.TessBaseAPISetImage2, [vp, vp], None),
            (tess.TessBaseAPISetVariable, [vp, cp, cp], ci),
            (tess.TessBaseAPIRecognize, [vp, vp], ci),
            (tess.TessBaseAPIGetUTF8Text, [vp], vp),
            (tess.TessBaseAPIClear, [vp], None),
            (tess.TessBaseAPIEnd, [vp], None),
            (tess.TessBaseAPIDelete, [vp], None),
            (tess.TessDeleteText, [vp], None),
            (tess.TessMonitorCreate, [], vp),
            (tess.TessMonitorDelete, [vp], None),
            (tess.TessMonitorSetDeadlineMSecs, [vp, ci], None),
            (lept.pixReadMem, [cp, ctypes.c_size_t], vp),
            (lept.pixDestroy, [ctypes.POINTER(vp)], None),
        ):
            fn.argtypes, fn.restype = args, res
        self.tess, self.lept = tess, lept
        self.api = tess.TessBaseAPICreate()
        if tess.TessBaseAPIInit3(self.api, None, lang.encode()) != 0:
            tess.TessBaseAPIDelete(self.api)
            raise OSError(f"tesseract could not load the languages {lang}")
        tess.TessBaseAPISetVariable(self.api, b"debug_file", os.devnull.encode())
        tess.TessBaseAPISetPageSegMode(self.api, PSM_AUTO_OSD)

    def read(self, png: bytes, deadline_ms: int) -> tuple[bytes, bytes]:
        tess, lept = self.tess, self.lept
        pix = ctypes.c_void_p(lept.pixReadMem(png, len(png)))
        if not pix.value:
            return UNREADABLE, b""
        monitor = tess.TessMonitorCreate()
        try:
            tess.TessBaseAPISetImage2(self.api, pix)
            tess.TessMonitorSetDeadlineMSecs(monitor, max(1, deadline_ms))
            start = time.monotonic()
            if tess.TessBaseAPIRecognize(self.api, monitor) != 0:
                late = (time.monotonic() - start) * 1000 >= deadline_ms
                return (TIMEOUT if late else FAILED), b""
            text = tess.TessBaseAPIGetUTF8Text(self.api)
            if not text:
                return FAILED, b""
            try:
                return OK, ctypes.string_at(text)
            finally:
                tess.TessDeleteText(text)
        finally:
            tess.TessBaseAPIClear(self.api)
            tess.TessMonitorDelete(monitor)
            lept.pixDestroy(ctypes.byref(pix))

    def close(self) -> None:
        self.tess.TessBaseAPIEnd(self.api)
        self.tess.TessBaseAPIDelete(self.api)


def _exactly(stream: BinaryIO, n: int) -> bytes | None:
    chunks, left = [], n
    while left:
        chunk = stream.read(left)
        if not chunk:
            return None
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def serve(lang: str, requests: BinaryIO, answers: BinaryIO) -> None:
    try:
        engine = Engine(lang)
    except (OSError, AttributeError):
        answers.write(UNAVAILABLE)
        answers.flush()
        return
    answers.write(OK)
    answers.flush()
    try:
        while (head := _exactly(requests, 8)) is not None:
            size, deadline_ms = struct.unpack(">II", head)
            png = _exactly(requests, size)
            if png is None:
                break
            status, text = engine.read(png, deadline_ms)
            answers.write(status + struct.pack(">I", len(text)) + text)
            answers.flush()
    finally:
        engine.close()


if __name__ == "__main__":
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")  # before the library starts its threads
    serve(sys.argv[1], sys.stdin.buffer, sys.stdout.buffer)
