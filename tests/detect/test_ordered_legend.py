"""The legend naming each number of a line in turn: the lines next to it looked at first, the same answers."""

from __future__ import annotations

import random

import pytest

from pii_scanner.detect import layout
from pii_scanner.detect.layout import _LEGEND_SPLIT, _LINE_NUMBER, _ORDINALS, line_bounds, ordered_legend


def _reference(text: str, start: int, end: int) -> str | None:
    # As it was written: the line's numbers first, then the lines below and above.
    lo, hi = line_bounds(text, start)
    numbers = [m.span() for m in _LINE_NUMBER.finditer(text, lo, hi)]
    if len(numbers) < 2 or (start, end) not in numbers:
        return None
    index = numbers.index((start, end))
    for n_lo, n_hi in ([line_bounds(text, hi + 1)] if hi < len(text) else []) + (
        [line_bounds(text, lo - 1)] if lo > 0 else []
    ):
        line = text[n_lo:n_hi].strip()
        if not (line.startswith("(") and line.rstrip(".").endswith(")")) or any(ch.isdigit() for ch in line):
            continue
        items = [_ORDINALS.sub("", item.strip()) for item in _LEGEND_SPLIT.split(line.strip("().: \t\r"))]
        if len(items) == len(numbers) and all(0 < len(item.split()) <= 4 for item in items):
            return items[index].strip()
    return None


_NUMBERS = ("250500-9870", "040350-3819", "0707614285", "1212-12", "19121212-1212")
_LEGENDS = (
    "(først cpr, dernæst policenr.)",
    "(cpr og kundenr)",
    "(först personnummer, sedan ordernr, sist datum).",
    "(cpr, 2 ting)",
    "(a; b)",
    "(kun én ting)",
    "ingen legende",
    "(først cpr, dernæst",
    "",
)


def _text(rng: random.Random) -> str:
    lines = []
    for _ in range(rng.randint(1, 5)):
        if rng.random() < 0.4:
            lines.append(rng.choice(_LEGENDS))
        else:
            lines.append(" ".join(rng.choice((*_NUMBERS, "x", "Kunde:", "-")) for _ in range(rng.randint(1, 4))))
    return rng.choice(("\n", "\r\n")).join(lines)


def test_the_legend_is_the_one_the_line_first_reading_gives() -> None:
    rng = random.Random(5)
    named = 0
    for _ in range(4000):
        text = _text(rng)
        for m in _LINE_NUMBER.finditer(text):
            want = _reference(text, m.start(), m.end())
            assert ordered_legend(text, m.start(), m.end()) == want, (text, m.span())
            named += want is not None
    assert named > 300


def test_no_number_scan_without_a_legend_beside(monkeypatch: pytest.MonkeyPatch) -> None:
    # Most lines have no bracketed line beside them: their numbers are not looked for.
    class Refusing:
        def finditer(self, *args: object) -> object:
            raise AssertionError("numbers looked for")

    monkeypatch.setattr(layout, "_LINE_NUMBER", Refusing())
    text = "Kunde 250500-9870 040350-3819\nOrdre 0707614285\n"
    assert ordered_legend(text, 6, 17) is None
