"""The text as a reader sees it, for the content classifiers: same length, so every offset still holds.

Extracted text keeps what the file format or the scanner did to it: an iCal DESCRIPTION or a vCard NOTE
writes its line breaks as the two characters backslash-n ("...fredag.\\nVera har fått diabetes"), OCR and
hard-wrapped letters split words and sentences at the margin ("schizo-\\nfreni", "Han blev idømt 14\\ndages
fængsel"). The classifiers read sentences and words, so they read this copy: escapes become a space and a
line break, a word split by a hyphen at a line end is joined (its two characters move after the word), and
a line break inside wrapped prose becomes a space. Nothing else changes and nothing is stored.
"""

from __future__ import annotations

import re

# "\n" written out (iCal, vCard, JSON in a log): a break when it follows a sentence's end or opens a line of text
_ESCAPED_BREAK = re.compile(r"(?<=[.!?)\]])\\[nN]|\\[nN](?=[A-ZÆØÅÄÖÉ0-9•*>-])")
# "dia-\nbetes": a word split at the margin (lower-case on both sides of the break)
_SPLIT_WORD = re.compile(r"([^\W\d_]{2,})-\n([a-zæøåäöüé]+)")
# a line of prose that runs on: at least 40 characters and 6 words, no table or record punctuation, ending in a
# letter, digit or comma; the next line opens with a lower-case word
_WRAPPED = re.compile(r"(?m)^([^\n\t|=;]{40,}[\w,])\n(?=[a-zæøåäöüé]+[ ,.])")
_MIN_WORDS = 6


def readable(text: str) -> str:
    """``text`` with escaped line breaks, split words and wrapped lines undone (same length)."""
    if "\\" in text:
        text = _ESCAPED_BREAK.sub(" \n", text)
    if "\n" not in text:
        return text
    if "-\n" in text:
        text = _SPLIT_WORD.sub(_join, text)
    return _WRAPPED.sub(_unwrap, text)


def _join(m: re.Match[str]) -> str:
    return m.group(1) + m.group(2) + "  "


def _unwrap(m: re.Match[str]) -> str:
    line = m.group(1)
    if len(line.split()) < _MIN_WORDS:
        return m.group()
    return line + " "
