"""Strip outputs and execution counts from notebooks before committing (the tests refuse them).

.venv/bin/python notebooks/strip_outputs.py notebooks/*.ipynb
"""

from __future__ import annotations

import sys

import nbformat


def strip(path: str) -> bool:
    book = nbformat.read(path, as_version=4)
    changed = False
    for cell in book.cells:
        if cell.cell_type == "code" and (cell.get("outputs") or cell.get("execution_count") is not None):
            cell.outputs, cell.execution_count, changed = [], None, True
    book.metadata.pop("widgets", None)
    if changed:
        nbformat.write(book, path)
    return changed


if __name__ == "__main__":
    for p in sys.argv[1:]:
        if strip(p):
            print(f"stripped {p}")
