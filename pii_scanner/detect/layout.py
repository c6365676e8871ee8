"""Where a candidate stands in the text's layout: its line, its table column and the column's header.

Exports (CSV/TSV, pasted spreadsheets) put one record per line with a delimiter between cells;
reports align columns with spaces. A candidate's column is the cells at the same index of the
neighbouring lines with the same delimiter count, or, without a delimiter, the numbers starting at
about the same character column. All lookups are bounded (a few lines, a few hundred characters)
so the cost per candidate stays constant.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

_LINE_LIMIT = 400
_DELIMITERS = ("\t", ";", "|")
_ALIGNED_NUMBER = re.compile(r"(?<![\w+])\d[\d -]{5,14}\d(?![\w])")  # "+4568920196" is a phone
_HEADER_SEARCH = 200_000  # characters looked back for the first line of a table


def line_bounds(text: str, pos: int) -> tuple[int, int]:
    """Start and end of the line holding ``pos`` (at most 400 characters each side)."""
    lo = text.rfind("\n", max(0, pos - _LINE_LIMIT), pos) + 1 if pos > 0 else 0
    if lo == 0 and pos > _LINE_LIMIT:
        lo = pos - _LINE_LIMIT
    hi = text.find("\n", pos, pos + _LINE_LIMIT)
    return lo, (hi if hi >= 0 else min(len(text), pos + _LINE_LIMIT))


def _quoted(line: str, delim: str) -> bool:
    """A CSV row whose cells are quoted ("Krog, Ane","120436-1742",...): delimiters inside quotes
    belong to the cell."""
    return line.lstrip(" \t")[:1] == '"' and f'"{delim}' in line


def _quoted_cells(line: str, delim: str) -> list[str]:
    """The cells of a quoted CSV row: a delimiter inside quotes belongs to its cell."""
    cells: list[str] = []
    start = 0
    quoted = False
    for at, ch in enumerate(line):
        if ch == '"':
            quoted = not quoted  # "" inside a quoted cell toggles twice
        elif ch == delim and not quoted:
            cells.append(line[start:at].replace('"', ""))
            start = at + 1
    cells.append(line[start:].rstrip("\r").replace('"', ""))
    return cells


# A LaTeX tabular row: cells set apart by "&", the row ended by "\\" (a rule such as "\hline" may follow).
_LATEX_ROW_END = re.compile(r"[ \t]*\\\\(?:[ \t]*\\[a-z]*line\b)*[ \t\r]*$")


_HASH_BETWEEN = re.compile(r"[^\s#]#(?=[^\s#])")
# Signs no prose sets apart by spaces twice on a line: between cells, a sheet's export delimiter.
_SPACED_DELIMITERS = tuple((sign, f" {sign} ") for sign in "¤~¦§^‖")


def delimiter(line: str) -> str | None:
    """The cell delimiter of a record line (tab, ";", "|", "," when used twice, a rare sign set apart by
    spaces twice: "¤", "~"), else None. In a
    row of quoted cells, the one between the quotes ("Krog, Ane","..." is a "," row whatever the
    cells hold)."""
    if line.lstrip(" \t")[:1] == '"':
        for delim in (",", ";", "\t", "|"):
            if f'"{delim}' in line:
                return delim
    for delim in _DELIMITERS:
        if delim in line:
            return delim
    if "&" in line and _LATEX_ROW_END.search(line) is not None:
        return "&"
    if line.count("#") >= 2 and len(_HASH_BETWEEN.findall(line)) >= 2 and "://" not in line:
        return "#"  # a sheet pasted with "#" between its cells ("Bo Lind#5801076067#4 639,22")
    if line.count(",") >= 2 and ", " not in line:
        return ","
    for delim, spaced in _SPACED_DELIMITERS:
        if delim in line and line.count(spaced) >= 2:
            return delim  # a sheet exported with a rare sign between its cells ("Navn ¤ CPR ¤ Telefon")
    return None


def line_delimiter(text: str, lo: int, hi: int, memo: dict[str, Any] | None) -> str | None:
    """``delimiter(text[lo:hi])``, kept in ``memo`` for the line: every reading, the record field
    and the column of a candidate ask for its line's."""
    if memo is None:
        return delimiter(text[lo:hi])
    last = memo.get("delimiter")
    if last is not None and last[0] == lo and last[1] == hi:
        found: str | None = last[2]
        return found
    found = delimiter(text[lo:hi])
    memo["delimiter"] = (lo, hi, found)
    return found


@dataclass(frozen=True, slots=True)
class Column:
    """A candidate's column: the header label (None when the table has none) and the other cells."""

    header: str | None
    cells: tuple[str, ...]
    delimited: bool
    header_row: str = ""  # the whole header line (every column's header), when the table has one


def _neighbour_lines(text: str, lo: int, hi: int, count: int) -> list[tuple[int, int]]:
    """Up to ``count`` lines above and below (a blank line ends the table), nearest first."""
    out: list[tuple[int, int]] = []
    for step in (-1, 1):
        cursor_lo, cursor_hi = lo, hi
        for _ in range(count):
            if step < 0:
                if cursor_lo == 0:
                    break
                cursor_lo, cursor_hi = line_bounds(text, cursor_lo - 1)
            else:
                if cursor_hi >= len(text):
                    break
                cursor_lo, cursor_hi = line_bounds(text, cursor_hi + 1)
            if not text[cursor_lo:cursor_hi].strip():
                break
            out.append((cursor_lo, cursor_hi))
    return out


def _blank_before(text: str, floor: int, lo: int) -> int:
    """Start of the line after the last blank line in ``text[floor:lo]``, or -1."""
    found = max(text.rfind("\n\n", floor, lo), text.rfind("\n\r\n", floor, lo))
    if found < 0:
        return -1
    return text.index("\n", found + 1) + 1


def _table_start(text: str, lo: int, memo: dict[str, Any]) -> int | None:
    """Offset of the first line of the block (after the last blank line) holding line start ``lo``.

    Candidates come in text order: ``memo`` keeps the last answer so that the search goes back
    only to the previous candidate's line (linear over a long export without blank lines).
    """
    last = memo.get("table_start")
    if last is not None and last[0] <= lo:
        found = _blank_before(text, last[0], lo)
        first = last[1] if found < 0 else found
    else:
        floor = max(0, lo - _HEADER_SEARCH)
        found = _blank_before(text, floor, lo)
        first = found if found >= 0 else (0 if floor == 0 else -1)
    memo["table_start"] = (lo, first)
    return None if first < 0 else first


_TITLE_LINES = 10


def _wiki_header(line: str, delim: str) -> bool:
    """A wiki table's header row ("||Namn||Personnummer||Roll||", Confluence and Jira markup): its
    cells are set apart by "||" where the rows below use "|"."""
    return delim == "|" and line.lstrip(" \t").startswith("||")


def _cells(line: str, delim: str) -> list[str]:
    """The cells of a row without trailing empty ones: spreadsheet exports end rows, titles and
    headers with empty cells ("Kundlista 2021\t", "Navn;CPR;;")."""
    if _wiki_header(line, delim):
        line = line.replace("||", "|")
    elif _quoted(line, delim):
        return _quoted_cells(line, delim)  # an empty quoted cell ("") is written on purpose: kept
    elif delim == "&":
        line = _LATEX_ROW_END.sub("", line)
    return line.rstrip(" \r\t" + delim).split(delim)


def _width(line: str, delim: str) -> int:
    return len(_cells(line, delim)) - 1


def _width_is(text: str, lo: int, hi: int, delim: str, width: int) -> tuple[bool, bool]:
    """Whether ``_width(text[lo:hi], delim)`` equals ``width``, and whether it is above 0, counting no
    further than needed: a "line" of text without line breaks (a PDF's text, minified JSON) can be
    the whole block before a candidate, and must not be split for each candidate."""
    first = lo
    while first < hi and text[first] in " \t":
        first += 1
    if (delim == "|" and text.startswith("||", first)) or (
        text[first : first + 1] == '"' and text.find('"' + delim, lo, hi) >= 0
    ):  # a wiki table's header row or a row of quoted cells: a short line, split as _cells does
        found = _width(text[lo:hi], delim)
        return found == width, found > 0
    strip = " \r\t" + delim
    while hi > lo and text[hi - 1] in strip:
        hi -= 1
    count = 0
    pos = lo
    while count <= width:
        pos = text.find(delim, pos, hi)
        if pos < 0:
            break
        count += 1
        pos += 1
    return count == width, count > 0


def _first_break(text: str, first_lo: int, lo: int, memo: dict[str, Any]) -> int:
    """``text.find("\\n", first_lo, lo)``, remembered for the block: the candidates of a block come in
    text order, so a block without line breaks (a PDF's text) is searched once, not once per candidate."""
    last = memo.get("first_break")
    if last is not None and last[0] == first_lo:
        _, until, found = last
        if found >= 0:
            return found if found < lo else -1  # the first break after first_lo
        if lo <= until:
            return -1  # none before until
        found = text.find("\n", until, lo)
    else:
        found = text.find("\n", first_lo, lo)
    memo["first_break"] = (first_lo, lo, found)
    return found if found < lo else -1


def _column_letters(line: str, delim: str) -> bool:
    """The row names a spreadsheet's columns by their letters in order ("A;B;C;D"), as a flattened sheet shows
    them above its own header row."""
    cells = [cell.strip() for cell in _cells(line, delim)]
    return len(cells) >= 2 and all(cell == chr(ord("A") + i) for i, cell in enumerate(cells))


def _header_line(
    text: str, first_lo: int, lo: int, delim: str, width: int, memo: dict[str, Any], joined: int = -1
) -> int:
    """The first line of the block with the row's cell count: a title line ("Medlemslista 2023")
    may stand between the blank line and the header ("Medlemsnr;Namn;Belopp"). Else the first line
    with the count of the row with its amounts' decimal commas joined (``joined``: "46.252,25" is
    one cell under "beløb", and a title line with a comma is no header), else the first line with
    any delimiter (a header a column short still heads the first column). At most ten lines are
    looked at, once per block."""
    key = (first_lo, delim, width, joined)
    cached = memo.get("header_line")
    if cached is not None and cached[0] == key:
        return int(cached[1])
    found: int | None = None
    narrower: int | None = None
    fallback: int | None = None
    cursor = first_lo
    for _ in range(_TITLE_LINES):
        if cursor >= lo:
            break
        end = _first_break(text, first_lo, lo, memo) if cursor == first_lo else text.find("\n", cursor, lo)
        if end < 0 and cursor == first_lo:
            break  # the block is one line: whatever its width, the answer is that line (first_lo)
        end = lo if end < 0 else end
        equal, some = _width_is(text, cursor, end, delim, width)
        if equal and _column_letters(text[cursor:end], delim):
            cursor = end + 1  # a spreadsheet's column letters above its header row ("A;B;C;D")
            continue
        if equal:
            found = cursor
            break
        if narrower is None and joined >= 0 and _width_is(text, cursor, end, delim, joined)[0]:
            narrower = cursor
        if some and fallback is None:
            fallback = cursor
        cursor = end + 1
    if found is None:
        found = narrower
    result = found if found is not None else (fallback if fallback is not None else first_lo)
    memo["header_line"] = (key, result)
    return result


# A CSV file whose quoted cells may hold line breaks (RFC 4180: an address "Nørregade 7\n2. tv.\n8000 Aarhus C"):
# a record is then several lines, and its cells stand under the header's by their place in the record, not the line.
_RECORD_SCAN = 200_000  # characters of a block read for its records (the header search's reach)
_RECORD_LIMIT = 4_000  # a record's length at most


@dataclass(frozen=True, slots=True)
class QuotedRecord:
    """The record of a quoted CSV that holds a candidate, when the record spans lines: the header's cells, the
    candidate's cell index and bounds in ``text``."""

    header: tuple[str, ...]
    index: int
    cell_lo: int
    cell_hi: int
    delim: str


def _quoted_header(line: str) -> str | None:
    """The delimiter of a header row of quoted cells ("navn","cpr","adresse"): every cell quoted, no line break
    inside; else None."""
    if line.lstrip(" \t")[:1] != '"' or line.count('"') % 2:
        return None
    delim = delimiter(line)
    if delim is None or delim == "&":
        return None
    cells = line.rstrip("\r").strip(" \t").split(f'"{delim}"')
    return delim if len(cells) >= 2 and all('"' not in c.strip('"') for c in cells) else None


def quoted_record(text: str, start: int, end: int, memo: dict[str, Any] | None = None) -> QuotedRecord | None:
    """The candidate's record in a CSV of quoted cells headed by a row of quoted names, when that record spans
    lines (a cell holds a line break); None otherwise (a record on one line is read line by line as before).

    The block is read from its header for quotes (a quote opens or closes a cell; "" inside one toggles twice):
    a line break outside quotes ends a record. With ``memo`` the reading resumes where the last candidate's
    stopped (candidates come in text order)."""
    lo, _ = line_bounds(text, start)
    first_lo = _table_start(text, lo, {} if memo is None else memo)
    if first_lo is None or first_lo >= lo or start - first_lo > _RECORD_SCAN:
        return None
    first_hi = text.find("\n", first_lo, first_lo + _LINE_LIMIT)
    if first_hi < 0:
        return None
    delim = _quoted_header(text[first_lo:first_hi])
    if delim is None:
        return None
    # Resume a reading of this block: (block start, position read to, inside quotes, record start, cell start,
    # cells before it)
    state = None if memo is None else memo.get("quoted_record")
    if state is not None and state[0] == first_lo and state[1] <= start:
        _, pos, inside, rec_lo, cell_lo, index = state
    else:
        pos, inside, rec_lo, cell_lo, index = first_hi + 1, False, first_hi + 1, first_hi + 1, 0
    while pos < start:
        ch = text[pos]
        if ch == '"':
            inside = not inside
        elif not inside:
            if ch == "\n":
                rec_lo, cell_lo, index = pos + 1, pos + 1, 0
            elif ch == delim:
                cell_lo, index = pos + 1, index + 1
        pos += 1
    if memo is not None:
        memo["quoted_record"] = (first_lo, pos, inside, rec_lo, cell_lo, index)
    # The record's rest: the cell's end and whether a line break inside quotes makes it span lines
    spans = text.find("\n", rec_lo, start) >= 0
    cell_hi = -1
    scan, quoted = start, inside
    limit = min(len(text), rec_lo + _RECORD_LIMIT)
    while scan < limit:
        ch = text[scan]
        if ch == '"':
            quoted = not quoted
        elif ch == "\n":
            if not quoted:
                break
            spans = True
        elif ch == delim and not quoted and cell_hi < 0:
            cell_hi = scan
        scan += 1
    if not spans or (scan >= limit and limit < len(text)):
        return None
    header = tuple(c.strip(' \t"') for c in text[first_lo:first_hi].rstrip("\r").split(f'"{delim}"'))
    if index >= len(header):
        return None
    return QuotedRecord(header, index, cell_lo, scan if cell_hi < 0 else cell_hi, delim)


def column(text: str, start: int, end: int, neighbours: int, memo: dict[str, Any] | None = None) -> Column | None:
    """The column of the candidate ``text[start:end]``, or None when it stands in running text."""
    lo, hi = line_bounds(text, start)
    record = quoted_record(text, start, end, memo)
    if record is not None:
        # a record of a quoted CSV spanning lines: the header's cell at the record's index heads it
        return Column(record.header[record.index] or None, (), True, record.delim.join(record.header))
    delim = line_delimiter(text, lo, hi, memo)
    if delim is not None:
        line = text[lo:hi]
        index = len(_quoted_cells(text[lo:start], delim)) - 1 if _quoted(line, delim) else text.count(delim, lo, start)
        width = _width(line, delim)
        carried = _carried_cells(text, lo, delim)
        if carried:
            # "Kirsten Lund;220461-" then "1753;1006953308": the row goes on after a number broken at its dash, so
            # the second line's cells stand under the headers after the broken cell's
            index += carried
            width += carried
        header = None
        header_row = ""
        first_lo = _table_start(text, lo, {} if memo is None else memo)
        if first_lo is not None and first_lo < lo:
            joined = width - _amount_fragments(line, delim)
            first_lo = _header_line(
                text, first_lo, lo, delim, width, {} if memo is None else memo, joined if joined < width else -1
            )
        if first_lo is not None and first_lo <= lo and width == 1 and _key_value_block(text, first_lo, lo, delim, memo):
            # "Ärendenr<TAB>5001273209" under "Namn<TAB>Alvar Rydén": each row's first cell is its key.
            key = _cells(line, delim)[0].strip()
            return Column(key if index == 1 else None, (), True, "")
        if first_lo is not None and first_lo < lo:
            first_hi = text.find("\n", first_lo, first_lo + _LINE_LIMIT)
            first = _cells(text[first_lo : first_hi if first_hi >= 0 else first_lo + _LINE_LIMIT], delim)
            # The first column's header is the first cell even when a later column has none.
            fits = (
                len(first) == width + 1
                or (index == 0 and len(first) > 1)
                or _split_amounts_after(line, delim, index, len(first))
            )
            if fits and not any(ch.isdigit() for ch in first[index]):
                header = first[index].strip() or None
                header_row = delim.join(first)
        if header is None and first_lo is not None and first_lo <= lo:
            legend = _column_legend_once(text, first_lo, delim, width, memo)
            if legend is not None:
                header, header_row = legend[index] or None, delim.join(legend)
        cells = []
        for n_lo, n_hi in _neighbour_lines(text, lo, hi, neighbours):
            other = _cells(text[n_lo:n_hi], delim)
            if len(other) == width + 1 and index < len(other) and not (header is not None and n_lo == first_lo):
                cells.append(other[index].strip())
        if not cells and header is None:
            return None
        return Column(header, tuple(cells), True, header_row)
    col = start - lo
    cells = []
    for n_lo, n_hi in _neighbour_lines(text, lo, hi, neighbours):
        row = text[n_lo:n_hi]
        for m in _ALIGNED_NUMBER.finditer(row, max(0, col - 4), col + 30):
            if abs(m.start() - col) <= 3:
                cells.append(m.group())
                break
    # Cells counted between runs of spaces first: where every row has as many, the index is surer than the
    # character column (a long name shifts the rest of its row)
    found = _ragged_header(text, lo, hi, start, end) or _aligned_header(text, lo, col, memo)
    if not cells and found is None:
        return None
    return Column(found[0] if found else None, tuple(cells), False, found[1] if found else "")


# A sentence naming a table's columns in order, above its rows: "Fra regnearket (kolonner: ordrenr, dato, beløb):",
# "kolumnerna: anst.nr, namn, personnummer, clearing och konto, brutto".
_COLUMN_LEGEND = re.compile(
    r"(?i)\b(?:kolonne|kolonner|kolonnerne|kolonnene|kolumn|kolumner|kolumnerna|kolumnen|columns?|felter|felterne"
    r"|feltene|fält|fälten|fields|sarakkeet"
    # a compound naming the columns' order ("kolonnerækkefølge:", "kolonneorden", "kolumnordning", "kolumnföljd")
    r"|kolonne(?:rækkefølge|rekkefølge|orden)|kolumn(?:ordning|följd|ordningen)|column[ -]order"
    r")\b[^:\n]{0,30}:[ \t]*([^()\n:]+?)[ \t]*\)?[ \t.:]*\r?$"
)
_LEGEND_ITEMS = re.compile(r"[ \t]*[,;][ \t]*")


def _column_legend_once(
    text: str, first_lo: int, delim: str, width: int, memo: dict[str, Any] | None
) -> list[str] | None:
    """:func:`_column_legend`, read once for the numbers of a table's rows (``memo``: the text's, as elsewhere here)."""
    if memo is None:
        return _column_legend(text, first_lo, delim, width)
    key = (first_lo, delim, width)
    last = memo.get("column_legend")
    if last is not None and last[0] == key:
        kept: list[str] | None = last[1]
        return kept
    found = _column_legend(text, first_lo, delim, width)
    memo["column_legend"] = (key, found)
    return found


def _column_legend(text: str, first_lo: int, delim: str, width: int) -> list[str] | None:
    """The column names a legend gives the table whose block starts at ``first_lo``, in order, when they are as many
    as the row's cells: the legend is the block's first line when that is no row, else the line above the block."""
    hi = text.find("\n", first_lo, first_lo + _LINE_LIMIT)
    hi = hi if hi >= 0 else min(len(text), first_lo + _LINE_LIMIT)
    if delim in text[first_lo:hi]:
        if first_lo < 2:
            return None
        above = first_lo - 1
        while above > 0 and text[above - 1] in "\r\n" and first_lo - above < 3:
            above -= 1  # a blank line between the legend and the rows
        first_lo, hi = line_bounds(text, above - 1 if text[above - 1 : above] == "\n" else above)
        if delim in text[first_lo:hi]:
            return None
    m = _COLUMN_LEGEND.search(text, first_lo, hi)
    if m is None:
        return None
    for split in (_LEGEND_ITEMS, _LEGEND_SPLIT):
        items = [item.strip() for item in split.split(m.group(1).strip())]
        if len(items) == width + 1 and all(0 < len(item.split()) <= 4 for item in items):
            return items
    return None


_DECIMALS = re.compile(r"\d{1,2}")
_BROKEN_AT_DASH = re.compile(r"\d{6}[-+\u2010-\u2013][ \t]*\r?$")


def _carried_cells(text: str, lo: int, delim: str) -> int:
    """The cells before the broken one when the line above ends in a number broken after its dash and this line opens
    with the number's last four digits: this line goes on with that row (0 otherwise)."""
    if lo == 0 or not text[lo : lo + 4].isdigit() or not text.startswith(delim, lo + 4):
        return 0
    p_lo, p_hi = line_bounds(text, lo - 1)
    if _BROKEN_AT_DASH.search(text, p_lo, p_hi) is None:
        return 0
    return text.count(delim, p_lo, p_hi)


def _amount_fragments(line: str, delim: str) -> int:
    """The decimals of amounts written with a decimal comma in a comma-separated row ("46.252,25"): each one more
    cell than the header has."""
    if delim != ",":
        return 0
    cells = _cells(line, delim)
    return sum(
        1 for i in range(2, len(cells)) if _DECIMALS.fullmatch(cells[i].strip()) and cells[i - 1].strip()[-1:].isdigit()
    )


def _split_amounts_after(line: str, delim: str, index: int, heads: int) -> bool:
    """A comma-separated row with more cells than its header because amounts after the candidate's
    cell are written with decimal commas ("1401290661,9003043685,599 355,7,98" under "Lånenr,Kundnr,
    Saldo,Ränta"): the cells up to the candidate's still stand under their headers."""
    if delim != "," or heads < 2 or index >= heads:
        return False
    cells = line.split(delim)
    fragments = sum(
        1
        for i in range(index + 2, len(cells))
        if _DECIMALS.fullmatch(cells[i].strip()) and cells[i - 1].strip()[-1:].isdigit()
    )
    return fragments > 0 and len(cells) - fragments <= heads < len(cells)


_KEY_CELL = re.compile(r"[^\W\d_][^\W\d]*(?:[-./][^\W\d]+)*[.:]?")
_KEY_VALUE_ROWS = 3
_NUMBER_WORDS = ("nr", "nummer", "numret", "nummeret", "number", "-id", "-no")  # "Ingrid" is no key
_KEY_VALUE_LIMIT = 15


def _key_value_block(text: str, first_lo: int, lo: int, delim: str, memo: dict[str, Any] | None) -> bool:
    """The two-cell rows from ``first_lo`` on, the line at ``lo`` among them, are a record printed as
    "key<delim>value" (a web form or a mail flattened from HTML: "Navn<TAB>Dorthe Gregersen",
    "CPR-nummer<TAB>...", "Ansøgningsnr.<TAB>..."): at least three rows, each first cell one word
    without digits, no word twice, one of them naming a kind of number. A table of names and numbers
    has names in its first column ("Jens", "Jens Hansen"); its header row names the column."""
    key = (first_lo, delim)
    cached = None if memo is None else memo.get("key_value")
    if cached is not None and cached[0] == key:
        until, ok = cached[1], cached[2]
        return bool(ok) and lo <= until
    keys: set[str] = set()
    cursor = first_lo
    until = -1
    ok = True
    for _ in range(_KEY_VALUE_LIMIT):
        end = text.find("\n", cursor, cursor + _LINE_LIMIT)
        end = len(text) if end < 0 else end
        cells = _cells(text[cursor:end], delim)
        if len(cells) != 2:
            break
        word = cells[0].strip().lower()
        if _KEY_CELL.fullmatch(word) is None or word in keys:
            ok = False
            break
        keys.add(word)
        until = cursor
        if end >= len(text):
            break
        cursor = end + 1
    # At least one key names a kind of number ("Ansøgningsnr.", "Personnummer"): a table of first names
    # and numbers under "Navn<TAB>CPR" has none in its first column.
    ok = ok and len(keys) >= _KEY_VALUE_ROWS and any(key.rstrip(".:").endswith(_NUMBER_WORDS) for key in keys)
    if memo is not None:
        memo["key_value"] = (key, until, ok)
    return ok and lo <= until


# A header word starts where a word starts: a piece of a longer word ("onnummer" of "Personnummer") heads nothing.
_HEADER_WORD = re.compile(r"(?<![\w.\-/])[^\W\d_][\w.\-/]*")
_ALIGNED_HEADER_LINES = 50
_RULE_LINE = re.compile(r"[ \t]*[-=_+|]{3,}[-=_+| \t]*\r?")


def _aligned_header(text: str, lo: int, col: int, memo: dict[str, Any] | None = None) -> tuple[str, str] | None:
    """In a space-aligned table, the word heading the candidate's column and its line: the first
    line above (within the block) with no number at that column, when a word starts there.

    With ``memo``, the walk stops at a line whose walk is known: each line's answer is kept with the
    number of lines its walk looked at, so a long aligned table is walked once, not 50 lines per row."""
    if memo is None:
        return _walk_up(text, lo, col, _ALIGNED_HEADER_LINES, None)[0]
    known: dict[tuple[int, int], tuple[tuple[str, str] | None, int]] = memo.setdefault("aligned_header", {})
    if len(known) >= _KEPT_WALKS:
        known.clear()
    found, steps = _walk_up(text, lo, col, _ALIGNED_HEADER_LINES, known)
    known[(lo, col)] = (found, steps)
    return found


_KEPT_WALKS = 65536
_UNRESOLVED = _ALIGNED_HEADER_LINES + 1  # the walk looked at its limit of lines and found no end


def _walk_up(
    text: str, lo: int, col: int, limit: int, known: dict[tuple[int, int], tuple[tuple[str, str] | None, int]] | None
) -> tuple[tuple[str, str] | None, int]:
    """``_aligned_header``'s walk from the line at ``lo``, looking at up to ``limit`` lines above: its answer and
    the number of lines looked at (``_UNRESOLVED`` when the limit ended it). A line of ``known`` passed on the way
    answers for the rest of the walk, if its own walk ended within the lines left."""
    cursor = lo
    for step in range(limit):
        if known is not None:
            seen = known.get((cursor, col))
            if seen is not None:
                found, steps = seen
                if steps == _UNRESOLVED or step + steps > limit:
                    return None, _UNRESOLVED
                return found, step + steps
        if cursor == 0:
            return None, step + 1
        cursor, end = line_bounds(text, cursor - 1)
        row = text[cursor:end]
        if not row.strip():
            return None, step + 1
        if _RULE_LINE.fullmatch(row):
            continue  # "-----------" under the header
        if any(abs(m.start() - col) <= 3 for m in _ALIGNED_NUMBER.finditer(row, max(0, col - 4), col + 30)):
            continue
        # A report's columns are set apart by runs of spaces; text out of a PDF keeps one space, but
        # the first column still starts every line ("Fakturanr. Dato Tekst" over "0510746531 06-11-2019").
        aligned = "  " in row or (col == 0 and not any(ch.isdigit() for ch in row))
        if not aligned:
            return None, step + 1  # a line of prose: no header, whatever word stands there
        # The word over the column: one starting near it, or a longer one the column falls inside when the
        # rows are ragged ("Personnummer" over a number shifted right by a long name).
        pos = max(0, col - 3)
        if pos < len(row) and row[pos].isalpha():
            while pos > 0 and (row[pos - 1].isalpha() or row[pos - 1] in ".-/_"):
                pos -= 1
        for word in _HEADER_WORD.finditer(row, pos):
            if word.start() > col + 3:
                break
            if abs(word.start() - col) <= 3 or word.start() <= col < word.end():
                if _OWN_VALUE.match(row, word.end()):
                    # "Kundnr 0306253626   OCR ...   Bankgiro 9047-7225": a word followed by its value labels that
                    # value, it heads no column of the lines under it
                    return None, step + 1
                return (word.group(), row), step + 1
        if not row[max(0, col - 3) : col + 4].strip() and not any(ch.isdigit() for ch in row):
            # a header's second line, blank over the column ("Ansök-  Personnummer" over "an nr          belopp"):
            # the word above heads it
            continue
        return None, step + 1
    return None, _UNRESOLVED


_CELL_GAP = re.compile(r"[ \t]{2,}")
_RAGGED_CELLS = 3  # a row of three cells or more: two gaps of two spaces are rare in prose
_RAGGED_LINES = 30
_LONG_DIGITS = re.compile(r"\d{6}")


def _gap_cells(line: str) -> list[tuple[int, int]]:
    """The cells of a line set apart by runs of two or more spaces (or tabs), as (start, end) in the line."""
    body = line.rstrip(" \t\r")
    lead = len(body) - len(body.lstrip(" \t"))
    spans = []
    at = lead
    for gap in _CELL_GAP.finditer(body, lead):
        spans.append((at, gap.start()))
        at = gap.end()
    spans.append((at, len(body)))
    return spans


def ragged_cell(text: str, lo: int, hi: int, start: int, end: int) -> bool:
    """``text[start:end]`` is one whole cell of a report whose rows and header runs of two or more spaces set apart
    into as many cells (see :func:`_ragged_header`)."""
    return _ragged_header(text, lo, hi, start, end) is not None


def _ragged_header(text: str, lo: int, hi: int, start: int, end: int) -> tuple[str, str] | None:
    """In a report whose columns are set apart by runs of spaces but not aligned (a longer name pushes the rest of
    its row right: "96    Karen Lund      4103245710" under "Vær.  Gæst    Booking"), the header of the candidate's
    column by cell index: the nearest line above with as many cells and no number in that cell, every line between
    having as many cells. The candidate is a whole cell; a "Key:" cell makes a form's line, not a table row."""
    row = text[lo:hi]
    cells = _gap_cells(row)
    if len(cells) < _RAGGED_CELLS:
        return None
    index = next((i for i, (a, b) in enumerate(cells) if a == start - lo and b == end - lo), -1)
    if index < 0 or any(row[a:b].endswith(":") for a, b in cells):
        return None
    cursor = lo
    for _ in range(_RAGGED_LINES):
        if cursor == 0:
            return None
        cursor, line_end = line_bounds(text, cursor - 1)
        line = text[cursor:line_end]
        if not line.strip():
            return None
        if _RULE_LINE.fullmatch(line):
            continue
        above = _gap_cells(line)
        if len(above) != len(cells) or any(line[a:b].endswith(":") for a, b in above):
            return None
        a, b = above[index]
        head = line[a:b]
        if not any(ch.isdigit() for ch in head):
            if _LONG_DIGITS.search(line) is not None:
                return None  # a row with a word in this column, not the header
            return head, line
    return None


# Its own value: a number, or a code of capitals and digits ("Reg.nr: ENP 70G   Chassinr: LWW37W8031F5PVV6A").
_OWN_VALUE = re.compile(r"(?::[ \t]?|[ \t])(?:\d|[A-ZÆØÅÄÖ]{1,8}[ -]?\d)")


def header(text: str, start: int, end: int, memo: dict[str, Any] | None = None) -> str | None:
    """The header of the candidate's table column ("CPR", "Løbenr.", "Telefon"), when it has one."""
    if memo is not None:
        last = memo.get("header_at")
        if last is not None and last[0] == (start, end):
            found: str | None = last[1]
            return found
    col = column(text, start, end, 0, memo)
    found = None if col is None else col.header
    if memo is not None:
        memo["header_at"] = ((start, end), found)
    return found


# A legend naming a record's fields in order, on the line right below or above it: "(kommunekode, cpr, dato og
# beløb i øre)" under "0751 2010493369 20260101 431204". Items are one to four words without digits.
_LEGEND = re.compile(
    r"[ \t]*\(?[ \t]*([^\W\d][^\d,;()\n]{0,40}?(?:(?:,|;|[ \t]+(?:og|och|and|samt)[ \t]+)[ \t]*"
    r"[^\W\d][^\d,;()\n]{0,40}?)+)[ \t]*\)?[ \t.:]*\r?"
)
_LEGEND_SPLIT = re.compile(r"[ \t]*(?:,|;|[ \t]+(?:og|och|and|samt)[ \t]+)[ \t]*")
_RECORD_LINE = re.compile(r"[ \t]*(?:[\w.+-]+[ \t]+)+[\w.+-]+[ \t]*\r?")


def legend_field(text: str, start: int, end: int) -> str | None:
    """The field name a legend line gives the candidate's token in its record line (a line of tokens set apart
    by spaces only, the legend right below or above with as many items), else None."""
    lo, hi = line_bounds(text, start)
    if _RECORD_LINE.fullmatch(text, lo, hi) is None:
        return None
    tokens = text[lo:hi].split()
    index = len(text[lo:start].split())
    if index >= len(tokens) or tokens[index] != text[start:end]:
        return None  # the candidate is not one whole token (a number with a space inside)
    neighbours = []
    if hi < len(text):
        neighbours.append(line_bounds(text, hi + 1))
    if lo > 0:
        neighbours.append(line_bounds(text, lo - 1))
    for n_lo, n_hi in neighbours:
        if _LEGEND.fullmatch(text, n_lo, n_hi) is None:
            continue
        items = _LEGEND_SPLIT.split(text[n_lo:n_hi].strip(" \t\r.:()"))
        if len(items) == len(tokens) and all(0 < len(item.split()) <= 4 for item in items):
            return items[index].strip()
    return _record_layout_field(text, lo, hi, start, end, index)


# The numbers of a line of prose, and a legend in brackets on the line below naming them in order, ordinals
# allowed: "To numre: 250500-9870 040350-3819" over "(først cpr, dernæst policenr.)".
_LINE_NUMBER = re.compile(r"(?<![\w-])\d[\d+-]{5,}\d(?![\w])")
_ORDINALS = re.compile(
    r"(?i)^(?:først|første|dernæst|derefter|så|sidst|sidste|andet|anden|först|första|sedan|därefter|sist|sista|"
    r"andra|first|then|second|last|next)[ \t]+(?:(?:er|är|is|var|was|den|det|the|one)[ \t]+)*"
)


def ordered_legend(text: str, start: int, end: int) -> str | None:
    """The item a bracketed legend on the line below (or above) gives the candidate, the k-th number of its line."""
    lo, hi = line_bounds(text, start)
    # The lines next to it that can be a legend (below first), looked at before the numbers of the line: most have none.
    legends = []
    for n_lo, n_hi in ([line_bounds(text, hi + 1)] if hi < len(text) else []) + (
        [line_bounds(text, lo - 1)] if lo > 0 else []
    ):
        line = text[n_lo:n_hi].strip()
        if line.startswith("(") and line.rstrip(".").endswith(")") and not any(ch.isdigit() for ch in line):
            legends.append(line)
    if not legends:
        return None
    numbers = [m.span() for m in _LINE_NUMBER.finditer(text, lo, hi)]
    if len(numbers) < 2 or (start, end) not in numbers:
        return None
    index = numbers.index((start, end))
    for line in legends:
        items = [_ORDINALS.sub("", item.strip()) for item in _LEGEND_SPLIT.split(line.strip("().: \t\r"))]
        if len(items) == len(numbers) and all(0 < len(item.split()) <= 4 for item in items):
            return items[index].strip()
    return None


# A record layout's description above or below its block of lines: fields by character position ("pos 1-10 CPR,
# 12-19 medarb.nr") or by number ("Felt 2 = medarbejderens cpr", "Fält 3: personnummer").
_POSITIONS = re.compile(r"(?i)\b(?:pos|pos\.|position|positioner|positionerna|tegn|tecken|kolonne|kolumn|col)\b")
_POSITION_ITEM = re.compile(r"(\d{1,3})[ \t]*-[ \t]*(\d{1,3})[ \t]*[:=]?[ \t]*([^\W\d][^,;()\n]{0,40})")
_NUMBERED_FIELD = re.compile(
    r"(?i)\b(?:felt|feltet|fält|fältet|field|kolonne|kolumn|column)[ \t]*(?:nr\.?|no\.?)?[ \t]*(\d{1,2})[ \t]*"
    r"(?:=|:|er|är|is)[ \t]*([^\W\d][^,;.()\n]{0,40})"
)
_LAYOUT_REACH = 12  # record lines walked each way to the block's edge


def _record_layout_field(text: str, lo: int, hi: int, start: int, end: int, index: int) -> str | None:
    """The field name a record layout's description gives the candidate (by its characters' positions in the line
    or by its token's number), found on the line above or below the block of record lines, else None."""
    edges = []
    up_lo, up_hi = lo, hi
    for _ in range(_LAYOUT_REACH):
        if up_lo <= 0:
            break
        up_lo, up_hi = line_bounds(text, up_lo - 1)
        if _RECORD_LINE.fullmatch(text, up_lo, up_hi) is None:
            edges.append((up_lo, up_hi))
            break
    down_lo, down_hi = lo, hi
    for _ in range(_LAYOUT_REACH):
        if down_hi >= len(text):
            break
        down_lo, down_hi = line_bounds(text, down_hi + 1)
        if _RECORD_LINE.fullmatch(text, down_lo, down_hi) is None:
            edges.append((down_lo, down_hi))
            break
    first, last = start - lo + 1, end - lo  # 1-based character positions
    for e_lo, e_hi in edges:
        line = text[e_lo:e_hi]
        if _POSITIONS.search(line):
            for m in _POSITION_ITEM.finditer(line):
                if int(m.group(1)) == first and int(m.group(2)) == last:
                    return m.group(3).strip()
        for m in _NUMBERED_FIELD.finditer(line):
            if int(m.group(1)) == index + 1:
                return m.group(2).strip()
    return None
