"""Open a listed file for reading without being fooled by what it has become since it was listed.

Between listing a folder and reading a file, the file may have been replaced: by a FIFO (a read
would block for ever), by a symbolic link to ``/dev/zero`` (a read would never end) or to a file
outside the swept tree, by a bigger file. So a file is opened

- without following a symbolic link in its last component (``O_NOFOLLOW``),
- without blocking (``O_NONBLOCK``: opening a FIFO returns at once),
- and checked with ``fstat`` on the open descriptor to be a regular file,

and the caller reads at most the size ``fstat`` reported. Windows has neither flag: its module
(:mod:`pii_scanner.sources.safe_open_windows`) checks the link before opening instead.
"""

from __future__ import annotations

import errno
import os
import stat
import sys
from typing import BinaryIO

from pii_scanner.sources.unsafe_file import NOT_REGULAR, SYMLINK, UnsafeFile

__all__ = ["NOT_REGULAR", "SYMLINK", "UnsafeFile", "open_regular", "read_capped"]


def _flags() -> int:
    flags = os.O_RDONLY
    for name in ("O_NOFOLLOW", "O_NONBLOCK", "O_NOCTTY", "O_CLOEXEC", "O_BINARY"):
        flags |= getattr(os, name, 0)
    return flags


def _open_posix(path: str | os.PathLike[str]) -> tuple[BinaryIO, os.stat_result]:
    try:
        fd = os.open(path, _flags())
    except OSError as exc:
        if exc.errno in (errno.ELOOP, errno.EMLINK):  # O_NOFOLLOW met a link (EMLINK on FreeBSD)
            raise UnsafeFile(exc.errno, SYMLINK, os.fspath(path)) from None
        if exc.errno == errno.ENXIO:  # a socket, or a FIFO opened for writing
            raise UnsafeFile(exc.errno, NOT_REGULAR, os.fspath(path)) from None
        raise
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise UnsafeFile(errno.EINVAL, NOT_REGULAR, os.fspath(path))
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)  # regular files never block; streams read normally from here
        return os.fdopen(fd, "rb"), st
    except BaseException:
        os.close(fd)
        raise


def open_regular(path: str | os.PathLike[str]) -> tuple[BinaryIO, os.stat_result]:
    """The file opened for reading and its ``fstat``; UnsafeFile if it is not a regular file."""
    if sys.platform == "win32":
        from pii_scanner.sources.safe_open_windows import open_regular_windows

        return open_regular_windows(path)
    return _open_posix(path)


def read_capped(path: str | os.PathLike[str], *, size: int | None, mtime_ns: int | None) -> bytes:
    """The whole file, if it is still the regular file listed (same size and mtime); never more
    than the listed size is read, so a file that grows or is swapped cannot exhaust memory."""
    fh, st = open_regular(path)
    with fh:
        if (mtime_ns is not None and st.st_mtime_ns != mtime_ns) or (size is not None and st.st_size != size):
            raise OSError(0, "file changed while being scanned")
        data = fh.read(st.st_size + 1)
        after = os.fstat(fh.fileno())  # rewritten in place while read: same size, another mtime
    if len(data) != st.st_size or after.st_size != st.st_size or after.st_mtime_ns != st.st_mtime_ns:
        raise OSError(0, "file changed while being scanned")
    return data
