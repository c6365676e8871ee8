"""classify.readable: a wrapped line is joined only when no character of it is record punctuation (checked
in C with ``isdisjoint``; the answers are those of the character-by-character test it replaced)."""

from __future__ import annotations

import random

from pii_scanner.classify import readable as r


def _unwrap_char_by_char(text: str) -> str:
    breaks = []
    for m in r._LOWER_NEXT.finditer(text):
        at = m.start()
        line = text[text.rfind("\n", 0, at) + 1 : at]
        if (
            len(line) >= r._MIN_CHARS
            and (line[-1].isalnum() or line[-1] in ",_")
            and not any(c in r._RECORD_PUNCT for c in line)
            and len(line.split()) >= r._MIN_WORDS
        ):
            breaks.append(at)
    pieces, done = [], 0
    for at in breaks:
        pieces.append(text[done:at])
        done = at + 1
    return " ".join([*pieces, text[done:]]) if breaks else text


def test_wrapped_lines_are_joined_as_character_by_character() -> None:
    rng = random.Random(16)
    words = ["hun", "blev", "indlagt", "på", "hospitalet", "i", "går", "og", "sygemeldt"]
    marked = ["x=1", "a|b", "k;v", "\t", "nr;"]  # record punctuation, one word in 25

    def word() -> str:
        return rng.choice(marked) if rng.random() < 0.04 else rng.choice(words)

    joined = 0
    for _ in range(3000):
        lines = [" ".join(word() for _ in range(rng.randrange(4, 16))) for _ in range(rng.randrange(2, 6))]
        text = "\n".join(lines) + rng.choice(("", "\n", " slut."))
        expected = _unwrap_char_by_char(text)
        assert r._unwrap_lines(text) == expected, text
        joined += expected != text
    assert 300 < joined < 2700, joined  # both answers met many times


def test_record_punctuation_keeps_the_break() -> None:
    prose = "Hun blev indlagt på hospitalet i går og er nu sygemeldt fra arbejdet"
    assert r.readable(prose + "\nindtil videre.") == prose + " indtil videre."
    for mark in "\t|=;":
        line = prose.replace(" fra ", f" {mark} ")
        assert r.readable(line + "\nindtil videre.") == line + "\nindtil videre."
