"""Windows part of :mod:`pii_scanner.core.data_cache`.

Windows has no owner/mode bits to read cheaply and no ``O_NOFOLLOW`` or ``dir_fd``. What is checked: the
cache folder and each cache file must not be a reparse point (a symbolic link or a junction), checked just
before use; a file must be a regular file. Not checked: ownership and the ACL. The default folder is under
``%LOCALAPPDATA%``, whose ACL gives access to the user (and SYSTEM/Administrators) only; a
``PII_SCANNER_CACHE_DIR`` elsewhere must be given the same ACL by whoever sets it (docs/performance.md).
"""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

_REPARSE = 0x400  # FILE_ATTRIBUTE_REPARSE_POINT


class Untrusted(Exception):
    """The cache is not used; the message says why, without the path (which may hold a user name)."""


def _linked(path: Path) -> bool:
    st = os.lstat(path)
    return stat.S_ISLNK(st.st_mode) or bool(getattr(st, "st_file_attributes", 0) & _REPARSE)


class Folder:
    """The checked cache folder."""

    def __init__(self, folder: Path, create: bool) -> None:
        if create:
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        if _linked(folder):
            raise Untrusted("the cache folder is a symbolic link or junction")
        if not folder.is_dir():
            raise Untrusted("the cache folder is not a folder")
        self._folder = folder

    def close(self) -> None:
        pass

    def __enter__(self) -> Folder:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def read(self, name: str) -> bytes:
        path = self._folder / name
        if _linked(path):
            raise Untrusted("a cache file is a symbolic link or junction")
        with open(path, "rb") as fh:
            if not stat.S_ISREG(os.fstat(fh.fileno()).st_mode):
                raise Untrusted("a cache file is not a regular file")
            return fh.read()

    def write(self, name: str, data: bytes) -> None:
        fd, tmp = tempfile.mkstemp(dir=self._folder, prefix=".tmp-", suffix=".bin")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            os.replace(tmp, self._folder / name)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
