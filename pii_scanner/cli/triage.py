"""``pii-scanner triage``: close findings as false positive, exception or resolved (or reopen)."""

from __future__ import annotations

import click

from pii_scanner.cli.common import handle_errors, index_config_option, log_event
from pii_scanner.policy.triage import triage as record_triage
from pii_scanner.store import TRIAGE_STATUSES


@click.command("triage")
@click.argument("location")
@click.argument("status", type=click.Choice([s.replace("_", "-") for s in TRIAGE_STATUSES]))
@click.option(
    "--fingerprint", "-f", default=None, help="Only this identifier (fingerprint or prefix); default: the whole item."
)
@click.option("--note", "-n", default="", help="Why (kept with the decision and in the audit log).")
@click.option("--who", default=None, help="Who decided (default: the OS user).")
@click.option("--db", default=None, help="Index URL or SQLite path (default: user data dir).")
@index_config_option
@handle_errors
def triage(
    location: str,
    status: str,
    fingerprint: str | None,
    note: str,
    who: str | None,
    db: str | None,
    config_path: str | None,
) -> None:
    """Mark LOCATION (a path, URI or location key) false-positive, exception, resolved, moved, deleted or open."""
    from pii_scanner.access.lookup import opened

    with opened(db, config_path, create=False) as store:  # keyed as the sweep ([scan] key_file)
        n = record_triage(location, status.replace("-", "_"), fingerprint=fingerprint, note=note, who=who, db=store)
    log_event("triage_recorded", decisions=n, status=status)
