"""The recognizer rules read their YAML files and their context words' tries from the data cache when an
earlier process made them: a later load parses and builds neither, and gives the same Rules (every
pattern's source, every score, label word and date); a changed file is read afresh."""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

import pytest

from pii_scanner.core import resources
from pii_scanner.core.resources import data_dir
from pii_scanner.detect import rules


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    where = tmp_path / "cache"
    monkeypatch.setenv("PII_SCANNER_CACHE_DIR", str(where))
    return where


def _counted(monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    counts = {"trie": 0, "yaml": 0}
    trie, parse = rules._trie, resources.safe_yaml

    def counted_trie(words: set[str]) -> str:
        counts["trie"] += 1
        return trie(words)

    def counted_yaml(stream: Any) -> Any:
        counts["yaml"] += 1
        return parse(stream)

    monkeypatch.setattr(rules, "_trie", counted_trie)
    monkeypatch.setattr(resources, "safe_yaml", counted_yaml)
    return counts


def _shape(found: rules.Rules) -> object:
    """Everything a Rules holds, patterns by source and flags (compiled objects compare by identity)."""

    def plain(value: object) -> object:
        if isinstance(value, re.Pattern):
            return ("re", value.pattern, value.flags)
        if isinstance(value, dict):
            return sorted((str(k), plain(v)) for k, v in value.items())
        if isinstance(value, (list, tuple)):
            return [plain(v) for v in value]
        if isinstance(value, frozenset):
            return sorted(map(str, value))
        if hasattr(value, "__dataclass_fields__"):
            return [(name, plain(getattr(value, name))) for name in value.__dataclass_fields__ if name != "_answers"]
        return value

    return plain(found)


def _load(folder_arg: str | None = None) -> rules.Rules:
    rules.load_rules.cache_clear()
    try:
        return rules.load_rules(folder_arg)
    finally:
        rules.load_rules.cache_clear()


def test_a_later_load_builds_no_trie_and_parses_only_what_is_not_plain_data(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    counts = _counted(monkeypatch)
    first = _load()
    assert counts["trie"] > 0 and counts["yaml"] == 5
    counts.update(trie=0, yaml=0)
    second = _load()
    assert counts == {"trie": 0, "yaml": 1}  # dk_cpr.yaml holds dates: no plain data, parsed every time
    assert _shape(second) == _shape(first)
    assert second.mod11_exempt_dates and second.mod11_exempt_dates == first.mod11_exempt_dates


def test_the_kept_rules_are_the_rules_built_without_a_cache(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _load()  # fills the cache
    kept = _load()
    monkeypatch.setenv("PII_SCANNER_CACHE_DIR", "")  # no cache: everything parsed and built
    assert _shape(_load()) == _shape(kept)


def test_a_changed_context_file_is_read_afresh(folder: Path, tmp_path: Path) -> None:
    own = tmp_path / "recognizers"
    shutil.copytree(data_dir("recognizers"), own)
    before = _load(str(own))
    assert before.any_context is not None and "zyxwordq" not in before.any_context.pattern
    context = own / "context.yaml"
    text = context.read_text(encoding="utf-8")
    assert "shared_negative:\n  da: [konto," in text
    context.write_text(
        text.replace("shared_negative:\n  da: [konto,", "shared_negative:\n  da: [zyxwordq, konto,"), "utf-8"
    )
    after = _load(str(own))
    assert after.any_context is not None and "zyxwordq" in after.any_context.pattern
