"""Cells that are safe to open in a spreadsheet (OWASP CSV injection) or print on a terminal.

File names, mail folders and subjects come from whoever wrote them: a name starting with ``=``,
``+``, ``-``, ``@``, a tab or a carriage return is a formula to Excel and LibreOffice
(``=HYPERLINK(...)`` turns into a live link). Such text cells get a leading apostrophe, which the
spreadsheet shows as text; numbers are left alone. XLSX files are written with formulas, URLs and
numbers in strings kept as strings.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

# OWASP's list, plus the full-width forms that spreadsheets also read as operators.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20")
# xlsxwriter options: write every str with write_string (never a formula, URL or number).
XLSX_OPTIONS: dict[str, Any] = {"strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False}


def safe_cell(value: Any) -> Any:
    """A text cell that cannot start a formula; other values unchanged.

    >>> safe_cell("=HYPERLINK(\\"http://x\\")"), safe_cell("-2+3"), safe_cell(" @SUM(A1)")
    ('\\'=HYPERLINK("http://x")', "'-2+3", "' @SUM(A1)")
    >>> safe_cell("Faktura 2019-114.docx"), safe_cell(-5), safe_cell(None)
    ('Faktura 2019-114.docx', -5, None)
    """
    if isinstance(value, str) and value.lstrip(" ").startswith(FORMULA_START):
        return "'" + value
    return value


def safe_row(row: Mapping[str, Any]) -> dict[str, Any]:
    return {k: safe_cell(v) for k, v in row.items()}


def printable(text: str) -> str:
    """Control characters (terminal escape sequences in a file name) shown as ``\\xNN``.

    >>> printable("a\\x1b[31mb\\tc")
    'a\\\\x1b[31mb\\\\x09c'
    """
    return "".join(
        ch if ch.isprintable() else (f"\\x{ord(ch):02x}" if ord(ch) < 256 else f"\\u{ord(ch):04x}") for ch in text
    )
