"""Typed exceptions. Library code raises these; the CLI maps them to messages and exit codes.

Messages must never contain a plaintext identifier.
"""

from __future__ import annotations


class PiiScannerError(Exception):
    """Base class of every error the library raises on purpose."""

    exit_code = 2


class ConfigError(PiiScannerError):
    """A configuration file or option is wrong."""


class FingerprintKeyError(PiiScannerError):
    """The fingerprint key cannot be read or created."""


class SourceError(PiiScannerError):
    """A source (mailbox, share, server) cannot be reached or read."""


class SourceUnavailable(SourceError):
    """A source's root is missing or cannot be listed: the source failed, nothing is marked removed."""


class ExtractionError(PiiScannerError):
    """An item could not be turned into text; becomes the item's error record."""


class LimitExceeded(ExtractionError):
    """A safety limit (size, depth, ratio, time, entity expansion) was hit."""


class StoreError(PiiScannerError):
    """The findings index cannot be opened, migrated or written."""


class SweepLocked(StoreError):
    """Another sweep of the same configuration is running."""

    exit_code = 3


class InvalidIdentifier(ValueError):
    """An identifier fails validation (python-stdnum's ValidationError, without the dependency)."""


class InvalidFormat(InvalidIdentifier):
    """The identifier has the wrong length or characters."""


class InvalidComponent(InvalidIdentifier):
    """A part of the identifier (date, century, individual number) is impossible."""


class InvalidChecksum(InvalidIdentifier):
    """The check digit(s) do not match."""
