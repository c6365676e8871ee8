"""The red-team harness maps findings of documents read as HTML back to raw-text offsets by value."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.redteam.html_offsets import remap_html

RAW = "<table><tr><th>Id</th></tr><tr><td>A-1</td></tr><tr><td>A-1</td><td>B-2</td></tr></table>"


def _doc(record: dict[str, object]) -> str:
    return Path(str(record["path"])).stem


def test_findings_move_to_their_raw_places_in_order() -> None:
    item = {"record": "item", "path": "d.txt", "location": "file:///d.txt", "mime": "text/html"}
    found = [
        {"record": "finding", "path": "d.txt", "location": "file:///d.txt", "start": 3, "end": 6, "value": "A-1"},
        {"record": "finding", "path": "d.txt", "location": "file:///d.txt", "start": 7, "end": 10, "value": "A-1"},
        {"record": "finding", "path": "d.txt", "location": "file:///d.txt", "start": 11, "end": 14, "value": "B-2"},
        {"record": "finding", "path": "d.txt", "location": "file:///d.txt", "start": 15, "end": 18, "value": "C-3"},
    ]
    out, docs, unmapped = remap_html([item, *found], {"d": RAW}, _doc)
    spans = [(r["start"], r["end"]) for r in out if r.get("record") == "finding"]
    first = RAW.index("A-1")
    second = RAW.index("A-1", first + 1)
    assert spans == [(first, first + 3), (second, second + 3), (RAW.index("B-2"), RAW.index("B-2") + 3), (-1, -1)]
    assert docs == 1 and len(unmapped) == 1


def test_plain_text_items_are_left_alone() -> None:
    item = {"record": "item", "path": "d.txt", "location": "file:///d.txt", "mime": "text/plain"}
    rec = {"record": "finding", "path": "d.txt", "location": "file:///d.txt", "start": 3, "end": 6, "value": "x"}
    out, docs, _ = remap_html([item, rec], {"d": "abcxyz"}, _doc)
    assert out == [item, rec] and docs == 0
