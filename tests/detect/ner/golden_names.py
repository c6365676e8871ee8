"""What the offline recognizer's golden tables share: the names a finder gives, each checked to be the text at
its offsets (the ``finder`` fixture, on both paths, is in conftest.py)."""

from __future__ import annotations

from pii_scanner.detect.ner.fallback import FallbackNameFinder


def names(finder: FallbackNameFinder, text: str) -> list[str]:
    found = finder.find(text)
    assert all(text[f.start : f.end] == f.value and f.entity_type == "PERSON" for f in found)
    return [f.value for f in found]
