"""Typed exceptions. Library code raises these; the CLI maps them to messages and exit codes.

Messages must never contain a plaintext identifier.
"""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """The exit codes of every verb (README "Exit codes"). Schedulers count only 0 and 1 as success."""

    OK = 0  # nothing found, all clean
    FOUND = 1  # findings, policy violations or traces remaining
    USAGE = 2  # usage, configuration or index error: nothing (more) was done
    LOCKED = 3  # another sweep of the same configuration holds the lock, or another process the SQLite index's
    PARTIAL = 4  # something could not be read (a source, a path, an item); the rest was processed
    NOTIFY_FAILED = 5  # done (a sweep, an erasure recorded), but its report (the DPO mail, an -o file) not delivered
    TAMPERED = 6  # `audit verify`: the audit log's hash chain is broken (rows changed, removed or inserted)
    INTERNAL = 70  # a bug: an unexpected exception (EX_SOFTWARE); never reported as "findings"
    INTERRUPTED = 130  # stopped by Ctrl-C / SIGINT


class PiiScannerError(Exception):
    """Base class of every error the library raises on purpose."""

    exit_code: int = ExitCode.USAGE


class ConfigError(PiiScannerError):
    """A configuration file or option is wrong."""


class FingerprintKeyError(PiiScannerError):
    """The fingerprint key cannot be read or created."""


class FingerprintKeyMismatch(FingerprintKeyError):
    """The index's fingerprints were made with another key: nothing in it would match."""


class SourceError(PiiScannerError):
    """A source (mailbox, share, server) cannot be reached or read."""

    exit_code = ExitCode.PARTIAL


class SourceUnavailable(SourceError):
    """A source's root is missing or cannot be listed: the source failed, nothing is marked removed."""


class SourceConnectionLost(OSError):
    """The connection to a source's server broke while an item was read, and could not be made again: the
    item's error, and the source fails (nothing marked removed) rather than ending "ok" with files unread."""


# ItemResult.metadata key of an item whose read lost the source's connection (the sweep fails the source).
SOURCE_LOST = "source_lost"


class ExtractionError(PiiScannerError):
    """An item could not be turned into text; becomes the item's error record."""


class LimitExceeded(ExtractionError):
    """A safety limit (size, depth, ratio, time, entity expansion) was hit."""


class StoreError(PiiScannerError):
    """The findings index cannot be opened, migrated or written."""


class IndexCorrupt(StoreError):
    """The index file exists but is not a readable database (damaged, truncated, not SQLite)."""


class IndexMissing(StoreError):
    """A read-only verb was pointed at an index that does not exist (it is never created for reading)."""


class SweepLocked(StoreError):
    """Another sweep of the same configuration is running."""

    exit_code = ExitCode.LOCKED


class IndexBusy(StoreError):
    """Another process (not a sweep: a console, a backup, an ``sqlite3`` shell) held a write lock on the
    SQLite index longer than the busy timeout: nothing more was written; run again when it is free."""

    exit_code = ExitCode.LOCKED


class InvalidIdentifier(ValueError):
    """An identifier fails validation (python-stdnum's ValidationError, without the dependency)."""


class InvalidFormat(InvalidIdentifier):
    """The identifier has the wrong length or characters."""


class InvalidComponent(InvalidIdentifier):
    """A part of the identifier (date, century, individual number) is impossible."""


class InvalidChecksum(InvalidIdentifier):
    """The check digit(s) do not match."""


def exit_code_of(exc: BaseException) -> int:
    """The exit code the CLI ends with for ``exc`` (README "Exit codes"), click's own errors aside.

    One mapping for the process and for the run row a sweep stores when it ends in ``exc``: the row said 2
    ("nothing was done") while the process exited 70, 130 or the error's own code.
    """
    if isinstance(exc, PiiScannerError):
        return int(exc.exit_code)
    if isinstance(exc, KeyboardInterrupt):
        return ExitCode.INTERRUPTED
    if isinstance(exc, SystemExit):  # sys.exit(code) in a plug-in: the process ends with that code
        return exc.code if isinstance(exc.code, int) else int(exc.code is not None)
    if isinstance(exc, OSError) and exc.errno is not None:  # an output file or folder the user named
        return ExitCode.USAGE
    return ExitCode.INTERNAL  # a bug: never 1, which would read as "findings"
