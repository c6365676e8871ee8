"""Markup of the v9 category and name banks, turned into text and labels with exact offsets.

``⟦health|Jeg er sygemeldt.⟧`` labels its text with a category (``health+genetic`` gives two labels on one
sentence); ``⟦Mette Holm⟧`` (no category before a bar) labels a PERSON. ``{{A||B}}`` writes a minimal pair: the
document is emitted twice, once with every A and once with every B (A and B may hold labels). Offsets come from
this renderer, never from a search in the finished text.
"""

from __future__ import annotations

import re

from benchmarks.redteam.holdout_checks import CATEGORIES

VARIANT = re.compile(r"\{\{(.*?)\|\|(.*?)\}\}", re.S)
LABEL = re.compile(r"⟦([^⟦⟧]*)⟧")

Label = dict[str, object]


def variants(markup: str) -> list[str]:
    """One markup per variant: the text itself, or the A and the B version of a minimal pair."""
    if not VARIANT.search(markup):
        return [markup]
    return [VARIANT.sub(lambda m: m.group(1), markup), VARIANT.sub(lambda m: m.group(2), markup)]


def render(markup: str) -> tuple[str, list[Label]]:
    """The plain text and its labels (sorted by position)."""
    out: list[str] = []
    labels: list[Label] = []
    pos = 0
    last = 0
    for m in LABEL.finditer(markup):
        before = markup[last : m.start()]
        out.append(before)
        pos += len(before)
        inner = m.group(1)
        head, bar, rest = inner.partition("|")
        entities = head.split("+") if bar else []
        if bar and all(e in CATEGORIES for e in entities):
            span = rest
        else:
            span, entities = inner, ["PERSON"]
        assert span and span == span.strip(), repr(inner)
        for entity in entities:
            labels.append({"start": pos, "end": pos + len(span), "entity": entity})
        out.append(span)
        pos += len(span)
        last = m.end()
    out.append(markup[last:])
    text = "".join(out)
    for bad in ("⟦", "⟧", "{{", "}}", "||"):
        assert bad not in text, (bad, text[:80])
    return text, labels
