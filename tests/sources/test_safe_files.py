"""Files are opened safely and folders walked without recursion: hostile swaps and deep trees."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from pii_scanner.core.config import ScanConfig
from pii_scanner.pipeline import scan_items
from pii_scanner.sources.files import SYMLINK_MIME, file_item, iter_files
from pii_scanner.sources.safe_open import UnsafeFile, open_regular
from pii_scanner.sources.safe_open_windows import open_regular_windows

posix = pytest.mark.skipif(sys.platform == "win32", reason="FIFOs and /dev/zero are POSIX")
CPR_TEXT = b"Kunde CPR 070761-4285."
FAST = ScanConfig().with_(ner__enabled=False, workers=1)


def within(seconds: float, func, *args):  # type: ignore[no-untyped-def]
    """Run ``func`` in a thread; fail (instead of hanging the suite) if it blocks."""
    box: dict[str, object] = {}

    def run() -> None:
        try:
            box["value"] = func(*args)
        except BaseException as exc:
            box["error"] = exc

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), f"{func.__name__} blocked for more than {seconds} s"
    return box


@posix
def test_file_replaced_by_fifo_after_listing_does_not_block(tmp_path: Path) -> None:
    target = tmp_path / "a.txt"
    target.write_bytes(CPR_TEXT)
    item = file_item(target)
    target.unlink()
    os.mkfifo(target)
    box = within(5, item.content)
    assert isinstance(box.get("error"), UnsafeFile) and "not a regular file" in str(box["error"])
    box = within(10, lambda: list(scan_items(iter([item]), FAST)))  # the listed item, swapped since
    (result,) = box["value"]  # type: ignore[misc]
    assert result.error and "not a regular file" in result.error


@posix
def test_file_replaced_by_link_to_dev_zero_is_not_read(tmp_path: Path) -> None:
    target = tmp_path / "a.txt"
    target.write_bytes(CPR_TEXT)
    item = file_item(target)
    target.unlink()
    target.symlink_to("/dev/zero")
    box = within(5, item.content)
    assert isinstance(box.get("error"), UnsafeFile) and "symbolic link" in str(box["error"])


@posix
def test_link_to_dev_zero_in_a_tree_is_listed_not_read(cli: list[str], tmp_path: Path) -> None:
    (tmp_path / "zero").symlink_to("/dev/zero")
    (tmp_path / "ok.txt").write_bytes(CPR_TEXT)
    proc = subprocess.run([*cli, "scan", str(tmp_path), "--no-ner"], capture_output=True, timeout=120)
    assert proc.returncode == 1, proc.stderr  # the good file's finding; the link is not an error
    assert f'"mime": "{SYMLINK_MIME}"'.encode() in proc.stdout


@posix
def test_fifo_and_device_in_a_tree_are_error_records_without_blocking(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe")
    items = list(iter_files([tmp_path]))
    box = within(10, lambda: list(scan_items(iter(items), FAST)))
    (result,) = box["value"]  # type: ignore[misc]
    assert result.error and "not a regular file" in result.error


@posix
def test_file_grown_after_listing_is_not_read_past_its_size(tmp_path: Path) -> None:
    target = tmp_path / "a.txt"
    target.write_bytes(CPR_TEXT)
    st = target.stat()
    item = file_item(target)
    with open(target, "ab") as fh:
        fh.write(b"x" * 1_000_000)
    os.utime(target, ns=(st.st_atime_ns, st.st_mtime_ns))  # same mtime: only the size tells
    with pytest.raises(OSError, match="changed while being scanned"):
        item.content()


def test_dangling_link_and_loop_are_errors(tmp_path: Path) -> None:
    (tmp_path / "dangling").symlink_to(tmp_path / "nowhere")
    (tmp_path / "loop1").symlink_to(tmp_path / "loop2")
    (tmp_path / "loop2").symlink_to(tmp_path / "loop1")
    errors = {i.name: i.source_error for i in iter_files([tmp_path])}
    assert errors == {
        "dangling": "cannot read: dangling symbolic link",
        "loop1": "cannot read: symlink loop",
        "loop2": "cannot read: symlink loop",
    }


def test_links_inside_a_tree_are_not_followed(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_bytes(CPR_TEXT)
    tree = tmp_path / "tree"
    tree.mkdir()
    (tree / "to-file").symlink_to(outside / "secret.txt")
    (tree / "to-folder").symlink_to(outside)
    items = list(iter_files([tree]))
    assert sorted(i.name for i in items) == ["to-file", "to-folder"]
    assert all(i.mime_hint == SYMLINK_MIME and i.read is None and i.data == b"" for i in items)


def test_windows_opener_refuses_links(tmp_path: Path) -> None:
    # The Windows module's checks are plain stat calls: they run here too.
    real = tmp_path / "real.txt"
    real.write_bytes(CPR_TEXT)
    link = tmp_path / "link.txt"
    link.symlink_to(real)
    fh, st = open_regular_windows(real)
    with fh:
        assert fh.read() == CPR_TEXT and st.st_size == len(CPR_TEXT)
    with pytest.raises(UnsafeFile, match="symbolic link"):
        open_regular_windows(link)
    with pytest.raises(UnsafeFile, match="not a regular file"):
        open_regular_windows(tmp_path)


def test_open_regular_refuses_a_folder(tmp_path: Path) -> None:
    with pytest.raises(OSError):
        open_regular(tmp_path)


def _remove_chain(root: Path) -> None:
    """Remove root/d/d/.../d one level at a time (shutil.rmtree recurses and would fail here)."""
    top, spare = root / "d", root / "d-next"
    while top.exists():
        if (top / "d").exists():
            os.rename(top / "d", spare)
        for leftover in top.iterdir():
            leftover.unlink()
        top.rmdir()
        if spare.exists():
            os.rename(spare, top)


@posix
def test_walk_deeper_than_the_recursion_limit(tmp_path: Path) -> None:
    depth = sys.getrecursionlimit() + 100  # os.walk died near 990 levels; 2 bytes a level < PATH_MAX
    fd = os.open(tmp_path, os.O_RDONLY)
    try:  # build it relative to a descriptor: the full path would pass PATH_MAX
        os.mkdir("d", dir_fd=fd)
        for _ in range(depth - 1):
            nxt = os.open("d", os.O_RDONLY, dir_fd=fd)
            os.close(fd)
            fd = nxt
            os.mkdir("d", dir_fd=fd)
        nxt = os.open("d", os.O_RDONLY, dir_fd=fd)
        os.close(fd)
        fd = nxt
        leaf = os.open("deep.txt", os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=fd)
        os.write(leaf, CPR_TEXT)
        os.close(leaf)
    finally:
        os.close(fd)
    try:
        (item,) = list(iter_files([tmp_path]))
        assert item.name == "deep.txt" and not item.source_error
        assert item.path.split("/").count("d") == depth
        (result,) = list(scan_items(iter([item]), FAST))
        assert result.error is None and [f.entity_type for f in result.findings] == ["DK_CPR"]
    finally:
        _remove_chain(tmp_path)


def test_walk_order_matches_os_walk(tmp_path: Path) -> None:
    for rel in ["b/2.txt", "b/1.txt", "a/z/9.txt", "a/0.txt", "c.txt", "a.txt", "b/a/x.txt"]:
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_bytes(b"x")
    expected = []
    for dirpath, dirnames, filenames in os.walk(tmp_path):
        dirnames.sort()
        expected += [str(Path(dirpath) / f) for f in sorted(filenames)]
    assert [i.path for i in iter_files([tmp_path])] == expected
