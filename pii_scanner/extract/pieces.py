"""A document's text handed on piece by piece (``Extracted.part_stream``) instead of built whole.

Document extractors (PDF, DOCX, XLSX, PPTX, ODF) produce their text as a generator of
:class:`PartPiece`. A small document's pieces are gathered into ``parts`` right away (:func:`deliver`);
a large one's are left to the pipeline, which detects them window by window as they come. Both go
through the same generator, so the text and the error records are the same either way.

A part's text is stripped like ``str.strip()`` of the whole part, and a part with nothing but
whitespace is never started, as when the text was built whole. One exception keeps memory bounded:
a whitespace run longer than ``HOLD_MAX`` characters inside a part is passed on rather than held
back in case the part ends there (so a part ending in such a run keeps it).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator

from pii_scanner.core.errors import ExtractionError, LimitExceeded
from pii_scanner.core.model import Extracted, PartPiece, TextPart
from pii_scanner.extract.context import Budget

PIECE = 1 << 16  # characters per piece handed on
HOLD_MAX = 1 << 20  # whitespace held back at most (see the module doc)

Pieces = Callable[[], Iterator[PartPiece]]


class PartWriter:
    """Fragments of one part's text in, stripped pieces of about ``PIECE`` characters out.

    ``prefix`` starts the part whatever follows and is not stripped (a sheet's name line).
    """

    def __init__(self, label: str, prefix: str = "") -> None:
        self.label = label
        self._buf: list[str] = [prefix] if prefix else []
        self._size = len(prefix)
        self._started = False  # text (not whitespace) was seen: leading whitespace is over
        self._begun = False  # the part's first piece was handed on
        self._held: list[str] = []  # whitespace after the last text: dropped if the part ends here
        self._held_size = 0

    def add(self, fragment: str) -> Iterator[PartPiece]:
        if not fragment:
            return
        if not self._started:
            fragment = fragment.lstrip()
            if not fragment:
                return
            self._started = True
        text = fragment.rstrip()
        if not text:
            self._held.append(fragment)
            self._held_size += len(fragment)
            if self._held_size > HOLD_MAX:
                self._release()
                yield from self._ready()
            return
        self._release()
        self._buf.append(text)
        self._size += len(text)
        if len(text) < len(fragment):
            self._held.append(fragment[len(text) :])
            self._held_size += len(fragment) - len(text)
        yield from self._ready()

    def close(self) -> Iterator[PartPiece]:
        """The rest of the part (its trailing whitespace dropped)."""
        if self._size:
            yield self._piece()
        self._held, self._held_size = [], 0

    def _release(self) -> None:
        self._buf.extend(self._held)
        self._size += self._held_size
        self._held, self._held_size = [], 0

    def _ready(self) -> Iterator[PartPiece]:
        if self._size >= PIECE:
            yield self._piece()

    def _piece(self) -> PartPiece:
        text = "".join(self._buf)
        self._buf, self._size = [], 0
        piece = PartPiece(text, self.label, start=not self._begun)
        self._begun = True
        return piece


def part(label: str, fragments: Iterable[str], what: str, prefix: str = "") -> Iterator[PartPiece]:
    """The pieces of one part made of ``fragments``. A failure while reading them ends the part with
    what was read and an error piece; a spent budget (LimitExceeded) ends the whole document."""
    writer = PartWriter(label, prefix)
    try:
        for fragment in fragments:
            yield from writer.add(fragment)
    except LimitExceeded:
        yield from writer.close()
        raise
    except Exception as exc:  # hostile input must not stop the rest of the document
        yield from writer.close()
        yield failed(exc, what)
        return
    yield from writer.close()


def whole(label: str, text: str) -> Iterator[PartPiece]:
    """A part given whole, as written (not stripped); none when it is blank."""
    if text.strip():
        yield PartPiece(text, label, start=True)


def failed(exc: BaseException, what: str) -> PartPiece:
    """The error piece for a piece of a document that could not be read."""
    if isinstance(exc, ExtractionError):  # LimitExceeded included: its message says which limit
        return PartPiece("", error=str(exc))
    return PartPiece("", error=f"{what}: {exc.__class__.__name__} while reading a part")


def collect(pieces: Iterable[PartPiece]) -> tuple[list[TextPart], str | None]:
    """The parts the pieces make, and the first error among them (None when all were read)."""
    parts: list[TextPart] = []
    chunks: list[str] = []
    label = "body"
    error: str | None = None
    for piece in pieces:
        if piece.error is not None:
            error = error or piece.error
            continue
        if piece.start:
            if chunks:
                parts.append(TextPart("".join(chunks), label))
            chunks, label = [], piece.label
        chunks.append(piece.text)
    if chunks:
        parts.append(TextPart("".join(chunks), label))
    return parts, error


def deliver(mime: str, pieces: Pieces, budget: Budget, *, large: bool, **fields: object) -> Extracted:
    """An Extracted for a document whose text ``pieces()`` yields: streamed when ``large``, else whole.

    A LimitExceeded while reading (a budget spent) ends the text with that error, as any other
    failure of a piece does. Streamed, the time the consumer spends between pieces (detection) is
    not charged to the extraction time budget, as for a document read whole.
    """
    if large:
        return Extracted(mime=mime, part_stream=lambda: _limited(pieces(), budget), **fields)  # type: ignore[arg-type]
    parts, error = collect(_limited(pieces(), budget))
    return Extracted(mime=mime, parts=parts, error=error, **fields)  # type: ignore[arg-type]


def _limited(pieces: Iterator[PartPiece], budget: Budget) -> Iterator[PartPiece]:
    try:
        for piece in pieces:
            paused = time.monotonic()
            yield piece
            budget.started += time.monotonic() - paused
    except LimitExceeded as exc:
        yield PartPiece("", error=str(exc))
