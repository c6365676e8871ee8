"""The JSON lines ``ScanWriter.write_result`` builds from pieces are byte for byte the records of
``iter_records`` encoded one by one, whatever the values, names, scores and options."""

from __future__ import annotations

import io
import json
import random
from datetime import UTC, datetime

import pytest

from pii_scanner.core.model import Explanation, Finding, Item, ItemResult, MailMeta
from pii_scanner.core.privacy import Fingerprinter
from pii_scanner.reports import scan_output
from pii_scanner.reports.records import iter_records
from pii_scanner.reports.scan_output import ScanWriter

FP = Fingerprinter(b"k" * 32)
# Text that needs escaping or that a name scrubber masks: quotes, backslashes, control characters,
# non-ASCII and non-BMP characters, a lone surrogate (undecodable file names), a CPR inside a name.
ODD = ['"', "\\", "\n", "\t", "\x00", "\x1f", "\u2028", "æøå", "İ", "😀", "\udcff", "010190-1234", " ", "/"]
ENTITIES = ["DK_CPR", "SE_PERSONNUMMER", "EMAIL_ADDRESS", "PHONE_NUMBER", "IBAN_CODE", "CREDIT_CARD", "PERSON", "X_Y"]
SCORES: list[object] = [1.0, 0.85, 0.1 + 0.2, 1e-7, 1e22, 0, 1, True, float("nan"), float("inf"), -float("inf")]


def _text(rng: random.Random, n: int = 6, pool: list[str] = ODD) -> str:
    return "".join(rng.choice([*pool, "a", "b", "7", "@", "."]) for _ in range(rng.randrange(n + 1)))


def _results(seed: int, items: int = 30) -> list[ItemResult]:
    rng = random.Random(seed)
    # Repeated values: the per-value cache is used. Values are text read from an item (no lone surrogate).
    values = [_text(rng, pool=[c for c in ODD if c != "\udcff"]) for _ in range(12)]
    explanations = [
        Explanation("R" + _text(rng), _text(rng), rng.choice([None, "valid", _text(rng)]), (_text(rng),), (), ("n",))
        for _ in range(5)
    ]
    out = []
    for n in range(items):
        path = "/data/" + _text(rng) + f"{n}.txt"
        mail = MailMeta(folder=_text(rng), mailbox="x@" + _text(rng)) if rng.random() < 0.3 else None
        item = Item(f"file://{path}!/{_text(rng)}", path, mail=mail, mtime=datetime(2024, 1, 2, tzinfo=UTC))
        findings = []
        for _ in range(rng.choice([0, 1, 5, 40])):
            value = rng.choice(values)
            findings.append(
                Finding(
                    rng.choice(ENTITIES),
                    rng.randrange(10**6),
                    rng.randrange(10**6),
                    rng.choice(SCORES),  # type: ignore[arg-type]
                    value,
                    rng.choice([value, value.upper(), "0101901234"]),
                    rng.choice(explanations),
                    subtype=rng.choice([None, "samordningsnummer", _text(rng)]),
                    part=rng.choice([None, "body", "sheet:" + _text(rng)]),
                )
            )
        out.append(ItemResult(item=item, findings=findings, risk="low", error=rng.choice([None, _text(rng)])))
    return out


def _reference(results: list[ItemResult], show_values: bool) -> str:
    return "".join(
        scan_output._JSON_LINE.encode(r) + "\n"
        for res in results
        for r in iter_records(res, FP, show_values=show_values)
    )


@pytest.mark.parametrize("show_values", [False, True])
@pytest.mark.parametrize("seed", range(4))
def test_lines_are_the_encoded_records(seed: int, show_values: bool) -> None:
    results = _results(seed)
    out = io.StringIO()
    writer = ScanWriter("jsonl", out)
    for result in results:
        writer.write_result(result, FP, show_values=show_values)
    writer.close()
    assert out.getvalue() == _reference(results, show_values)


def test_caches_are_bounded_and_an_item_is_written_in_pieces(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(scan_output, "_CACHE_LIMIT", 3)
    monkeypatch.setattr(scan_output, "_LINES_PER_WRITE", 7)
    results = _results(9, items=12)
    writes: list[str] = []

    class Out(io.StringIO):
        def write(self, text: str) -> int:
            writes.append(text)
            return super().write(text)

    out = Out()
    writer = ScanWriter("jsonl", out)
    for result in results:
        writer.write_result(result, FP)
        assert writer.lines is not None and len(writer.lines.values) <= 3 + 40
    assert out.getvalue() == _reference(results, False)
    assert max(w.count("\n") for w in writes) <= 7
    for line in out.getvalue().split("\n")[:-1]:  # not splitlines: U+2028 stays unescaped in JSON
        json.loads(line)


def test_other_formats_write_the_same_records() -> None:
    results = _results(5, items=6)
    for fmt in ("csv", "json", "table"):
        a, b = io.StringIO(), io.StringIO()
        wa, wb = ScanWriter(fmt, a), ScanWriter(fmt, b)
        for result in results:
            wa.write_result(result, FP)
            for record in iter_records(result, FP):
                wb.write(record)
        wa.close()
        wb.close()
        assert a.getvalue() == b.getvalue()
