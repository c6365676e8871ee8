"""Name cells of tables whose header names the column: CSV/TSV exports, `|` and Markdown tables,
space-aligned reports, vCard ``N:`` lines and SQL ``INSERT INTO t (first_name, ...) VALUES`` rows.

A first name and a surname in two cells are two names ("Fornavn;Efternavn" / "Mette;Hansen"); a cell
under a full-name header is one name, also written "Surname, First" ("Navn" / "Hansen, Mette"). Only the
layout is read here; whether the cells hold people's names is the name finder's decision.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

# (start, end, role): role "first", "last" or "full"
Cell = tuple[int, int, str]


@dataclass(frozen=True)
class ColumnHeaders:
    first: frozenset[str]  # "fornavn", "förnamn", "first name"
    last: frozenset[str]  # "efternavn", "efternamn", "surname"
    full: frozenset[str]  # "navn", "namn", "name", "kontaktperson"

    @cached_property
    def _words(self) -> tuple[str, ...]:
        """The words searched for: every one-word header, and of a longer header ("first name", "kontakt
        person") a word holding a one-word header ("name") or else its longest word; never "på", "person"."""
        headers = self.first | self.last | self.full
        single = {h for h in headers if " " not in h}
        words = set(single)
        for header in headers - single:
            parts = header.split()
            if not any(one in part for part in parts for one in single):
                words.add(max(parts, key=len))
        return tuple(sorted(words, key=len, reverse=True))

    @cached_property
    def _cores(self) -> tuple[str, ...]:
        """Few substrings that every header word holds one of ("navn" in "efternavn"): a cheap gate."""
        cores: list[str] = []
        for word in sorted(self._words, key=len):
            if not any(core in word for core in cores):
                cores.append(word)
        return tuple(cores)

    @cached_property
    def _lower_pattern(self) -> re.Pattern[str]:
        return re.compile("|".join(map(re.escape, self._words)))

    @cached_property
    def _any_case_pattern(self) -> re.Pattern[str]:
        return re.compile("|".join(map(re.escape, self._words)), re.IGNORECASE)

    @cached_property
    def _places(self) -> dict[str, tuple[tuple[int, str], ...]]:
        """core -> (offset, word) for every place the core stands in a header word."""
        places: dict[str, list[tuple[int, str]]] = {core: [] for core in self._cores}
        for word in self._words:
            for core in self._cores:
                i = word.find(core)
                while i >= 0:
                    places[core].append((i, word))
                    i = word.find(core, i + 1)
        return {core: tuple(found) for core, found in places.items()}

    def starts(self, text: str, lower: Callable[[str], str] = str.lower) -> list[int]:
        """Where header words stand as whole words. Searched in the lower-cased text (plain literals, no
        per-position case folding); a text whose lower-casing changes its length is searched as it is.
        ``lower``: gives ``text.lower()`` (a caller that lower-cases the same text again may keep it)."""
        lowered = lower(text)
        end = len(text)
        if len(lowered) == end and "" not in self._cores:
            matches = self._lower_matches(lowered)  # finds no place without a core: no pre-check of them
        elif not any(map(lowered.__contains__, self._cores)):
            return []
        elif len(lowered) != end:
            matches = [(m.start(), m.end()) for m in self._any_case_pattern.finditer(text)]
        else:  # an empty header word: the regex's empty-match rules
            matches = [(m.start(), m.end()) for m in self._lower_pattern.finditer(lowered)]
        return [s for s, e in matches if not (s > 0 and text[s - 1].isalnum()) and not (e < end and text[e].isalnum())]

    def _lower_matches(self, lowered: str) -> list[tuple[int, int]]:
        """What ``self._lower_pattern.finditer(lowered)`` finds (leftmost, the first word in order at a
        place, no overlaps), from the places of the few cores every word holds (``str.find``, not a
        35-way alternation tried at every position)."""
        places: set[int] = set()
        for core, words in self._places.items():
            i = lowered.find(core)
            while i >= 0:
                places.update(i - off for off, word in words if i >= off and lowered.startswith(word, i - off))
                i = lowered.find(core, i + 1)
        out: list[tuple[int, int]] = []
        done = 0
        for place in sorted(places):
            if place < done:
                continue
            for word in self._words:
                if lowered.startswith(word, place):
                    done = place + len(word)
                    out.append((place, done))
                    break
        return out

    def role(self, header: str) -> str:
        key = " ".join(header.strip(" \t\"'*_:").replace("_", " ").split()).casefold()
        if key in self.first:
            return "first"
        if key in self.last:
            return "last"
        if key in self.full:
            return "full"
        return ""


_DELIMITERS = (";", "\t", "|", ",")
_CSV_COMMA = re.compile(r",[^\s\d]")  # a comma-separated export writes no blank after its commas; prose does
_RULE_CELL = re.compile(r"[ \t]*:?-{3,}:?[ \t]*")  # a Markdown table's separator row
_GAP = re.compile(r"[ \t]{2,}|\t")  # column gap of a space-aligned report
_WORD = re.compile(r"\S+")
_VCARD_N = re.compile(r"^N:([^;\n]*);([^;\n]*)", re.M)


def name_cells(text: str, headers: ColumnHeaders, lower: Callable[[str], str] = str.lower) -> list[Cell]:
    """Every cell under a name header, blanks and quotes trimmed; empty cells left out (``lower``: see
    ``ColumnHeaders.starts``)."""
    cells: list[Cell] = _sql_cells(text, headers) if "INSERT" in text or "insert" in text else []
    if not ("N:" in text or ";" in text or "\t" in text or "|" in text or "  " in text or _CSV_COMMA.search(text)):
        return cells  # no table and no vCard can stand in it
    done = 0  # rows up to here belong to a table already read
    for at in headers.starts(text, lower):
        if at < done:
            continue
        start = text.rfind("\n", 0, at) + 1
        lines = _lines(text, start)
        found, used = _delimited(text, lines, headers)
        if not used:
            found, used = _aligned(text, lines, headers)
        cells.extend(found)
        done = lines[used - 1][1] if used else text.find("\n", at) % (len(text) + 1)
    if "N:" in text:
        for m in _VCARD_N.finditer(text):
            for group, role in ((1, "last"), (2, "first")):
                s, e = _trim(text, m.start(group), m.end(group))
                if s < e:
                    cells.append((s, e, role))
    return cells


_SQL_INSERT = re.compile(r"\bINSERT[ \t\n]+INTO[ \t\n]+[^\s(]+[ \t\n]*\(([^()]{1,2000})\)[ \t\n]*VALUES[ \t\n]*", re.I)
_SQL_VALUE = re.compile(r"[ \t\n]*('(?:[^'\n]|'')*'|[^,()'\n]*)[ \t\n]*([,)])")
_SQL_NEXT_ROW = re.compile(r"[ \t\n]*,[ \t\n]*(?=\()")


def _sql_cells(text: str, headers: ColumnHeaders) -> list[Cell]:
    """Quoted values of an SQL dump's ``INSERT INTO t (first_name, last_name, ...) VALUES (...), (...)`` under a
    name column (the column list is the header; each parenthesised row holds one value per column)."""
    cells: list[Cell] = []
    for m in _SQL_INSERT.finditer(text):
        roles = [headers.role(col.strip().strip('`"[]')) for col in m.group(1).split(",")]
        if not any(roles):
            continue
        pos = m.end()
        while pos < len(text) and text[pos] == "(":
            pos += 1
            row: list[tuple[int, int]] = []
            while len(row) <= len(roles):
                v = _SQL_VALUE.match(text, pos)
                if v is None:
                    break
                row.append((v.start(1), v.end(1)))
                pos = v.end()
                if v.group(2) == ")":
                    break
            if len(row) == len(roles):
                for (s, e), role in zip(row, roles, strict=True):
                    if role and e - s > 2 and text[s] == "'" and "''" not in text[s + 1 : e - 1]:
                        cells.append((s + 1, e - 1, role))
            nxt = _SQL_NEXT_ROW.match(text, pos)
            if nxt is None:
                break
            pos = nxt.end()
    return cells


class _LazyLines:
    """(start, end) of the lines from a position on, found only as far as a table is read."""

    def __init__(self, text: str, start: int) -> None:
        self._text = text
        self._spans: list[tuple[int, int]] = []
        self._next = start

    def __len__(self) -> int:  # the rows a table may still claim
        return len(self._spans) + (1 if self._next >= 0 else 0)

    def __getitem__(self, i: int) -> tuple[int, int]:
        while len(self._spans) <= i and self._next >= 0:
            nl = self._text.find("\n", self._next)
            end = len(self._text) if nl < 0 else nl
            self._spans.append((self._next, end))
            self._next = -1 if nl < 0 else nl + 1
        if i >= len(self._spans):
            raise IndexError(i)
        return self._spans[i]


def _lines(text: str, start: int) -> _LazyLines:
    return _LazyLines(text, start)


def _split(text: str, start: int, end: int, delimiter: str) -> list[tuple[int, int]]:
    """Cells of one delimited line, quote-aware (a delimiter inside "..." does not split)."""
    cells: list[tuple[int, int]] = []
    cell = start
    if text.find('"', start, end) < 0:  # no quotes: every delimiter splits (found by str.find, not per character)
        pos = text.find(delimiter, start, end)
        while pos >= 0:
            cells.append((cell, pos))
            cell = pos + 1
            pos = text.find(delimiter, cell, end)
    else:
        quoted = False
        for pos in range(start, end):
            c = text[pos]
            if c == '"':
                quoted = not quoted
            elif c == delimiter and not quoted:
                cells.append((cell, pos))
                cell = pos + 1
    cells.append((cell, end))
    if delimiter == "|":  # "| a | b |": the outer pipes open and close the row
        if cells and not text[cells[0][0] : cells[0][1]].strip():
            cells = cells[1:]
        if cells and not text[cells[-1][0] : cells[-1][1]].strip():
            cells = cells[:-1]
    return cells


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \t\r":
        start += 1
    while end > start and text[end - 1] in " \t\r":
        end -= 1
    if end - start >= 2 and text[start] == '"' and text[end - 1] == '"':
        start, end = start + 1, end - 1
        while start < end and text[start] in " \t":
            start += 1
        while end > start and text[end - 1] in " \t":
            end -= 1
    return start, end


def _delimited(text: str, lines: _LazyLines, headers: ColumnHeaders) -> tuple[list[Cell], int]:
    """A delimited header line and the rows under it: (name cells, lines used) or ([], 0)."""
    start, end = lines[0]
    line = text[start:end]
    for delimiter in _DELIMITERS:
        if delimiter not in line:
            continue
        head = _split(text, start, end, delimiter)
        roles = [headers.role(text[s:e]) for s, e in head]
        if not any(roles) or len(head) < 2:
            continue
        cells: list[Cell] = []
        j = 1
        while j < len(lines):
            rs, re_ = lines[j]
            if not text[rs:re_].strip() or delimiter not in text[rs:re_]:
                break
            row = _split(text, rs, re_, delimiter)
            if abs(len(row) - len(head)) > 1:
                break
            if not all(_RULE_CELL.fullmatch(text[s:e]) for s, e in row):
                for (s, e), role in zip(row, roles, strict=False):
                    if role:
                        s, e = _trim(text, s, e)
                        if s < e:
                            cells.append((s, e, role))
            j += 1
        return cells, j
    return [], 0


def _aligned(text: str, lines: _LazyLines, headers: ColumnHeaders) -> tuple[list[Cell], int]:
    """A space-aligned report: header words two or more blanks apart, rows under them by position."""
    start, end = lines[0]
    line = text[start:end]
    if not _GAP.search(line):
        return [], 0
    roles: dict[int, str] = {}  # offset in the line -> role: header cells, and single words ("Nr. Navn")
    pos = 0
    for gap in [*_GAP.finditer(line), None]:
        cell_end = gap.start() if gap is not None else len(line)
        cell = line[pos:cell_end]
        if cell.strip():
            offset = pos + len(cell) - len(cell.lstrip())
            roles[offset] = headers.role(cell)
            if not roles[offset]:
                for word in _WORD.finditer(cell):
                    roles[pos + word.start()] = roles.get(pos + word.start()) or headers.role(word.group())
        if gap is not None:
            pos = gap.end()
    columns = sorted(roles.items())
    if len(columns) < 2 or not any(role for _, role in columns):
        return [], 0
    cells: list[Cell] = []
    j = 1
    while j < len(lines):
        rs, re_ = lines[j]
        row = text[rs:re_]
        if not row.strip() or not _GAP.search(row):
            break
        for k, (offset, role) in enumerate(columns):
            if not role:
                continue
            # the cell starts at its header's column (a blank or two of slack) and ends at a gap
            s = rs + offset
            if s >= re_:
                continue
            while s < re_ and text[s] in " \t" and s < rs + offset + 2:
                s += 1
            while s > rs and text[s - 1] not in " \t" and s > rs + offset - 2:
                s -= 1
            if text[s] in " \t" or (s > rs and text[s - 1] not in " \t"):
                continue
            gap = _GAP.search(text, s, re_)
            e = gap.start() if gap is not None else re_
            nxt = columns[k + 1][0] if k + 1 < len(columns) else None
            if nxt is not None and e > rs + nxt:
                continue  # the cell runs into the next column: not this layout
            s, e = _trim(text, s, e)
            if s < e:
                cells.append((s, e, role))
        j += 1
    return cells, j


_ROW_LIMIT = 2000  # characters of a table row, at most


def column_header(text: str, start: int, end: int, heads: dict[int, tuple[int, int]], *, rows: int = 200) -> str:
    """The header of the table column a span fills ("Lokale" above "H.C. Ørsted" in "Lokale;Tid" / "H.C.
    Ørsted;10:00"): the span is a whole cell between ";", tabs or "|", and the header the same column of the
    first line of its block (lines with as many cells, up to a blank line). "" when the span is no cell.
    ``heads`` (line start -> its block's first line) is shared by the calls on one text: a long table is walked
    up once, not once per row."""
    line_start = text.rfind("\n", 0, start) + 1
    nl = text.find("\n", end)
    line_end = len(text) if nl < 0 else nl
    if line_end - line_start > _ROW_LIMIT:  # no table row: a long line is not split once per name in it
        return ""
    line = text[line_start:line_end]
    delimiter = max(";\t|", key=line.count)
    if line.count(delimiter) == 0:
        return ""
    cells = _split(text, line_start, line_end, delimiter)
    column = next((i for i, cell in enumerate(cells) if _trim(text, *cell) == (start, end)), -1)
    if column < 0:
        return ""
    head = (line_start, line_end)
    walked = [line_start]
    for _ in range(rows):  # up to the block's first line
        if head[0] in heads:
            head = heads[head[0]]
            break
        if head[0] == 0:
            break
        above_start = text.rfind("\n", 0, head[0] - 1) + 1
        above = (above_start, head[0] - 1)
        if above[1] - above[0] > _ROW_LIMIT or not text[above[0] : above[1]].strip():
            break
        if len(_split(text, *above, delimiter)) != len(cells):
            break
        head = above
        walked.append(above_start)
    for walked_start in walked:
        heads[walked_start] = head
    if head[0] == line_start:
        return ""  # the span's own line heads the block
    header = _split(text, *head, delimiter)
    if len(header) != len(cells):
        return ""
    cell_start, cell_end = _trim(text, *header[column])
    return text[cell_start:cell_end]
