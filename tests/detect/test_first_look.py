"""A cheap first look for words with str.find: the same answer as the case-blind regex's search."""

from __future__ import annotations

import random
import re

from pii_scanner.detect.filters import _CHECK_WORDS, _INVALID_WORDS, _REGISTER_WORDS, _looked_in, _plain_words

_PIECES = (
    "kontrol",
    "KONTROL",
    "Check",
    "modul",
    "luhn",
    "regist",
    "Folkbok",
    "ciffer",
    "siffr",
    "digit",
    "giltig",
    "GYLDIG",
    "valid",
    "felaktig",
    "kontroL",
    "chec",
    "ontrol",
    "re",
    "gist",
    # letters a case-blind regex takes for ASCII ones: "ſiffr", "dıgit", "İ", the Kelvin sign
    "ſ",
    "ı",
    "İ",
    "\u212a",
    "ſiffr",
    "dıgit",
    "DİGİT",
    "\u212aontrol",
    "luhn\u212a",
    "æ",
    "ø",
    "å",
    "Ä",
    "ß",
    "x",
    " ",
    "\n",
    "-",
    "7",
    "ﬀ",
)


def _text(rng: random.Random) -> str:
    return "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 30)))


def test_the_first_look_answers_as_the_regex_search() -> None:
    rng = random.Random(7)
    patterns = (_CHECK_WORDS, _REGISTER_WORDS, _INVALID_WORDS)
    assert all(_plain_words(p) for p in patterns)  # all three are looked for with str.find
    found = 0
    for _ in range(20000):
        text = _text(rng)
        lo = rng.randint(0, len(text) + 2)
        hi = rng.randint(lo, len(text) + 8)
        for pattern in patterns:
            want = pattern.search(text, lo, hi) is not None
            assert _looked_in(pattern, text, lo, hi) is want, (pattern.pattern, text, lo, hi)
            found += want
    assert found > 5000


def test_other_patterns_are_searched() -> None:
    for source, flags in (("kontrol|check", 0), (r"(?i)kontrol|check", 0), (r"\bcheck|modul", re.I), ("çek|x", re.I)):
        pattern = re.compile(source, flags)
        assert _plain_words(pattern) == ()
        assert _looked_in(pattern, "a Check here", 0, 12) is (pattern.search("a Check here") is not None)


def test_letters_the_regex_takes_for_ascii_ones() -> None:
    # "ſ" for "s", "ı"/"İ" for "i", the Kelvin sign for "k": a find in the lower-cased text misses the first three
    for text in ("ſiffr", "dıgit", "DİGİT", "\u212aontrol"):
        pattern = _CHECK_WORDS if "ontrol" in text else _REGISTER_WORDS
        assert pattern.search(text) is not None
        assert _looked_in(pattern, text, 0, len(text))


def test_a_test_identity_read_on_the_line_before_the_number_as_before() -> None:
    from pii_scanner.detect import filters

    def reference(text: str, start: int, end: int) -> bool:
        # As it was written: the line start looked for back to the start of the text.
        head = text[max(0, start - 80, text.rfind("\n", 0, start) + 1) : start]
        cuts = list(filters._SENTENCE_END.finditer(head))
        head = head[cuts[-1].end() :] if cuts else head
        tail = text[end : end + 40]
        if filters._TEST_IDENTITY.search(head) is None and filters._TEST_AFTER.match(tail) is None:
            return False
        stop = filters._SENTENCE_END.search(tail)
        return filters._REAL.search(head + " " + (tail[: stop.start()] if stop else tail)) is None

    rng = random.Random(3)
    pieces = ("Testperson: ", "fiktivt cpr ", "\n", "x" * 30, "riktig pnr ", ". ", "0707614285", " (test)", "y" * 79)
    said = 0
    for _ in range(2000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
        for start in range(0, len(text) + 1, 5):
            end = min(len(text), start + 10)
            want = reference(text, start, end)
            assert filters._test_identity(text, start, end) is want, (text, start)
            said += want
    assert said > 1000
