"""Junk input over every recognizer, and properties of planted and embedded numbers."""

from __future__ import annotations

import datetime
import string

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from pii_scanner.core.config import DetectConfig
from pii_scanner.detect import Engine
from pii_scanner.detect.identifiers import se_personnummer
from pii_scanner.detect.registry import RECOGNIZER_CLASSES
from tests.helpers.nordic_numbers import make_cpr, make_personnummer

TODAY = datetime.date(2026, 11, 23)
ENGINES = {
    cls.name: Engine(DetectConfig(entities=cls.entities, min_score=0.0), recognizers=[cls()], today=TODAY)
    for cls in RECOGNIZER_CLASSES
}
ALL = Engine(DetectConfig(entities=tuple(e for c in RECOGNIZER_CLASSES for e in c.entities)), today=TODAY)

JUNK = [
    "",
    " ",
    "\x00" * 100,
    "0" * 10_000,
    "-" * 500,
    "1-" * 2000,
    "+45" * 300,
    "@" * 100 + "a@" * 100,
    "DK" + "0" * 500,
    "١٢٣٤٥٦-٧٨٩٠",
    "０７０７６１－４２８５",
    "\ud800" if False else "\u200b070761-4285\u200b",
    "070761-4285" * 1000,
    "a" * 100_000 + "@",
    "x@" + "a." * 5000 + "dk",
    "\n".join(["1234567890"] * 2000),
    "".join(chr(c) for c in range(0, 0x3000, 7)),
]


@given(st.text(max_size=400))
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_random_text_never_crashes_any_recognizer(text: str) -> None:
    for engine in ENGINES.values():
        for ocr in (False, True):
            for f in engine.detect(text, ocr=ocr):
                assert 0 <= f.start < f.end <= len(text)
                assert f.value == text[f.start : f.end]


def test_junk_corpus_over_every_recognizer() -> None:
    for text in JUNK:
        for engine in ENGINES.values():
            for f in engine.detect(text):
                assert f.value == text[f.start : f.end]
            list(engine.detect_stream([text[i : i + 333] for i in range(0, len(text), 333)]))


def test_other_scripts_digits_are_not_identifiers_full_width_ones_are() -> None:
    assert ALL.detect("cpr ٠٧٠٧٦١-٤٢٨٥") == []  # Arabic-Indic: other characters, which no register writes
    # full-width: Unicode's compatibility forms of the ASCII digits (an input method left in full-width mode)
    text = "cpr ０７０７６１－４２８５"
    assert [(f.entity_type, f.normalized, f.value) for f in ALL.detect(text)] == [("DK_CPR", "0707614285", text[4:])]


_FILLER = st.text(alphabet=string.ascii_letters + "æøåÆØÅäöÄÖ ,;:()\n", min_size=0, max_size=60)
_DATES = st.dates(min_value=datetime.date(1930, 1, 1), max_value=datetime.date(2020, 12, 31))


def _ends_clean(before: str, after: str) -> bool:
    return (not before or not before[-1].isalnum()) and (not after or not after[0].isalnum())


@given(_FILLER, _FILLER, _DATES, st.integers(0, 4), st.sampled_from(["-", " ", ""]))
@settings(max_examples=300, deadline=None)
def test_formatted_cpr_with_context_is_found(
    before: str, after: str, born: datetime.date, serial: int, sep: str
) -> None:
    cpr = make_cpr(born, serial)
    before = before.rstrip(string.ascii_letters + "æøåÆØÅäöÄÖ") + " CPR: "
    # A negation right before the label is no junk: "ei CPR: ..." says the number is NOT a CPR (a denial)
    assume(not (before.split()[-2:-1] and before.split()[-2].lower() in ALL.rules.labels.negations))
    after = " " + after.lstrip(string.ascii_letters + "æøåÆØÅäöÄÖ")
    text = f"{before}{cpr[:6]}{sep}{cpr[6:]}{after}"
    found = [f.normalized for f in ALL.detect(text) if f.entity_type == "DK_CPR"]
    assert found == [cpr]


@given(
    _DATES,
    st.integers(0, 999),
    st.sampled_from(["-", ""]),
    st.text(string.digits, min_size=1, max_size=4),
    st.booleans(),
)
@settings(max_examples=300, deadline=None)
def test_number_inside_longer_digit_run_is_not_found(
    born: datetime.date, serial: int, sep: str, extra: str, prefix: bool
) -> None:
    # A century prefix turns a 10-digit personnummer into the (valid) 12-digit form.
    assume(not (prefix and extra in ("18", "19", "20")))
    pnr = make_personnummer(born, serial)[2:]
    number = f"{pnr[:6]}{sep}{pnr[6:]}"
    run = extra + number if prefix else number + extra
    # ...and a 10-digit number starting "19"/"20" plus two digits can be a valid 12-digit one.
    assume(not (sep == "" and len(run) == 12 and se_personnummer.is_valid(run, TODAY)))
    text = f"personnummer cpr {run} noteret"
    assert [f for f in ALL.detect(text) if f.entity_type in ("DK_CPR", "SE_PERSONNUMMER")] == []


@given(_DATES, st.integers(0, 999))
@settings(max_examples=200, deadline=None)
def test_personnummer_all_forms_normalise_alike(born: datetime.date, serial: int) -> None:
    pnr = make_personnummer(born, serial)
    forms = [f"{pnr[2:8]}-{pnr[8:]}", pnr, f"{pnr[:8]}-{pnr[8:]}"]
    for form in forms:
        text = f"Hans personnummer är {form} och han bor i Malmö"
        found = [f.normalized for f in ALL.detect(text) if f.entity_type == "SE_PERSONNUMMER"]
        assert found == [pnr], form


def test_number_valid_in_two_countries_follows_the_language() -> None:
    # 140101-9789 is a valid personnummer (2014-01-01) and a valid CPR (14 Jan 2001, mod 11)
    assert [f.entity_type for f in ALL.detect("Hans personnummer är 140101-9789 och han bor i Malmö")] == [
        "SE_PERSONNUMMER"
    ]
    assert [f.entity_type for f in ALL.detect("Hans personnummer er 140101-9789 og han bor i Århus")] == ["DK_CPR"]
    assert [f.entity_type for f in ALL.detect("personnummer 140101-9789", lang="sv")] == ["SE_PERSONNUMMER"]
