"""The ``pii-scanner`` command: a thin layer; each verb calls one library function."""

from __future__ import annotations

import importlib
import sys
from typing import Any

import click

from pii_scanner.cli.common import fail
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
    ("pii_scanner.cli.audit", "audit"),
    ("pii_scanner.cli.serve", "serve"),
    ("pii_scanner.cli.users", "users"),
)


class _Main(click.Group):
    """The command group; every way out of it goes through the documented exit codes."""

    def main(self, *args: Any, **kwargs: Any) -> Any:
        kwargs["standalone_mode"] = False
        for stream in (sys.stdout, sys.stderr):  # a stray undecodable name must not kill the output
            reconfigure = getattr(stream, "reconfigure", None)
            if reconfigure is not None:
                reconfigure(errors="backslashreplace")
        try:
            returned = super().main(*args, **kwargs)
        except SystemExit:
            raise
        except BrokenPipeError:  # `pii-scanner scan ... | head`: the reader left; not an error of ours
            sys.stderr.close()
            sys.exit(141)
        except BaseException as exc:
            fail(exc)
        sys.exit(returned if isinstance(returned, int) else 0)


@click.group(cls=_Main, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="nordic-pii-scanner")
def main() -> None:
    """Find and classify personal data (CPR, personnummer, names...) in files and mailboxes."""
    configure_logging()


for _module, _name in VERBS:
    main.add_command(getattr(importlib.import_module(_module), _name))
