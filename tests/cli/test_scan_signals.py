"""`scan` stopped from outside (a scheduler's stop, `timeout`, `kill PID`): SIGTERM is an interruption
(exit 130, one line, no traceback) and the pool's worker processes end with it, never left behind."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc for the worker pids")


def _children(pid: int) -> set[int]:
    found: set[int] = set()
    for task in Path(f"/proc/{pid}/task").glob("*"):
        with contextlib.suppress(OSError):
            found.update(int(c) for c in (task / "children").read_text().split())
    return found


def _alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def _corpus(root: Path) -> Path:
    root.mkdir()
    line = "Almindelig tekst om Jens Hansen, CPR 070761-4285, og lidt mere fyld her.\n"
    for i in range(300):
        (root / f"f{i:03}.txt").write_text(line * 1500, encoding="utf-8")
    return root


@pytest.mark.parametrize("output", ["stdout", "file"])
def test_sigterm_during_a_two_worker_scan_exits_130_and_leaves_no_worker(
    cli: list[str], tmp_path: Path, output: str
) -> None:
    corpus = _corpus(tmp_path / "corpus")
    out = tmp_path / "out.jsonl"
    args = [*cli, "scan", str(corpus), "--no-ner", "--workers", "2"]
    if output == "file":
        args += ["-o", str(out)]
    with (tmp_path / "stdout").open("wb") as stdout, (tmp_path / "stderr").open("wb") as stderr:
        proc = subprocess.Popen(args, stdout=stdout, stderr=stderr)
        try:
            deadline = time.monotonic() + 120
            workers: set[int] = set()
            busy_since = None
            while time.monotonic() < deadline and proc.poll() is None:
                workers |= _children(proc.pid)
                busy_since = busy_since or (time.monotonic() if len(workers) >= 2 else None)
                if busy_since and time.monotonic() - busy_since > 3:  # the workers have work in hand
                    break
                time.sleep(0.1)
            assert proc.poll() is None, "the scan ended before it could be stopped: make the corpus larger"
            assert len(workers) >= 2
            proc.send_signal(signal.SIGTERM)
            code = proc.wait(timeout=60)
        finally:
            if proc.poll() is None:
                proc.kill()
    assert code == 130
    err = (tmp_path / "stderr").read_bytes().decode("utf-8", "replace")
    assert "Traceback" not in err
    events = [json.loads(line)["event"] for line in err.splitlines() if line.startswith("{")]
    assert events[-1] == "interrupted"
    stop = time.monotonic() + 15
    while time.monotonic() < stop and any(_alive(p) for p in workers):
        time.sleep(0.2)
    left = [p for p in workers if _alive(p)]
    for pid in left:  # a failing run must not leave them behind either
        os.kill(pid, signal.SIGKILL)
    assert left == []
    written = out if output == "file" else tmp_path / "stdout"
    for line in written.read_text(encoding="utf-8").splitlines():
        json.loads(line)  # what was written before the stop is whole JSON lines


class _BlockingReader:
    """Reads a FIFO nobody writes to: open() blocks for ever (picklable for pool workers)."""

    def __init__(self, path: str) -> None:
        self.path = path

    def __call__(self) -> bytes:
        with open(self.path, "rb") as fh:
            return fh.read()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
def test_a_scan_stopped_early_ends_its_busy_workers_at_once(tmp_path: Path) -> None:
    """The reader of the results stops (the output pipe broke, a signal came, writing failed): the queued
    and running units are dropped and the workers end at once, even with the CLI's SIGTERM handler
    installed before the pool forked them (before, each worker caught the stop as a failed unit and went
    on with the next, and the process waited for all of them before it could exit)."""
    from pii_scanner.cli.common import terminate_is_interrupt
    from pii_scanner.core.config import ScanConfig
    from pii_scanner.pipeline import scan_items
    from pii_scanner.sources.files import file_item

    first = tmp_path / "first.txt"
    first.write_text("CPR 070761-4285\n", encoding="utf-8")
    fifo = tmp_path / "never.fifo"
    os.mkfifo(fifo)
    items = [file_item(first)]
    for i in range(8):
        stuck = file_item(first)
        stuck.location += f"#stuck{i}"
        stuck.read = _BlockingReader(str(fifo))  # type: ignore[assignment]  # the worker blocks in it
        items.append(stuck)
    config = ScanConfig(workers=2).with_(ner__enabled=False)
    before = _children(os.getpid())  # servers that other tests in this process started are no pool workers
    with terminate_is_interrupt():
        results = scan_items(iter(items), config)
        assert next(results).findings
        workers = _children(os.getpid()) - before
        assert len(workers) >= 2
        closer = threading.Thread(target=results.close, daemon=True)
        closer.start()
        closer.join(30)
    stop = time.monotonic() + 10
    while time.monotonic() < stop and any(_alive(p) for p in workers):
        time.sleep(0.1)
    left = [p for p in workers if _alive(p)]
    for pid in left:  # a failing run must not leave them behind
        os.kill(pid, signal.SIGKILL)
    assert not closer.is_alive(), "closing the results waited for the queued work"
    assert left == []


@pytest.mark.parametrize("verb", ["scan", "sweep"])
def test_workers_end_when_their_parent_is_killed(cli: list[str], tmp_path: Path, verb: str) -> None:
    """kill -9 (or the OOM killer) gives the parent no chance to close its pool: its workers notice and
    end instead of waiting for work for ever with their memory (about 250 MB each, measured)."""
    corpus = _corpus(tmp_path / "corpus")
    if verb == "scan":
        args = [*cli, "scan", str(corpus), "--no-ner", "--workers", "2", "-o", str(tmp_path / "out.jsonl")]
    else:
        cfg = tmp_path / "sweep.toml"
        cfg.write_text(
            f'[scan]\nworkers = 2\n[scan.ner]\nenabled = false\n[store]\ndb = "{tmp_path / "i.sqlite"}"\n'
            f'[[sources]]\ntype = "paths"\nname = "c"\npaths = ["{corpus}"]\n',
            encoding="utf-8",
        )
        args = [*cli, "sweep", "--config", str(cfg)]
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    workers: set[int] = set()
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and proc.poll() is None and len(workers) < 2:
            workers |= _children(proc.pid)
            time.sleep(0.1)
        time.sleep(2)  # the workers have work in hand
        assert proc.poll() is None and len(workers) >= 2
        proc.kill()
        proc.wait(timeout=30)
        stop = time.monotonic() + 20
        while time.monotonic() < stop and any(_alive(p) for p in workers):
            time.sleep(0.2)
    finally:
        if proc.poll() is None:
            proc.kill()
        left = [p for p in workers if _alive(p)]
        for pid in left:  # a failing run must not leave them behind
            os.kill(pid, signal.SIGKILL)
    assert left == []


_BROKEN_WORKERS = """
import os, sys
from pii_scanner import pipeline
from pii_scanner.cli.main import main
parent, real = os.getpid(), pipeline.prepare_worker

def prepare():
    if os.getpid() != parent:  # every worker's initializer, whether it builds or inherits its Processor
        raise TypeError("a worker cannot start")
    real()

pipeline.prepare_worker = prepare
main(sys.argv[1:])
"""


def test_workers_that_cannot_start_give_one_line_and_exit_70(tmp_path: Path) -> None:
    """A pool whose workers fail to start is an internal error: exit 70 with its one masked line, and no
    traceback printed by the interpreter's exit handlers afterwards."""
    (tmp_path / "a.txt").write_text("CPR 070761-4285\n", encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-c", _BROKEN_WORKERS, "scan", str(tmp_path), "--no-ner", "--workers", "2"],
        capture_output=True,
        timeout=300,
    )
    err = proc.stderr.decode("utf-8", "replace")
    assert proc.returncode == 70, err
    assert "Exception ignored" not in err and "Traceback" not in err, err
    assert [json.loads(line)["event"] for line in err.splitlines() if line.startswith("{")][-1] == "internal_error"


@pytest.mark.skipif(not hasattr(os, "fork"), reason="forked workers are POSIX")
def test_a_worker_stopped_while_starting_ends_quietly_by_the_signal() -> None:
    """A worker forked under the CLI's SIGTERM handler and stopped before its initializer reset it (a loaded
    machine) must end by the signal, not raise KeyboardInterrupt in its initializer (a logged traceback)."""
    from pii_scanner.cli.common import terminate_is_interrupt

    with terminate_is_interrupt():
        pid = os.fork()
        if pid == 0:  # the "worker", still starting: it has not reset the handler
            try:
                time.sleep(30)
            except BaseException:
                os._exit(3)  # the parent's handler raised here: what must not happen
            os._exit(0)
        time.sleep(0.2)
        os.kill(pid, signal.SIGTERM)
        _, status = os.waitpid(pid, 0)
    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGTERM
