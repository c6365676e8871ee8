"""A sweep with several workers spreads a mailbox file's messages and stores them as one item group."""

from __future__ import annotations

import multiprocessing
import os
import shutil
from pathlib import Path

import pytest
import sqlalchemy as sa

from pii_scanner.core.config import ScanConfig
from pii_scanner.pipeline import Processor
from pii_scanner.store import open_store
from pii_scanner.sweeps.engine import sweep
from tests.helpers.mail_messages import mbox_bytes


def _items(db: str) -> list[tuple[str, int, bool]]:
    with open_store(db) as st, st.engine.connect() as conn:
        rows = conn.execute(sa.text("SELECT location, depth, removed_at IS NULL FROM items ORDER BY location"))
        return [(str(r[0]), int(r[1]), bool(r[2])) for r in rows]


def test_sweep_with_two_workers_stores_every_message_of_a_mailbox_like_one_worker(tmp_path: Path) -> None:
    root = tmp_path / "share"
    root.mkdir()
    (root / "Inbox.mbox").write_bytes(mbox_bytes(90, private_every=4))
    (root / "note.txt").write_text("Intet her.\n", encoding="utf-8")
    one_root = tmp_path / "one"
    shutil.copytree(root, one_root)
    config = ScanConfig(workers=2).with_(ner__enabled=False)
    two = sweep([root], db=str(tmp_path / "two.sqlite3"), config=config)
    one = sweep([one_root], db=str(tmp_path / "one.sqlite3"), config=config.with_(workers=1))
    assert two.status == one.status == "ok"
    two_items = [(loc.replace("/share/", "/X/"), d, live) for loc, d, live in _items(str(tmp_path / "two.sqlite3"))]
    one_items = [(loc.replace("/one/", "/X/"), d, live) for loc, d, live in _items(str(tmp_path / "one.sqlite3"))]
    assert len(two_items) == 2 + 90 and two_items == one_items
    assert two.stats["findings"] == one.stats["findings"] > 0 and two.stats["results"] == one.stats["results"]
    # Unchanged on the next run: the mailbox is skipped whole, nothing is marked removed.
    again = sweep([root], db=str(tmp_path / "two.sqlite3"), config=config)
    assert again.status == "ok" and again.stats["skipped"] == 2 and again.stats["removed"] == 0
    assert all(live for _, _, live in _items(str(tmp_path / "two.sqlite3")))


def test_forked_sweep_workers_share_the_processor_built_once_by_the_coordinator(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Building a Processor is a fixed cost per process: forked workers inherit the coordinator's."""
    if multiprocessing.get_start_method() != "fork":
        pytest.skip("workers are forked only where fork is the start method")
    root = tmp_path / "share"
    root.mkdir()
    (root / "Inbox.mbox").write_bytes(mbox_bytes(60, private_every=4))
    builds = tmp_path / "builds"  # one line per build: the pid of the process that built
    build = Processor.build.__func__  # type: ignore[attr-defined]

    def counted(cls: type[Processor], cfg: ScanConfig) -> Processor:
        with builds.open("a") as fh:
            fh.write(f"{os.getpid()}\n")
        return build(cls, cfg)  # type: ignore[no-any-return]

    monkeypatch.setattr(Processor, "build", classmethod(counted))
    done = sweep([root], db=str(tmp_path / "two.sqlite3"), config=ScanConfig(workers=2).with_(ner__enabled=False))
    assert done.status == "ok" and done.stats["findings"] > 0
    assert builds.read_text().split() == [str(os.getpid())]  # once, here; none in the two workers
    assert len(_items(str(tmp_path / "two.sqlite3"))) == 1 + 60
