"""The file ``scan --show-values -o FILE`` writes: it holds plaintext identifiers, so it is always a new
file, owner-only from its first byte. Whatever was at FILE is removed first, never written into: a reader
who opened yesterday's file keeps yesterday's inode, and a link planted at FILE is removed, not followed
(its target is never touched)."""

from __future__ import annotations

import contextlib
import errno
import os
from typing import IO

# O_EXCL: a link or file someone puts back at the name between the removal and the creation makes the
# creation fail (never followed); O_NOFOLLOW says the same where the platform has it.
_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
_ATTEMPTS = 3


def open_private_output(path: str) -> IO[str]:
    """A new file at ``path`` created with mode 0600 (the umask can only take bits away)."""
    for _ in range(_ATTEMPTS):
        with contextlib.suppress(FileNotFoundError):
            if os.path.isdir(path) and not os.path.islink(path):
                raise IsADirectoryError(errno.EISDIR, "is a folder", path)
            os.unlink(path)
        try:
            fd = os.open(path, _FLAGS, 0o600)
        except FileExistsError:  # put back in between: removed once more
            continue
        return open(fd, "w", encoding="utf-8", errors="backslashreplace", newline="")
    raise FileExistsError(errno.EEXIST, "something keeps putting a file back at the output path", path)
