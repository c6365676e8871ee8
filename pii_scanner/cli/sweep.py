"""``pii-scanner sweep``: sweep configured sources and/or PATHs into the index.

Exit codes (for schedulers): 0 ok, 1 new policy violations, 2 error, 3 another sweep of the same
configuration is running, 4 some sources failed or had a mass removal held, 5 the DPO summary could
not be sent, 130 interrupted by SIGINT/SIGTERM (what was stored is kept).
"""

from __future__ import annotations

import sys

import click

from pii_scanner.cli.common import build_config, handle_errors, log_event, refuse_empty_paths
from pii_scanner.sweeps.engine import sweep as run_sweep
from pii_scanner.sweeps.executors import make_executor


@click.command("sweep")
@click.argument("paths", nargs=-1, required=False)
@click.option(
    "--config",
    "config_path",
    type=click.Path(dir_okay=False, exists=True),
    default=None,
    help="Sweep configuration (TOML: [scan], [store], [retention], [notify], [[sources]]).",
)
@click.option("--db", default=None, help="Index URL: a SQLite path or postgresql://... (default: user data dir).")
@click.option(
    "--origin",
    type=click.Choice(["local", "removable", "share"]),
    default=None,
    help="Where ad-hoc PATHs live (local drive, removable media, file share).",
)
@click.option(
    "--workers",
    type=click.IntRange(0, 1024),
    default=None,
    help="Worker processes: a Dask LocalCluster of N (with the 'dask' extra; else a process pool).",
)
@click.option("--scheduler", default=None, help="Run on an existing Dask cluster (tcp://HOST:8786), or 'local'.")
@click.option("--no-ner", is_flag=True, help="Skip name recognition.")
@click.option("--no-notify", is_flag=True, help="Do not mail the DPO summary even if [notify] is set.")
@click.option(
    "--allow-mass-removal",
    is_flag=True,
    help="Apply removals even when more than sweep.max_removed_share of a source's items vanished.",
)
@handle_errors
def sweep(
    paths: tuple[str, ...],
    config_path: str | None,
    db: str | None,
    origin: str | None,
    workers: int | None,
    scheduler: str | None,
    no_ner: bool,
    no_notify: bool,
    allow_mass_removal: bool,
) -> None:
    """Sweep PATHs and/or the sources of --config into the findings index (incremental)."""
    refuse_empty_paths(paths)
    if origin and not paths:  # it marks the PATHs given here; it was ignored without a word
        raise click.UsageError(
            "--origin marks the PATHs given on the command line; set origin = ... in each [[sources]] table"
        )
    overrides = {"workers": workers, "ner__enabled": False if no_ner else None}
    config, _doc = build_config(config_path, **overrides)
    result = run_sweep(
        list(paths) or None,
        config_path=config_path,
        db=db,
        config=config,
        origin=origin,
        events=log_event,
        notify=not no_notify,
        executor=make_executor(scheduler, workers),
        allow_mass_removal=True if allow_mass_removal else None,
    )
    sys.exit(result.exit_code)
