"""Split ONE saved run of ``bench_redteam.py --errors 100000`` on a v18 categories or names file by language,
hand-written / generated and (names) genre, without scanning again: the v9 splitter, whose document id patterns
(``c18-``, ``n18-``) cover this set too.

    python -m benchmarks.redteam.holdout18.names18_splits --set names --data .../holdout18/names.jsonl --output RUN.txt
"""

from __future__ import annotations

from benchmarks.redteam.holdout9.names9_splits import main, split_categories, split_names

__all__ = ["main", "split_categories", "split_names"]

if __name__ == "__main__":
    raise SystemExit(main())
