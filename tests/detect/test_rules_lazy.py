"""Context patterns for text whose lower-casing changes its length are compiled on first use, and are the
patterns start-up used to compile for every entity."""

from __future__ import annotations

import re

from pii_scanner.core.config import DetectConfig
from pii_scanner.detect import Engine, rules
from pii_scanner.detect.rules import _both, load_rules


def test_any_case_patterns_are_the_eager_ones() -> None:
    loaded = load_rules()
    for words in loaded.context.values():
        positive, negative = words.words
        eager = _both(list(positive), list(negative), re.IGNORECASE)
        lazy = words.both_any_case
        assert (eager is None) == (lazy is None)
        if eager is not None and lazy is not None:
            assert (lazy.pattern, lazy.flags) == (eager.pattern, eager.flags)


def test_not_compiled_at_start_up_and_used_on_odd_text() -> None:
    rules._both_any_case.cache_clear()
    load_rules.cache_clear()
    engine = Engine(DetectConfig(entities=("DK_CPR",)))
    assert rules._both_any_case.cache_info().currsize == 0
    found = engine.detect("Kunde İlhan Yıldız, CPR-nr. 010190-1234")
    assert found and found[0].explanation.context
    assert rules._both_any_case.cache_info().currsize >= 1
