"""How a scan starts its workers: a few small items go to a pool too (a crashing parser ends a worker, not the
scan); a pool's forked
workers share what the scanning process loaded before forking (lingua's models, the classifiers' tables)
instead of each loading its own; and the findings are the same whichever way the items were read."""

from __future__ import annotations

import multiprocessing
import os
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from pii_scanner import pipeline
from pii_scanner.api import scan
from pii_scanner.classify import category_model, special_categories
from pii_scanner.core.config import ScanConfig
from pii_scanner.core.model import Extracted, Item, ItemResult
from pii_scanner.detect.ner import langid
from pii_scanner.pipeline import LOOK_AHEAD, look_ahead, short_items
from pii_scanner.samples.synthetic import generate_document

FORK = multiprocessing.get_start_method() == "fork"


def _item(name: str, size: int | None) -> Item:
    return Item(location=f"file:///s/{name}", path=f"/s/{name}", name=name, size=size)


def _key(r: ItemResult) -> tuple[Any, ...]:
    return (
        r.item.location,
        r.mime,
        r.error,
        tuple(r.languages),
        tuple(r.categories),
        r.doc_type,
        r.risk,
        tuple((f.entity_type, f.start, f.end, f.normalized, f.score, f.part) for f in r.findings),
    )


def _share(root: Path, files: int, seed: int = 3) -> Path:
    """Text files from a few words (lingua needs all its models for those) to a few KB, in folders."""
    rng = random.Random(seed)
    for i in range(files):
        folder = root / f"d{i % 5}"
        folder.mkdir(parents=True, exist_ok=True)
        size = rng.choice((60, 150, 400, 2500))
        (folder / f"n{i:03d}.txt").write_text(generate_document(rng, size, prose=0.6).text, encoding="utf-8")
    return root


# --- look_ahead ------------------------------------------------------------------------------------
def test_look_ahead_gives_every_item_in_order() -> None:
    items = [_item(f"f{i}.txt", i) for i in range(LOOK_AHEAD + 5)]
    first, every = look_ahead(iter(items))
    assert first == items[:LOOK_AHEAD]
    assert list(every) == items


def test_a_source_error_met_ahead_comes_after_the_items_before_it() -> None:
    def source() -> Iterator[Item]:
        yield _item("a.txt", 1)
        yield _item("b.txt", 1)
        raise ConnectionError("the share went away")

    first, every = look_ahead(source())
    assert [i.name for i in first] == ["a.txt", "b.txt"]
    assert next(every).name == "a.txt"
    assert next(every).name == "b.txt"
    with pytest.raises(ConnectionError):
        next(every)


# --- the decisions ----------------------------------------------------------------------------------
def test_short_items() -> None:
    big = pipeline.SHORT_TEXT_FILE
    assert not short_items([_item("a.txt", big), _item("b.csv", 10 * big)])
    assert short_items([_item("a.txt", big), _item("b.txt", big - 1)])
    assert short_items([_item("a.txt", big), _item("b.odt", pipeline.SMALL_DOCUMENT - 1)])  # a few lines
    assert not short_items([_item("a.docx", pipeline.SMALL_DOCUMENT), _item("box.mbox", 10**7)])
    assert short_items([_item("a.txt", big), _item("message", None)])
    assert not short_items([])


# --- where the items are read -------------------------------------------------------------------------
def _pools(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    started: list[int] = []
    real = pipeline._worker_pool

    def recording(workers: int, config: ScanConfig, ahead: Any = ()) -> Any:
        started.append(workers)
        return real(workers, config, ahead)

    monkeypatch.setattr(pipeline, "_worker_pool", recording)
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    return started


def test_a_few_small_files_still_go_to_a_pool(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = _share(tmp_path / "s", 6)
    started = _pools(monkeypatch)
    results = list(scan([root]))
    assert started == [2] and len(results) == 6
    assert list(scan([root], ScanConfig(workers=1))) and started == [2]  # asked for one: no pool


def test_many_files_get_a_pool_with_the_same_findings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = _share(tmp_path / "s", LOOK_AHEAD + 6)
    started = _pools(monkeypatch)
    pooled = [_key(r) for r in scan([root])]
    assert started == [2]
    alone = [_key(r) for r in scan([root], ScanConfig(workers=1))]
    assert pooled == alone and any(k[-1] for k in alone)


# --- what forked workers load -------------------------------------------------------------------------
_LOADERS = (langid._detector, special_categories._genders, category_model._cues)


@pytest.mark.skipif(not FORK, reason="workers share their parent's memory only when forked")
def test_forked_workers_load_nothing_the_parent_loaded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """lingua's models and the classifiers' tables are loaded once, before the pool forks: the workers'
    counts of loads are their parent's (a worker that loaded one itself would count one more)."""
    root = _share(tmp_path / "s", 12)
    for loader in _LOADERS:
        loader.cache_clear()
    monkeypatch.setattr(langid, "PRELOADS", 0)
    hooks = pipeline._classifier_hooks

    def counted(config: ScanConfig) -> tuple[Any, ...]:
        def count(result: ItemResult, extracted: Extracted) -> None:
            loads = tuple(loader.cache_info().misses for loader in _LOADERS)
            result.metadata["loads"] = (os.getpid(), langid.PRELOADS, loads)

        return (*hooks(config), count)

    monkeypatch.setattr(pipeline, "_classifier_hooks", counted)
    results = list(scan([root], ScanConfig(workers=2)))
    parent = [loader.cache_info().misses for loader in _LOADERS]
    assert parent == [1, 1, 1] and langid.PRELOADS == 1  # loaded here, before the pool forked
    seen = {r.metadata["loads"] for r in results}
    assert {pid for pid, _, _ in seen}.isdisjoint({os.getpid()})  # read in the workers
    assert {(preloads, loads) for _, preloads, loads in seen} == {(1, (1, 1, 1))}


@pytest.mark.skipif(not FORK, reason="workers share their parent's memory only when forked")
def test_long_plain_texts_do_not_load_all_of_lingua(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Only what the items may need: plain texts too long for lingua's short-text models do not load them."""
    rng = random.Random(5)
    for i in range(3):
        (tmp_path / f"t{i}.txt").write_text(generate_document(rng, 4000, prose=0.8).text, encoding="utf-8")
    monkeypatch.setattr(langid, "PRELOADS", 0)
    assert list(scan([tmp_path], ScanConfig(workers=2)))
    assert langid.PRELOADS == 0
