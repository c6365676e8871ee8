"""Sweeps: the engine (incremental, crash-safe), its executors (local, Dask), scheduling and notification."""
