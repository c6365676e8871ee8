"""The data cache of parsed lexicons: same values as parsing, rebuilt when damaged or stale, never required."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from pii_scanner.classify import terms
from pii_scanner.classify.content import combined_terms
from pii_scanner.classify.special_categories import category_tagged
from pii_scanner.core import data_cache
from pii_scanner.core.data_cache import remembered


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    where = tmp_path / "cache"
    monkeypatch.setenv("PII_SCANNER_CACHE_DIR", str(where))
    return where


def test_kept_and_read_back(folder: Path) -> None:
    built: list[int] = []

    def build() -> dict[str, object]:
        built.append(1)
        return {"a": [1, 2.5, None, True], "b": ("x", "æøå")}

    first = remembered("t", (b"k",), build)
    second = remembered("t", (b"k",), build)
    assert first == second == {"a": [1, 2.5, None, True], "b": ("x", "æøå")}
    assert built == [1]
    assert len(list(folder.glob("t-*.bin"))) == 1
    remembered("t", (b"other",), build)  # another key: built again, its own file
    assert built == [1, 1] and len(list(folder.glob("t-*.bin"))) == 2


def test_damaged_file_is_rebuilt(folder: Path) -> None:
    remembered("t", (b"k",), lambda: [1, 2, 3])
    (file,) = folder.glob("t-*.bin")
    for damage in (b"", b"\x00garbage", file.read_bytes()[:-3]):
        file.write_bytes(damage)
        assert remembered("t", (b"k",), lambda: [1, 2, 3]) == [1, 2, 3]
        assert remembered("t", (b"k",), lambda: [9]) == [1, 2, 3]  # written again whole


def test_no_folder_or_unwritable_folder_still_builds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PII_SCANNER_CACHE_DIR", "")
    assert remembered("t", (b"k",), lambda: 5) == 5
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("PII_SCANNER_CACHE_DIR", str(blocked / "sub"))
    assert remembered("t", (b"k",), lambda: 6) == 6


def test_values_that_are_not_plain_data_are_not_kept(folder: Path) -> None:
    value = remembered("t", (b"k",), lambda: {"f": object})
    assert value == {"f": object}
    assert not list(folder.glob("t-*.bin")) if folder.exists() else True


@pytest.mark.skipif(os.name == "nt", reason="POSIX modes")
def test_folder_is_private(folder: Path) -> None:
    remembered("t", (b"k",), lambda: 1)
    assert folder.stat().st_mode & 0o077 == 0


def test_lexicons_from_the_cache_are_the_parsed_ones(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    tagged = category_tagged()
    monkeypatch.setenv("PII_SCANNER_CACHE_DIR", "")
    parsed = terms.TermSet.build(tagged)
    monkeypatch.setenv("PII_SCANNER_CACHE_DIR", str(folder))
    terms._from_row.cache_clear()
    written = terms.TermSet.build(tagged)  # parses, writes
    read = terms.TermSet.build(tagged)  # reads
    assert list(folder.glob("terms-*.bin"))
    for other in (written, read):
        assert other.exact == parsed.exact and other.stems == parsed.stems and other.firsts == parsed.firsts
    text = "Hun er sygemeldt med stress og medlem af 3F; lønseddel for marts. " * 5
    assert read.scan(text) == parsed.scan(text)
    terms.load_yaml.cache_clear()
    try:
        yaml_written = terms.load_yaml("special_categories.yaml")
        terms.load_yaml.cache_clear()
        yaml_read = terms.load_yaml("special_categories.yaml")
    finally:
        terms.load_yaml.cache_clear()
    monkeypatch.setenv("PII_SCANNER_CACHE_DIR", "")
    assert yaml_written == yaml_read == terms.load_yaml("special_categories.yaml")
    terms.load_yaml.cache_clear()


def test_a_changed_lexicon_is_parsed_afresh(folder: Path, tmp_path: Path) -> None:
    lexicons = tmp_path / "recognizers"
    lexicons.mkdir()
    (lexicons / "risk.yaml").write_text("levels: {high: 3}\n", encoding="utf-8")
    assert terms.load_yaml("risk.yaml", str(lexicons)) == {"levels": {"high": 3}}
    terms.load_yaml.cache_clear()
    (lexicons / "risk.yaml").write_text("levels: {high: 4}\n", encoding="utf-8")
    assert terms.load_yaml("risk.yaml", str(lexicons)) == {"levels": {"high": 4}}
    terms.load_yaml.cache_clear()
    assert combined_terms().firsts  # the shipped lexicons still load
    assert data_cache.cache_folder() == folder
