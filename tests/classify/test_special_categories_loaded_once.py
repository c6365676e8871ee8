"""The special-category tables are built once per process: the content hooks ask for them with the
configured folder (None by default), the category model and the excerpts without one."""

from __future__ import annotations

from pii_scanner.classify import category_model, special_categories
from pii_scanner.classify.special_categories import load_special_categories


def test_with_or_without_none_the_same_tables() -> None:
    assert load_special_categories() is load_special_categories(None)
    assert category_model._cues() is load_special_categories(None).cues


def test_one_build_for_both() -> None:
    special_categories._load_special_categories.cache_clear()
    load_special_categories(None)
    load_special_categories()
    assert special_categories._load_special_categories.cache_info().misses == 1
