"""Markup of the v10 hand banks: ``⟦category|sentence⟧`` (``health+genetic`` for two) labels a revealing
sentence, ``⟦Name⟧`` labels a PERSON span, ``{{A||B}}`` writes the document twice (a minimal pair: A revealing,
B not). ``render`` turns markup into text and label offsets and refuses malformed markup."""

from __future__ import annotations

import re

from benchmarks.redteam.holdout_checks import CATEGORIES

PAIR = re.compile(r"\{\{(.*?)\|\|(.*?)\}\}", re.S)
OPEN, CLOSE = "⟦", "⟧"


def variants(markup: str) -> list[str]:
    """One version, or two when the markup holds ``{{A||B}}`` choices (all A, then all B)."""
    if not PAIR.search(markup):
        return [markup]
    return [PAIR.sub(lambda m: m.group(1), markup), PAIR.sub(lambda m: m.group(2), markup)]


def render(markup: str) -> tuple[str, list[dict[str, object]]]:
    out: list[str] = []
    labels: list[dict[str, object]] = []
    pos = length = 0
    while True:
        start = markup.find(OPEN, pos)
        if start < 0:
            out.append(markup[pos:])
            break
        end = markup.find(CLOSE, start)
        assert end > start, f"unclosed label in {markup[start : start + 40]!r}"
        out.append(markup[pos:start])
        length += start - pos
        inner = markup[start + 1 : end]
        head, bar, body = inner.partition("|")
        cats = head.split("+") if bar else []
        if bar and all(c in CATEGORIES for c in cats):
            entities, span = cats, body
        else:
            entities, span = ["PERSON"], inner
        assert span and span == span.strip() and OPEN not in span, f"bad label {inner!r}"
        for entity in entities:
            labels.append({"start": length, "end": length + len(span), "entity": entity})
        out.append(span)
        length += len(span)
        pos = end + 1
    text = "".join(out)
    assert not any(mark in text for mark in (OPEN, CLOSE, "{{", "}}", "||")), f"markup left in {text[:60]!r}"
    return text, labels
