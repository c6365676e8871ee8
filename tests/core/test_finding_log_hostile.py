"""A temp folder that is full or unwritable while an item's findings spill: the scan goes on and no
finding is lost (the log keeps them in memory instead, more memory for that item, nothing dropped)."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from pii_scanner.core import finding_log
from pii_scanner.core.config import ScanConfig
from pii_scanner.core.finding_log import FindingLog
from pii_scanner.core.model import Explanation, Finding
from pii_scanner.pipeline import scan_items
from pii_scanner.sources.files import file_item


def _full(*_a: object, **_k: object) -> None:
    raise OSError(errno.ENOSPC, "No space left on device")


def _finding(i: int) -> Finding:
    return Finding("DK_CPR", i, i + 11, 1.0, "070761-4285", "0707614285", Explanation("cpr", "dk_cpr"))


@pytest.mark.parametrize("where", ["open", "write"])
def test_log_keeps_findings_when_the_spill_cannot_be_written(monkeypatch: pytest.MonkeyPatch, where: str) -> None:
    if where == "open":
        monkeypatch.setattr(finding_log.SealedSpill, "__init__", _full)
    else:
        real_write = finding_log.SealedSpill.write
        calls = []

        def write_then_full(self: finding_log.SealedSpill, findings: list[Finding]) -> None:
            calls.append(1)
            if len(calls) > 2:  # two blocks written, then the disk is full
                _full()
            real_write(self, findings)

        monkeypatch.setattr(finding_log.SealedSpill, "write", write_then_full)
    log = FindingLog(keep=10)
    wanted = [_finding(i) for i in range(95)]
    log.extend(wanted)
    assert len(log) == 95 and list(log) == wanted and log == wanted
    assert log.entity_counts() == {"DK_CPR": 95}


@pytest.mark.parametrize("workers", [1, 2])
def test_scan_goes_on_when_the_temp_folder_is_full(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, workers: int
) -> None:
    big = tmp_path / "big.txt"
    big.write_text("Kunde CPR 070761-4285, Jens.\n" * 3000, encoding="utf-8")
    small = tmp_path / "small.txt"
    small.write_text("CPR 070761-4285\n", encoding="utf-8")
    config = ScanConfig(workers=workers).with_(
        ner__enabled=False, limits__stream_above=1000, limits__findings_in_memory=10
    )
    monkeypatch.setattr(finding_log.SealedSpill, "__init__", _full)  # forked workers see it too
    results = list(scan_items([file_item(big), file_item(small)], config))
    assert [r.item.name for r in results] == ["big.txt", "small.txt"]
    assert len(results[0].findings) == 3000 and len(results[1].findings) == 1
