"""Counts only: how much of the v19 identifier set occurs verbatim in the project's other JSONL data files and in tests/.

    python -m benchmarks.redteam.holdout19.independence

v10's counting functions with v19's file; no text of either side is printed.
"""

from __future__ import annotations

from benchmarks.redteam.holdout10 import independence as v10
from benchmarks.redteam.holdout19.build_identifiers import OUT

shared_lines = v10.shared_lines


def main() -> None:
    v10.main(OUT)


if __name__ == "__main__":
    main()
