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


class _LazyMain(_Main):
    """Imports a verb's module only when that verb runs (or help lists them all): ``scan`` does not
    pay for the sweep engine's Dask, the reports' pandas or the web console at start-up."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *(name.replace("_", "-") for _, name in VERBS)})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        found = super().get_command(ctx, cmd_name)
        if found is not None:
            return found
        for module, name in VERBS:
            if name.replace("_", "-") == cmd_name or name == cmd_name:
                command: click.Command = getattr(importlib.import_module(module), name)
                self.add_command(command, cmd_name)
                return command
        return None


@click.group(cls=_LazyMain, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="nordic-pii-scanner")
def main() -> None:
    """Find and classify personal data (CPR, personnummer, names...) in files and mailboxes."""
    configure_logging()
