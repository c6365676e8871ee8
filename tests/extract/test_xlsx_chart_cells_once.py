"""Hostile (trust7, item 6): an XLSX chart whose series reference the workbook's own cells caches their values
in the chart part; both were read, so every charted identifier was found twice (cell + chart). Now a cached
value the cells gave is read once, in its cell; a stale cached value (the cell changed since) and a series
from another workbook (``[1]Sheet1!...``: the cache is the only copy) are still read in the chart."""

from __future__ import annotations

import datetime
import io
import zipfile
from pathlib import Path

from openpyxl import Workbook

from tests.extract.extract_helpers import CONFIG, scan_file
from tests.helpers.nordic_numbers import make_cpr

IN_CELL = make_cpr(datetime.date(1961, 7, 7), 4)
STALE = make_cpr(datetime.date(1983, 5, 11), 7)
EXTERNAL = make_cpr(datetime.date(1972, 2, 20), 3)


def _dash(cpr: str) -> str:
    return f"{cpr[:6]}-{cpr[6:]}"


def _chart() -> str:
    def series(formula: str, values: list[str]) -> str:
        points = "".join(f'<c:pt idx="{n}"><c:v>{v}</c:v></c:pt>' for n, v in enumerate(values))
        return (
            f'<c:ser><c:cat><c:strRef><c:f>{formula}</c:f><c:strCache><c:ptCount val="{len(values)}"/>'
            f"{points}</c:strCache></c:strRef></c:cat></c:ser>"
        )

    return (
        '<?xml version="1.0" encoding="UTF-8"?><c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"'
        ' xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><c:chart>'
        "<c:title><c:tx><c:rich><a:p><a:r><a:t>Sager pr. klient</a:t></a:r></a:p></c:rich></c:tx></c:title>"
        "<c:plotArea><c:barChart>"
        + series("Ark1!$A$1:$A$2", [f"CPR {_dash(IN_CELL)}", f"CPR {_dash(STALE)}"])
        + series("[1]Ark1!$A$1", [f"CPR {_dash(EXTERNAL)}"])
        + "</c:barChart></c:plotArea></c:chart></c:chartSpace>"
    )


def test_a_charted_cell_is_found_once_a_stale_or_external_cache_still_read(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "Ark1"
    ws["A1"] = f"CPR {_dash(IN_CELL)}"
    ws["A2"] = "Slettet"  # the cell changed since the chart cached it
    buf = io.BytesIO()
    wb.save(buf)
    path = tmp_path / "sager.xlsx"
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as src, zipfile.ZipFile(path, "w") as out:
        for info in src.infolist():
            out.writestr(info, src.read(info))
        out.writestr("xl/charts/chart1.xml", _chart())
    (result,) = scan_file(path, CONFIG)
    found = sorted(f.normalized for f in result.findings if f.entity_type == "DK_CPR")
    assert found == sorted([IN_CELL, STALE, EXTERNAL]), found
