"""Stage 2: bytes -> text parts, child items and encryption state. Never raises for bad input."""

from pii_scanner.extract.walk import extract_one, walk

__all__ = ["extract_one", "walk"]
