"""The choice of executor for a sweep, from the command line's ``--scheduler`` / ``--workers``."""

from __future__ import annotations

from pii_scanner.sweeps.engine import Executor
from pii_scanner.sweeps.local_executor import LocalExecutor


def make_executor(scheduler: str | None = None, workers: int | None = None) -> Executor:
    """A Dask executor for ``--scheduler`` (or ``--workers N`` with Dask installed), else the local pool."""
    from pii_scanner.sweeps.dask_executor import DaskExecutor, wants_cluster

    if wants_cluster(scheduler, workers):
        return DaskExecutor(scheduler=scheduler, workers=workers)
    return LocalExecutor()
