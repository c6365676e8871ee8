"""Retention events a document states about itself: "sagen er afsluttet", "fratrådt pr. 31. marts
2024", "kundeforholdet ophørte" (phrases in recognizers/retention_events.yaml).

The retention policy counts many periods from an event (case closed, employment ended, customer
relationship ended, recruitment finished) that no file date shows. A closing letter dates its case
folder; a resignation confirmation dates the employment's end. The hook records, per event kind
found, ``metadata["event_<kind>"]`` = the date written after the phrase as ``YYYYMMDD`` (an int, so
the index keeps it), or ``1`` when no date is written (then the document's own date counts).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from pii_scanner.core.resources import data_dir, safe_yaml

EVENT_PREFIX = "event_"
# Letters state their event near the top or the bottom; only that much of a long text is read, so the
# cost per item is bounded (a 1 GB export costs what a letter costs).
HEAD_TAIL = 10_000
DOCUMENT_DATE = 1  # the phrase gave no date: the document's date is the event's


@dataclass(frozen=True)
class EventMarkers:
    phrases: dict[str, re.Pattern[str]]
    months: dict[str, int]
    window: int
    date_re: re.Pattern[str]
    stems: dict[str, tuple[str, ...]]  # kind -> a word every one of its phrases contains (case-folded)

    def scan(self, text: str) -> dict[str, int]:
        """``{"event_case_closed": 20240301, ...}`` for every event kind the text states.

        Cheap on the common case: a substring test for each phrase's longest word (C speed) decides
        whether the kind's regex runs at all; most documents state no event. Of a long text only the
        first and last ``HEAD_TAIL`` characters are read.
        """
        out: dict[str, int] = {}
        if len(text) > 2 * HEAD_TAIL:
            text = text[:HEAD_TAIL] + "\n" + text[-HEAD_TAIL:]
        folded = text.casefold()
        for kind, pattern in self.phrases.items():
            if not any(stem in folded for stem in self.stems[kind]):
                continue
            found = 0
            for m in pattern.finditer(text):
                when = self.date_after(text, m.end())
                value = int(when.strftime("%Y%m%d")) if when else DOCUMENT_DATE
                found = max(found, value)
            if found:
                out[EVENT_PREFIX + kind] = found
        return out

    def date_after(self, text: str, pos: int) -> date | None:
        m = self.date_re.search(text, pos, min(len(text), pos + self.window))
        if not m:
            return None
        g = m.groupdict()
        try:
            if g.get("iso_y"):
                return date(int(g["iso_y"]), int(g["iso_m"]), int(g["iso_d"]))
            if g.get("num_y"):
                year = int(g["num_y"])
                return date(year + 2000 if year < 100 else year, int(g["num_m"]), int(g["num_d"]))
            month = self.months.get(g["name_m"].casefold().rstrip("."))
            return date(int(g["name_y"]), month, int(g["name_d"])) if month else None
        except ValueError:
            return None


def _phrase(text: str) -> str:
    words = [re.escape(w).replace(r"\*", r"\w*") for w in text.casefold().split()]
    return r"\s+".join(words)


def markers_from(doc: dict[str, Any]) -> EventMarkers:
    months = {str(k).casefold(): int(v) for k, v in (doc.get("months") or {}).items()}
    names = "|".join(sorted((re.escape(m) for m in months), key=len, reverse=True))
    date_re = re.compile(
        r"(?P<iso_y>\d{4})-(?P<iso_m>\d{1,2})-(?P<iso_d>\d{1,2})"
        r"|(?P<num_d>\d{1,2})[./-](?P<num_m>\d{1,2})[./-](?P<num_y>\d{4}|\d{2})\b"
        rf"|(?P<name_d>\d{{1,2}})\.?\s+(?P<name_m>(?:{names})\.?)\s+(?P<name_y>\d{{4}})",
        re.IGNORECASE,
    )
    events = {str(kind): [str(p) for p in items] for kind, items in (doc.get("events") or {}).items() if items}
    phrases = {
        kind: re.compile(r"(?<!\w)(?:" + "|".join(_phrase(p) for p in items) + r")(?!\w)", re.IGNORECASE)
        for kind, items in events.items()
    }
    stems = {kind: tuple(sorted({_stem(p) for p in items})) for kind, items in events.items()}
    return EventMarkers(phrases, months, int(doc.get("date_window", 120)), date_re, stems)


def _stem(phrase: str) -> str:
    """The phrase's longest word without its wildcard: present in any text the phrase matches."""
    return max((w.replace("*", "") for w in phrase.casefold().split()), key=len)


@cache
def load_event_markers(folder: str | None = None) -> EventMarkers:
    """The markers of ``folder`` (a recognizers directory), else the shipped ones."""
    file = Path(folder) / "retention_events.yaml" if folder else None
    if file is None or not file.is_file():
        file = data_dir("recognizers") / "retention_events.yaml"
    with open(file, encoding="utf-8") as fh:
        return markers_from(safe_yaml(fh) or {})
