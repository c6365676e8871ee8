"""One renderer contract: an unknown format is the same configuration error for every report."""

from __future__ import annotations

import io
from typing import Any

import pytest

from pii_scanner.access import render as access_render
from pii_scanner.core.errors import ConfigError
from pii_scanner.reports import render as report_render
from pii_scanner.reports.formats import UnknownFormat
from pii_scanner.reports.scan_output import ScanWriter, write_scan


@pytest.mark.parametrize("module", [report_render, access_render])
def test_unknown_format_is_one_error(module: Any) -> None:
    with pytest.raises(UnknownFormat) as info:
        module.render(object(), "pdf")
    assert isinstance(info.value, ConfigError) and info.value.exit_code == 2
    assert "pdf" in str(info.value)


def test_scan_writer_rejects_unknown_format() -> None:
    with pytest.raises(UnknownFormat):
        ScanWriter("xml", io.StringIO())


def test_library_writes_scan_csv() -> None:
    out = io.StringIO()
    rec = {"record": "item", "path": "=1+1.txt", "location": "file:///=1+1.txt", "flags": ["a", "b"], "error": None}
    assert write_scan([rec], "csv", out) == 1
    assert "'=1+1.txt" in out.getvalue() and "a;b" in out.getvalue()
