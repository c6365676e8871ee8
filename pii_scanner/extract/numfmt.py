"""Whole numbers shown through a spreadsheet's digit-pattern number format.

A CPR typed into Excel as a number loses its leading zero (``707614285``); the column's format
(``0000000000``, ``000000-0000``, ``"CPR "000000\\-0000``) brings it back on screen. The sheet XML
holds only the number, so without the format the identifier a person sees is never read. Only
formats made of digit placeholders and literals are rendered (decimals, dates, percentages and
scientific formats are left as stored: they cannot turn a number into an identifier).
"""

from __future__ import annotations

import re
from typing import IO

from pii_scanner.extract.xmlsafe import iter_events, local

_LITERAL = frozenset(" -/():+")  # no "." or ",": decimals and thousands are not digit patterns
_INTEGER = re.compile(r"\d+(?:\.0*)?")


def _tokens(code: str) -> list[str] | None:
    """The first section's tokens: ``0``/``#``/``?`` placeholders and literal text; None when the
    format is not a pure digit pattern or has no ``0`` (a ``#`` alone shows the number as stored)."""
    out: list[str] = []
    i = 0
    while i < len(code):
        ch = code[i]
        if ch == ";":
            break
        if ch == '"':
            end = code.find('"', i + 1)
            if end < 0:
                return None
            out.append(code[i + 1 : end])
            i = end + 1
        elif ch == "\\" and i + 1 < len(code):
            out.append(code[i + 1])
            i += 2
        elif ch == "[":  # colour or condition
            end = code.find("]", i)
            if end < 0:
                return None
            i = end + 1
        elif ch in "_*" and i + 1 < len(code):  # padding: no visible character
            i += 2
        elif ch in "0#?" or ch in _LITERAL:
            out.append(ch)
            i += 1
        else:
            return None
    return out if "0" in out else None


def render(tokens: list[str], value: str) -> str | None:
    """``value`` (a stored number) as the pattern shows it; None unless it is a whole number >= 0."""
    if not _INTEGER.fullmatch(value):
        return None
    digits = list(value.split(".", 1)[0].lstrip("0"))
    pieces: list[str] = []
    placeholders = [i for i, t in enumerate(tokens) if t in ("0", "#", "?")]
    first = placeholders[0]
    for i in range(len(tokens) - 1, -1, -1):
        tok = tokens[i]
        if tok not in ("0", "#", "?"):
            pieces.append(tok)
            continue
        if i == first and digits:  # more digits than placeholders: all go into the first one
            pieces.append("".join(digits))
            digits = []
        elif digits:
            pieces.append(digits.pop())
        else:
            pieces.append({"0": "0", "#": "", "?": " "}[tok])
    return "".join(reversed(pieces))


def digit_pattern(code: str) -> list[str] | None:
    """The tokens of a number format code that is a digit pattern (see ``_tokens``), else None."""
    return _tokens(code) if code else None


def cell_patterns(stream: IO[bytes] | bytes) -> dict[int, list[str]]:
    """Cell style index (a cell's ``s``) -> digit-pattern tokens, from ``xl/styles.xml``."""
    codes: dict[str, str] = {}
    patterns: dict[int, list[str]] = {}
    index = 0
    in_xfs = False
    for event, elem in iter_events(stream, "XLSX", ("start", "end"), prune=True):
        name = local(elem.tag)
        if name == "cellXfs":
            in_xfs = event == "start"
        elif event == "start":
            continue
        elif name == "numFmt":
            codes[elem.get("numFmtId", "")] = elem.get("formatCode", "")
        elif name == "xf" and in_xfs:
            code = codes.get(elem.get("numFmtId", ""))
            tokens = _tokens(code) if code else None
            if tokens is not None:
                patterns[index] = tokens
            index += 1
    return patterns
