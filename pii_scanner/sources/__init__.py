"""Stage 1: yield items (files, archive members, mail messages) with their metadata."""

from pii_scanner.sources.files import file_item, iter_files

__all__ = ["file_item", "iter_files"]
