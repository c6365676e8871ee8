"""Counts only: how much of the v11 set occurs verbatim in the project's other JSONL data files and in tests/.

    python -m benchmarks.redteam.holdout11.independence

Prints the number of distinct lines (25 characters or more) found verbatim elsewhere and the share of distinct
word 5-grams found in the other data files; no text of either side is printed.
"""

from __future__ import annotations

from benchmarks.redteam.holdout10 import independence as v10
from benchmarks.redteam.holdout11.build_identifiers import OUT

shared_lines = v10.shared_lines


def main() -> None:
    v10.main(OUT)


if __name__ == "__main__":
    main()
