"""Large DOCX/XLSX text read out of the file piece by piece (``Extracted.part_stream``), never built
whole: the same findings, offsets and labels as the text built whole; a broken piece is an error
record while the rest is scanned."""

from __future__ import annotations

import random
import textwrap
from pathlib import Path

import pytest

from pii_scanner.core.config import ScanConfig
from pii_scanner.core.finding_log import FindingLog
from pii_scanner.core.model import Extracted, ItemResult
from pii_scanner.extract import pieces as pieces_module
from pii_scanner.extract import walk
from pii_scanner.extract.pieces import collect
from pii_scanner.pipeline import Processor
from pii_scanner.samples.synthetic import generate_document, make_cpr
from pii_scanner.sources.files import file_item
from tests.extract.document_builders import write_docx, write_xlsx

IDS = ("DK_CPR", "SE_PERSONNUMMER", "EMAIL_ADDRESS", "PHONE_NUMBER", "IBAN_CODE")
WINDOW = 5_000


def _config(stream_above: int) -> ScanConfig:
    return ScanConfig(workers=1).with_(
        detect__entities=IDS,
        ner__enabled=False,
        detect__chunk_size=WINDOW,
        limits__stream_above=stream_above,
        limits__findings_in_memory=50,
    )


def _lines(seed: int, n: int) -> tuple[list[str], list[str]]:
    rng = random.Random(seed)
    lines, cprs = [], []
    for i in range(n):
        cpr = make_cpr(rng)
        cprs.append(cpr)
        filler = generate_document(rng, rng.randint(20, 300), prose=0.8).text.replace("\n", " ")
        phone = f"2045 67{i % 90 + 10}"
        lines.append(f"{filler} Medarbejder {i} har CPR-nr. {cpr[:6]}-{cpr[6:]}, mail m{i}@firma.dk, tlf. {phone}.")
    return lines, cprs


def _spans(result: ItemResult, explained: bool = True) -> list[tuple[object, ...]]:
    return [
        (f.entity_type, f.start, f.end, f.normalized, f.score, f.part, f.explanation if explained else None)
        for f in result.findings
    ]


def _streamed_and_whole(path: Path, stream_above: int) -> tuple[ItemResult, ItemResult, ItemResult]:
    """(read out of the file piece by piece; the same text built whole, windowed; whole, one pass)."""
    config = _config(stream_above)
    (item, extracted), *_ = walk(file_item(path), config)
    assert extracted.part_stream is not None and not extracted.parts  # read from the open file
    streamed = Processor.build(config)._one(item, extracted)
    (item2, again), *_ = walk(file_item(path), config)
    assert again.part_stream is not None
    parts, error = collect(again.part_stream())
    built = Processor.build(config)._one(item2, Extracted(mime=again.mime, parts=parts, error=error))
    (whole,) = Processor.build(_config(1 << 30)).process(file_item(path))
    return streamed, built, whole


@pytest.mark.parametrize("piece", [97, 4096])
def test_a_large_docx_read_piece_by_piece_finds_what_the_whole_text_finds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, piece: int
) -> None:
    # Small pieces: identifiers straddle piece boundaries as well as window boundaries.
    monkeypatch.setattr(pieces_module, "PIECE", piece)
    lines, cprs = _lines(1, 600)
    path = write_docx(tmp_path / "big.docx", lines, footer="Sidefod: CPR 070761-4285", comment="Tjek 010203-1234")
    streamed, built, whole = _streamed_and_whole(path, stream_above=20_000)
    assert isinstance(streamed.findings, FindingLog) and streamed.findings.spilled
    assert _spans(streamed) == _spans(built)  # windowed either way: explanations too
    assert _spans(streamed, explained=False) == _spans(whole, explained=False)
    assert {f.normalized for f in streamed.findings if f.entity_type == "DK_CPR"} >= set(cprs)
    assert {f.part for f in streamed.findings} == {"body", "footer"} | ({"comment"} & {f.part for f in whole.findings})
    assert streamed.text_length == whole.text_length and streamed.error is None
    assert streamed.flags == whole.flags and streamed.risk == whole.risk and streamed.categories == whole.categories


def test_a_large_xlsx_read_row_by_row_finds_what_the_whole_text_finds(tmp_path: Path) -> None:
    lines, cprs = _lines(2, 500)
    shared = [line[40:] for line in lines]
    rows = [[line[:40], f"#{i}"] for i, line in enumerate(lines)]
    path = write_xlsx(tmp_path / "big.xlsx", {"Løn": rows[:250], "Personale": rows[250:]}, shared=shared)
    streamed, built, whole = _streamed_and_whole(path, stream_above=20_000)
    assert streamed.findings.spilled  # type: ignore[union-attr]
    assert _spans(streamed) == _spans(built)
    assert _spans(streamed, explained=False) == _spans(whole, explained=False)
    assert {f.part for f in streamed.findings} == {"sheet:Løn", "sheet:Personale"}
    assert {f.normalized for f in streamed.findings if f.entity_type == "DK_CPR"} >= set(cprs)
    assert streamed.text_length == whole.text_length and streamed.flags == whole.flags


def test_a_small_document_from_a_large_file_is_scanned_as_before(tmp_path: Path) -> None:
    """Read out of the file because the FILE is large (a big picture in it), the text is small:
    gathered whole, the item is scanned exactly as when read into memory."""
    lines, _ = _lines(3, 20)
    path = write_docx(tmp_path / "small.docx", lines, footer="Sidefod")
    with __import__("zipfile").ZipFile(path, "a") as zf:
        zf.writestr("word/media/noise.bin", random.Random(4).randbytes(60_000))  # stored incompressible
    config = _config(50_000)
    (item, extracted), *_ = walk(file_item(path), config)
    assert extracted.part_stream is not None
    streamed = Processor.build(config)._one(item, extracted)
    assert extracted.parts and extracted.part_stream is None  # gathered: the text stayed under the limit
    (whole,) = Processor.build(_config(1 << 30)).process(file_item(path))
    assert _spans(streamed) == _spans(whole) and isinstance(streamed.findings, list)
    assert streamed.metadata.get("finding_contexts") == whole.metadata.get("finding_contexts")


@pytest.mark.parametrize("stream_above", [20_000, 1 << 30])
def test_a_broken_part_of_a_docx_is_an_error_while_the_rest_is_scanned(tmp_path: Path, stream_above: int) -> None:
    lines, cprs = _lines(5, 300)
    path = write_docx(
        tmp_path / "broken.docx", lines, footer="Sidefod CPR 070761-4285", comment="CPR 010203-1234", broken_footer=True
    )
    (result,) = Processor.build(_config(stream_above)).process(file_item(path))
    assert result.error is not None and "malformed XML" in result.error
    found = {f.normalized for f in result.findings if f.entity_type == "DK_CPR"}
    assert found >= set(cprs)  # the body, before the broken footer
    assert {f.part for f in result.findings} >= {"body"}


@pytest.mark.parametrize("stream_above", [20_000, 1 << 30])
def test_a_broken_sheet_is_an_error_while_the_other_sheets_are_scanned(tmp_path: Path, stream_above: int) -> None:
    lines, cprs = _lines(6, 300)
    rows = [[line] for line in lines]
    path = write_xlsx(tmp_path / "broken.xlsx", {"A": rows[:100], "B": rows[100:200], "C": rows[200:]}, broken="B")
    (result,) = Processor.build(_config(stream_above)).process(file_item(path))
    assert result.error is not None and "malformed XML" in result.error
    found = {f.normalized for f in result.findings if f.entity_type == "DK_CPR"}
    assert found >= set(cprs[:100]) | set(cprs[100:111]) | set(cprs[200:])  # B up to where it breaks
    assert not found & set(cprs[111:200])
    assert {f.part for f in result.findings} == {"sheet:A", "sheet:B", "sheet:C"}


def _big_xlsx(path: Path, rows: int, cprs: list[str]) -> Path:
    """Zip-bomb-ish: many rows and a large shared-string table, highly compressible."""
    rng = random.Random(7)
    words = ("Løn", "maj", "afdeling", "Kjærgaard", "Sørensen", "bemærkning", "kontrakt")
    shared = [" ".join(rng.choice(words) for _ in range(12)) + f" nr. {i}" for i in range(rows)]
    for i, cpr in enumerate(cprs):
        shared[(i * 7919) % rows] += f" CPR {cpr[:6]}-{cpr[6:]}"
    sheet = ([f"Række {i}", f"#{(i * 104_729) % rows}", f"#{i}"] for i in range(rows))  # referred to out of order
    return write_xlsx(path, {"Data": sheet}, shared=shared)


def test_a_huge_xlsx_stays_within_a_memory_bound_and_its_shared_strings_are_sealed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Hostile: thousands of rows referring, out of order, to a large shared-string table. Built whole,
    the XML, the table and the text are in memory at once (~64 MB for 6.7 MB of text, measured);
    read out of the file the peak stays flat while the workbook triples."""
    import gc
    import tracemalloc

    from pii_scanner.classify import terms
    from pii_scanner.extract import shared_strings

    monkeypatch.setattr(shared_strings, "KEEP", 200_000)  # spill the table beyond 200,000 characters
    monkeypatch.setattr(terms, "_MAX_KNOWN", 500)  # the classifiers' word cache is not the item's
    rng = random.Random(8)
    cprs = [make_cpr(rng) for _ in range(40)]
    # CPU under tracemalloc on a loaded machine is no extraction limit to test here.
    config = _config(1 << 20).with_(detect__entities=("DK_CPR",), detect__chunk_size=1 << 18, limits__time_budget=3600)
    seen: list[bytes | None] = []
    real_close = shared_strings.SharedStrings.close

    def close_and_look(self: shared_strings.SharedStrings) -> None:
        fd = self.spill_fileno()
        content = None
        if fd is not None:  # what the spill file holds, read while it is open
            with open(f"/proc/self/fd/{fd}", "rb") as fh:
                content = fh.read()
        seen.append(content)
        real_close(self)

    monkeypatch.setattr(shared_strings.SharedStrings, "close", close_and_look)
    processor = Processor.build(config)
    processor.process(file_item(_big_xlsx(tmp_path / "warm.xlsx", 2_000, cprs[:1])))  # models, caches
    peaks, lengths = [], []
    for rows in (8_000, 24_000):
        path = _big_xlsx(tmp_path / f"huge{rows}.xlsx", rows, cprs)
        assert path.stat().st_size < rows * 40  # small on disk, large inside
        gc.collect()
        tracemalloc.start()
        try:
            (result,) = processor.process(file_item(path))
            peaks.append(tracemalloc.get_traced_memory()[1])
        finally:
            tracemalloc.stop()
        assert result.error is None and {f.normalized for f in result.findings} == set(cprs)
        lengths.append(result.text_length)
        content = seen[-1]
        assert content is not None and len(content) > 10_000  # the table was spilled (and looked at)
        assert not any(c.encode() in content or f"{c[:6]}-{c[6:]}".encode() in content for c in cprs)
        assert "Kjærgaard".encode() not in content and "Kjærgaard".encode("latin-1") not in content
        assert b"afdeling" not in content and b"kontrakt" not in content  # sealed, not just compressed
    assert lengths[1] > 5_000_000 and lengths[1] > 2.9 * lengths[0]
    # Flat: ~3.5 M more characters of text (and ~10 MB more XML) cost at most the shared-string cache
    # filling up (CACHED blocks); built whole, the text and the XML alone would add more than 10 MB.
    assert peaks[1] - peaks[0] < 1_500_000, peaks
    assert peaks[1] < 16_000_000, peaks


def test_detection_time_of_a_streamed_document_is_not_charged_to_its_extraction_time_budget(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The time budget is for extraction; read piece by piece, detection runs between the pieces."""
    import time

    lines, cprs = _lines(9, 200)
    path = write_docx(tmp_path / "slow.docx", lines)
    processor = Processor.build(_config(20_000).with_(limits__time_budget=1.0))
    real = processor.engine.detect

    def slow(text: str, **kw: object) -> list[object]:
        time.sleep(0.15)
        return real(text, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(processor.engine, "detect", slow)
    started = time.monotonic()
    (result,) = processor.process(file_item(path))
    assert time.monotonic() - started > 2.0  # detection alone outlasted the budget (1 s)
    assert result.error is None and {f.normalized for f in result.findings} >= set(cprs)


def _pdf(path: Path, lines: list[str]) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    for n in range(0, len(lines), 6):
        y = 800
        for line in lines[n : n + 6]:
            for text in textwrap.wrap(line, 90):  # at spaces: identifiers stay on one line
                c.drawString(40, y, text)
                y -= 14
        if n % 60 == 0:
            c.textAnnotation(f"Kommentar side {n}: CPR 070761-4285", Rect=(400, 600, 500, 650))
        c.showPage()
    c.save()
    return path


def _odt(path: Path, lines: list[str]) -> Path:
    from odf.opendocument import OpenDocumentText
    from odf.text import P

    doc = OpenDocumentText()
    for line in lines:
        doc.text.addElement(P(text=line))
    doc.save(str(path))
    return path


@pytest.mark.parametrize("make", [_pdf, _odt])
def test_a_large_pdf_or_odt_read_page_by_page_finds_what_the_whole_text_finds(tmp_path: Path, make: object) -> None:
    lines, cprs = _lines(10, 240)
    path = make(tmp_path / ("big.pdf" if make is _pdf else "big.odt"), lines)  # type: ignore[operator]
    streamed, built, whole = _streamed_and_whole(path, stream_above=20_000)
    assert streamed.findings.spilled  # type: ignore[union-attr]
    assert _spans(streamed) == _spans(built)
    assert _spans(streamed, explained=False) == _spans(whole, explained=False)
    assert {f.normalized for f in streamed.findings if f.entity_type == "DK_CPR"} >= set(cprs)
    assert streamed.text_length == whole.text_length and streamed.flags == whole.flags
    assert streamed.metadata == {k: v for k, v in whole.metadata.items() if k != "finding_contexts"}
    if make is _pdf:
        assert {f.part for f in streamed.findings} == {"body", "comment"}
        assert streamed.metadata["pages"] == 40
