"""Where a candidate can start: a small automaton read off the candidate regex, run before it.

The engine's merged regex (see :meth:`pii_scanner.detect.engine.Engine._compile`) is tried by ``re``
at every digit and capital letter of the text, and most of those tries fail after a few characters
("2026 ", "Hansen"). :class:`LeadTable` is derived from the regex itself: the sets of characters
its first few consumed characters can take (look-arounds skipped, so it only ever lets through MORE
places than the regex matches at), as a deterministic automaton over ASCII code points plus one
symbol for every other character. The compiled kernel runs it over the text in one C pass
(``pii_scanner_native.LeadScanner``) and the regex is then asked to match only where the automaton
accepts; :func:`positions` is the pure-Python reference of that pass. Same candidates either way
(``tests/detect/test_leads.py``): a place the automaton refuses is one where the regex cannot match.

The table is data made from the rules' patterns at engine start; a pattern it cannot read (a
back-reference, case-insensitive parts, too many shapes) makes no table, and the regex runs alone.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any, Protocol

from pii_scanner.core.data_cache import code_key, remembered

#: Characters of the text read at most, per place.
DEPTH = 8
_MAX_SEQUENCES = 4096
_MAX_STATES = 2048
#: The symbol every character outside ASCII is read as.
OTHER = 128
SYMBOLS = 129
DEAD = -1
ACCEPT = -2


class _GiveUp(Exception):
    """The pattern holds something the table cannot be sure about."""


# A character set as (bits of the ASCII code points it holds, whether it may hold any other character).
_Set = tuple[int, bool]
_ANY: _Set = ((1 << 128) - 1, True)


@functools.cache
def _category(code: Any) -> _Set:
    tests: dict[Any, Callable[[str], bool]] = {
        sre.CATEGORY_DIGIT: lambda c: c.isdigit(),
        sre.CATEGORY_NOT_DIGIT: lambda c: not c.isdigit(),
        sre.CATEGORY_SPACE: lambda c: c.isspace(),
        sre.CATEGORY_NOT_SPACE: lambda c: not c.isspace(),
        sre.CATEGORY_WORD: lambda c: c.isalnum() or c == "_",
        sre.CATEGORY_NOT_WORD: lambda c: not (c.isalnum() or c == "_"),
        sre.CATEGORY_LINEBREAK: lambda c: c == "\n",
        sre.CATEGORY_NOT_LINEBREAK: lambda c: c != "\n",
    }
    test = tests.get(code)
    if test is None:
        raise _GiveUp(f"category {code}")
    bits = 0
    for c in range(128):
        if test(chr(c)):
            bits |= 1 << c
    return bits, True  # other characters: some are digits, spaces or letters


_CLASS_OF = {
    sre.CATEGORY_DIGIT: r"\d",
    sre.CATEGORY_NOT_DIGIT: r"\D",
    sre.CATEGORY_SPACE: r"\s",
    sre.CATEGORY_NOT_SPACE: r"\S",
    sre.CATEGORY_WORD: r"\w",
    sre.CATEGORY_NOT_WORD: r"\W",
}


@functools.cache
def _folded(op: Any, key: str, items: tuple[tuple[Any, Any], ...]) -> _Set:
    """A set read case-insensitively: its ASCII members found by ``re`` itself (the set alone,
    compiled with IGNORECASE, tried on each ASCII character); any other character may match."""
    if op is sre.ANY:
        return _ANY
    parts: list[str] = []
    for item_op, item_av in items:
        if item_op is sre.NEGATE:
            parts.insert(0, "^")
        elif item_op in (sre.LITERAL, sre.NOT_LITERAL):
            parts.append(re.escape(chr(item_av)))
        elif item_op is sre.RANGE:
            parts.append(f"{re.escape(chr(item_av[0]))}-{re.escape(chr(item_av[1]))}")
        elif item_op is sre.CATEGORY and item_av in _CLASS_OF:
            parts.append(_CLASS_OF[item_av])
        else:
            raise _GiveUp(f"set item {item_op} {key}")
    if op is sre.NOT_LITERAL:
        parts.insert(0, "^")
    one = re.compile(f"[{''.join(parts)}]", re.IGNORECASE)
    bits = 0
    for c in range(128):
        if one.fullmatch(chr(c)) is not None:
            bits |= 1 << c
    return bits, True


def _charset(op: Any, av: Any, fold: bool = False) -> _Set:
    if fold:
        if op in (sre.LITERAL, sre.NOT_LITERAL):
            return _folded(op, repr(av), ((op, av),))
        if op is sre.IN:
            return _folded(op, repr(av), tuple(av))
    if op is sre.LITERAL:
        return (1 << av, False) if av < 128 else (0, True)
    if op is sre.NOT_LITERAL:
        return (_ANY[0] & ~(1 << av) if av < 128 else _ANY[0]), True
    if op is sre.ANY:
        return _ANY
    if op is not sre.IN:
        raise _GiveUp(f"set {op}")
    bits, other, negate = 0, False, False
    for item_op, item_av in av:
        if item_op is sre.NEGATE:
            negate = True
        elif item_op is sre.LITERAL:
            if item_av < 128:
                bits |= 1 << item_av
            else:
                other = True
        elif item_op is sre.RANGE:
            lo, hi = item_av
            for c in range(lo, min(hi, 127) + 1):
                bits |= 1 << c
            other = other or hi >= 128
        elif item_op is sre.CATEGORY:
            cat_bits, _ = _category(item_av)
            bits |= cat_bits
            other = True
        else:
            raise _GiveUp(f"set item {item_op}")
    if negate:
        return _ANY[0] & ~bits, True
    return bits, other


# An item of our own among the parsed ones: case-insensitive matching switched on (True) or off.
_FOLD = "fold"


def _sequences(
    items: list[tuple[Any, Any]], depth: int, budget: list[int], fold: bool = False
) -> set[tuple[_Set, ...]]:
    """Every sequence of character sets the first ``depth`` characters matched by ``items`` fit
    (shorter where a match may end sooner); ``fold``: the items match case-insensitively."""
    budget[0] -= 1
    if budget[0] < 0:
        raise _GiveUp("too many shapes")
    if depth == 0 or not items:
        return {()}
    op, av = items[0]
    rest = items[1:]
    if op is _FOLD:
        return _sequences(rest, depth, budget, bool(av))
    if op in (sre.LITERAL, sre.NOT_LITERAL, sre.ANY, sre.IN):
        head = _charset(op, av, fold)
        return {(head, *tail) for tail in _sequences(rest, depth - 1, budget, fold)}
    if op in (sre.ASSERT, sre.ASSERT_NOT, sre.AT):
        return _sequences(rest, depth, budget, fold)  # consumes nothing; only ever refuses more
    if op is sre.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        if (add_flags | del_flags) & re.LOCALE:
            raise _GiveUp("locale-dependent part")
        inner = (fold or bool(add_flags & re.IGNORECASE)) and not del_flags & re.IGNORECASE
        if inner == fold:
            return _sequences(list(sub.data) + rest, depth, budget, fold)
        return _sequences([(_FOLD, inner), *sub.data, (_FOLD, fold), *rest], depth, budget, fold)
    if op is sre.ATOMIC_GROUP:
        return _sequences(list(av.data) + rest, depth, budget, fold)
    if op is sre.BRANCH:
        found: set[tuple[_Set, ...]] = set()
        for alternative in av[1]:
            found |= _sequences(list(alternative.data) + rest, depth, budget, fold)
        return found
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", sre.MAX_REPEAT)):
        lo, hi, sub = av
        body = list(sub.data)
        if not body or hi == 0:
            return _sequences(rest, depth, budget, fold)
        more = (op, (max(0, lo - 1), hi if hi == sre.MAXREPEAT else hi - 1, sub))
        once = _sequences([*body, more, *rest], depth, budget, fold)
        if lo > 0:
            return once
        return once | _sequences(rest, depth, budget, fold)
    raise _GiveUp(f"op {op}")


@dataclass(frozen=True, slots=True)
class LeadTable:
    """An automaton over the first characters of every match: ``moves[state * SYMBOLS + symbol]``
    is the next state, ``DEAD`` or an accept (``ACCEPT - code``, at most ``ACCEPT``); state 0 reads
    the first character. ``guard``: a
    place right after a word character (``\\w``) can start no match (the regex says so once, up
    front)."""

    moves: tuple[int, ...]
    guard: bool
    # Per accept code (``ACCEPT - moves[...]``), the alternatives that may match there (branch tables).
    branches: tuple[frozenset[int], ...] = ()

    @property
    def states(self) -> int:
        return len(self.moves) // SYMBOLS


def _automaton(
    shapes: Sequence[tuple[_Set, ...]], branch_of: Sequence[int] | None = None
) -> tuple[tuple[int, ...], tuple[frozenset[int], ...]] | None:
    """The moves, and per accept code (``ACCEPT - code``) the branches that may match where the
    automaton accepts with it: those of the shapes still read up to there (``branch_of[k]`` is
    shape k's branch; without it every accept is code 0)."""
    if any(not shape for shape in shapes):
        return None  # a match may be empty-headed: every place is one
    codes: dict[frozenset[int], int] = {}
    # Symbols every set treats alike move alike: the automaton is built over those classes.
    sets = sorted({cs for shape in shapes for cs in shape})
    classes: dict[tuple[bool, ...], list[int]] = {}
    for symbol in range(SYMBOLS):
        alike = tuple((other if symbol == OTHER else bool((bits >> symbol) & 1)) for bits, other in sets)
        classes.setdefault(alike, []).append(symbol)
    members = list(classes.values())
    # For each set, the classes it holds (read off each class's first symbol).
    holds: dict[_Set, list[int]] = {
        cs: [c for c, symbols in enumerate(members) if (cs[1] if symbols[0] == OTHER else (cs[0] >> symbols[0]) & 1)]
        for cs in sets
    }
    start = frozenset((k, 0) for k in range(len(shapes)))
    numbers: dict[frozenset[tuple[int, int]], int] = {start: 0}
    todo = [start]
    rows: list[list[int]] = []
    while todo:
        state = todo.pop(0)
        nexts: list[set[tuple[int, int]]] = [set() for _ in members]
        accepts = [False] * len(members)
        reading: list[set[int]] = [set() for _ in members]  # per class: the branches read on
        for k, at in state:
            last = at + 1 == len(shapes[k])
            for c in holds[shapes[k][at]]:
                if branch_of is not None:
                    reading[c].add(branch_of[k])
                if last:
                    accepts[c] = True
                else:
                    nexts[c].add((k, at + 1))
        row = [DEAD] * SYMBOLS
        for c, symbols in enumerate(members):
            if accepts[c]:
                kind = frozenset(reading[c])
                move = ACCEPT - codes.setdefault(kind, len(codes))
            elif not nexts[c]:
                move = DEAD
            else:
                key = frozenset(nexts[c])
                if key not in numbers:
                    if len(numbers) >= _MAX_STATES:
                        return None
                    numbers[key] = len(numbers)
                    todo.append(key)
                move = numbers[key]
            for member in symbols:
                row[member] = move
        rows.append(row)
    # States were numbered in the order they were queued, which is the order rows were made.
    return tuple(m for row in rows for m in row), tuple(codes)


@functools.lru_cache(maxsize=32)
def lead_table(pattern: str, flags: int, *, guard: bool, depth: int = DEPTH) -> LeadTable | None:
    """The table of ``pattern`` (compiled with ``flags``), or None when it cannot be made safely.
    Kept per pattern (immutable; every engine of the same recognizers shares it)."""
    if flags & re.LOCALE:
        return None
    made = remembered("lead_table", _key("lead", pattern, flags, depth), lambda: _lead_moves(pattern, flags, depth))
    return None if made is None else LeadTable(made, guard)


def _key(kind: str, *parts: object) -> tuple[bytes, ...]:
    # Everything a table derives from: this module's code (Python's version is in every cache key) and its inputs.
    return (code_key(__file__), kind.encode(), repr(parts).encode("utf-8", "surrogatepass"))


def _lead_moves(pattern: str, flags: int, depth: int) -> tuple[int, ...] | None:
    try:
        parsed = sre_parse.parse(pattern, flags)
        if parsed.state.flags & re.LOCALE:
            return None
        fold = bool(parsed.state.flags & re.IGNORECASE)
        for d in range(depth, 0, -1):
            try:
                shapes = sorted(_sequences(list(parsed.data), d, [_MAX_SEQUENCES * 8], fold))
            except _GiveUp as why:
                if "too many" not in str(why):
                    raise
                continue
            if len(shapes) > _MAX_SEQUENCES:
                continue
            made = _automaton(shapes)
            if made is not None:
                return made[0]
    except (_GiveUp, RecursionError, re.error):
        return None
    return None


@functools.lru_cache(maxsize=32)
def branch_table(
    head: str, alternatives: tuple[str, ...], flags: int, *, guard: bool, depth: int = DEPTH
) -> LeadTable | None:
    """The table of ``head(?:alternative|...)`` whose accept codes also say which alternatives may
    match at the place (``LeadTable.branches``): the regex of those alone finds the same match, the
    first alternative in order that matches. None when it cannot be made safely."""
    if flags & re.LOCALE:
        return None
    made = remembered(
        "lead_table",
        _key("branch", head, alternatives, flags, depth),
        lambda: _branch_moves(head, alternatives, flags, depth),
    )
    return None if made is None else LeadTable(made[0], guard, made[1])


def _branch_moves(
    head: str, alternatives: tuple[str, ...], flags: int, depth: int
) -> tuple[tuple[int, ...], tuple[frozenset[int], ...]] | None:
    try:
        parsed = [sre_parse.parse(f"{head}(?:{alternative})", flags) for alternative in alternatives]
        if any(p.state.flags & (re.LOCALE | re.IGNORECASE) for p in parsed):
            return None
        for d in range(depth, 0, -1):
            tagged: set[tuple[tuple[_Set, ...], int]] = set()
            try:
                budget = [_MAX_SEQUENCES * 8]
                for k, p in enumerate(parsed):
                    tagged |= {(shape, k) for shape in _sequences(list(p.data), d, budget)}
            except _GiveUp as why:
                if "too many" not in str(why):
                    raise
                continue
            if len(tagged) > _MAX_SEQUENCES:
                continue
            ordered = sorted(tagged)
            made = _automaton([shape for shape, _ in ordered], [k for _, k in ordered])
            if made is not None:
                return made
    except (_GiveUp, RecursionError, re.error):
        return None
    return None


def _is_word(c: str) -> bool:
    return c.isalnum() or c == "_"


def places(table: LeadTable, text: str, start: int, end: int, limit: int) -> list[int]:
    """The places in [start, end) where the table accepts, each followed by its accept code
    (``[place, code, place, code, ...]``), reading no character at or past ``limit``: the reference
    for the compiled ``LeadScanner.places``."""
    moves = table.moves
    found: list[int] = []
    end = min(end, limit, len(text))
    limit = min(limit, len(text))
    for p in range(max(0, start), end):
        if table.guard and p > 0 and _is_word(text[p - 1]):
            continue
        state = 0
        i = p
        while i < limit:
            code = ord(text[i])
            state = moves[state * SYMBOLS + (code if code < OTHER else OTHER)]
            if state < 0:
                break
            i += 1
        if state <= ACCEPT:
            found += (p, ACCEPT - state)
    return found


def positions(table: LeadTable, text: str, start: int, end: int, limit: int) -> list[int]:
    """The places of :func:`places` without their codes (the reference for ``LeadScanner.positions``)."""
    return places(table, text, start, end, limit)[::2]


class Scanner(Protocol):
    """Runs a table over text: the compiled ``LeadScanner`` (``positions`` above is its reference)."""

    def positions(self, text: str, start: int, end: int, limit: int) -> list[int]: ...

    def places(self, text: str, start: int, end: int, limit: int) -> list[int]: ...


#: Builds a scanner from a table's (moves, guard): a kernel's ``lead_scanner``.
MakeScanner = Callable[[Sequence[int], bool], Scanner]


def matches_at(regex: re.Pattern[str], text: str, places: Iterable[int], limit: int) -> Iterator[re.Match[str]]:
    """``regex.finditer(text, places[0], limit)``, trying only ``places`` (where a match can start,
    in order): the same matches, since a search tries each place in turn and goes on after a match."""
    match = regex.match
    after = -1
    for place in places:
        if place >= after:
            m = match(text, place, limit)
            if m is not None:
                after = m.end()
                yield m


@functools.lru_cache(maxsize=256)
def _scanner(make: MakeScanner, pattern: str, flags: int) -> Scanner | None:
    table = lead_table(pattern, flags, guard=False)
    return None if table is None else make(table.moves, table.guard)


def scanner_of(make: MakeScanner, regex: re.Pattern[str]) -> Scanner | None:
    """The scanner ``make`` builds for ``regex``'s table (one per pattern and process), or None when
    no table can be read off the pattern."""
    return _scanner(make, regex.pattern, regex.flags)


def finditer(regex: re.Pattern[str], text: str, make: MakeScanner | None) -> Iterator[re.Match[str]]:
    """``regex.finditer(text)``; with ``make`` (a compiled kernel's ``lead_scanner``) the regex is
    tried only where the pattern's table lets it start (same matches; one table per pattern, kept)."""
    scanner = None if make is None else _scanner(make, regex.pattern, regex.flags)
    if scanner is None:
        return regex.finditer(text)
    return matches_at(regex, text, scanner.positions(text, 0, len(text), len(text)), len(text))


def count(regex: re.Pattern[str], text: str, make: MakeScanner | None) -> int:
    """``len(regex.findall(text))``, the same way as :func:`finditer`."""
    if make is None:
        return len(regex.findall(text))
    return sum(1 for _ in finditer(regex, text, make))
