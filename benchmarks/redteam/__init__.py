"""Red-team evaluation data: generators for the independent sets in benchmarks/data/redteam/."""
