"""A table's column legend read once for all its rows' numbers, with the same columns as read row by row."""

from __future__ import annotations

from typing import Any

import pytest

from pii_scanner.detect import layout

_TABLES = (
    "Fra regnearket (kolonner: ordrenr, cpr, beløb):\n1001;0707614285;100\n1002;1403851237;200\n1003;0101010101;3\n",
    "kolumnerna: anst.nr, namn, personnummer\n17|Bo Lind|19121212-1212\n18|Eva Ek|19850101-1234\n",
    # rows of two widths under one legend: it names the cells of the rows as wide as it only
    "kolonner: ordrenr, dato, cpr\n1;2;0707614285\n1;1403851237\n7;8;0101010101\n",
    "Tekst før.\nKolonner: a, b\n0707614285;x\n1403851237;y\n\nkolonner: c, d, e\n1;2;0101010101\n",
)


def _numbers(text: str) -> list[tuple[int, int]]:
    import re

    return [m.span() for m in re.finditer(r"\d{8}-\d{4}|\d{10}", text)]


@pytest.mark.parametrize("text", _TABLES)
def test_each_row_gets_the_column_it_got_with_the_legend_read_for_it(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    memo: dict[str, Any] = {}
    shared = [layout.column(text, s, e, 2, memo) for s, e in _numbers(text)]
    with monkeypatch.context() as m:
        m.setattr(
            layout,
            "_column_legend_once",
            lambda text, first_lo, delim, width, memo: layout._column_legend(text, first_lo, delim, width),
        )
        memo = {}
        each = [layout.column(text, s, e, 2, memo) for s, e in _numbers(text)]
    assert shared == each
    assert any(c is not None and c.header for c in shared)


def test_the_legend_is_read_once_per_table(monkeypatch: pytest.MonkeyPatch) -> None:
    reads: list[int] = []
    legend = layout._column_legend

    def counted(text: str, first_lo: int, delim: str, width: int) -> list[str] | None:
        reads.append(first_lo)
        return legend(text, first_lo, delim, width)

    monkeypatch.setattr(layout, "_column_legend", counted)
    text = _TABLES[0]
    memo: dict[str, Any] = {}
    headers = [layout.column(text, s, e, 2, memo) for s, e in _numbers(text)]
    assert [c.header for c in headers if c is not None] == ["cpr", "cpr", "cpr"]
    assert len(reads) == 1
