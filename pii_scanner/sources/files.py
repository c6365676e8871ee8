"""Files and folders (local drives, shares, USB keys, exported folders) and standard input.

Yields one :class:`Item` per regular file, read lazily. Symlinks to folders are not followed
(loops are impossible that way); a dangling or looping link, an unreadable folder or a file that
vanishes becomes an item with a ``source_error`` so the scan reports it and goes on.
"""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO

from pii_scanner.core.model import Item, Origin


class FileReader:
    """Reads a file's bytes when asked; picklable, so items can go to worker processes."""

    __slots__ = ("mtime_ns", "path")

    def __init__(self, path: Path, mtime_ns: int) -> None:
        self.path = path
        self.mtime_ns = mtime_ns

    def __call__(self) -> bytes:
        with open(self.path, "rb") as fh:
            st = os.fstat(fh.fileno())
            data = fh.read()
        if st.st_mtime_ns != self.mtime_ns or len(data) != st.st_size:
            raise OSError(0, "file changed while being scanned")
        return data

    def open(self) -> BinaryIO:
        """The file opened for reading in pieces (large text is streamed, not read whole)."""
        fh = open(self.path, "rb")  # noqa: SIM115 - the caller closes it
        if os.fstat(fh.fileno()).st_mtime_ns != self.mtime_ns:
            fh.close()
            raise OSError(0, "file changed while being scanned")
        return fh


def file_item(path: Path, origin: Origin = "unknown", source: str = "") -> Item:
    """An item for one file; a stat failure becomes a source error on the item."""
    uri = path.absolute().as_uri()
    try:
        st = path.stat()
    except OSError as exc:
        reason = "symlink loop" if exc.errno == 40 else (exc.strerror or "cannot stat")
        return Item(
            location=uri,
            path=str(path),
            name=path.name,
            origin=origin,
            source=source,
            source_error=f"cannot read: {reason}",
        )
    if not stat.S_ISREG(st.st_mode):
        return Item(
            location=uri,
            path=str(path),
            name=path.name,
            origin=origin,
            source=source,
            source_error="not a regular file",
        )
    return Item(
        location=uri,
        path=str(path),
        name=path.name,
        size=st.st_size,
        mtime=datetime.fromtimestamp(st.st_mtime, UTC),
        owner=_owner(st),
        origin=origin,
        source=source,
        change_key=f"{st.st_size}:{st.st_mtime_ns}",
        read=FileReader(path, st.st_mtime_ns),
    )


def _owner(st: os.stat_result) -> str:
    if sys.platform == "win32":
        return ""
    try:
        import pwd

        return pwd.getpwuid(st.st_uid).pw_name
    except (KeyError, ImportError):
        return str(st.st_uid)


def iter_files(paths: Iterable[str | Path], origin: Origin = "unknown", source: str = "") -> Iterator[Item]:
    """Every file below ``paths`` (files or folders), sorted for stable order; ``-`` is stdin."""
    for raw in paths:
        if str(raw) == "-":
            data = sys.stdin.buffer.read()
            yield Item(
                location="stdin:", path="-", name="stdin", size=len(data), origin="stdin", source=source, data=data
            )
            continue
        path = Path(raw)
        if path.is_dir() and not path.is_symlink():
            yield from _walk_dir(path, origin, source)
        else:
            yield file_item(path, origin, source)


def _walk_dir(root: Path, origin: Origin, source: str) -> Iterator[Item]:
    errors: list[OSError] = []
    for dirpath, dirnames, filenames in os.walk(root, onerror=errors.append, followlinks=False):
        while errors:
            err = errors.pop()
            bad = Path(err.filename or dirpath)
            yield Item(
                location=bad.absolute().as_uri(),
                path=str(bad),
                name=bad.name,
                origin=origin,
                source=source,
                source_error=f"cannot list folder: {err.strerror}",
                listing_error=True,
            )
        dirnames.sort()
        base = Path(dirpath)
        for name in sorted(filenames):
            yield file_item(base / name, origin, source)
        # Links to folders are listed in dirnames but not descended into; report them as skipped
        # only when they loop or dangle (file_item's stat tells).
        for name in [d for d in dirnames if (base / d).is_symlink()]:
            link = base / name
            if not link.exists():
                yield file_item(link, origin, source)
    while errors:
        err = errors.pop()
        bad = Path(err.filename or root)
        yield Item(
            location=bad.absolute().as_uri(),
            path=str(bad),
            name=bad.name,
            origin=origin,
            source=source,
            source_error=f"cannot list folder: {err.strerror}",
            listing_error=True,
        )
