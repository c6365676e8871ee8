"""``pii-scanner schedule``: render a systemd service+timer, a cron line or a Windows Task XML."""

from __future__ import annotations

import click

from pii_scanner.cli.common import handle_errors
from pii_scanner.sweeps.schedule import KINDS
from pii_scanner.sweeps.schedule import schedule as render_schedule


@click.command("schedule")
@click.option("--config", "config_path", required=True, type=click.Path(dir_okay=False))
@click.option("--kind", type=click.Choice(KINDS), default="systemd", show_default=True)
@click.option("--at", default="02:00", show_default=True, help="Time of day HH:MM.")
@click.option("--db", default=None, help="Index URL passed to the sweep.")
@click.option("--user", default=None, help="Run as this user.")
@click.option("--output-dir", type=click.Path(file_okay=False), default=None, help="Write the files here.")
@handle_errors
def schedule(config_path: str, kind: str, at: str, db: str | None, user: str | None, output_dir: str | None) -> None:
    """Print (or write) the scheduler definition of a nightly sweep."""
    files = render_schedule(config_path, kind=kind, at=at, db=db, user=user, output_dir=output_dir, check_config=True)
    for name, text in files.items():
        click.echo(f"# --- {name}" if output_dir is None else f"wrote {output_dir}/{name}")
        if output_dir is None:
            click.echo(text)
