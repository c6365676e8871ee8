"""The ``pii-scanner`` command: a thin layer; each verb calls one library function."""

from __future__ import annotations

import importlib

import click

from pii_scanner.cli.logs import configure_logging

# Verb modules, each exposing a click command (or group) named like the verb. One line per verb.
VERBS: tuple[tuple[str, str], ...] = (
    ("pii_scanner.cli.scan", "scan"),
    ("pii_scanner.cli.sweep", "sweep"),
    ("pii_scanner.cli.report", "report"),
    ("pii_scanner.cli.triage", "triage"),
    ("pii_scanner.cli.schedule", "schedule"),
    ("pii_scanner.cli.demo", "demo"),
    ("pii_scanner.cli.search", "search"),
    ("pii_scanner.cli.request", "request"),
    ("pii_scanner.cli.verify_erasure", "verify_erasure"),
    ("pii_scanner.cli.serve", "serve"),
    ("pii_scanner.cli.users", "users"),
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="nordic-pii-scanner")
def main() -> None:
    """Find and classify personal data (CPR, personnummer, names...) in files and mailboxes."""
    configure_logging()


for _module, _name in VERBS:
    main.add_command(getattr(importlib.import_module(_module), _name))
