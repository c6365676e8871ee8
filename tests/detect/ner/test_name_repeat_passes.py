"""The passes that look for a name found again elsewhere in the text (initials before a surname that is a listed
first name, "H. M. Jama"; given names alone before a place word, "Hedvig Eleonora församling") find what they
found when they searched the whole text once per name found: their references below are those passes as they
were written, and the finder with them swapped in must give the same names on texts that name the same people
many times, with initials next to, inside and away from the names found."""

from __future__ import annotations

import random
import re

import pytest

from pii_scanner.core.model import Finding
from pii_scanner.detect.ner import fallback
from pii_scanner.detect.ner.fallback import FIRST, FallbackNameFinder

_UP, _WORD = fallback._UP, fallback._WORD

# The regex as written before its look-behind was moved after the first capital.
INITIALS_WORD = re.compile(rf"(?<![\w.])(?:[{_UP}]\.[ \t]?){{1,3}}[ \t]*({_WORD})(?![\w@-])")


def initialed_surnames(self: FallbackNameFinder, text: str, found: list[Finding]) -> list[Finding]:
    out: list[Finding] = []
    lasts = {
        last
        for f in found
        if " " in f.value and self.kind(last := f.value.rsplit(" ", 1)[1]) == FIRST and text.count(last) > 1
    }
    if not lasts:
        return out
    for m in INITIALS_WORD.finditer(text):
        if m.group(1) in lasts and not any(f.start <= m.start() and m.end() <= f.end for f in found):
            out.append(self._made(text, m.start(), m.end(), 0.65, "initial+surname", ()))
    return out


def named_places(self: FallbackNameFinder, text: str, found: list[Finding]) -> set[str]:
    places = set()
    for f in found:
        value = f.value
        if value in places or not self._value_memo.get(value, 0) & fallback._VALUE_GIVEN:
            continue
        at = text.find(value + " ")
        while at >= 0:
            nxt = fallback._NEXT_WORD.match(text, at + len(value))
            word = "" if nxt is None else nxt.group(1)
            if (word[:1].isalpha() and self._blocks(word)) or fallback._PLACE_AFTER.match(text, at + len(value)):
                places.add(value)
                break
            at = text.find(value + " ", at + 1)
    return places


PIECES = [
    "Hibaq Mohamed Jama",
    "Ahmed Abdullahi Warsame",
    "H. M. Jama",
    "H. Jama",
    "A.A. Warsame",
    "A. Warsame",
    "Jama",
    "Warsame",
    "M. Jama",
    "Hedvig Eleonora",
    "Adolf Fredrik",
    "Anna Sofie",
    " församling",
    " kyrka",
    " torg",
    " kommer",
    " skrev",
    ". ",
    ", ",
    "\n",
    " og ",
    " ",
    "Mødet blev ledet af ",
    "I går mødte vi ",
    "Vi var i ",
    "Hej ",
]


def _texts(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(PIECES) for _ in range(rng.randint(1, 40))) for _ in range(count)]


TEXTS = _texts(1500, 22)


def test_initials_regex_finds_what_the_look_behind_first_one_did() -> None:
    rng = random.Random(5)
    pieces = ["H.", "M.", "H", ".", " ", "\t", "Jama", "jama", "x", "É.", "Ø. ", "@", "-", "\n", "1"]
    samples = [*TEXTS, *("".join(rng.choice(pieces) for _ in range(rng.randint(0, 20))) for _ in range(20_000))]
    hits = 0
    for text in samples:
        want = [(m.span(), m.group(1)) for m in INITIALS_WORD.finditer(text)]
        assert [(m.span(), m.group(1)) for m in fallback._INITIALS_WORD.finditer(text)] == want, text
        hits += len(want)
    assert hits > 1500


def _names(finder: FallbackNameFinder, text: str) -> list[tuple[int, int, str, float, str]]:
    return [(f.start, f.end, f.value, f.score, f.explanation.pattern) for f in finder.find(text)]


@pytest.mark.parametrize("fast_path", ["auto", "off"])
def test_names_found_again_are_those_the_per_name_searches_found(
    fast_path: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    finder = FallbackNameFinder(fast_path=fast_path)
    got = [_names(finder, text) for text in TEXTS]
    monkeypatch.setattr(FallbackNameFinder, "_initialed_surnames", initialed_surnames)
    monkeypatch.setattr(FallbackNameFinder, "_named_places", named_places)
    reference = FallbackNameFinder(fast_path=fast_path)
    initialed = dropped = 0
    for text, names in zip(TEXTS, got, strict=True):
        want = _names(reference, text)
        assert names == want, text
        initialed += sum(1 for n in want if n[4] == "initial+surname")
        dropped += "Hedvig Eleonora" in text and "Hedvig Eleonora" not in {n[2] for n in want}
    assert initialed > 300 and dropped > 100  # both passes had work to do


NAMES = ["Hibaq Mohamed Jama", "Hibaq Jama", "M. Jama", "Jama", "Ahmed Abdullahi Warsame", "A.A. Warsame", "Anna Sofie"]
NAMES += ["Hedvig Eleonora", "Adolf Fredrik"]


def test_both_passes_on_any_names_found(finder: FallbackNameFinder) -> None:
    """The passes called on their own with names found made up from the text's own spans (a name of initials and
    a surname found whole, names overlapping the initials): the same answers as the references."""
    rng = random.Random(9)
    initialed = places = 0
    for text in TEXTS:
        spans = sorted(
            (m.start(), m.end())
            for name in NAMES
            if rng.random() < 0.7
            for m in re.finditer(re.escape(name), text)
            if rng.random() < 0.8
        )
        found = [finder._made(text, start, end, 0.9, "first+name", ()) for start, end in spans]
        finder._value_facts(found)  # the memo both passes read
        want = [(f.start, f.end, f.value) for f in initialed_surnames(finder, text, found)]
        assert [(f.start, f.end, f.value) for f in finder._initialed_surnames(text, found)] == want, text
        assert finder._named_places(text, found) == named_places(finder, text, found), text
        initialed += len(want)
        places += len(named_places(finder, text, found))
    assert initialed > 300 and places > 100
