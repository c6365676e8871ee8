"""``pii-scanner demo``: sweep the bundled synthetic samples and write the minimisation report."""

from __future__ import annotations

import click

from pii_scanner.cli.common import handle_errors, log_event
from pii_scanner.samples.demo import demo as run_demo


@click.command("demo")
@click.option(
    "--workdir",
    type=click.Path(file_okay=False),
    default=None,
    help="Working folder (default: <user data dir>/pii-scanner/demo; recreated).",
)
@click.option("--output", "-o", type=click.Path(dir_okay=False), default=None, help="Report HTML file.")
@click.option("--workers", type=int, default=None)
@handle_errors
def demo(workdir: str | None, output: str | None, workers: int | None) -> None:
    """Scan the bundled sample data (offline) and write the data-minimisation report."""
    result = run_demo(workdir, output=output, workers=workers, events=log_event)
    click.echo(f"Index:  {result.db}")
    click.echo(f"Report: {result.report}")
    s = result.summary
    click.echo(
        f"{s['items_with_personal_data']} items with personal data, {s['past_retention']} past retention, "
        f"{s['removable_and_local']} on removable/local storage, {s['cpr_mail']} CPR mails."
    )
