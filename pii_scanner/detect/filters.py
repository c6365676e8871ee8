"""Named filters that drop a verified candidate, chosen per entity (the detect-secrets idea).

A recognizer turns a candidate into readings (checksum, date, context); before a reading becomes a
finding the filters of its entity look at where it stands. Each filter is a small, separately
tested function with a name that shows up in tests and docs; :data:`FILTERS` says which apply to
which entity. Adding one: write the function, give it a :class:`Filter` entry, list it for the
entities it concerns.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass

from pii_scanner.core.entities import NATIONAL_IDS
from pii_scanner.detect import layout
from pii_scanner.detect.identifiers import dk_cpr, se_personnummer
from pii_scanner.detect.recognizers.base import ContextHit, Env, after_phone_prefix, inside_url_or_path

_TEN_SHAPE = re.compile(r"\d{6}[-+ ]?\d{4}")
_NON_DIGITS = re.compile(r"\D")


@dataclass(frozen=True, slots=True)
class Candidate:
    """One reading of a candidate: the entity it would be reported as, where, and its context."""

    entity: str
    start: int
    end: int
    context: ContextHit


@dataclass(frozen=True, slots=True)
class Filter:
    name: str
    rejects: Callable[[Candidate, Env], bool]
    # True when the answer depends only on where the number stands (not on the reading's context):
    # asked once per candidate however many readings it has.
    positional: bool = False


def negative_context(candidate: Candidate, env: Env) -> bool:
    """A negative word labels the number ("Ordre 0707614285") and no positive word stands nearer."""
    return candidate.context.suppressed


def url_or_path(candidate: Candidate, env: Env) -> bool:
    """The number is part of a URL, query string or file path."""
    return inside_url_or_path(env.text, candidate.start, candidate.end)


def phone_prefix(candidate: Candidate, env: Env) -> bool:
    """A country prefix (+45, 0046) stands right before: the number is a phone number."""
    return after_phone_prefix(env.text, candidate.start)


def _table_numbers(candidate: Candidate, env: Env) -> list[str] | None:
    if candidate.context.positive:
        return None  # "CPR" in the header or next to the number: a list of identifiers
    cached = env.memo.get("column")
    if cached is not None and cached[0] == candidate.start:
        col = cached[1]
    else:
        neighbours = int(env.rules.setting("table", "neighbours"))
        col = layout.column(env.text, candidate.start, candidate.end, neighbours, env.memo)
        env.memo["column"] = (candidate.start, col)
    if col is None:
        return None
    return [c for c in col.cells if _TEN_SHAPE.fullmatch(c.strip())]


def _date_like(number: str, env: Env) -> bool:
    # A table's numbers are looked at again for each of their neighbours: validated once per scan.
    known: dict[str, bool] = env.memo.setdefault("date_like", {})
    answer = known.get(number)
    if answer is None:
        digits = _NON_DIGITS.sub("", number)
        answer = known[number] = (dk_cpr.is_valid(digits, env.today) and dk_cpr.mod11_ok(digits)) or (
            se_personnummer.is_valid(digits, env.today)
        )
    return answer


def _per_place(name: str, candidate: Candidate, env: Env, answer: Callable[[], bool]) -> bool:
    """``answer()`` kept for the candidate's place: a filter that reads only where the number
    stands and whether a positive word labels it gives every reading of a candidate the same
    answer."""
    key = (candidate.start, candidate.end, bool(candidate.context.positive))
    last = env.memo.get(name)
    if last is not None and last[0] == key:
        return bool(last[1])
    value = answer()
    env.memo[name] = (key, value)
    return value


def number_table(candidate: Candidate, env: Env) -> bool:
    """The number stands in a column of same-shaped numbers that mostly fail validation.

    A payroll list of real CPR numbers validates and is kept; a column of order or account
    numbers in which one happens to look like a date is dropped. A positive context word (also in
    the column header) keeps the column.
    """
    return _per_place("number_table", candidate, env, lambda: _number_table(candidate, env))


def _number_table(candidate: Candidate, env: Env) -> bool:
    numbers = _table_numbers(candidate, env)
    if numbers is None or len(numbers) < int(env.rules.setting("table", "min_numbers")):
        return False
    valid = sum(_date_like(n, env) for n in numbers)
    return valid / len(numbers) <= env.rules.setting("table", "max_valid_share")


def running_numbers(candidate: Candidate, env: Env) -> bool:
    """The number is one of a column (or a list on its line) of running numbers ("Løbenr."):
    values a small step apart.

    Real identifiers in a list are not consecutive (the date comes first, so two people differ
    by millions); running numbers are, whether or not most of them happen to be valid dates.
    """
    return _per_place("running_numbers", candidate, env, lambda: _running_numbers(candidate, env))


def _running_numbers(candidate: Candidate, env: Env) -> bool:
    least = int(env.rules.setting("table", "min_numbers"))
    numbers = _table_numbers(candidate, env)
    if (numbers is None or len(numbers) < least) and not candidate.context.positive:
        numbers = _line_numbers(candidate, env)  # "Løbenr. 1203850001, 1203850002, 1203850003"
    if numbers is None or len(numbers) < least:
        return False
    values = sorted({int(_NON_DIGITS.sub("", n)) for n in numbers} | {_value(env, candidate)})
    steps = [b - a for a, b in itertools.pairwise(values)]
    return bool(steps) and max(steps) <= env.rules.setting("table", "running_step")


def _line_numbers(candidate: Candidate, env: Env) -> list[str]:
    """The other numbers of the candidate's shape on its line."""
    lo, hi = layout.line_bounds(env.text, candidate.start)
    return [
        m.group() for m in _TEN_SHAPE_IN_TEXT.finditer(env.text, lo, hi) if not (m.start() <= candidate.start < m.end())
    ]


_TEN_SHAPE_IN_TEXT = re.compile(r"(?<![\w])\d{6}[-+ ]?\d{4}(?![\w])")


def _value(env: Env, candidate: Candidate) -> int:
    return int(_NON_DIGITS.sub("", env.text[candidate.start : candidate.end]) or 0)


_FOREIGN_RUN = re.compile(r"(?:\+\d{1,3}|\(\d{1,5}\)|\d{1,5})[ \-./]?$")


def inside_longer_number(candidate: Candidate, env: Env) -> bool:
    """A national phone shape that continues a longer number: "+44 (20) 7123 4567" is one
    British number, not a Danish "7123 4567"."""
    before = env.text[max(0, candidate.start - 8) : candidate.start]
    after = env.text[candidate.end : candidate.end + 3]
    if _FOREIGN_RUN.search(before) is not None:
        return True
    return len(after) >= 2 and after[0] in " -" and after[1].isdigit()


def payment_code(candidate: Candidate, env: Env) -> bool:
    """A number inside a payment code line ("+71<425218326599654>", "#1234567890123#"): a giro or
    FIK reference, not a card."""
    before = env.text[candidate.start - 1 : candidate.start] if candidate.start else ""
    after = env.text[candidate.end : candidate.end + 1]
    return before in ("<", "#", ">") or after in ("<", ">", "#")


FILTERS_BY_NAME: dict[str, Filter] = {
    f.name: f
    for f in (
        Filter("negative_context", negative_context),
        Filter("url_or_path", url_or_path, positional=True),
        Filter("phone_prefix", phone_prefix, positional=True),
        Filter("number_table", number_table),
        Filter("running_numbers", running_numbers),
        Filter("inside_longer_number", inside_longer_number, positional=True),
        Filter("payment_code", payment_code, positional=True),
    )
}

_ID_FILTERS = ("negative_context", "url_or_path", "phone_prefix", "running_numbers", "number_table")

#: Which filters apply to which entity, in the order they run (cheap ones first).
FILTERS: dict[str, tuple[Filter, ...]] = {
    **{entity: tuple(FILTERS_BY_NAME[n] for n in _ID_FILTERS) for entity in NATIONAL_IDS},
    "PHONE_NUMBER": tuple(FILTERS_BY_NAME[n] for n in ("negative_context", "url_or_path")),
    "EMAIL_ADDRESS": (),
    "CREDIT_CARD": tuple(FILTERS_BY_NAME[n] for n in ("negative_context", "url_or_path", "payment_code")),
    "IBAN_CODE": (),
    "PHONE_NUMBER_NATIONAL": tuple(
        FILTERS_BY_NAME[n] for n in ("negative_context", "url_or_path", "inside_longer_number")
    ),
}


#: Filters of an entity not listed in :data:`FILTERS` (e.g. an identifier added to the catalogue).
DEFAULT_FILTERS: tuple[Filter, ...] = tuple(
    FILTERS_BY_NAME[n] for n in ("negative_context", "url_or_path", "phone_prefix")
)


def rejected_by(candidate: Candidate, env: Env, kind: str | None = None) -> str | None:
    """The name of the first filter of the candidate's entity (or ``kind``) that drops it, else None."""
    last = env.memo.get("positional")
    if last is None or last[0] != (candidate.start, candidate.end):
        last = ((candidate.start, candidate.end), {})
        env.memo["positional"] = last
    answers: dict[str, bool] = last[1]
    for f in FILTERS.get(kind or candidate.entity, DEFAULT_FILTERS):
        if f.positional:
            rejected = answers.get(f.name)
            if rejected is None:
                rejected = answers[f.name] = f.rejects(candidate, env)
        else:
            rejected = f.rejects(candidate, env)
        if rejected:
            return f.name
    return None
