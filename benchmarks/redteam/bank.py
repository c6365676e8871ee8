"""Reading a bank of hand-written documents and writing a set: shared by the red-team set builders."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path


def split_bank(text: str) -> list[tuple[str, str, str]]:
    """The documents of a bank text as ``(family, lang, markup)``: a line ``=== family lang`` starts each
    document; text before the first such line is ignored and blank lines around a document are dropped."""
    docs: list[tuple[str, str, str]] = []
    current: list[str] | None = None
    family = lang = ""
    for line in text.split("\n"):
        if line.startswith("=== "):
            if current is not None:
                docs.append((family, lang, "\n".join(current).strip("\n")))
            family, lang = line[4:].split()
            current = []
        elif current is not None:
            current.append(line)
    if current is not None:
        docs.append((family, lang, "\n".join(current).strip("\n")))
    return docs


def write_jsonl(docs: Iterable[dict[str, object]], path: Path) -> int:
    """Write one JSON document a line (UTF-8, not ASCII-escaped, as the committed sets are); the count."""
    path.parent.mkdir(parents=True, exist_ok=True)
    n = 0
    with path.open("w", encoding="utf-8") as fh:
        for doc in docs:
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
            n += 1
    return n
