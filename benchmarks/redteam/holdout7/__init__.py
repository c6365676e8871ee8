"""Red-team hold-out v7: a sealed set written for session 8 (see benchmarks/data/redteam/README.md)."""
