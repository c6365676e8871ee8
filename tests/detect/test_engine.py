"""Engine behaviour: chunk boundaries, streaming, part offsets, thresholds, the NER hook."""

from __future__ import annotations

import datetime
import random
from collections.abc import Sequence
from pathlib import Path

from pii_scanner.core.config import DetectConfig
from pii_scanner.core.model import PART_SEPARATOR, Explanation, Finding, TextPart
from pii_scanner.detect import Engine, rule_sets
from tests.helpers.nordic_numbers import make_cpr, make_personnummer

TODAY = datetime.date(2026, 11, 23)
IDS = ("DK_CPR", "SE_PERSONNUMMER", "EMAIL_ADDRESS", "PHONE_NUMBER", "IBAN_CODE", "CREDIT_CARD")


def _document(n: int, seed: int = 7) -> tuple[str, list[str]]:
    rng = random.Random(seed)
    lines, planted = [], []
    for i in range(n):
        born = datetime.date(1940, 1, 1) + datetime.timedelta(days=rng.randrange(25000))
        if i % 3 == 0:
            cpr = make_cpr(born, rng.randrange(5))
            planted.append(cpr)
            lines.append(f"Medarbejder nr. {i}: cpr {cpr[:6]}-{cpr[6:]} er registreret.")
        elif i % 3 == 1:
            pnr = make_personnummer(born, rng.randrange(1000))
            planted.append(pnr)
            lines.append(f"Anställd {i} har personnummer {pnr[2:8]}-{pnr[8:]}.")
        else:
            lines.append(f"Ordre {rng.randrange(10**9, 10**10)} sendt {rng.randrange(1, 28)}. marts.")
    return "\n".join(lines), planted


def test_chunked_equals_unchunked_at_every_boundary() -> None:
    text, planted = _document(60)
    whole = Engine(DetectConfig(entities=IDS), today=TODAY).detect(text)
    assert [f.normalized for f in whole] == planted
    for size in (97, 128, 257, 1000):
        chunked = Engine(DetectConfig(entities=IDS, chunk_size=size), today=TODAY).detect(text)
        assert [(f.start, f.end, f.normalized) for f in chunked] == [(f.start, f.end, f.normalized) for f in whole]


class _CountedText(str):
    """A text that counts how often it is searched whole for a SQL COPY or SPSS data block's marker."""

    searched: dict[str, int]

    def __contains__(self, part: object) -> bool:
        if part in ("FROM stdin;", "BEGIN DATA"):
            self.searched[str(part)] = self.searched.get(str(part), 0) + 1
        return super().__contains__(part)  # type: ignore[operator]


def test_a_long_text_is_searched_for_data_blocks_once_not_per_chunk() -> None:
    # Each chunk searched the whole text for "FROM stdin;" and "BEGIN DATA": a text of n chunks was read
    # n times (quadratic: a 16 MB text cost 1.26x per MB what a 4 MB one did).
    body, _ = _document(300, seed=5)
    body = body.replace("\nOrdre ", "\n")  # numbers opening a line: their field may be a data block's row
    copy_block = "COPY public.kund (kund_id, namn, personnr) FROM stdin;\n4410\tSven Åberg\t811218-9876\n\\.\n"
    spss = "DATA LIST FREE / id (F8) cpr (A10) alder (F3).\nBEGIN DATA\n88226 070761-4285 9\nEND DATA.\n"
    text = _CountedText(body + "\n" + copy_block + spss + body)
    text.searched = {}
    # The pure rule modules: compiled ones test ``in`` on a str without calling a subclass's __contains__.
    chunked = Engine(DetectConfig(entities=IDS, chunk_size=1000), today=TODAY, rule_set=rule_sets.PURE).detect(text)
    assert len(text) > 20 * 1000  # twenty chunks and more
    assert text.searched == {"FROM stdin;": 1, "BEGIN DATA": 1}
    whole = Engine(DetectConfig(entities=IDS), today=TODAY).detect(str(text))
    assert [(f.start, f.end, f.entity_type, f.score) for f in chunked] == [
        (f.start, f.end, f.entity_type, f.score) for f in whole
    ]
    values = {f.normalized for f in whole if f.entity_type in ("DK_CPR", "SE_PERSONNUMMER")}
    assert {"198112189876", "0707614285"} <= values  # the COPY row's and the SPSS row's


def test_stream_in_random_pieces_equals_detect() -> None:
    text, planted = _document(300, seed=3)
    engine = Engine(DetectConfig(entities=IDS, chunk_size=512), today=TODAY)
    expected = [(f.start, f.end, f.normalized) for f in engine.detect(text)]
    rng = random.Random(1)
    pieces, pos = [], 0
    while pos < len(text):
        step = rng.choice([1, 5, 40, 333, 2000])
        pieces.append(text[pos : pos + step])
        pos += step
    streamed = [(f.start, f.end, f.normalized) for f in engine.detect_stream(pieces)]
    assert streamed == expected
    assert [n for _, _, n in streamed] == planted


def test_detect_parts_offsets_index_the_joined_text() -> None:
    parts = [
        TextPart("Titel uden data", "header"),
        TextPart("cpr 070761-4285", "body"),
        TextPart("Ark: personnummer 811218-9876", "sheet:Løn"),
    ]
    engine = Engine(DetectConfig(entities=IDS), today=TODAY)
    joined = PART_SEPARATOR.join(p.text for p in parts)
    found = engine.detect_parts(parts)
    assert [(joined[f.start : f.end], f.part) for f in found] == [("070761-4285", "body"), ("811218-9876", "sheet:Løn")]


def test_min_score_and_entity_filter() -> None:
    text = "nummer 150390-1238 og mail a@b.dk"
    assert [f.entity_type for f in Engine(DetectConfig(entities=IDS), today=TODAY).detect(text)] == ["EMAIL_ADDRESS"]
    low = Engine(DetectConfig(entities=IDS, min_score=0.3), today=TODAY).detect(text)
    assert [f.entity_type for f in low] == ["DK_CPR", "EMAIL_ADDRESS"]
    only = Engine(DetectConfig(entities=("EMAIL_ADDRESS",)), today=TODAY).detect("cpr 070761-4285 a@b.dk")
    assert [f.entity_type for f in only] == ["EMAIL_ADDRESS"]


class _FakeNames:
    """A NameFinder that reports every capitalised word 'Jens' (tests the hook, not NER)."""

    def find_many(self, texts: Sequence[str], langs: Sequence[str | None]) -> list[list[Finding]]:
        out = []
        for text in texts:
            found = []
            start = text.find("Jens")
            while start >= 0:
                found.append(Finding("PERSON", start, start + 4, 0.6, "Jens", "Jens", Explanation("fake", "name")))
                start = text.find("Jens", start + 1)
            out.append(found)
        return out


def test_ner_hook_results_merge_without_overlapping_identifiers() -> None:
    engine = Engine(DetectConfig(entities=(*IDS, "PERSON")), names=_FakeNames(), today=TODAY)
    found = engine.detect_parts([TextPart("Kære Jens, cpr 070761-4285"), TextPart("Hilsen Jens")])
    assert [f.entity_type for f in found] == ["PERSON", "DK_CPR", "PERSON"]


def test_cpr_exemption_list_comes_from_the_configured_recognizers_dir(tmp_path: Path) -> None:
    import shutil

    from pii_scanner.core.resources import data_dir

    for name in ("context.yaml", "scores.yaml", "country_hints.yaml"):
        shutil.copy(data_dir("recognizers") / name, tmp_path / name)
    (tmp_path / "dk_cpr.yaml").write_text("mod11_exempt_dates: [1990-03-15]\n", encoding="utf-8")
    text = "CPR-nummer: 150390-1238"  # fails modulus 11
    shipped = Engine(DetectConfig(entities=("DK_CPR",)), today=datetime.date(2026, 1, 1))
    own = Engine(DetectConfig(entities=("DK_CPR",), recognizers_dir=str(tmp_path)), today=datetime.date(2026, 1, 1))
    assert [f.explanation.checksum for f in shipped.detect(text)] == ["invalid"]
    assert [f.explanation.checksum for f in own.detect(text)] == ["exempt"]
