"""One item with very many findings: memory bounded whatever their number; spilled findings sealed.

A CSV with a CPR on every row is the hard case: its findings, not its text, used to fill the memory
(about half a kilobyte each, all held until the item was written).
"""

from __future__ import annotations

import gc
import io
import os
import random
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

import pytest

from pii_scanner.api import scan
from pii_scanner.classify import terms
from pii_scanner.core.config import ScanConfig
from pii_scanner.core.finding_log import FindingLog
from pii_scanner.core.privacy import Fingerprinter
from pii_scanner.extract import text as text_module
from pii_scanner.pipeline import scan_items
from pii_scanner.reports.records import iter_records
from pii_scanner.reports.scan_output import ScanWriter
from pii_scanner.samples.synthetic import make_cpr
from pii_scanner.sources.files import file_item

KEEP = 500


def _config(**kw: object) -> ScanConfig:
    settings: dict[str, object] = {
        "limits__stream_above": 50_000,
        "limits__max_file_size": 1 << 31,
        "limits__findings_in_memory": KEEP,
        "detect__chunk_size": 20_000,
        "detect__entities": ("DK_CPR",),
        "ner__enabled": False,
    }
    return ScanConfig(workers=1).with_(**(settings | kw))


def _csv(path: Path, rows: int, seed: int = 1) -> list[str]:
    """A payroll CSV with a different valid CPR on every row; returns the CPRs.

    The other cells repeat (a few names and amounts): the classifiers' per-process word caches
    then stay the same size, so what the peak measures is the findings."""
    rng = random.Random(seed)
    cprs = [make_cpr(rng) for _ in range(rows)]
    names = ("Søren Kjær", "Anna Holm", "Mette Lund", "Jens Berg")
    with path.open("w", encoding="utf-8") as fh:
        fh.write("navn;cpr;beløb\n")
        for i, cpr in enumerate(cprs):
            fh.write(f"{names[i % 4]};{cpr[:6]}-{cpr[6:]};{30_000 + 500 * (i % 7)},00\n")
    return cprs


def _scan_and_write(path: Path, config: ScanConfig) -> tuple[int, int, bool]:
    """Scan as ``pii-scanner scan --format jsonl`` does, dropping the output; (findings, records, spilled)."""
    fingerprint = Fingerprinter(b"k" * 32)
    sink = io.StringIO()
    writer = ScanWriter("jsonl", sink)
    findings = records = 0
    spilled = False
    for result in scan([path], config):
        findings += len(result.findings)
        spilled = spilled or (isinstance(result.findings, FindingLog) and result.findings.spilled)
        for record in iter_records(result, fingerprint):
            writer.write(record)
            records += 1
            sink.seek(0)
            sink.truncate()
    writer.close()
    return findings, records, spilled


def test_memory_of_a_csv_with_a_cpr_on_every_row_does_not_grow_with_its_findings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Every CPR is a new word for the classifiers' word cache (bounded at 50,000 words per
    # process, a few MB): kept small here, and the text is read in 16 KB pieces, so that the
    # peak measures what the findings hold, not the cache or one piece of text.
    monkeypatch.setattr(terms, "_MAX_KNOWN", 500)
    monkeypatch.setattr(text_module, "_PIECE", 1 << 14)
    # Sizes: the small CSV (30 KB) is still streamed (above stream_above) and spills; every traced
    # row costs milliseconds, so the big one is only as large as a clear difference needs: 3,000 more
    # findings held are about 900 KB, bounded the growth is about 200 KB whatever the sizes.
    small, big = tmp_path / "small.csv", tmp_path / "big.csv"
    small_rows, big_rows = 1_000, 4_000
    _csv(small, small_rows, 1)
    _csv(big, big_rows, 2)

    def peaks(config: ScanConfig) -> dict[str, int]:
        out: dict[str, int] = {}
        for name, path, rows in (("small", small, small_rows), ("big", big, big_rows)):
            gc.collect()  # free lists emptied: they are not the item's
            tracemalloc.start()
            try:
                found, records, spilled = _scan_and_write(path, config)
                out[name] = tracemalloc.get_traced_memory()[1]
            finally:
                tracemalloc.stop()
            assert found > 0.95 * rows and records == found + 1  # the item, then each finding
            assert spilled == (config.limits.findings_in_memory < found)
        return out

    streamed = 20_000
    _scan_and_write(small, _config(limits__stream_above=streamed))  # warm-up: caches and compiled patterns
    bounded = peaks(_config(limits__stream_above=streamed))
    held = peaks(_config(limits__stream_above=streamed, limits__findings_in_memory=1 << 30))  # every finding kept
    # 3,000 more findings held cost about 900 KB (about 300 bytes each; 250 asked, as 3 MB for 12,000
    # was); in a log at most KEEP stay in memory.
    assert held["big"] - held["small"] > 250 * (big_rows - small_rows), held
    assert bounded["big"] - bounded["small"] < 500_000, bounded


def test_spilled_findings_come_back_identical_in_order_and_with_two_workers(tmp_path: Path) -> None:
    path = tmp_path / "rows.csv"
    cprs = _csv(path, 8_000, 3)
    # Streamed in both cases: a table's header beyond a window's reach is no context in a
    # streamed text, so whole-text detection may score some rows differently.
    (whole,) = scan_items([file_item(path)], _config(limits__findings_in_memory=1 << 30))
    (one,) = scan_items([file_item(path)], _config())
    (two,) = scan_items([file_item(path)], _config(workers=2))
    assert not whole.findings.spilled and len(whole.findings) > 0.95 * len(cprs)
    assert isinstance(one.findings, FindingLog) and one.findings.spilled
    assert isinstance(two.findings, FindingLog) and two.findings.spilled
    assert list(one.findings) == list(whole.findings) and list(two.findings) == list(whole.findings)
    assert {f.normalized for f in one.findings} <= set(cprs)
    assert one.flags == two.flags == whole.flags and one.risk == two.risk == whole.risk
    assert one.risk_reasons == two.risk_reasons == whole.risk_reasons
    assert "many_national_ids" in one.risk_reasons


def _open_spills(pid: int, tmp: Path) -> list[bytes]:
    """What each file of ``pid`` under ``tmp`` holds right now (read through /proc, names or not)."""
    out = []
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        try:
            target = os.readlink(fd)
            if target.startswith(str(tmp)):
                out.append(Path(fd).read_bytes())
        except OSError:
            continue  # closed meanwhile
    return out


@pytest.mark.skipif(not Path("/proc/self/fd").exists(), reason="needs /proc to look into a running scan")
def test_no_temp_file_of_a_scan_holds_a_plaintext_identifier_during_or_after_it(tmp_path: Path) -> None:
    """Hostile: watch a running ``scan`` and read every temp file it holds open; then look for leftovers."""
    spill_dir = tmp_path / "tmp"
    spill_dir.mkdir()
    data = tmp_path / "data"
    data.mkdir()
    cprs = _csv(data / "payroll.csv", 8_000, 4)  # 40 spilled blocks of 200
    forms = [c.encode() for c in cprs[::50]] + [f"{c[:6]}-{c[6:]}".encode() for c in cprs[::50]]
    config = tmp_path / "scan.toml"
    config.write_text(
        "[scan]\nworkers = 1\n[scan.limits]\nstream_above = 50000\nfindings_in_memory = 200\n"
        "[scan.detect]\nchunk_size = 20000\n",
        encoding="utf-8",
    )
    env = dict(os.environ, TMPDIR=str(spill_dir), TEMP=str(spill_dir), TMP=str(spill_dir))
    cmd = [sys.executable, "-m", "pii_scanner", "scan", str(data), "--config", str(config)]
    cmd += ["--entities", "DK_CPR", "--format", "jsonl", "-o", str(tmp_path / "out.jsonl")]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    seen = 0
    while proc.poll() is None:
        for content in _open_spills(proc.pid, spill_dir):
            seen += 1
            assert not any(form in content for form in forms), "a temp file holds a plaintext CPR"
            assert b"DK_CPR" not in content  # sealed, not just compressed
        time.sleep(0.02)
    assert proc.wait() == 1, proc.stderr.read() if proc.stderr else ""
    assert seen > 0, "the scan never spilled: this test would not see a leak"
    assert list(spill_dir.iterdir()) == []  # nothing left behind, not even an empty file
    out = (tmp_path / "out.jsonl").read_text(encoding="utf-8")
    assert out.count('"record": "finding"') > 7_600
