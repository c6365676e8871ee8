"""Second red-team hold-out (v2): builders for benchmarks/data/redteam/holdout2/ (see its README section)."""
