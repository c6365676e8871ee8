"""Helpers the source tests share: a sweep configuration file around one ``[[sources]]`` table."""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any


def findings_and_dump(index: Path) -> tuple[list[dict[str, Any]], str]:
    """The findings of a swept index and the whole index as text (to look for plaintext in)."""
    from pii_scanner.store import open_store

    with open_store(str(index)) as store:
        return store.rows("findings"), json.dumps(store.dump(), default=str)


def sweep_toml(folder: Path, source: Mapping[str, Any], *, db: Path | str | None = None, fast: bool = False) -> Path:
    """``folder/sweep.toml`` with ``source`` as its one [[sources]] table (values written as JSON, which
    TOML reads alike for text, numbers, booleans and lists); ``db`` the index, ``fast`` one worker, no NER."""
    lines = ["[scan]", "workers = 1", "[scan.ner]", "enabled = false"] if fast else []
    if db is not None:
        lines += ["[store]", f"db = {json.dumps(str(db))}"]
    lines += ["[[sources]]", *(f"{key} = {json.dumps(value)}" for key, value in source.items())]
    path = folder / "sweep.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
