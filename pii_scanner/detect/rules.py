"""Declarative recognizer data (top-level ``recognizers/`` folder): context words and scores.

Loaded once per folder and shared read-only; updating the YAML needs no code change.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from pii_scanner.core.entities import NATIONAL_IDS, is_known
from pii_scanner.core.entities import entity as catalogue_entry
from pii_scanner.core.errors import ConfigError
from pii_scanner.core.resources import data_dir


@dataclass(frozen=True)
class ContextWords:
    """Compiled positive and negative context word patterns for one entity."""

    positive: re.Pattern[str] | None
    negative: re.Pattern[str] | None
    both: re.Pattern[str] | None = None  # one pass: group "p" positive, group "n" negative


def _both(positive: list[str], negative: list[str]) -> re.Pattern[str] | None:
    if not positive and not negative:
        return None
    parts = []
    for group, words in (("p", positive), ("n", negative)):
        if words:
            alternatives = "|".join(re.escape(w.casefold()) for w in sorted(set(words), key=len, reverse=True))
            parts.append(f"(?P<{group}>{alternatives})")
    return re.compile(rf"(?<![\w-])(?:{'|'.join(parts)})(?![\w])")


def _word_regex(words: list[str]) -> re.Pattern[str] | None:
    if not words:
        return None
    # Longest first so "cpr-nr" wins over "cpr"; whole words only (not inside other words).
    alternatives = "|".join(re.escape(w.casefold()) for w in sorted(set(words), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w])")


@dataclass(frozen=True)
class Rules:
    context: dict[str, ContextWords]
    scores: dict[str, Any]

    source: str = "scores.yaml"  # where the scores were read from, for error messages

    def score(self, entity: str, key: str, default: float | None = None) -> float:
        """The score of one reading; a missing one falls back to ``default``, else to the
        catalogue's base score for the entity."""
        table = self.scores.get(entity)
        if isinstance(table, dict) and key in table:
            return self._number(table[key], f"{entity}.{key}")
        if default is not None:
            return default
        if is_known(entity):
            return catalogue_entry(entity).base_score
        raise ConfigError(f"{self.source}: no score {entity}.{key} and {entity!r} is not in the entity catalogue")

    def setting(self, key: str, name: str | None = None) -> float:
        """A top-level number (``context_boost``) or one of a table (``table.neighbours``)."""
        value: Any = self.scores.get(key)
        label = key
        if name is not None:
            value = value.get(name) if isinstance(value, dict) else None
            label = f"{key}.{name}"
        if value is None:
            raise ConfigError(f"{self.source}: missing setting {label}")
        return self._number(value, label)

    def _number(self, value: Any, label: str) -> float:
        try:
            return float(value)
        except (TypeError, ValueError):
            raise ConfigError(f"{self.source}: {label} must be a number, got {value!r}") from None

    @property
    def context_boost(self) -> float:
        return self.setting("context_boost")


def _flatten(by_language: dict[str, list[str]] | None, languages: tuple[str, ...]) -> list[str]:
    if not by_language:
        return []
    return [str(w) for lang, words in by_language.items() if lang in languages for w in words or []]


@cache
def load_rules(folder: str | None = None, languages: tuple[str, ...] = ("da", "sv", "nb", "fi", "en")) -> Rules:
    base = Path(folder) if folder else data_dir("recognizers")
    with open(base / "context.yaml", encoding="utf-8") as fh:
        raw_context: dict[str, Any] = yaml.safe_load(fh)
    with open(base / "scores.yaml", encoding="utf-8") as fh:
        scores: dict[str, Any] = yaml.safe_load(fh)
    # Words in "shared_negative" mark a number as not any person's identifier (order, invoice...):
    # they apply to every national-ID entity on top of the entity's own list.
    shared = _flatten(raw_context.pop("shared_negative", None), languages)
    raw_context.pop("national_ids", None)  # older data folders listed them; the catalogue decides now
    national = NATIONAL_IDS
    context: dict[str, ContextWords] = {}
    for entity, spec in raw_context.items():
        positive = _flatten(spec.get("positive"), languages)
        negative = _flatten(spec.get("negative"), languages) + (shared if entity in national else [])
        context[entity] = ContextWords(_word_regex(positive), _word_regex(negative), _both(positive, negative))
    return Rules(context=context, scores=scores or {}, source=str(base / "scores.yaml"))
