"""Does an item concern the subject? Identifier fingerprints and name-token clusters, ranked.

Shared by the index search and the live scan: both reduce an item to ``NameSpan``s (a PERSON
finding: where it is and the fingerprints of its tokens) and identifier fingerprints.

Names: adjacent PERSON findings are joined when one of them is a single word, because name
recognisers split "Østergaard, Søren" into two findings. A span cluster matches a searched name

- ``exact``: every searched token and no other full-word token,
- ``first_last``: first and last name present (middle names missing or extra),
- ``initial``: surname and the first name's initial ("S. Østergaard"),
- ``surname``: the surname alone (only with ``loose``: common surnames give many false hits; always
  when the search itself gave only an initial, "S. Østergaard", as "Søren Østergaard" may be them).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from pii_scanner.access.subject import NameKey, SubjectKey

# Rank: lower is better; identifiers are as strong as an exact name.
RANK = {"identifier": 0, "exact": 1, "first_last": 2, "initial": 3, "surname": 4, "namesake": 5}
_JOIN_GAP = 3  # characters between two findings of one name (", " or a line break)


@dataclass(frozen=True, slots=True)
class NameSpan:
    part: str | None
    start: int
    end: int
    tokens: tuple[tuple[str, bool], ...]  # (fingerprint, is_initial) per token, in order


def _near(prev: NameSpan, span: NameSpan) -> bool:
    return prev.part == span.part and 0 <= span.start - prev.end <= _JOIN_GAP


def clusters(spans: Iterable[NameSpan], adjacent: Callable[[NameSpan, NameSpan], bool] = _near) -> list[list[NameSpan]]:
    """Group adjacent name findings that are one name split in two ("Hansen, Jens"): a piece of one word
    joins its neighbour, three pieces at most. ``adjacent(prev, span)`` says whether two pieces touch
    (by default: in the same text part, at most a few characters apart)."""
    out: list[list[NameSpan]] = []
    for span in sorted(spans, key=lambda s: (s.part or "", s.start)):
        if out:
            prev = out[-1][-1]
            words = sum(not i for _, i in span.tokens), sum(not i for _, i in prev.tokens)
            if adjacent(prev, span) and min(words) <= 1 and len(out[-1]) < 3:
                out[-1].append(span)
                continue
        out.append([span])
    return out


def name_level(name: NameKey, cluster: Sequence[NameSpan], *, loose: bool = False) -> str | None:
    """How well one cluster of name findings matches one searched name (None: not at all)."""
    full = {fp for s in cluster for fp, initial in s.tokens if not initial}
    initials = {fp for s in cluster for fp, initial in s.tokens if initial}
    present = [bool(full.intersection(variants)) for variants in name.tokens]
    if name.given_initial:  # searched "S. Østergaard": a full first name cannot be checked against "S"
        if not all(present):
            return None
        return "exact" if name.initial in initials else "surname"
    if len(name.tokens) == 1:
        return "exact" if present[0] else None
    if all(present):
        mine = set().union(*(set(v) for v in name.tokens))
        return "exact" if full <= mine else "first_last"
    if not present[-1]:
        return None
    if present[0]:
        return "first_last"
    if name.initial and name.initial in initials:
        return "initial"
    return "surname" if loose else None


def best_name_match(key: SubjectKey, spans: Iterable[NameSpan], *, loose: bool = False) -> str | None:
    """The best level over every searched name and every cluster of the item."""
    if not key.names:
        return None
    best: str | None = None
    for cluster in clusters(spans):
        for name in key.names:
            level = name_level(name, cluster, loose=loose)
            if level is not None and (best is None or RANK[level] < RANK[best]):
                best = level
                if best == "exact":
                    return best
    return best
