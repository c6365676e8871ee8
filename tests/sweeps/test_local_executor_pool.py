"""The sweep's local pool starts as the scan's does (one shared helper): its forked workers share the Processor the
coordinator built and warmed (lingua's models and the classifiers' tables loaded once, before the fork), each
worker holds the sweep's item deadline, and the results are those of one worker."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from pii_scanner import pipeline
from pii_scanner.core.config import ScanConfig
from pii_scanner.core.model import Extracted, ItemResult
from pii_scanner.detect.ner import langid
from pii_scanner.sources.files import iter_files
from pii_scanner.sweeps import local_executor
from pii_scanner.sweeps.local_executor import LocalExecutor
from tests.test_pipeline_pool_start import _LOADERS, FORK, _key, _share


def _results(config: ScanConfig, root: Path) -> list[ItemResult]:
    executor = LocalExecutor()
    executor._config = config  # what start() sets from the sweep's job
    try:
        return [r for group in executor._results(iter(iter_files([root]))) for r in group]
    finally:
        executor.close()


@pytest.mark.skipif(not FORK, reason="workers share their parent's memory only when forked")
def test_forked_sweep_workers_share_the_warmed_processor(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = _share(tmp_path / "s", 12, seed=2)  # a short text among the first eight: the look-ahead preloads lingua
    for loader in _LOADERS:
        loader.cache_clear()
    monkeypatch.setattr(langid, "PRELOADS", 0)
    hooks = pipeline._classifier_hooks

    def counted(config: ScanConfig) -> tuple[Any, ...]:
        def count(result: ItemResult, extracted: Extracted) -> None:
            loads = tuple(loader.cache_info().misses for loader in _LOADERS)
            deadline = local_executor._WORKER[1] if local_executor._WORKER is not None else None
            result.metadata["loads"] = (os.getpid(), langid.PRELOADS, loads, deadline)

        return (*hooks(config), count)

    monkeypatch.setattr(pipeline, "_classifier_hooks", counted)
    config = ScanConfig(workers=2).with_(sweep__item_deadline=123.0)
    pooled = _results(config, root)
    parent = [loader.cache_info().misses for loader in _LOADERS]
    assert parent == [1, 1, 1] and langid.PRELOADS == 1  # loaded here, before the pool forked
    seen = {r.metadata["loads"] for r in pooled}
    assert {pid for pid, *_ in seen}.isdisjoint({os.getpid()})  # read in the workers
    assert {tuple(rest) for _, *rest in seen} == {(1, (1, 1, 1), 123.0)}
    alone = _results(ScanConfig(workers=1), root)
    assert [_key(r) for r in pooled] == [_key(r) for r in alone] and len(alone) == 12
