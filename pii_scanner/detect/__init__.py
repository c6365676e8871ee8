"""Stage 3: text -> findings. Identifier rules in ``identifiers/``, recognizers in ``recognizers/``,
the one-pass engine in :mod:`engine`, the single registration point in :mod:`registry`."""

from pii_scanner.detect.engine import Engine, NameFinder

__all__ = ["Engine", "NameFinder"]
