"""``scan -`` reads standard input only up to one byte past ``max_file_size``: a stream piped in that is
longer (``tar c /srv | pii-scanner scan -``, a disk image) was read whole, about three times its size in
memory, and killed by the OOM killer (no record, exit 137) instead of exit 4. A file truncated, grown or
rewritten while it is read is an error (exit 4), never reported as read whole."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path
from typing import BinaryIO

import pytest

from pii_scanner.sources.files import FileReader, file_item

ROOT = Path(__file__).resolve().parents[2]
CPR = "120385-1002"
# The peak resident size of the scanner alone (VmHWM starts afresh at exec; ru_maxrss does not).
_MEASURED = (
    "import runpy, sys; sys.argv = ['pii-scanner'] + sys.argv[1:]\n"
    "try:\n    runpy.run_module('pii_scanner', run_name='__main__')\n"
    "finally:\n    status = open('/proc/self/status').read()\n"
    "    sys.stderr.write('maxrss=' + status.split('VmHWM:')[1].split()[0] + '\\n')\n"
)


def _scan_stdin(chunks: int, *args: str) -> tuple[int, list[dict[str, object]], int]:
    """``scan -`` fed a CPR line then ``chunks`` MiB of zeros through a pipe: exit code, records, peak KiB."""
    read_end, write_end = os.pipe()
    proc = subprocess.Popen(
        [sys.executable, "-c", _MEASURED, "scan", "-", "--format", "jsonl", "--no-ner", "--workers", "1", *args],
        stdin=read_end,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    os.close(read_end)

    def feed() -> None:
        with open(write_end, "wb") as sink:
            try:
                sink.write(f"Kunde CPR {CPR}\n".encode())
                block = bytes(1 << 20)
                for _ in range(chunks):
                    sink.write(block)
            except OSError:  # the scanner stopped reading: as it should past the limit
                pass

    writer = threading.Thread(target=feed, daemon=True)
    writer.start()
    out, err = proc.communicate(timeout=120)
    writer.join(timeout=10)
    records = [json.loads(line) for line in out.decode().splitlines() if line.strip()]
    peak = int(err.decode().rsplit("maxrss=", 1)[1].split()[0])
    return proc.returncode, records, peak


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="peak memory read from /proc")
def test_stdin_longer_than_the_size_limit_stops_at_the_limit_with_memory_flat() -> None:
    code, records, peak = _scan_stdin(300, "--max-file-size", "1M")
    assert code == 4
    (item,) = [r for r in records if r["record"] == "item"]
    assert item["error"] == f"file larger than {1 << 20} bytes" and "not_read" in item["flags"]  # type: ignore[operator]
    assert not [r for r in records if r["record"] == "finding"]  # nothing read, nothing printed
    assert peak < 150 * 1024, peak  # was about three times the stream


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="peak memory read from /proc")
def test_stdin_within_the_limit_is_read_whole() -> None:
    code, records, _ = _scan_stdin(2, "--max-file-size", "3M")
    assert code == 1
    (item,) = [r for r in records if r["record"] == "item"]
    assert item["size"] == len(f"Kunde CPR {CPR}\n") + (2 << 20) and not item["error"]
    assert [r["masked"] for r in records if r["record"] == "finding"] == ["120385-XXXX"]


_LOG = f"Kunde CPR-nummer {CPR} ringede\n".encode() + b"INFO job done in 12 ms\n" * 150_000 + CPR.encode() + b"\n"


class _TruncatedAfterFirstRead(FileReader):
    """The listed file, cut to 1 KiB as soon as the scanner has read its first piece (logrotate's
    ``copytruncate`` while a large log is read)."""

    opened = 0

    def open(self) -> BinaryIO:
        fh = super().open()
        self.opened += 1
        if self.opened == 1:  # its type is sniffed on a prefix first
            return fh
        path, first = self.path, fh.read

        def read(n: int = -1) -> bytes:
            data = first(n)
            os.truncate(path, 1024)
            return data

        fh.read = read  # type: ignore[method-assign]
        return fh


def test_a_file_truncated_while_it_is_read_in_pieces_is_an_error_not_read_whole(tmp_path: Path) -> None:
    from pii_scanner.core.config import ScanConfig
    from pii_scanner.pipeline import CHANGED_WHILE_READ, Processor

    path = tmp_path / "app.log"
    path.write_bytes(_LOG)  # read in pieces
    item = file_item(path)
    assert isinstance(item.read, FileReader)
    item.read = _TruncatedAfterFirstRead(item.read.path, item.read.mtime_ns, item.read.size)
    config = ScanConfig(workers=1).with_(ner__enabled=False, limits__stream_above=1 << 20)
    top = Processor.build(config).process(item)[0]
    assert top.error == CHANGED_WHILE_READ
    assert top.item.size == len(_LOG)  # the size listed: the record says the file was not read whole


def test_a_file_read_whole_and_left_alone_is_unchanged(tmp_path: Path) -> None:
    from pii_scanner.core.config import ScanConfig
    from pii_scanner.pipeline import Processor

    path = tmp_path / "app.log"
    path.write_bytes(_LOG)
    config = ScanConfig(workers=1).with_(ner__enabled=False, limits__stream_above=1 << 20)
    top = Processor.build(config).process(file_item(path))[0]
    assert top.error is None and len(top.findings) == 2
    reader = file_item(path).read
    assert isinstance(reader, FileReader) and not reader.changed()
    os.utime(path, ns=(0, 10**18))  # rewritten in place: same size, another mtime
    assert reader.changed()
