"""An Excel 97-2003 (.xls) cell holding a CPR typed as a number (leading zero lost, 707614285) in a
digit-pattern number format is read as Excel shows it (session 18, extract6; extractred's X1 for .xls).

No library in the environment writes .xls, so the workbook (BIFF8 records) and its compound-file
container are written here as Excel lays them out: five fonts, fifteen style XFs, two cell XFs.
"""

from __future__ import annotations

import struct
from pathlib import Path

import pytest
import xlrd

from .extract_helpers import found, scan_file

_END, _FREE, _FAT, _NONE = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD, 0xFFFFFFFF


def _rec(kind: int, data: bytes) -> bytes:
    return struct.pack("<HH", kind, len(data)) + data


def _text(s: str, wide_count: bool = True) -> bytes:
    """A BIFF8 unicode string, 8-bit characters (count as 16 or 8 bits)."""
    return struct.pack("<HB" if wide_count else "<BB", len(s), 0) + s.encode("latin-1")


def _bof(kind: int) -> bytes:
    return _rec(0x0809, struct.pack("<HHHHII", 0x0600, kind, 0x0DBB, 0x07CC, 0, 6))


def _xf(fmt: int, flags: int) -> bytes:
    return _rec(0x00E0, struct.pack("<HHH", 0, fmt, flags) + bytes(14))


def _workbook(code: str, value: float) -> bytes:
    font = _rec(0x0031, struct.pack("<HHHHHBBBB", 200, 0, 0x7FFF, 400, 0, 0, 0, 0, 0) + _text("Arial", False))
    head = b"".join(
        [
            _bof(5),
            _rec(0x0042, struct.pack("<H", 1200)),
            *[font] * 5,
            _rec(0x041E, struct.pack("<H", 164) + _text(code)),
        ]
        + [_xf(0, 0xFFF5)] * 15
        + [_xf(0, 1), _xf(164, 1)]
    )
    eof = _rec(0x000A, b"")
    name = _text("Kunder", False)
    offset = len(head) + 4 + 6 + len(name) + len(eof)  # where the sheet's BOF lands
    sheet = [
        _bof(0x10),
        _rec(0x0200, struct.pack("<IIHHH", 0, 1, 0, 2, 0)),
        _rec(0x0204, struct.pack("<HHH", 0, 0, 15) + _text("CPR")),  # LABEL
        _rec(0x0203, struct.pack("<HHHd", 0, 1, 16, value)),  # NUMBER in cell XF 16 (the format above)
        eof,
    ]
    return head + _rec(0x0085, struct.pack("<IBB", offset, 0, 0) + name) + eof + b"".join(sheet)


def _entry(name: str, kind: int, child: int, start: int, size: int) -> bytes:
    raw = (name + "\0").encode("utf-16-le") if name else b""
    return (
        raw.ljust(64, b"\0")
        + struct.pack("<HBB", len(raw), kind, 1 if name else 0)
        + struct.pack("<III", _NONE, _NONE, child)
        + bytes(36)
        + struct.pack("<IQ", start, size)
    )


def _compound_file(stream: bytes) -> bytes:
    """A version 3 compound file holding ``stream`` as "Workbook" (at least 4096 bytes: no mini stream)."""
    stream += bytes(max(0, 4096 - len(stream)))
    stream += bytes(-len(stream) % 512)
    sectors = len(stream) // 512
    fat = [*range(1, sectors), _END, _FAT, _END]  # the stream's chain, the FAT sector, the directory
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(16) + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6) + bytes(6)
    header += struct.pack("<9I", 0, 1, sectors + 1, 0, 4096, _END, 0, _END, 0)
    header += struct.pack("<I", sectors) + struct.pack("<I", _FREE) * 108
    directory = _entry("Root Entry", 5, 1, _END, 0) + _entry("Workbook", 2, _NONE, 0, len(stream))
    directory += _entry("", 0, _NONE, 0, 0) * 2
    return header + stream + struct.pack("<128I", *fat, *[_FREE] * (128 - len(fat))) + directory


@pytest.mark.parametrize(
    ("code", "shown"), [("0000000000", "0707614285"), ("000000-0000", "0707614285"), ("#,##0", None)]
)
def test_an_xls_number_in_a_digit_pattern_is_read_as_shown(tmp_path: Path, code: str, shown: str | None) -> None:
    data = _compound_file(_workbook(code, 707614285.0))
    book = xlrd.open_workbook(file_contents=data, formatting_info=True)  # a well-formed workbook
    assert book.sheet_by_index(0).row_values(0) == ["CPR", 707614285.0]
    path = tmp_path / "kunder.xls"
    path.write_bytes(data)
    cprs = {(v, p) for e, v, p in found(scan_file(path)) if e == "DK_CPR"}
    assert cprs == ({(shown, "sheet:Kunder")} if shown else set())
