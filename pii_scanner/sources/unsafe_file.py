"""What a safe open refuses, shared by the POSIX and the Windows implementation (no circle between them)."""

from __future__ import annotations

NOT_REGULAR = "not a regular file"
SYMLINK = "a symbolic link (not followed)"


class UnsafeFile(OSError):
    """The path is not (any more) a regular file that may be read."""
