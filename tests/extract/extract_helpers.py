"""Run the real pipeline (extract + detect) over one file, without NER, in this process."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from pii_scanner.core.config import ScanConfig
from pii_scanner.core.model import ItemResult
from pii_scanner.pipeline import Processor
from pii_scanner.sources.files import file_item

CONFIG = ScanConfig().with_(ner__enabled=False, workers=1)


_BUILT: dict[str, Processor] = {}


def processor(config: ScanConfig = CONFIG) -> Processor:
    key = repr(config)  # the config holds dicts, so it is not hashable
    if key not in _BUILT:
        # Extraction + detection only: the content classifiers (another stage) are tested elsewhere.
        _BUILT[key] = replace(Processor.build(config), hooks=())
    return _BUILT[key]


def scan_file(path: Path, config: ScanConfig = CONFIG) -> list[ItemResult]:
    return processor(config).process(file_item(path))


def found(results: list[ItemResult]) -> set[tuple[str, str, str | None]]:
    """(entity, normalized value, part label) over a file and all its members."""
    return {(f.entity_type, f.normalized, f.part) for r in results for f in r.findings}


def entities(results: list[ItemResult]) -> set[tuple[str, str]]:
    return {(e, v) for e, v, _p in found(results)}
