"""Third red-team hold-out (v3, sealed until the end of its session): builders for benchmarks/data/redteam/holdout3/."""
