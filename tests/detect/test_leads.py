"""The automaton of candidate starts (detect/leads.py) and its compiled runner: where the regex can
match, it lets the place through; both runners give the same places; the engine finds the same
candidates with it as with the regex alone."""

from __future__ import annotations

import random
import re
from pathlib import Path
from typing import Any

import pytest

from pii_scanner.core.config import DetectConfig
from pii_scanner.detect import Engine, engine, fastpath, leads
from tests.detect import engine_corpus
from tests.detect.test_fastpath import _HOSTILE, _STEERING, _random_text, needs_compiled

COMPILED = fastpath.compiled_kernel()

# Shapes the table must read right: repeats, optional parts, branches, look-arounds, negated sets,
# categories, non-ASCII members, anchors, lazy repeats, atomic groups.
_SHAPES = [
    r"\d{3}",
    r"[A-Z]{2}\d\d",
    r"a?b*c{2,3}",
    r"(?:ab|a)c",
    r"(?<=x)\d+(?!\d)",
    r"(?<![\w].)[0-9]\d",
    r"[^a-z]\d",
    r"\D\s\w",
    r"[\u00e6\u00f8\u00e5]\d",
    r"\u2013\d",
    r"^\d\d",
    r"\d+?x",
    r"(?>ab|a)b",
    r"(?:\d[ -]?){4,}",
    r".\d",
    r"x|y|\d{2}-\d",
    r"(?:)x",
    r"\bab",
    r"[\d\u0660]{2}",
    # case-insensitive, wholly or in part: "\u017f" (long s) matches "s" and "S", "\u212a" (Kelvin) "k"
    r"(?i)ab",
    r"(?i:k)x",
    r"(?i)[a-c]\d",
    r"(?i)[^k]s",
    r"(?i)x(?-i:a)",
    r"(?i)\u017f\u212a",
    r"(?i:\bnavn|beløb)\b",
]


def _places(regex: re.Pattern[str], text: str) -> set[int]:
    return {m.start() for m in regex.finditer(text)} | {p for p in range(len(text)) if regex.match(text, p)}


@pytest.mark.parametrize("shape", _SHAPES)
def test_every_place_a_regex_matches_at_is_let_through(shape: str) -> None:
    rng = random.Random(shape)
    regex = re.compile(shape, re.DOTALL)
    table = leads.lead_table(regex.pattern, regex.flags, guard=False)
    assert table is not None
    alphabet = "0123456789abxyABZkKsS -_\n" + "".join(_HOSTILE[:14]) + "\u00e6\u2013\u017f\u212a\u00f8\u00d8"
    for _ in range(300):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 30)))
        allowed = set(leads.positions(table, text, 0, len(text), len(text)))
        assert _places(regex, text) <= allowed, (shape, text)


def test_a_table_is_refused_where_it_could_miss_a_match() -> None:
    for pattern, flags in ((r"(a)\1", 0), (r"(a)?(?(1)a|b)", 0), (r"a*", 0), (r"(?=x)", 0)):
        assert leads.lead_table(pattern, flags, guard=False) is None, pattern


def test_the_table_refuses_most_places() -> None:
    regex = Engine(DetectConfig())._plain.regex
    table = leads.lead_table(regex.pattern, regex.flags, guard=True)
    assert table is not None
    text = "Referat fra mødet 12. marts 2026: Hansen og Jensen deltog. Kontakt 0707614285 eller DK5000400440116243."
    places = leads.positions(table, text, 0, len(text), len(text))
    assert places and len(places) <= 4  # the identifier, the IBAN; not the year, the names, the date
    assert text.index("0707614285") in places and text.index("DK50") in places


def _engines() -> list[Engine]:
    return [
        *engine_corpus.engines(0.0).values(),
        Engine(DetectConfig(entities=("CREDIT_CARD", "IBAN_CODE"))),
        Engine(DetectConfig(ocr_tolerant=True)),
    ]


def test_matches_at_the_places_equal_the_regex_search() -> None:
    """Every engine's regex (plain and OCR): the matches tried only at the table's places equal
    ``finditer``, on the corpus and on hostile text, over windows of the text as the engine cuts them."""
    corpus = "".join(text for text, _, _ in engine_corpus.make_corpus(size=300_000))
    hostile = _random_text(random.Random(5), 60_000)
    for eng in _engines():
        for compiled in (eng._plain, eng._ocr):
            table = leads.lead_table(compiled.regex.pattern, compiled.regex.flags, guard=compiled.guard)
            assert table is not None
            for text in (corpus, hostile):
                for start, end, limit in ((0, len(text), len(text)), (1000, 20_000, 20_128), (7, 8, 30)):
                    expected = [
                        (m.span(), m.lastgroup) for m in compiled.regex.finditer(text, start, limit) if m.start() < end
                    ]
                    places = leads.positions(table, text, start, end, limit)
                    got = [(m.span(), m.lastgroup) for m in leads.matches_at(compiled.regex, text, places, limit)]
                    assert got == expected


@needs_compiled
def test_the_compiled_scanner_equals_the_reference() -> None:
    assert COMPILED is not None and COMPILED.lead_scanner is not None
    rng = random.Random(11)
    eng = Engine(DetectConfig())
    regex = eng._plain.regex
    table = leads.lead_table(regex.pattern, regex.flags, guard=eng._plain.guard)
    assert table is not None
    scanner = COMPILED.lead_scanner(table.moves, table.guard)
    for _ in range(400):
        text = _random_text(rng, rng.randrange(0, 400))
        s = rng.randrange(0, len(text) + 1)
        e = rng.randrange(s, len(text) + 2)
        limit = rng.choice((len(text), e, e + 5))
        assert scanner.positions(text, s, e, limit) == leads.positions(table, text, s, e, limit)
    # every string kind: Latin-1, UCS-2 with lone surrogates, UCS-4 with non-BMP characters, NUL
    for extra in ("", "\udc80", "\U0001f600", "\x00"):
        text = (_STEERING + "0707614285 DK5000400440116243 +45 12 34 56 78" + extra) * 50
        assert scanner.positions(text, 0, len(text), len(text)) == leads.positions(table, text, 0, len(text), len(text))


@needs_compiled
def test_the_compiled_scanner_refuses_bad_tables_and_arguments() -> None:
    assert COMPILED is not None and COMPILED.lead_scanner is not None
    make = COMPILED.lead_scanner
    for moves in ([], [0] * 128, [0] * 130, [1] * 129, [-1_000_002] * 129, ["0"] * 129, [1 << 70] * 129):
        with pytest.raises((TypeError, ValueError, OverflowError)):
            make(moves, True)

    class Shrinks:
        """An item whose conversion empties the list it came from."""

        def __index__(self) -> int:
            moves.clear()
            return 0

    moves: list[object] = [Shrinks()] + [0] * 128
    scanner = make(moves, False)  # read from a copy: the list changing under it does no harm
    assert scanner.positions("ab", 0, 2, 2) == []
    good = make([-2] * leads.SYMBOLS, False)
    for args in ((), ("a", 0, 1), (None, 0, 1, 1), (b"a", 0, 1, 1), ("a", "0", 1, 1), ("a", 0, 1 << 70, 1)):
        with pytest.raises((TypeError, OverflowError)):
            good.positions(*args)
    assert good.positions("abc", -5, 99, 99) == [0, 1, 2]
    assert good.positions("abc", 0, 3, 1) == [0]
    assert good.positions("abc", 2, 1, 3) == []


def test_the_engine_finds_the_same_candidates_with_and_without_the_scanner() -> None:
    """Candidates (recognizer, pattern, span) of the engine with the compiled kernel equal those of
    the regex alone, on the corpus and hostile text; on the pure kernel no scanner is made."""
    pure = Engine(DetectConfig())
    pure.kernel = fastpath.PURE
    texts = ["".join(t for t, _, _ in engine_corpus.make_corpus(size=200_000)), _random_text(random.Random(3), 40_000)]
    for text in texts:
        reference = list(pure._candidates(pure._plain, text, 0, len(text), len(text)))
        assert pure._scanners == {False: None}
        if COMPILED is not None:
            fast = Engine(DetectConfig())
            got = list(fast._candidates(fast._plain, text, 0, len(text), len(text)))
            assert fast._scanners[False] is not None
            assert [(r.name, p, s, e) for r, p, s, e in got] == [(r.name, p, s, e) for r, p, s, e in reference]


def _hint_patterns() -> list[re.Pattern[str]]:
    from pii_scanner.detect import country

    hints = Engine(DetectConfig()).rules.hints
    found = [country._EMAIL_TLD, country._PHONE, *(p for p, _ in hints.postcode), *(p for _, p in hints.marks)]
    return [*found, hints.city] if hints.city is not None else found


def test_every_country_hint_pattern_gets_a_table() -> None:
    for pattern in _hint_patterns():
        assert leads.lead_table(pattern.pattern, pattern.flags, guard=False) is not None, pattern.pattern


@needs_compiled
def test_finditer_and_count_equal_the_regex_on_the_country_hint_patterns() -> None:
    """The country votes' patterns (e-mail domains, phone prefixes, cities in any case, postcodes,
    language marks with case-insensitive parts) find the same through the scanner as ``re`` alone."""
    assert COMPILED is not None
    make = COMPILED.lead_scanner
    corpus = "".join(text for text, _, _ in engine_corpus.make_corpus(size=150_000))
    rng = random.Random(8)
    lines = [*corpus.split("\n"), *(_random_text(rng, rng.randrange(0, 300)) for _ in range(300))]
    lines += ["KØBENHAVN og Malmö, GÖTEBORG; \u212aøge \u017ftockholm", "NAVN: Beløb kr. DK-2100 SE-123 45"]
    for pattern in _hint_patterns():
        for line in lines:
            expected = [(m.span(), m.groups()) for m in pattern.finditer(line)]
            assert [(m.span(), m.groups()) for m in leads.finditer(pattern, line, make)] == expected
            assert leads.count(pattern, line, make) == len(pattern.findall(line))


def test_country_votes_equal_on_both_kernels() -> None:
    from pii_scanner.detect import country
    from pii_scanner.detect.recognizers.base import Env

    eng = Engine(DetectConfig())
    corpus = "".join(text for text, _, _ in engine_corpus.make_corpus(size=100_000))
    kernels = [fastpath.PURE, *([COMPILED] if COMPILED is not None else [])]
    for line in corpus.split("\n"):
        votes = [country.evidence(Env(line, eng.rules, eng.today, 60, eng.entities, kernel=k), line) for k in kernels]
        assert all(v == votes[0] for v in votes)


class _PureScanner:
    """The reference runner of a table, shaped like the compiled one."""

    def __init__(self, table: leads.LeadTable) -> None:
        self.table = table

    def positions(self, text: str, start: int, end: int, limit: int) -> list[int]:
        return leads.positions(self.table, text, start, end, limit)

    def places(self, text: str, start: int, end: int, limit: int) -> list[int]:
        return leads.places(self.table, text, start, end, limit)


def test_each_place_names_the_alternatives_that_can_match_there() -> None:
    """Every engine's regex (plain and OCR): where the whole regex matches, the alternative it takes
    is among those the place's accept code names; the matches found trying only those alternatives
    at the places equal ``finditer`` on the corpus and hostile text, over windows as the engine cuts them."""
    corpus = "".join(text for text, _, _ in engine_corpus.make_corpus(size=200_000))
    hostile = _random_text(random.Random(6), 40_000)
    for eng in _engines():
        for compiled in (eng._plain, eng._ocr):
            table = leads.branch_table(compiled.head, compiled.alternatives, compiled.regex.flags, guard=compiled.guard)
            assert table is not None and table.branches
            names = {f"g{k}": k for k in range(len(compiled.alternatives))}
            for text in (corpus, hostile):
                found = leads.places(table, text, 0, len(text), len(text))
                codes = dict(zip(found[::2], found[1::2], strict=True))
                for m in compiled.regex.finditer(text):
                    assert m.lastgroup is not None and names[m.lastgroup] in table.branches[codes[m.start()]]
                dispatch = engine._Dispatch(_PureScanner(table), table.branches, {})
                for start, end, limit in ((0, len(text), len(text)), (1000, 20_000, 20_128), (7, 8, 30)):
                    expected = [
                        (m.span(), m.lastgroup) for m in compiled.regex.finditer(text, start, limit) if m.start() < end
                    ]
                    got = engine._dispatched(compiled, dispatch, text, start, end, limit)
                    assert [(m.span(), m.lastgroup) for m in got] == expected


@needs_compiled
def test_the_compiled_places_equal_the_reference() -> None:
    assert COMPILED is not None and COMPILED.lead_scanner is not None
    rng = random.Random(12)
    compiled = Engine(DetectConfig())._plain
    table = leads.branch_table(compiled.head, compiled.alternatives, compiled.regex.flags, guard=compiled.guard)
    assert table is not None
    scanner = COMPILED.lead_scanner(table.moves, table.guard)
    for _ in range(400):
        text = _random_text(rng, rng.randrange(0, 400))
        s = rng.randrange(0, len(text) + 1)
        e = rng.randrange(s, len(text) + 2)
        limit = rng.choice((len(text), e, e + 5))
        assert scanner.places(text, s, e, limit) == leads.places(table, text, s, e, limit)
        assert scanner.positions(text, s, e, limit) == leads.positions(table, text, s, e, limit)


def test_tables_are_kept_between_processes_and_read_back_equal(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Building the tables is most of the engine's start-up (~0.2 s a process): each pattern's is built once
    and read from the data cache afterwards, equal to a fresh build; a changed input is built afresh."""
    monkeypatch.setenv("PII_SCANNER_CACHE_DIR", str(tmp_path))
    compiled = Engine(DetectConfig())._plain
    shapes = [*_SHAPES[:6], *(p.pattern for p in _hint_patterns())]

    def built() -> tuple[list[leads.LeadTable | None], leads.LeadTable | None]:
        leads.lead_table.cache_clear()
        leads.branch_table.cache_clear()
        plain = [leads.lead_table(shape, 0, guard=False) for shape in shapes]
        branch = leads.branch_table(compiled.head, compiled.alternatives, compiled.regex.flags, guard=compiled.guard)
        return plain, branch

    fresh = built()
    assert any(fresh[0]) and fresh[1] is not None and any(tmp_path.iterdir())
    made = 0
    automaton = leads._automaton

    def counted(*args: Any) -> Any:
        nonlocal made
        made += 1
        return automaton(*args)

    monkeypatch.setattr(leads, "_automaton", counted)
    assert built() == fresh  # read back: nothing built
    assert made == 0
    leads.lead_table.cache_clear()
    assert leads.lead_table(r"[A-Z]{2}\d\d", 0, guard=True) == leads.LeadTable(fresh[0][1].moves, True)  # type: ignore[union-attr]
    assert leads.lead_table(r"[A-Z]{2}\d{3}", 0, guard=False) is not None and made == 1  # a new pattern is built
    monkeypatch.setenv("PII_SCANNER_CACHE_DIR", "")  # no cache: built every time, the same tables
    assert built() == fresh and made > 1
