"""Markup of the v19 hand banks: the v10 markup, unchanged (``⟦category|sentence⟧`` labels a revealing sentence,
``health+genetic`` for two; ``{{A||B}}`` a minimal pair, A revealing and B not)."""

from __future__ import annotations

from benchmarks.redteam.holdout10.cats10_markup import render, variants

__all__ = ["render", "variants"]
