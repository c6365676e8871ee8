"""A workbook sheet or a presentation slide that the file lists but lacks (a damaged or truncated file whose
directory lost a member) is an error on the item (exit 4), never a silently clean document; what is there is
still read."""

from __future__ import annotations

import io
import subprocess
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.extract.extract_helpers import scan_file
from tests.extract.extract_makers import make_pptx, make_xlsx


def _without(path: Path, prefix: str) -> Path:
    out = io.BytesIO()
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(out, "w") as zout:
        assert any(n.startswith(prefix) for n in zin.namelist())
        for info in zin.infolist():
            if not info.filename.startswith(prefix):
                zout.writestr(info, zin.read(info))
    damaged = path.with_name("damaged" + path.suffix)
    damaged.write_bytes(out.getvalue())
    return damaged


@pytest.mark.parametrize(
    ("maker", "name", "prefix", "said"),
    [
        (make_xlsx, "a.xlsx", "xl/worksheets/sheet1.xml", "corrupt XLSX: sheet 1 of the workbook is missing"),
        (make_xlsx, "a.xlsx", "xl/worksheets/sheet", "corrupt XLSX: sheet 1 of the workbook is missing"),
        (make_pptx, "a.pptx", "ppt/slides/slide1.xml", "corrupt PPTX: 1 slide(s) of the presentation missing"),
    ],
)
def test_a_listed_part_that_is_missing_is_an_error(
    maker: Callable[[Path], Path], name: str, prefix: str, said: str, tmp_path: Path
) -> None:
    good = maker(tmp_path / name)
    assert all(r.error is None for r in scan_file(good))
    (top, *_rest) = scan_file(_without(good, prefix))
    assert top.error == said


def test_cli_exits_4_for_a_workbook_missing_a_sheet(cli: list[str], tmp_path: Path) -> None:
    damaged = _without(make_xlsx(tmp_path / "good.xlsx"), "xl/worksheets/sheet1.xml")
    done = subprocess.run([*cli, "scan", str(damaged), "--no-ner"], capture_output=True, timeout=300)
    assert done.returncode == 4, done.stderr[-500:]
