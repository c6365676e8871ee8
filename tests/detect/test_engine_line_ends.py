"""A lone carriage return (old Mac line endings) ends a line for detection.

A CSV whose rows end in CR only used to be ONE line to every per-candidate line step (line bounds,
country votes, layout, fields): each candidate then read a whole capped window of other rows, so the
file cost several times the per-MB of the same rows with LF, and rows did not read like rows. The
work per candidate is measured as characters of line read (no timing), at two sizes.
"""

from __future__ import annotations

import datetime
import random

import pytest

from benchmarks.redteam.ids import make_cpr
from pii_scanner.detect import Engine, layout, rule_sets
from pii_scanner.detect.engine import _with_lf_line_ends

TODAY = datetime.date(2026, 6, 1)
NAMES = ("Anna Hansen", "Lars Jensen", "Mette Nielsen", "Peter Larsen", "Sofie Pedersen")
CITIES = ("København", "Aarhus", "Odense", "Aalborg", "Esbjerg")


def _rows(count: int, seed: int = 5) -> list[str]:
    rng = random.Random(seed)
    rows = ["navn;cpr;email;by"]
    for _ in range(count):
        name, cpr = rng.choice(NAMES), make_cpr(rng)
        rows.append(f"{name};{cpr[:6]}-{cpr[6:]};{name.split()[0].lower()}@example.dk;{rng.choice(CITIES)}")
    return rows


def _summary(engine: Engine, text: str) -> list[tuple[str, int, int, str]]:
    return [(f.entity_type, f.start, f.end, f.value) for f in engine.detect(text)]


def test_cr_only_rows_give_the_findings_of_lf_rows() -> None:
    engine = Engine(today=TODAY)
    rows = _rows(300)
    lf, cr = "\n".join(rows), "\r".join(rows)
    got = _summary(engine, cr)
    assert got == _summary(engine, lf)
    assert sum(1 for f in got if f[0] == "DK_CPR") >= 290
    # CR LF is left alone: the same findings, two characters a line end.
    crlf = _summary(engine, "\r\n".join(rows))
    assert [f[0] for f in crlf] == [f[0] for f in got]


def test_line_work_per_candidate_does_not_grow_with_a_cr_only_file(monkeypatch: pytest.MonkeyPatch) -> None:
    engine = Engine(today=TODAY, rule_set=rule_sets.PURE)  # the pure modules: the ones patched below
    read: list[int] = []
    original = layout.line_bounds

    def counting(text: str, pos: int) -> tuple[int, int]:
        lo, hi = original(text, pos)
        read.append(hi - lo)
        return lo, hi

    monkeypatch.setattr(layout, "line_bounds", counting)
    per_call: list[float] = []
    for count in (200, 800):
        read.clear()
        engine.detect("\r".join(_rows(count, seed=count)))
        assert read
        per_call.append(sum(read) / len(read))
    row = max(len(r) for r in _rows(50))
    # Each look-up reads about one row, not the window of other rows around it.
    assert max(per_call) <= row + 1, per_call
    assert per_call[1] <= per_call[0] * 1.2, per_call


def test_lone_cr_becomes_lf_with_offsets_kept() -> None:
    assert _with_lf_line_ends("a\rb\r\nc\r", final=True) == "a\nb\r\nc\n"
    # A stream piece's last CR may be the first half of CR LF: it stays until the next piece shows.
    assert _with_lf_line_ends("a\rb\r", final=False) == "a\nb\r"
    text = "no line ends"
    assert _with_lf_line_ends(text, final=True) is text
    engine = Engine(today=TODAY)
    cr = "\r".join(_rows(40))
    assert [f.value for f in engine.detect(cr)] == [cr[f.start : f.end] for f in engine.detect(cr)]
    streamed = list(engine.detect_stream(cr[i : i + 97] for i in range(0, len(cr), 97)))
    assert [(f.entity_type, f.start, f.end) for f in streamed] == [
        (f.entity_type, f.start, f.end) for f in engine.detect(cr)
    ]
