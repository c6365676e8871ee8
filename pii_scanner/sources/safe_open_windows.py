"""Windows part of :mod:`pii_scanner.sources.safe_open`: no O_NOFOLLOW and no FIFOs in the file
system, so links (symbolic links and junctions) are refused by ``lstat`` before opening and the
opened file is checked to be the same regular file (volume and file index) after."""

from __future__ import annotations

import errno
import os
import stat
from typing import BinaryIO

from pii_scanner.sources.unsafe_file import NOT_REGULAR, SYMLINK, UnsafeFile


def open_regular_windows(path: str | os.PathLike[str]) -> tuple[BinaryIO, os.stat_result]:

    before = os.lstat(path)
    reparse_tag: int = getattr(before, "st_reparse_tag", 0)  # junctions and other reparse points
    if stat.S_ISLNK(before.st_mode) or reparse_tag:
        raise UnsafeFile(errno.ELOOP, SYMLINK, os.fspath(path))
    if not stat.S_ISREG(before.st_mode):
        raise UnsafeFile(errno.EINVAL, NOT_REGULAR, os.fspath(path))
    fh = open(path, "rb")  # noqa: SIM115 - returned to the caller, who closes it
    try:
        st = os.fstat(fh.fileno())
        if not stat.S_ISREG(st.st_mode) or (st.st_dev, st.st_ino) != (before.st_dev, before.st_ino):
            raise UnsafeFile(errno.EINVAL, "replaced while being opened", os.fspath(path))
        return fh, st
    except BaseException:
        fh.close()
        raise
