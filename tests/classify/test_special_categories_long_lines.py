"""Special categories on long lines: the helpers that look near a position first give exactly the
whole-line answers, and a text gets the same evidence whatever the helpers' window."""

from __future__ import annotations

import random
import re

import pytest

from pii_scanner.classify import special_categories as sc
from pii_scanner.classify.special_categories import load_special_categories
from pii_scanner.classify.terms import Hit
from pii_scanner.core.model import Explanation, Finding
from tests.classify.classify_golden import load

PIECES = [
    "Jens Hansen",
    "Lise",
    ":",
    " ",
    "  ",
    "\t",
    "\n",
    "\n\n",
    '"',
    "“",
    "»",
    "sygemeldt",
    "stress",
    "x" * 90,
    "-",
]


def _texts(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(PIECES) for _ in range(rng.randrange(0, 80))) for _ in range(count)]


def test_line_bounds_are_rfind_and_find(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sc, "_NEAR_CHARS", 2)  # most positions take the list of line breaks
    for text in _texts(400, 1):
        lines = sc._Lines(text)
        for pos in range(len(text) + 1):
            end = min(len(text), pos + 3)
            after = text.find("\n", end)
            expected = (text.rfind("\n", 0, pos) + 1, len(text) if after < 0 else after)
            assert lines.bounds(pos, end) == expected, (text, pos)


def test_content_and_first_words_are_the_whole_line_answers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sc, "_NEAR_CHARS", 1)
    for text in _texts(300, 2):
        for start in range(len(text) + 1):
            for end in (start, min(len(text), start + 5), len(text)):
                assert sc._has_content(text, start, end) == bool(text[start:end].strip())
            line_end = text.find("\n", start)
            words = text[start : line_end if line_end >= 0 else len(text)].split()
            for count in (1, 7):
                assert sc._first_words(text, start, count) == words[:count], (text, start)


def _in_title_reference(text: str, h: Hit) -> bool:
    """The whole-line version this replaces."""
    line_start = text.rfind("\n", 0, h.start) + 1
    line_end = text.find("\n", h.end)
    line_end = len(text) if line_end < 0 else line_end
    for m in sc._QUOTED.finditer(text, line_start, line_end):
        if m.start() < h.start and h.end < m.end():
            inner = m.group(1)
            before = text[line_start : m.start()].rstrip()[-1:]
            after = text[m.end() : line_end].lstrip()[:1]
            if before in sc._DATA_PUNCT or after in sc._DATA_PUNCT:
                return False
            return len(inner.split()) <= sc._FRAGMENT_WORDS and sc._PERSONAL.search(inner) is None
    return False


def test_titles_and_empty_fields_are_the_whole_line_answers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sc, "_NEAR_CHARS", 1)
    rng = random.Random(3)
    pieces = ['"', "“", "”", "«", "»", " ", "Lev godt med gigt", "gigt", ":", ",", "\n", "Jens Hansen", "x" * 30]
    for _ in range(400):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 40)))
        lines = sc._Lines(text)
        for m in re.finditer("gigt", text):
            h = Hit(("cat", "health", "strong"), "gigt", m.start(), m.end())
            assert sc._in_title(text, h, lines) == sc._in_title(text, h) == _in_title_reference(text, h), text
            line_start = text.rfind("\n", 0, m.start()) + 1
            line_end = text.find("\n", m.start())
            whole = sc._EMPTY_FIELD.match(text[line_start : line_end if line_end >= 0 else len(text)]) is not None
            assert sc._empty_field(text, m.start(), lines) == whole, text


def _findings(row: dict[str, object]) -> list[Finding]:
    out = []
    for kind, start, end, score, value, normalized, subtype in row["findings"]:  # type: ignore[attr-defined]
        out.append(Finding(kind, start, end, score, value, normalized, Explanation(kind, "t"), subtype, "body"))
    return out


@pytest.mark.parametrize("one_line", [False, True], ids=["lines", "one-line"])
def test_evidence_does_not_depend_on_the_window(monkeypatch: pytest.MonkeyPatch, one_line: bool) -> None:
    """The golden texts (and the same texts on one line): the same evidence whether the helpers find
    every answer near the position (a huge window) or nearly always through the whole line (a tiny one)."""
    special = load_special_categories()
    rows = [r for r in load() if r["findings"]][::6]
    got: dict[int, list[list[object]]] = {}
    for near in (10**7, 1):
        monkeypatch.setattr(sc, "_NEAR_CHARS", near)
        got[near] = []
        for row in rows:
            text = str(row["text"])
            text = text.replace("\n", " ") if one_line else text
            got[near].append([e.as_dict() for e in special.evidence(text, _findings(row))])
    assert got[1] == got[10**7]
    assert sum(map(bool, got[1])) > 20


def test_contact_cues_matched_backwards_are_the_search() -> None:
    """``_ends_in_cue`` (the cues matched backwards from the end) equals the cue regex's search, on pieces
    made of cue phrases, case variants, titles, names, punctuation and odd characters."""
    special = load_special_categories()
    assert special.contact_cue is not None and special.contact_cue_reversed is not None
    phrases = [p.replace("\\s+", " ").replace("\\", "") for p in special.contact_cue.pattern[10:-9].split("|")]
    rng = random.Random(4)
    odd = [" ", "  ", ":", ",", ": ", "\n", "\t", "\u00a0", "\u2003", "-", ".", "_", "x", "Jens", "é", "ı", "İ", "K"]
    pieces = [*rng.sample(phrases, 60), "personalechef", "oplyser", "Kontakt", "KONTAKT", "kontakten", *odd]
    checked = 0
    for _ in range(20_000):
        piece = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 7)))
        piece = piece.upper() if rng.random() < 0.1 else piece
        expected = special.contact_cue.search(piece) is not None
        assert special._ends_in_cue(piece) == expected, repr(piece)
        checked += expected
    assert checked > 200  # both answers were exercised


SPOUSE_PIECES = ["Villy", "Mølbys", "Mads", "Peters", "'", "’", "s", " ", "\t", "\n", "\r\n", "mand", "kæreste", "fru"]
SPOUSE_PIECES += ["Jonas", "Torben", ",", "Anna", "Ståhls", "man", "mandag", "x"]


def test_genitive_spouses_are_the_whole_text_matches() -> None:
    rng = random.Random(11)
    for _ in range(3000):
        text = "".join(rng.choice(SPOUSE_PIECES) for _ in range(rng.randrange(0, 30)))
        expected = [(m.span(), m.groups()) for m in sc._GENITIVE_SPOUSE.finditer(text)]
        assert [(m.span(), m.groups()) for m in sc._genitive_spouses(text)] == expected, text


class _Searches:
    """``_GENITIVE_SPOUSE`` that records where it was run."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.ranges: list[tuple[int, int]] = []

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> object:
        self.ranges.append((pos, len(text) if endpos is None else endpos))
        return self.pattern.finditer(text, pos, len(text) if endpos is None else endpos)


def test_genitive_spouse_pattern_runs_only_on_lines_with_a_spouse_word(monkeypatch: pytest.MonkeyPatch) -> None:
    # The whole pattern tries every capitalised word of the text (~20 ms per MB, most of an item's
    # classification); the lines that can hold a match are found by a pass that skips ahead.
    prose = "Referat fra Mødet i Afdelingen, Mandag den 3. Marts: Anna Holm og Peter Lund deltog.\n" * 500
    line = "Villy Mølbys mand, Torben, ringede.\n"
    text = prose + line + prose
    searches = _Searches(sc._GENITIVE_SPOUSE)
    monkeypatch.setattr(sc, "_GENITIVE_SPOUSE", searches)
    hits = sc._same_sex_spouses(text)
    assert searches.ranges == [(len(prose), len(prose) + len(line) - 1)]
    assert [(h.start, h.end) for h in hits] == [(len(prose) + 13, len(prose) + 17)]
