"""FindingLog: an item's findings in bounded memory, older ones sealed in an anonymous temp file."""

from __future__ import annotations

import os
import pickle
import random
from pathlib import Path

import pytest
from cryptography.exceptions import InvalidTag

from pii_scanner.core.finding_log import FindingCounts, FindingLog, entity_counts, has_entity
from pii_scanner.core.model import Explanation, Finding
from pii_scanner.samples.synthetic import make_cpr

EXPLANATION = Explanation("cpr", "dk_cpr", checksum="valid", context=("cpr",))


def _findings(n: int, seed: int = 1) -> list[Finding]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        cpr = make_cpr(rng)
        kind = "DK_CPR" if i % 3 else "EMAIL_ADDRESS"
        out.append(Finding(kind, i * 20, i * 20 + 11, 0.9, f"{cpr[:6]}-{cpr[6:]}", cpr, EXPLANATION, part="body"))
    return out


def _file_bytes(log: FindingLog) -> bytes:
    fd = log.spill_fileno()
    assert fd is not None
    size = os.fstat(fd).st_size
    return os.pread(fd, size, 0)


def test_a_log_gives_back_every_finding_in_order_whether_spilled_or_not() -> None:
    found = _findings(2_345)
    small = FindingLog(found, keep=10_000)
    spilled = FindingLog(found, keep=100)
    assert not small.spilled and spilled.spilled
    for log in (small, spilled):
        assert len(log) == 2_345 and bool(log)
        assert list(log) == found and log == found
        assert log[0] == found[0] and log[150] == found[150] and log[-1] == found[-1]
        assert log[90:210] == found[90:210] and log[::7] == found[::7]
        assert entity_counts(log) == entity_counts(found) == {"DK_CPR": 1563, "EMAIL_ADDRESS": 782}
        assert has_entity(log, "DK_CPR") and not has_entity(log, {"IBAN_CODE"})
    with pytest.raises(IndexError):
        spilled[2_345]
    assert not FindingLog() and FindingLog() == []


def test_a_log_holds_at_most_keep_findings_in_memory() -> None:
    log = FindingLog(keep=50)
    for f in _findings(1_000):
        log.append(f)
        assert len(log._tail) < 50


def test_the_spill_file_holds_no_plaintext_and_has_no_name() -> None:
    found = _findings(3_000)
    log = FindingLog(found, keep=200)
    data = _file_bytes(log)
    assert len(data) > 1_000
    for f in found:
        assert f.normalized.encode() not in data and f.value.encode() not in data
        assert f.normalized[:6].encode() + b"-" not in data
    assert b"DK_CPR" not in data and b"dk_cpr" not in data  # sealed, not merely compressed
    if Path("/proc/self/fd").exists():
        target = os.readlink(f"/proc/self/fd/{log.spill_fileno()}")
        assert "(deleted)" in target or not Path(target).exists()  # no name to find it by


def test_a_spill_file_cannot_be_read_with_another_logs_key() -> None:
    a, b = FindingLog(_findings(300, 1), keep=100), FindingLog(_findings(300, 2), keep=100)
    assert a._spill is not None and b._spill is not None
    a._spill._file.seek(0)
    b._spill._file.seek(0)
    b._spill._file.write(a._spill._file.read(b._spill.blocks[0][1]))
    b._spill._file.flush()
    with pytest.raises(InvalidTag):
        list(b)  # authenticated: a block sealed under another key is refused, never misread


def test_closing_a_log_drops_its_file() -> None:
    log = FindingLog(_findings(500), keep=100)
    fd = log.spill_fileno()
    assert fd is not None
    log.close()
    with pytest.raises(OSError):
        os.fstat(fd)


def test_a_log_crosses_processes_as_its_findings_and_a_summary_as_its_counts() -> None:
    found = _findings(700)
    log = FindingLog(found, keep=100)
    copy = pickle.loads(pickle.dumps(log))
    assert isinstance(copy, FindingLog) and copy == found
    summary = pickle.loads(pickle.dumps(log.summary()))
    assert isinstance(summary, FindingCounts)
    assert len(summary) == 700 and entity_counts(summary) == entity_counts(found)
    assert len(pickle.dumps(log.summary())) < 300
    with pytest.raises(TypeError):
        list(summary)
