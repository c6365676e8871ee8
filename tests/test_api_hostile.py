"""The library's scan() from a notebook: a wrong argument is a typed exception with a clear message,
raised before anything is read; a text is never read letter by letter (``"/mnt/usb"`` would scan ``/``)."""

from __future__ import annotations

from pathlib import Path

import pytest

import pii_scanner
from pii_scanner.core.config import ScanConfig


@pytest.mark.parametrize("call", ["scan", "scan_frame", "scan_frames"])
@pytest.mark.parametrize("paths", ["/mnt/usb", b"/mnt/usb", Path("/mnt/usb")])
def test_a_single_path_is_refused_never_read_letter_by_letter(call: str, paths: object) -> None:
    with pytest.raises(TypeError, match=r"a list of paths"):
        result = getattr(pii_scanner, call)(paths)
        next(iter(result))  # scan() is lazy: the first item would be "/"


@pytest.mark.parametrize("paths", [[""], ["  "], ["/tmp", ""]])
def test_an_empty_path_is_refused_never_the_current_folder(paths: list[str]) -> None:
    with pytest.raises(ValueError, match="empty path"):
        pii_scanner.scan(paths)


@pytest.mark.parametrize("paths", [[123], [None], [b"/tmp"]])
def test_a_path_of_the_wrong_type_is_refused(paths: list[object]) -> None:
    with pytest.raises(TypeError, match="path"):
        pii_scanner.scan(paths)  # type: ignore[arg-type]


@pytest.mark.parametrize("config", [{"workers": 1}, "/etc/pii.toml", 5])
def test_a_config_of_the_wrong_type_names_scan_config(config: object) -> None:
    with pytest.raises(TypeError, match="ScanConfig"):
        pii_scanner.scan(["/nonexistent"], config)  # type: ignore[arg-type]


def test_a_list_of_paths_still_scans(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("ingen personoplysninger her\n", encoding="utf-8")
    results = list(pii_scanner.scan([tmp_path], ScanConfig()))
    assert [r.item.name for r in results] == ["a.txt"]
