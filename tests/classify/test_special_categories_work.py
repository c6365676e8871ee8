"""Special categories on one long hostile line: the work grows linearly with the text. Work is COUNTED, not
timed (the machine's load does not matter): the lines of the classifier's own code run and the characters handed
to its regular expressions, for a line of a repeated cue phrase twice as long. Each case was quadratic once: a
register-head search from the line's start for every sentence, and a pass over every name and every term for
each union or party word, a search for check boxes from the line's start for each option, and the line before
each capitalised term copied and split to find the word before it, and a search for a sentence start
from a field line's label for each sentence."""

from __future__ import annotations

import random
import re
import sys
from types import FrameType
from typing import Any

import pytest

from pii_scanner.classify import special_categories as sc
from pii_scanner.classify.special_categories import load_special_categories
from pii_scanner.core.model import Explanation, Finding

CODE = sc.__file__


class _CountingPattern:
    """A compiled pattern that adds to ``work`` the characters it reads: up to the end of its match (a search
    or an anchored match), the whole slice when a search finds none or finditer and findall run. An anchored
    match that fails counts one: it stops where the pattern cannot go on, near its start."""

    def __init__(self, pattern: re.Pattern[str], work: list[int]) -> None:
        self._pattern, self._work = pattern, work

    def _call(self, name: str, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Any:
        end = min(endpos, len(text))
        found = getattr(self._pattern, name)(text, pos, endpos)
        if name != "finditer" and name != "findall":
            end = found.end() if found is not None else end if name == "search" else pos + 1
        self._work[0] += max(1, end - pos)
        return found

    def search(self, *args: Any) -> Any:
        return self._call("search", *args)

    def match(self, *args: Any) -> Any:
        return self._call("match", *args)

    def fullmatch(self, *args: Any) -> Any:
        return self._call("fullmatch", *args)

    def finditer(self, *args: Any) -> Any:
        return self._call("finditer", *args)

    def findall(self, *args: Any) -> Any:
        return self._call("findall", *args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._pattern, name)


def _work(monkeypatch: pytest.MonkeyPatch, text: str, findings: list[Finding]) -> int:
    """Lines of the module run plus characters given to its patterns, for one ``evidence`` call."""
    work = [0]
    for name, value in list(vars(sc).items()):
        if isinstance(value, re.Pattern):
            monkeypatch.setattr(sc, name, _CountingPattern(value, work))

    def lines(frame: FrameType, event: str, arg: object) -> Any:
        work[0] += 1
        return lines

    def calls(frame: FrameType, event: str, arg: object) -> Any:
        return lines if frame.f_code.co_filename == CODE else None

    special = load_special_categories()
    sys.settrace(calls)
    try:
        special.evidence(text, findings)
    finally:
        sys.settrace(None)
        monkeypatch.undo()
    return work[0]


def _line(phrase: str, size: int) -> str:
    return (phrase * (size // len(phrase) + 1))[:size]


def _names(text: str, name: str) -> list[Finding]:
    return [
        Finding("PERSON", m.start(), m.end(), 0.9, name, name, Explanation("PERSON", "t"), None, "body")
        for m in re.finditer(re.escape(name), text)
    ]


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("sex med en mand ", None),  # a sentence term on every few words, no sentence end
        ("jeg har diabetes ", None),
        ("Anna Svensson är medlem i Kommunal. ", "Anna Svensson"),  # a name and a union word per sentence
        ("Jens Hansen er medlem af 3F og Venstre, ", "Jens Hansen"),
        ("[ ] Diabetes [X] Epilepsi ", None),  # check boxes: the nearest box before each option
        ("[10:42] Lise: stadig sygemeldt med Stress ", "Lise"),  # a capitalised term: the word before it
        ("Per Ek är homosexuell och muslim, ", "Per Ek"),
        ("- Diagnose: sygemeldt med stress. ", None),  # a field line: a sentence start after its label
    ],
)
def test_work_on_one_long_line_is_linear(monkeypatch: pytest.MonkeyPatch, phrase: str, name: str | None) -> None:
    counts = []
    for size in (40_000, 80_000):
        text = _line(phrase, size)
        counts.append(_work(monkeypatch, text, _names(text, name) if name else []))
    assert counts[1] <= 2.2 * counts[0], counts


def _random_lines(seed: int) -> list[str]:
    rng = random.Random(seed)
    pieces = [
        " ",
        "  ",
        "\t",
        "\n",
        "\xa0",
        '"',
        "(",
        "Anna",
        "Berg",
        "diabetes",
        "Kræftens",
        "[ ]",
        "[x]",
        "☐",
        "☒",
        "x" * 70,
    ]
    return ["".join(rng.choice(pieces) for _ in range(rng.randrange(0, 60))) for _ in range(300)]


def test_last_word_and_boxes_are_the_whole_line_answers() -> None:
    for text in _random_lines(5):
        lines = sc._Lines(text)
        for pos in range(len(text) + 1):
            line_start = text.rfind("\n", 0, pos) + 1
            before = text[line_start:pos]
            assert lines.last_word(line_start, pos) == (before.rsplit(None, 1)[-1] if before.split() else ""), text
            boxes = list(sc._ANY_BOX.finditer(text, line_start, pos))
            unticked = bool(boxes) and boxes[-1].group(1) is None and boxes[-1].group(2) is None
            if not any(m.start() < pos < m.end() for m in sc._ANY_BOX.finditer(text)):  # never inside a box
                assert sc._unticked_option(text, pos, lines) == unticked, (text, pos)


def test_spans_holding_are_the_pass_over_every_span() -> None:
    rng = random.Random(6)
    for _ in range(300):
        spans = [(a, a + rng.randrange(0, 12)) for a in (rng.randrange(0, 60) for _ in range(rng.randrange(0, 12)))]
        index = sc._Spans(spans)
        for start in range(0, 70, 3):
            for end in (start, start + 2, start + 9):
                assert index.holding(start, end) == [(a, b) for a, b in spans if a <= start and end <= b]
                assert index.holding(start, end, inside=True) == [(a, b) for a, b in spans if start <= a and b <= end]


def test_register_heads_are_the_search_from_the_line_start() -> None:
    rng = random.Random(7)
    pieces = ["Kirkebog", " Ribe ", "1802", "18025", ": ", ". ", "; ", "\n", "census", " ", "x" * 30, "diabetes"]
    for _ in range(300):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 40)))
        ctx = sc._Context(text, [], [], False, None)
        for pos in range(0, len(text), 2):
            s0, s1 = sc._sentence(text, pos)
            head = text.rfind("\n", 0, s0) + 1
            expected = sc._OLD_RECORD.search(text, head, s1) is not None
            if s1 == len(text) or not text[s1 - 1].isalnum():  # a sentence ends between words
                assert sc._old_record(ctx, s0, s1) == expected, (text, s0, s1)
