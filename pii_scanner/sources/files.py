"""Files and folders (local drives, shares, USB keys, exported folders) and standard input.

Yields one :class:`Item` per regular file, read lazily and safely (:mod:`safe_open`: no link
followed, no blocking on a FIFO, regular files only, never more than the listed size). Inside a
folder, symbolic links are not followed: a link is listed as an item of type ``inode/symlink``
that is not read (a dangling or looping link is an error record). A link named on the command
line is the user's choice and is followed once. An unreadable folder or a file that vanishes
becomes an item with a ``source_error`` so the scan reports it and goes on. The walk keeps its
own stack, so no folder depth exhausts Python's recursion limit.
"""

from __future__ import annotations

import errno
import os
import stat
import sys
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO

from pii_scanner.core.model import Item, Origin
from pii_scanner.core.privacy import own_secret_paths
from pii_scanner.sources.mounts import Mounts, mounts_below, origin_at, special_mounts
from pii_scanner.sources.safe_open import open_regular, read_capped

SYMLINK_MIME = "inode/symlink"


class FileReader:
    """Reads a file's bytes when asked; picklable, so items can go to worker processes."""

    __slots__ = ("mtime_ns", "path", "size")

    def __init__(self, path: Path, mtime_ns: int, size: int | None = None) -> None:
        self.path = path
        self.mtime_ns = mtime_ns
        self.size = size

    def __call__(self) -> bytes:
        return read_capped(self.path, size=self.size, mtime_ns=self.mtime_ns)

    def changed(self) -> bool:
        """Whether the file is no longer as listed (size, mtime) or gone: checked once it has been read,
        as a file truncated, grown or rewritten while read in pieces was read only in part."""
        try:
            st = os.stat(self.path)
        except OSError:
            return True
        return st.st_mtime_ns != self.mtime_ns or (self.size is not None and st.st_size != self.size)

    def open(self) -> BinaryIO:
        """The file opened for reading in pieces (large text is streamed, not read whole)."""
        fh, st = open_regular(self.path)
        if st.st_mtime_ns != self.mtime_ns or (self.size is not None and st.st_size != self.size):
            fh.close()
            raise OSError(0, "file changed while being scanned")
        return fh


def _error_item(path: Path, origin: Origin, source: str, error: str, *, listing_error: bool = False) -> Item:
    return Item(
        location=path.absolute().as_uri(),
        path=str(path),
        name=path.name,
        origin=origin,
        source=source,
        source_error=error,
        listing_error=listing_error,
    )


def file_item(path: Path, origin: Origin = "unknown", source: str = "") -> Item:
    """An item for one directory entry (never following a link); a stat failure becomes a source error."""
    try:
        st = path.lstat()
    except OSError as exc:
        return _error_item(path, origin, source, f"cannot read: {exc.strerror or 'cannot stat'}")
    if stat.S_ISLNK(st.st_mode):
        return _link_item(path, origin, source)
    if not stat.S_ISREG(st.st_mode):
        return _error_item(path, origin, source, "not a regular file")
    return Item(
        location=path.absolute().as_uri(),
        path=str(path),
        name=path.name,
        size=st.st_size,
        mtime=datetime.fromtimestamp(st.st_mtime, UTC),
        owner=_owner(st),
        origin=origin,
        source=source,
        # Size and mtime alone miss a file rewritten in place with its old mtime put back (cp -p, rsync -t, tar, unzip,
        # touch -d, a 2-second FAT/SMB clock): the status change time moves on every write and cannot be set back.
        # It also moves on chmod/chown and a backup agent's atime reset; a re-read then costs time, never a finding.
        change_key=f"{st.st_size}:{st.st_mtime_ns}:{st.st_ctime_ns}",
        read=FileReader(path, st.st_mtime_ns, st.st_size),
    )


def _link_item(path: Path, origin: Origin, source: str) -> Item:
    """A symbolic link met in a folder: listed, not followed; dangling or looping is an error."""
    try:
        path.stat()
    except OSError as exc:
        reason = "symlink loop" if exc.errno == errno.ELOOP else "dangling symbolic link"
        return _error_item(path, origin, source, f"cannot read: {reason}")
    return Item(
        location=path.absolute().as_uri(),
        path=str(path),
        name=path.name,
        origin=origin,
        source=source,
        data=b"",
        mime_hint=SYMLINK_MIME,
        metadata={"skipped": "symbolic link, not followed"},
    )


def _owner(st: os.stat_result) -> str:
    if sys.platform == "win32":
        return ""
    try:
        import pwd

        return pwd.getpwuid(st.st_uid).pw_name
    except (KeyError, ImportError):
        return str(st.st_uid)


def stdin_item(source: str = "", max_size: int | None = None) -> Item:
    """Standard input as one item. Reading stops one byte past ``max_size``: a stream longer than the
    limit (a disk image or ``tar c /srv`` piped in) is an item over the size limit, never held whole."""
    stream = sys.stdin.buffer
    chunks: list[bytes] = []
    total = 0
    while max_size is None or total <= max_size:
        want = 1 << 20 if max_size is None else min(1 << 20, max_size + 1 - total)
        chunk = stream.read(want)
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
    if max_size is not None and total > max_size:
        chunks.clear()  # over the limit: nothing is read, the record says so (size: at least this much)
        return Item(location="stdin:", path="-", name="stdin", size=total, origin="stdin", source=source, data=b"")
    data = b"".join(chunks)
    return Item(location="stdin:", path="-", name="stdin", size=len(data), origin="stdin", source=source, data=data)


class _Own:
    """The scanner's own secrets (:func:`own_secret_paths`) by name, device and inode: a walk passes them by,
    however the folder above them is written (another spelling, a link, a bind mount)."""

    def __init__(self, paths: Iterable[Path]) -> None:
        ids: set[tuple[int, int]] = set()
        names: set[str] = set()
        for path in paths:
            try:
                st = os.stat(path)
            except OSError:
                continue
            ids.add((st.st_dev, st.st_ino))
            names.add(path.name)
        self.ids = frozenset(ids)
        self.names = frozenset(names)  # first by name: DirEntry.inode() is a system call on Windows

    def path(self, path: Path) -> bool:
        if not self.ids:
            return False
        try:
            st = os.stat(path)
        except OSError:
            return False
        return (st.st_dev, st.st_ino) in self.ids

    def entry(self, entry: os.DirEntry[str]) -> bool:
        if entry.name not in self.names:
            return False
        try:
            st = entry.stat(follow_symlinks=False)
        except OSError:
            return False
        return (st.st_dev, st.st_ino) in self.ids


def iter_files(
    paths: Iterable[str | Path],
    origin: Origin = "unknown",
    source: str = "",
    max_size: int | None = None,
    key_file: str | Path | None = None,
) -> Iterator[Item]:
    """Every file below ``paths`` (files or folders), sorted for stable order; ``-`` is stdin, read up
    to one byte past ``max_size``. The fingerprint key (``key_file``, the one in use, pii-scanner's own
    settings folder) is never an item: named or met in a folder, it is passed by."""
    mounts: Mounts | None = None  # looked up once, at the first path
    own = _Own(own_secret_paths(key_file))
    for raw in paths:
        if str(raw) == "-":
            yield stdin_item(source, max_size)
            continue
        path = Path(raw)
        if path.is_symlink() and path.exists():  # named by the user: followed once
            path = Path(os.path.realpath(path))
        if own.path(path) or any(own.path(up) for up in path.absolute().parents):
            continue
        if mounts is None:
            mounts = special_mounts()
        here = origin_at(path, origin, mounts)  # a path on a USB key or a share has its origin
        if path.is_dir():
            yield from _walk_dir(path, here, source, mounts_below(path, mounts), own)
        else:
            yield file_item(path, here, source)


def _walk_dir(
    root: Path, origin: Origin, source: str, mounts: dict[Path, Origin] | None = None, own: _Own | None = None
) -> Iterator[Item]:
    """Depth first, each folder's files (sorted) before its subfolders (sorted), like os.walk
    top-down; an explicit stack instead of recursion (thousands of levels are fine). A subfolder in
    ``mounts`` (a USB key or a share mounted inside the walked folder) gives its files its own origin;
    the scanner's own secrets (``own``) are passed by."""
    below = mounts or {}
    skip = own if own is not None and own.ids else None
    stack = [(root, origin)]
    while stack:
        folder, origin = stack.pop()
        try:
            with os.scandir(folder) as listing:
                entries = sorted(listing, key=lambda e: e.name)
        except OSError as exc:
            yield _error_item(folder, origin, source, f"cannot list folder: {exc.strerror or exc}", listing_error=True)
            continue
        subfolders: list[tuple[Path, Origin]] = []
        for entry in entries:
            if skip is not None and skip.entry(entry):
                continue
            try:
                is_folder = entry.is_dir(follow_symlinks=False)
            except OSError:
                is_folder = False
            if is_folder:
                sub = Path(entry.path)
                subfolders.append((sub, below.get(sub, origin)))
            else:
                yield file_item(Path(entry.path), origin, source)
        stack.extend(reversed(subfolders))
