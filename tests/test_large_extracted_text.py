"""A large text from any extractor (DOCX, XLSX...) is detected window by window: the same findings
as detecting the whole text, identifiers straddling window boundaries included; findings in a log."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from pii_scanner.core.config import ScanConfig
from pii_scanner.core.finding_log import FindingLog
from pii_scanner.core.model import PART_SEPARATOR, ItemResult
from pii_scanner.extract import walk
from pii_scanner.pipeline import Processor
from pii_scanner.samples.synthetic import generate_document, make_cpr
from pii_scanner.sources.files import file_item

IDS = ("DK_CPR", "SE_PERSONNUMMER", "EMAIL_ADDRESS", "PHONE_NUMBER", "IBAN_CODE", "CREDIT_CARD")
SIZE = 5_000  # detection window: many windows per part


def _config(large: bool, names: bool) -> ScanConfig:
    config = ScanConfig(workers=1).with_(
        limits__stream_above=20_000 if large else 1 << 30,
        limits__findings_in_memory=100,
        detect__chunk_size=SIZE,
    )
    return config if names else config.with_(detect__entities=IDS, ner__enabled=False)


def _lines(rng: random.Random, n: int) -> list[str]:
    """Business prose with an identifier every line or two, at varying places."""
    out = []
    for i in range(n):
        cpr = make_cpr(rng)
        filler = generate_document(rng, rng.randint(40, 200), prose=0.8).text.replace("\n", " ")
        out.append(
            f"{filler} Medarbejder {i} har CPR-nr. {cpr[:6]}-{cpr[6:]}, mail m{i}@firma.dk, tlf. 2{i % 10}45 6789."
        )
    return out


def _docx(path: Path) -> Path:
    import docx

    d = docx.Document()
    for line in _lines(random.Random(1), 450):
        d.add_paragraph(line)
    d.sections[0].footer.paragraphs[0].text = "Sidefod"
    d.save(str(path))
    return path


def _xlsx(path: Path) -> Path:
    import openpyxl

    wb = openpyxl.Workbook()
    rng = random.Random(2)
    ws = wb.active
    ws.title = "Løn"
    for line in _lines(rng, 250):
        ws.append([line[:60], line[60:]])
    other = wb.create_sheet("Personal")
    for line in _lines(rng, 250):
        other.append([line])
    wb.save(str(path))
    return path


def _spans(result: ItemResult, explained: bool = True) -> list[tuple[object, ...]]:
    why = (lambda f: f.explanation) if explained else (lambda f: None)
    return [(f.entity_type, f.start, f.end, f.normalized, f.score, f.part, why(f)) for f in result.findings]


def _straddling(path: Path, result: ItemResult, config: ScanConfig) -> int:
    """Findings that cross a window boundary of their part (so that the test exercises the overlap)."""
    (_, extracted), *_ = walk(file_item(path), config)
    starts, at = [], 0
    for part in extracted.parts:
        starts.append((at, at + len(part.text)))
        at += len(part.text) + len(PART_SEPARATOR)
    n = 0
    for f in result.findings:
        base = next(s for s, e in starts if s <= f.start < e)
        n += (f.start - base) // SIZE != (f.end - 1 - base) // SIZE
    return n


# Identifiers only: the offline name finder also reports later mentions of a name seen earlier in
# the text, which reach only within a window (1 M characters by default), as in a streamed text.
@pytest.mark.parametrize(("make", "names"), [(_docx, False), (_xlsx, False)])
def test_a_large_extracted_text_gives_the_findings_of_the_whole(tmp_path: Path, make: object, names: bool) -> None:
    path = make(tmp_path / ("doc.docx" if make is _docx else "book.xlsx"))  # type: ignore[operator]
    (whole,) = Processor.build(_config(False, names)).process(file_item(path))
    (large,) = Processor.build(_config(True, names)).process(file_item(path))
    assert isinstance(large.findings, FindingLog) and large.findings.spilled
    assert isinstance(whole.findings, list) and len(whole.findings) > 500
    # Same findings, scores included. In a sheet, a column's header beyond a window's reach is not
    # listed among a finding's context words (as in a streamed CSV): explanations compared elsewhere.
    assert _spans(large, make is _docx) == _spans(whole, make is _docx)
    assert large.text_length == whole.text_length and large.flags == whole.flags
    assert large.content_hash == whole.content_hash and large.risk == whole.risk
    assert _straddling(path, whole, _config(False, names)) >= 3
    if make is _xlsx:
        assert {f.part for f in large.findings} >= {"sheet:Løn", "sheet:Personal"}
