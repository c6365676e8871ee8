"""The text as a reader sees it, for the content classifiers: same length, so every offset still holds.

Extracted text keeps what the file format or the scanner did to it: an iCal DESCRIPTION or a vCard NOTE
writes its line breaks as the two characters backslash-n ("...fredag.\\nVera har fått diabetes"), OCR and
hard-wrapped letters split words and sentences at the margin ("schizo-\\nfreni", "Han blev idømt 14\\ndages
fængsel"). The classifiers read sentences and words, so they read this copy: escapes become a space and a
line break, a word split by a hyphen at a line end is joined (its two characters move after the word), and
a line break inside wrapped prose becomes a space. Nothing else changes and nothing is stored.
"""

from __future__ import annotations

from pii_scanner.core.regex_cache import regex

# "\n" written out (iCal, vCard, JSON in a log): a break when it follows a sentence's end or opens a line of text
_ESCAPED_BREAK = regex(r"(?<=[.!?)\]])\\[nN]|\\[nN](?=[A-ZÆØÅÄÖÉ0-9•*>-])")
# "dia-\nbetes": a word split at the margin (lower-case after the break); looked for only around each "-\n"
_WORD_BEFORE = regex(r"[^\W\d_]{2,}$")
_WORD_AFTER = regex(r"[a-zæøåäöüé]+")
# a line break before a lower-case word; the line before is checked in Python (rare candidates)
_LOWER_NEXT = regex(r"\n(?=[a-zæøåäöüé]+[ ,.])")
_MIN_CHARS = 40  # a line of prose that runs on: 40+ characters, 6+ words, no table or record punctuation
_MIN_WORDS = 6
_RECORD_PUNCT = frozenset("\t|=;")


def readable(text: str) -> str:
    """``text`` with escaped line breaks, split words and wrapped lines undone (same length)."""
    if "\\" in text and ("\\n" in text or "\\N" in text):  # one character is found much faster than two
        text = _ESCAPED_BREAK.sub(" \n", text)
    if "\n" not in text:
        return text
    if "-\n" in text:
        text = _join_split_words(text)
    return _unwrap_lines(text)


def _join_split_words(text: str) -> str:
    out: list[str] = []
    done = 0
    at = text.find("-\n")
    while at >= 0:
        before = _WORD_BEFORE.search(text, max(done, at - 40), at)
        after = _WORD_AFTER.match(text, at + 2)
        if before is not None and after is not None:
            out.append(text[done:at])
            out.append(after.group() + "  ")  # the hyphen and the break move after the joined word
            done = after.end()
        at = text.find("-\n", max(at + 2, done))
    if not out:
        return text
    out.append(text[done:])
    return "".join(out)


def _unwrap_lines(text: str) -> str:
    breaks: list[int] = []
    for m in _LOWER_NEXT.finditer(text):
        at = m.start()
        start = text.rfind("\n", 0, at) + 1
        line = text[start:at]
        if (
            len(line) >= _MIN_CHARS
            and (line[-1].isalnum() or line[-1] in ",_")
            and _RECORD_PUNCT.isdisjoint(line)  # in C: no character of the line is record punctuation
            and len(line.split()) >= _MIN_WORDS
        ):
            breaks.append(at)
    if not breaks:
        return text
    pieces: list[str] = []
    done = 0
    for at in breaks:
        pieces.append(text[done:at])
        done = at + 1
    pieces.append(text[done:])
    return " ".join(pieces)
