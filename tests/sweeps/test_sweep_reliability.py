"""Hostile tests of the sweep engine's reliability promises (docs/promises.md).

Vanished roots and failed listings fail the source and remove nothing; a mass drop is held unless
allowed; a source is known by its spec, not its masked name; SIGTERM/SIGINT end the run as
``interrupted`` keeping what was stored; a stuck item is abandoned by the worker and the sweep goes on.
"""

from __future__ import annotations

import datetime
import os
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from pii_scanner.core.config import ScanConfig, SweepConfig
from pii_scanner.core.model import Item
from pii_scanner.sources import registry
from pii_scanner.sources.files import file_item
from pii_scanner.store import open_store
from pii_scanner.sweeps.engine import EXIT_PARTIAL, sweep
from pii_scanner.sweeps.local_executor import LocalExecutor
from tests.helpers.nordic_numbers import make_cpr
from tests.store.planted import plant

FAST = ScanConfig(workers=1).with_(ner__enabled=False)
Events = list[tuple[str, dict[str, Any]]]


def _recorder() -> tuple[Events, Any]:
    events: Events = []
    return events, lambda event, **fields: events.append((event, fields))


def _live_items(db: str) -> int:
    with open_store(db) as st, st.engine.connect() as conn:
        q = "SELECT count(*) FROM items WHERE depth = 0 AND removed_at IS NULL"
        return int(conn.execute(sa.text(q)).scalar_one())


# --- a swept root that disappeared ---------------------------------------------------------------
def test_vanished_root_is_a_failed_source_and_removes_nothing(tmp_path: Path) -> None:
    root = plant(tmp_path / "share" / "clients", files=4)
    db = str(tmp_path / "i.sqlite3")
    assert sweep([root], db=db, config=FAST).status == "ok"
    assert _live_items(db) == 5
    root.rename(tmp_path / "share" / "moved")  # the share is unmounted / the folder moved

    events, record = _recorder()
    result = sweep([root], db=db, config=FAST, events=record)
    assert (result.status, result.exit_code) == ("partial", EXIT_PARTIAL)
    assert len(result.failed_sources) == 1
    failed = [f for e, f in events if e == "source_failed"]
    assert failed and failed[0]["kind"] == "SourceUnavailable"
    assert result.stats["removed"] == 0
    assert _live_items(db) == 5  # nothing marked removed


def test_missing_root_fails_even_on_first_sweep(tmp_path: Path) -> None:
    result = sweep([tmp_path / "nope"], db=str(tmp_path / "i.sqlite3"), config=FAST)
    assert result.exit_code == EXIT_PARTIAL and result.status == "partial"


def test_failed_folder_listing_fails_the_source_and_removes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "share"
    plant(root / "HR", files=3)
    plant(root / "Sales", files=3)
    db = str(tmp_path / "i.sqlite3")
    assert sweep([root], db=db, config=FAST).status == "ok"
    assert _live_items(db) == 8

    real_scandir = os.scandir

    def failing_scandir(path: Any = ".") -> Any:
        if Path(os.fsdecode(path)).name == "HR":
            raise PermissionError(13, "Permission denied", os.fsdecode(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", failing_scandir)
    events, record = _recorder()
    result = sweep([root], db=db, config=FAST, events=record)
    assert result.exit_code == EXIT_PARTIAL
    assert [f["kind"] for e, f in events if e == "source_failed"] == ["SourceListingIncomplete"]
    assert result.stats["removed"] == 0
    # The HR files were not listed, but they are not gone: still live in the index.
    with open_store(db) as st, st.engine.connect() as conn:
        q = "SELECT count(*) FROM items WHERE depth = 0 AND removed_at IS NULL AND path LIKE '%/HR/%'"
        assert int(conn.execute(sa.text(q)).scalar_one()) == 4


# --- mass removal ----------------------------------------------------------------------------------
def test_mass_removal_is_held_unless_allowed(tmp_path: Path) -> None:
    root = plant(tmp_path / "share", files=5)  # 6 files
    db = str(tmp_path / "i.sqlite3")
    sweep([root], db=db, config=FAST)
    for path in sorted(root.iterdir())[:4]:
        path.unlink()  # 4 of 6 gone: more than half

    events, record = _recorder()
    held = sweep([root], db=db, config=FAST, events=record)
    assert (held.status, held.exit_code) == ("partial", EXIT_PARTIAL)
    assert held.held_sources and held.stats["removed"] == 0
    [info] = [f for e, f in events if e == "mass_removal_held"]
    assert (info["would_remove"], info["live_items"]) == (4, 6)
    assert _live_items(db) == 6

    allowed = sweep([root], db=db, config=FAST, allow_mass_removal=True)
    assert allowed.status == "ok" and allowed.stats["removed"] == 4
    assert _live_items(db) == 2


def test_emptied_root_looks_like_an_unmounted_share_and_is_held(tmp_path: Path) -> None:
    root = plant(tmp_path / "mnt", files=3)
    db = str(tmp_path / "i.sqlite3")
    sweep([root], db=db, config=FAST)
    for path in root.iterdir():
        path.unlink()  # a mount point without its mount: an empty folder
    result = sweep([root], db=db, config=FAST)
    assert result.exit_code == EXIT_PARTIAL and _live_items(db) == 4


def test_small_drop_is_applied_and_share_is_configurable(tmp_path: Path) -> None:
    root = plant(tmp_path / "share", files=3)  # 4 files
    db = str(tmp_path / "i.sqlite3")
    sweep([root], db=db, config=FAST)
    (root / "doc000.txt").unlink()  # 25 %
    assert sweep([root], db=db, config=FAST).stats["removed"] == 1
    (root / "doc001.txt").unlink()  # 1 of 3 live = 33 %: over a 20 % limit
    strict = FAST.with_(sweep__max_removed_share=0.2)
    assert sweep([root], db=db, config=strict).exit_code == EXIT_PARTIAL
    assert _live_items(db) == 3


def test_cli_allow_mass_removal_flag(tmp_path: Path, cli: list[str]) -> None:
    root = plant(tmp_path / "share", files=1)  # 2 files
    db = str(tmp_path / "i.sqlite3")
    base = [*cli, "sweep", str(root), "--db", db, "--no-ner", "--origin", "local"]
    assert subprocess.run(base, capture_output=True, timeout=300).returncode == 1
    for path in root.iterdir():
        path.unlink()
    held = subprocess.run(base, capture_output=True, text=True, timeout=300)
    assert held.returncode == 4 and '"mass_removal_held"' in held.stderr
    applied = subprocess.run([*base, "--allow-mass-removal"], capture_output=True, text=True, timeout=300)
    assert applied.returncode == 0, applied.stderr
    assert _live_items(db) == 0


# --- identity -------------------------------------------------------------------------------------
def test_two_folders_differing_only_in_a_cpr_stay_two_sources(tmp_path: Path) -> None:
    a, b = make_cpr(datetime.date(1961, 7, 7), 1), make_cpr(datetime.date(1961, 7, 7), 2)
    first = plant(tmp_path / f"{a[:6]}-{a[6:]} Hansen", files=2)
    second = plant(tmp_path / f"{b[:6]}-{b[6:]} Hansen", files=2)
    db = str(tmp_path / "i.sqlite3")
    assert sweep([first], db=db, config=FAST).status == "ok"
    result = sweep([second], db=db, config=FAST)
    assert result.status == "ok" and result.stats["removed"] == 0
    assert _live_items(db) == 6  # both folders' files live
    with open_store(db) as st:
        sources = st.rows("sources")
    assert len(sources) == 2
    assert len({s["name"] for s in sources}) == 2  # masked names made unique
    for s in sources:
        assert a[6:] not in str(s) and b[6:] not in str(s)  # still no plaintext serial


def test_same_folder_renamed_source_is_the_same_source(tmp_path: Path) -> None:
    root = plant(tmp_path / "share", files=2)
    db = str(tmp_path / "i.sqlite3")
    for name in ("first name", "second name"):
        cfg = tmp_path / f"{name}.toml"
        cfg.write_text(f'[[sources]]\nname = "{name}"\ntype = "paths"\npaths = ["{root}"]\n', encoding="utf-8")
        sweep(config_path=cfg, db=db, config=FAST)
    with open_store(db) as st:
        assert len(st.rows("sources")) == 1


# --- signals ----------------------------------------------------------------------------------------
SLOW_SWEEP = textwrap.dedent("""
    import sys, time
    from pii_scanner.core.config import ScanConfig, SweepConfig
    from pii_scanner.sources import registry
    from pii_scanner.sweeps.engine import sweep

    base = registry.SOURCE_KINDS["paths"]
    def slow(spec, config, state):
        src = base(spec, config, state)
        inner = src.items
        def items():
            for item in inner():
                time.sleep(0.02)
                yield item
        return registry.Source(src.name, "paths", items, True)
    registry.SOURCE_KINDS["paths"] = slow
    config = ScanConfig(workers=int(sys.argv[3]), sweep=SweepConfig(batch_items=5)).with_(ner__enabled=False)
    result = sweep([sys.argv[1]], db=sys.argv[2], config=config)
    sys.exit(result.exit_code)
""")


@pytest.mark.parametrize(("signum", "workers"), [(signal.SIGTERM, 1), (signal.SIGINT, 1), (signal.SIGTERM, 2)])
def test_signal_ends_the_run_as_interrupted_keeping_what_was_stored(tmp_path: Path, signum: int, workers: int) -> None:
    root = plant(tmp_path / "data", files=400)
    db = str(tmp_path / "i.sqlite3")
    open_store(db).close()
    proc = subprocess.Popen(
        [sys.executable, "-c", SLOW_SWEEP, str(root), db, str(workers)], env=os.environ.copy(), stderr=subprocess.PIPE
    )
    deadline = time.monotonic() + 120
    while _live_items(db) < 10:
        assert proc.poll() is None, "sweep finished before the signal"
        assert time.monotonic() < deadline
        time.sleep(0.05)
    proc.send_signal(signum)
    code = proc.wait(timeout=60)
    err = proc.stderr.read().decode("utf-8", "replace") if proc.stderr else ""
    assert code == 130, err[-2000:]  # one code for an interrupted run, whichever signal
    with open_store(db) as st:
        [run] = st.rows("runs")
        assert run["status"] == "interrupted" and run["exit_code"] == 130
        assert st.rows("locks") == []  # released: the next sweep need not wait for staleness
    kept = _live_items(db)
    assert 10 <= kept < 401
    again = sweep([root], db=db, config=FAST)
    assert again.status == "ok" and again.stats["skipped"] >= kept


SWALLOWING_SWEEP = SLOW_SWEEP.replace(
    "            time.sleep(0.02)\n",
    "            try:\n                time.sleep(0.2)\n"
    "            except BaseException:  # a careless plug-in: the listing just ends\n"
    "                return\n",
)
assert SWALLOWING_SWEEP != SLOW_SWEEP


def test_a_signal_swallowed_by_a_source_still_ends_the_run_and_marks_nothing_removed(tmp_path: Path) -> None:
    root = plant(tmp_path / "data", files=400)
    db = str(tmp_path / "i.sqlite3")
    assert sweep([root], db=db, config=FAST).status == "ok"
    before = _live_items(db)
    assert before >= 400
    proc = subprocess.Popen(
        [sys.executable, "-c", SWALLOWING_SWEEP, str(root), db, "1"], env=os.environ.copy(), stderr=subprocess.PIPE
    )
    deadline = time.monotonic() + 120
    with open_store(db) as st:
        while len(st.rows("runs")) < 2 or st.rows("locks") == []:
            assert proc.poll() is None and time.monotonic() < deadline
            time.sleep(0.05)
    time.sleep(3)  # the listing is under way (each item takes 0.2 s), the processor built
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err.decode("utf-8", "replace")[-2000:]
    with open_store(db) as st:
        assert st.rows("runs")[-1]["status"] == "interrupted"
    assert _live_items(db) == before  # the cut listing did not mark the unseen files removed


# --- a stuck item ---------------------------------------------------------------------------------
class BlockingReader:
    """Reads a FIFO nobody writes to: open() blocks for ever (picklable for pool workers)."""

    def __init__(self, path: str) -> None:
        self.path = path

    def __call__(self) -> bytes:
        with open(self.path, "rb") as fh:
            return fh.read()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
@pytest.mark.parametrize("workers", [1, 2])
def test_stuck_item_is_abandoned_recorded_and_the_sweep_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, workers: int
) -> None:
    root = plant(tmp_path / "data", files=3)
    fifo = tmp_path / "swapped.fifo"
    os.mkfifo(fifo)

    def with_stuck_item(spec: dict[str, Any], config: ScanConfig, state: Any) -> registry.Source:
        def items() -> Iterator[Item]:
            files = sorted(root.iterdir())
            yield file_item(files[0])
            stuck = file_item(files[1])
            stuck.read = BlockingReader(str(fifo))  # the file was swapped for a FIFO after listing
            yield stuck
            for path in files[2:]:
                yield file_item(path)

        return registry.Source("stuck", "stuck", items)

    monkeypatch.setitem(registry.SOURCE_KINDS, "stuck", with_stuck_item)
    cfg = tmp_path / "stuck.toml"
    cfg.write_text('[[sources]]\nname = "stuck"\ntype = "stuck"\n', encoding="utf-8")
    config = ScanConfig(workers=workers, sweep=SweepConfig(item_deadline=1.5)).with_(ner__enabled=False)
    started = time.monotonic()
    result = sweep(config_path=cfg, db=str(tmp_path / "i.sqlite3"), config=config, executor=LocalExecutor())
    assert time.monotonic() - started < 60
    assert result.stats["read"] == 4 and result.stats["errors"] == 1
    assert result.stats["findings"] > 0  # the items after the stuck one were scanned
    with open_store(str(tmp_path / "i.sqlite3")) as st:
        errors = [r["error"] for r in st.rows("items") if r["error"]]
    assert len(errors) == 1 and "deadline" in errors[0]


# --- per-source figures -------------------------------------------------------------------------
def test_source_finished_carries_each_sources_own_figures(tmp_path: Path) -> None:
    small, big = plant(tmp_path / "small", files=1), plant(tmp_path / "big", files=4)
    cfg = tmp_path / "two.toml"
    cfg.write_text(
        f'[[sources]]\nname = "small"\npaths = ["{small}"]\n\n[[sources]]\nname = "big"\npaths = ["{big}"]\n',
        encoding="utf-8",
    )
    events, record = _recorder()
    result = sweep(config_path=cfg, db=str(tmp_path / "i.sqlite3"), config=FAST, events=record)
    finished = {f["source"]: f for e, f in events if e == "source_finished"}
    assert (finished["small"]["seen"], finished["big"]["seen"]) == (2, 5)  # not running totals
    assert finished["small"]["read"] + finished["big"]["read"] == result.stats["read"] == 7
    assert finished["small"]["findings"] + finished["big"]["findings"] == result.stats["findings"]


def _root_replaced_by_a_file(tmp: Path, root: Path) -> None:
    shutil.rmtree(root)
    root.write_text("x")


def _root_a_dangling_link(tmp: Path, root: Path) -> None:
    shutil.move(root, tmp / "moved")
    os.symlink(tmp / "nowhere", root)


def _root_a_link_to_an_empty_folder(tmp: Path, root: Path) -> None:
    shutil.move(root, tmp / "moved")
    (tmp / "empty").mkdir()
    os.symlink(tmp / "empty", root)


def _root_a_fifo(tmp: Path, root: Path) -> None:
    shutil.rmtree(root)
    os.mkfifo(root)


def _share_parent_gone(tmp: Path, root: Path) -> None:
    shutil.rmtree(tmp / "share")


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX links and FIFOs")
@pytest.mark.parametrize(
    "change",
    [
        _root_replaced_by_a_file,
        _root_a_dangling_link,
        _root_a_link_to_an_empty_folder,
        _root_a_fifo,
        _share_parent_gone,
    ],
)
def test_a_root_that_is_no_longer_the_folder_marks_nothing_removed(tmp_path: Path, change: Any) -> None:
    root = plant(tmp_path / "share" / "clients", files=6)
    db = str(tmp_path / "i.sqlite3")
    assert sweep([root], db=db, config=FAST).status == "ok"
    before = _live_items(db)
    change(tmp_path, root)
    result = sweep([root], db=db, config=FAST)
    assert result.exit_code == EXIT_PARTIAL and result.stats["removed"] == 0
    assert _live_items(db) >= before  # nothing of the share marked removed


# --- a file rewritten in place with its old size and mtime put back -------------------------------------------
def test_file_rewritten_with_old_mtime_is_read_again(tmp_path: Path) -> None:
    """cp -p, rsync -t, tar and unzip keep a file's mtime; a same-size rewrite must still be read, not skipped
    as unchanged (an access request would answer "nothing held")."""
    root = tmp_path / "share"
    root.mkdir()
    target = root / "a.txt"
    target.write_text("Referat uden personoplysninger.\n", encoding="utf-8")
    db = str(tmp_path / "i.sqlite3")
    first = sweep([root], db=db, config=FAST)
    assert (first.status, first.stats["findings"]) == ("ok", 0)
    before = target.stat()
    cpr = make_cpr(datetime.date(1961, 7, 7))
    text = f"CPR {cpr[:6]}-{cpr[6:]}\n"
    text = text + "x" * (before.st_size - len(text.encode()) - 1) + "\n"
    assert len(text.encode()) == before.st_size
    time.sleep(0.05)  # a status change time that differs at the filesystem's resolution
    target.write_text(text, encoding="utf-8")
    os.utime(target, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert (target.stat().st_size, target.stat().st_mtime_ns) == (before.st_size, before.st_mtime_ns)
    again = sweep([root], db=db, config=FAST)
    assert again.stats["skipped"] == 0 and again.stats["findings"] >= 1, again.stats
    untouched = sweep([root], db=db, config=FAST)
    assert untouched.stats["skipped"] == 1 and untouched.stats["read"] == 0, untouched.stats
