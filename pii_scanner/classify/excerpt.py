"""A masked excerpt of the sentence a special category was found in, for people to judge the evidence.

Ordinary words stay readable ("er sygemeldt med stress"); everything that could identify somebody is
masked: every finding of the detect stage (national identifiers, names, e-mail addresses, phones,
accounts) by its masked form, any other name-like word (a capitalised word inside a sentence, or one
the name lists hold) by its initial, every digit by "#", any e-mail address left by ``mask_email``.
The excerpt is cut to ``width`` characters around the sentence's category terms.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache

from pii_scanner.core.model import Finding
from pii_scanner.core.privacy import mask_email, mask_name, mask_value

_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_EMAIL = re.compile(r"[\w.+'-]{1,64}@[\w-]+(?:\.[\w-]+)+")
_DIGIT = re.compile(r"\d")
_NEXT = re.compile(r"[ \t]+(\w+)")
_OPENERS = ".!?•*-–\n"  # after these a capitalised word may just start a sentence (never after ":")
_ACRONYM = 6  # all-capital words up to this length stay ("HK", "ADHD", "BRCA"): organisations, conditions


def masked_excerpt(
    text: str,
    sentence: tuple[int, int],
    findings: Sequence[Finding] = (),
    focus: Iterable[tuple[int, int]] = (),
    width: int = 160,
    masked_spans: Sequence[tuple[int, int, str]] = (),
) -> str:
    """The sentence ``text[sentence[0]:sentence[1]]`` cut to about ``width`` characters around
    ``focus`` (the category terms), with every identifying span masked: ``findings`` and
    ``masked_spans`` (start, end, masked form: the evidence's anchor) by their masked forms."""
    s0, s1 = sentence
    spots = sorted(focus)
    if s1 - s0 > width and spots:
        mid = (spots[0][0] + spots[-1][1]) // 2
        a = max(s0, min(mid - width // 2, s1 - width))
        b = min(s1, a + width)
    else:
        a, b = s0, min(s1, s0 + width)
    a, b = _widen_to_words(text, a, b, s0, s1)
    spans = sorted([(f.start, f.end, _mask_finding(f)) for f in findings] + list(masked_spans))
    pieces: list[str] = []
    pos = a
    for start, end, masked in spans:
        if end <= a or start >= b or end <= pos:
            continue
        if start > pos:
            pieces.append(_mask_words(text, pos, min(start, b), s0))
        pieces.append(masked)
        pos = end
    if pos < b:
        pieces.append(_mask_words(text, pos, b, s0))
    out = " ".join("".join(pieces).split())
    return ("… " if a > s0 else "") + out + (" …" if b < s1 else "")


def _widen_to_words(text: str, a: int, b: int, s0: int, s1: int) -> tuple[int, int]:
    """Never cut inside a word (half a name would slip past the masking)."""
    while a > s0 and text[a - 1].isalnum():
        a -= 1
    while b < s1 and text[b : b + 1].isalnum():
        b += 1
    return a, b


def _mask_finding(f: Finding) -> str:
    if f.entity_type == "PERSON":
        return mask_name(f.value)
    if f.entity_type == "EMAIL_ADDRESS":
        return mask_email(f.value)
    return mask_value(f.entity_type, f.value, f.normalized)


def _mask_words(text: str, a: int, b: int, s0: int) -> str:
    piece = _EMAIL.sub(lambda m: mask_email(m.group()), text[a:b])
    piece = _DIGIT.sub("#", piece)
    out: list[str] = []
    pos = 0
    for m in _WORD.finditer(piece):
        out.append(piece[pos : m.start()])
        first = _starts_sentence(text, a + m.start(), s0) and not _capitalised_next(text, a + m.end())
        caps_near = _capitals_next_to(piece, m.start(), m.end())
        out.append(_mask_word(m.group(), first, caps_near))
        pos = m.end()
    out.append(piece[pos:])
    return "".join(out)


def _mask_word(word: str, first: bool, caps_near: bool = False) -> str:
    if not word[:1].isupper() or "@" in word:
        return word
    low = word.casefold()
    if word.isupper() and len(word) <= _ACRONYM and low not in _name_words() and not caps_near:
        return word  # "HK", "ADHD"; never "OLE BAK" (a name in capitals)
    if first and low not in _name_words() and _common_first_word(low):
        return word  # "Hun", "Medarbejderen": the first word of a sentence, not a name
    return word[0] + "."


def _capitals_next_to(piece: str, start: int, end: int) -> bool:
    """Another all-capital word right before or after: "OLE BAK", "KIM ØST" are names in capitals."""
    before = piece[:start].split()
    after = piece[end:].split()
    return any(len(w) > 1 and w.strip(",.;:()").isupper() for w in (before[-1:] + after[:1]))


@cache
def _common_first_word(low: str) -> bool:
    """A common sentence starter or a word of the lexicons ("Medarbejderen", "Sygemeldt"); an unknown
    capitalised word first in a sentence may be a surname ("Thorbjørnsen er ...") and is masked."""
    from pii_scanner.classify.special_categories import load_special_categories
    from pii_scanner.classify.terms import load_yaml

    starters = load_yaml("special_categories.yaml").get("excerpt_sentence_starters") or {}
    if low in {str(w).casefold() for words in starters.values() for w in words or ()}:
        return True
    sc = load_special_categories()
    return bool(sc.terms.scan(low) or sc.cues.scan(low))


def _capitalised_next(text: str, end: int) -> bool:
    """ "Sana Malik er ...": a capitalised word followed by another is a name, even first in a sentence."""
    m = _NEXT.match(text, end)
    return m is not None and m.group(1)[:1].isupper()


def _starts_sentence(text: str, pos: int, s0: int) -> bool:
    before = text[max(0, pos - 3) : pos].rstrip(" \t")
    return pos <= s0 or not before or before[-1] in _OPENERS


@cache
def _name_words() -> frozenset[str]:
    from pii_scanner.detect.ner.lexicon import load_lexicon

    lex = load_lexicon()
    return frozenset(lex.first | lex.last)
