"""Invisible format characters inside a number (soft hyphen, zero-width space and joiners, word joiner, BOM):
read as a reader sees the number, reported with the span as written (the characters inside included). Typeset
spaces inside a number (no-break, figure, thin, narrow no-break space) read as " "."""

from __future__ import annotations

import datetime
import re

import pytest

from pii_scanner.core.config import DetectConfig
from pii_scanner.core.model import PART_SEPARATOR, TextPart
from pii_scanner.detect import Engine, engine, fastpath
from tests.detect.test_fastpath import COMPILED, needs_compiled

TODAY = datetime.date(2026, 11, 23)
CPR = "0707614285"
INVISIBLE = ("\u00ad", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff")


@pytest.fixture(scope="module")
def ids() -> Engine:
    entities = tuple(e for e in DetectConfig().entities if e not in ("PERSON", "LOCATION"))
    return Engine(DetectConfig(entities=entities), today=TODAY)


@pytest.mark.parametrize("mark", INVISIBLE)
@pytest.mark.parametrize("cut", [2, 4, 8])
def test_each_invisible_character_inside_the_digits_is_read_through(ids: Engine, mark: str, cut: int) -> None:
    dashed = f"{CPR[:6]}-{CPR[6:]}"
    written = dashed[:cut] + mark + dashed[cut:]
    text = f"Mette Holm, CPR-nr.: {written}, Aarhus"
    plain = ids.detect(f"Mette Holm, CPR-nr.: {dashed}, Aarhus")
    (found,) = ids.detect(text)
    # the same reading as without the character; the span covers what is written
    assert (found.entity_type, found.normalized, found.score) == (plain[0].entity_type, CPR, plain[0].score)
    assert text[found.start : found.end] == found.value == written


def test_a_run_of_them_and_one_at_the_separator(ids: Engine) -> None:
    text = f"cpr 07\u200b\u200d07\u00ad61-\u2060{CPR[6:]} ok"
    (found,) = ids.detect(text)
    assert found.normalized == CPR
    assert found.value == text[4:-3]


def test_inside_a_word_the_hints_are_left_out_the_joiners_stay() -> None:
    view = engine._reader_view("Person\u00adnum\u200bmer, \u0645\u06cc\u200c\u0634\u0648\u062f")
    assert view is not None
    assert view[0] == "Personnummer, \u0645\u06cc\u200c\u0634\u0648\u062f"  # the Persian non-joiner stays
    assert engine._reader_view("\u0645\u06cc\u200c\u0634\u0648\u062f") is None
    view = engine._reader_view("Personnum\ufffemer: 8112189876")  # PDFium's mark of a hyphen it took out
    assert view is not None
    assert view[0] == "Personnummer: 8112189876"


def test_next_to_a_letter_they_stay() -> None:
    # "CPR\u200b0707614285" reads as before (the label is not glued to the number)
    assert engine._reader_view(f"CPR\u200b{CPR}") is None
    assert engine._reader_view(f"{CPR}\u200bkr") is None
    assert engine._reader_view(f"CPR\u200b\u2060{CPR}") is None  # a run is kept or left out whole
    assert engine._reader_view(f"{CPR}\u200b\u00adkr") is None
    assert engine._reader_view("ingen tal\u00ad her") is None
    assert engine._reader_view(f"cpr {CPR}") is None


def test_a_soft_hyphen_where_the_dash_belongs_stays_a_dash() -> None:
    assert engine._reader_view(f"{CPR[:6]}\u00ad{CPR[6:]}") is None
    assert engine._reader_view("131052\u00ad308T") is None  # a HETU's
    assert engine._reader_view("19811218\u00ad9876") is None
    view = engine._reader_view(f"{CPR[:4]}\u00ad{CPR[4:6]}\u00ad{CPR[6:]}")
    assert view is not None
    assert view[0] == f"{CPR[:6]}\u00ad{CPR[6:]}"


def test_offsets_map_back_in_parts_and_long_texts(ids: Engine) -> None:
    written = f"{CPR[:4]}\u200b{CPR[4:6]}-{CPR[6:]}"
    filler = "Lorem ipsum dolor sit amet. " * 3000  # several chunks of the engine
    text = f"{filler}\ufeffCPR: {written}\n{filler}cpr {written}"
    found = ids.detect(text)
    assert [f.normalized for f in found] == [CPR, CPR]
    assert all(text[f.start : f.end] == f.value == written for f in found)
    parts = [TextPart("intet her", "body"), TextPart(f"cpr\t{written}", "sheet:Ark1")]
    (f,) = ids.detect_parts(parts)
    joined = PART_SEPARATOR.join(p.text for p in parts)
    assert joined[f.start : f.end] == written
    assert f.part == "sheet:Ark1"


@pytest.mark.parametrize(
    "text",
    [
        f"Ordre {CPR[:6]}\u200b{CPR[6:]} sendt",  # reads as "Ordre 0707614285 sendt": an order number
        f"Beløb {CPR[:3]}\u200b{CPR[3:6]}.{CPR[6:]} kr",
    ],
)
def test_a_number_not_read_without_them_is_not_read_with_them(ids: Engine, text: str) -> None:
    assert ids.detect(text) == []


@needs_compiled
def test_both_kernels_find_the_same() -> None:
    assert COMPILED is not None
    texts = [
        f"Mette Holm {CPR[:4]}\u00ad{CPR[4:6]}-{CPR[6:]}",
        "personnummer 811218-98\u206076, fødselsnummer 1510\u200c86 95088, henkilötunnus 1310\u00ad52-308T",
        f"Ordre {CPR[:6]}\u200b{CPR[6:]} sendt\n\ufeff19811218\u200b-9876",
    ]
    found = {}
    for kernel in (fastpath.PURE, COMPILED):
        eng = Engine(DetectConfig(min_score=0.0), today=TODAY)
        eng.kernel = kernel
        found[kernel is COMPILED] = [eng.detect(t) for t in texts]
    assert found[True] == found[False]


@pytest.mark.parametrize("space", ["\u00a0", "\u2007", "\u2009", "\u202f"])
@pytest.mark.parametrize(
    "spaced",
    [
        f"CPR: {CPR[:6]} {CPR[6:]}",
        f"cpr {CPR[:6]} - {CPR[6:]}",
        "fødselsnummer 151086 95088",
        "Tlf. 12 34 56 78, IBAN DK50 0040 0440 1162 43",
        f"Ordre {CPR[:6]} {CPR[6:]} sendt",
    ],
)
def test_a_typeset_space_inside_a_number_reads_as_a_space(ids: Engine, space: str, spaced: str) -> None:
    typeset = re.sub(r"(?<=[0-9-]) (?=[0-9-])", space, spaced)
    assert typeset != spaced
    found = ids.detect(typeset)
    assert [(f.entity_type, f.normalized, f.score, f.start, f.end) for f in found] == [
        (f.entity_type, f.normalized, f.score, f.start, f.end) for f in ids.detect(spaced)
    ]
    assert all(f.value == typeset[f.start : f.end] for f in found)


def test_a_typeset_space_between_words_stays() -> None:
    text = "Hr.\u00a0Hansen, § 12\u00a0stk. 3"
    assert engine._number_spaces(text) == text
    assert engine._number_spaces("ingen") == "ingen"
