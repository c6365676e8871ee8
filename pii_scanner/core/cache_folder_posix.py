"""POSIX part of :mod:`pii_scanner.core.data_cache`: the cache folder and its files are used only when
nobody but the user (or root) could have written them.

Whoever can write a cache file decides what later scans find: the regex cache holds compiled engine
code, the lexicon cache the words of the special categories. So a cache is refused (the caller then
computes, as without a cache) when

- the cache folder or a file in it is a symbolic link (opened with ``O_NOFOLLOW``: a link planted after
  the check is not followed either),
- the folder or a file is not owned by the user, or can be written by group or others,
- a folder above it (symbolic links resolved) belongs to someone other than the user or root, or can be
  written by group or others without the sticky bit (``/tmp`` is fine: there nobody can rename or
  remove another's entries).

The checks are made on the open descriptors (``fstat``), and files are read, written and renamed
relative to the folder's descriptor, so nothing can be swapped between check and use.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import stat
from pathlib import Path

_LOOSE = stat.S_IWGRP | stat.S_IWOTH


class Untrusted(Exception):
    """The cache is not used; the message says why, without the path (which may hold a user name)."""


def _flag(name: str) -> int:
    return int(getattr(os, name, 0))


def _owned(st: os.stat_result, what: str) -> None:
    if st.st_uid != os.geteuid():
        raise Untrusted(f"{what} belongs to another user")
    if st.st_mode & _LOOSE:
        raise Untrusted(f"{what} can be written by group or others")


def _ancestors(folder: Path) -> None:
    me = os.geteuid()
    parent = Path(os.path.realpath(folder.parent))
    for above in (*reversed(parent.parents), parent):
        st = os.stat(above)
        if st.st_uid not in (0, me):
            raise Untrusted("a folder above the cache folder belongs to another user")
        if st.st_mode & _LOOSE and not st.st_mode & stat.S_ISVTX:
            raise Untrusted("a folder above the cache folder can be written by group or others")


class Folder:
    """The opened, checked cache folder."""

    def __init__(self, folder: Path, create: bool) -> None:
        if create:
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        _ancestors(folder)
        try:
            fd = os.open(folder, os.O_RDONLY | _flag("O_DIRECTORY") | _flag("O_NOFOLLOW") | _flag("O_CLOEXEC"))
        except OSError as exc:
            if os.path.islink(folder):
                raise Untrusted("the cache folder is a symbolic link") from None
            raise exc
        try:
            st = os.fstat(fd)
            if not stat.S_ISDIR(st.st_mode):
                raise Untrusted("the cache folder is not a folder")
            _owned(st, "the cache folder")
        except BaseException:
            os.close(fd)
            raise
        self._fd = fd

    def close(self) -> None:
        os.close(self._fd)

    def __enter__(self) -> Folder:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def read(self, name: str) -> bytes:
        """The bytes of a file in the folder; FileNotFoundError when there is none, Untrusted when it is not
        the user's own regular file."""
        try:
            fd = os.open(
                name, os.O_RDONLY | _flag("O_NOFOLLOW") | _flag("O_CLOEXEC") | _flag("O_NONBLOCK"), dir_fd=self._fd
            )
        except OSError as exc:
            if exc.errno in (errno.ELOOP, errno.EMLINK):  # O_NOFOLLOW met a link (EMLINK on FreeBSD)
                raise Untrusted("a cache file is a symbolic link") from None
            raise
        with os.fdopen(fd, "rb") as fh:
            st = os.fstat(fh.fileno())
            if not stat.S_ISREG(st.st_mode):
                raise Untrusted("a cache file is not a regular file")
            _owned(st, "a cache file")
            return fh.read()

    def write(self, name: str, data: bytes) -> None:
        """Write ``name`` atomically (a reader sees the old file, none, or the whole new one)."""
        tmp = f".tmp-{secrets.token_hex(8)}.bin"
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | _flag("O_NOFOLLOW") | _flag("O_CLOEXEC")
        fd = os.open(tmp, flags, 0o600, dir_fd=self._fd)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            os.replace(tmp, name, src_dir_fd=self._fd, dst_dir_fd=self._fd)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp, dir_fd=self._fd)
            raise
