"""``pii-scanner scan``: scan files, folders or stdin and print findings."""

from __future__ import annotations

import csv
import json
import sys
from typing import IO, Any

import click

from pii_scanner.api import scan as scan_paths
from pii_scanner.cli.common import EXIT_ERROR, EXIT_FOUND, EXIT_OK, build_config, config_option, handle_errors
from pii_scanner.cli.progress import Progress
from pii_scanner.core.config import ScanConfig
from pii_scanner.core.privacy import Fingerprinter, load_key
from pii_scanner.reports.records import records_for

FORMATS = ("jsonl", "json", "csv", "table")
CSV_FIELDS = ["record", "path", "location", "entity_type", "subtype", "score", "start", "end", "masked",
              "fingerprint", "mime", "encrypted", "private", "flags", "error", "value", "normalized"]


@click.command("scan")
@click.argument("paths", nargs=-1, required=False)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="jsonl", show_default=True)
@click.option("--output", "-o", type=click.Path(dir_okay=False, writable=True), default=None)
@click.option("--entities", default=None, help="Comma-separated entity types (default: all).")
@click.option("--min-score", type=float, default=None, help="Report findings at or above this score.")
@click.option("--show-values", is_flag=True, help="Include plaintext values (otherwise masked only).")
@click.option("--origin", type=click.Choice(["local", "removable", "share"]), default=None,
              help="Mark the paths as a PC's local drive, removable media or a file share.")
@click.option("--workers", type=int, default=None, help="Worker processes (default: one per CPU).")
@click.option("--no-ner", is_flag=True, help="Skip name recognition.")
@click.option("--ner-model", "ner_model", multiple=True, metavar="LANG=MODEL",
              help="spaCy pipeline (installed package or folder) for a language, e.g. da=/models/da; "
                   "repeatable; LANG * = any language. Never downloaded.")
@config_option
@handle_errors
def scan(
    paths: tuple[str, ...], fmt: str, output: str | None, entities: str | None, min_score: float | None,
    show_values: bool, origin: str | None, workers: int | None, no_ner: bool, config_path: str | None,
    ner_model: tuple[str, ...] = (),
) -> None:
    """Scan PATHS (files, folders, or - for stdin). Exit 0: nothing found, 1: findings, 2: error."""
    overrides: dict[str, Any] = {"workers": workers, "origin": origin}
    if entities:
        overrides["detect__entities"] = tuple(e.strip().upper() for e in entities.split(",") if e.strip())
    if min_score is not None:
        overrides["detect__min_score"] = min_score
    if no_ner:
        overrides["ner__enabled"] = False
    config, _doc = build_config(config_path, **overrides)
    config = _with_ner_models(config, ner_model)
    if not paths:
        raise click.UsageError("give at least one PATH (or - for stdin)")
    fingerprint = Fingerprinter(load_key(config.key_file))
    out: IO[str] = open(output, "w", encoding="utf-8", newline="") if output else sys.stdout  # noqa: SIM115
    found = False
    try:
        writer = _Writer(fmt, out)
        with Progress(enabled=output is not None or not sys.stdout.isatty()) as progress:
            for result in scan_paths(paths, config, progress=progress.update):
                found = found or bool(result.findings)
                for record in records_for(result, fingerprint, show_values=show_values):
                    writer.write(record)
        writer.close()
    finally:
        if output:
            out.close()
    sys.exit(EXIT_FOUND if found else EXIT_OK)


def _with_ner_models(config: ScanConfig, specs: tuple[str, ...]) -> ScanConfig:
    """Add ``--ner-model LANG=MODEL`` pipelines to the config and check they are installed."""
    pipelines = dict(config.ner.pipelines)
    for spec in specs:
        lang, sep, model = spec.partition("=")
        if not sep or not lang.strip() or not model.strip():
            raise click.UsageError(f"--ner-model wants LANG=MODEL, got {spec!r}")
        pipelines[lang.strip()] = model.strip()
    config = config.with_(ner__pipelines=pipelines) if specs else config
    if config.ner.enabled and config.ner.pipelines:
        from pii_scanner.detect.ner import check_pipelines

        check_pipelines(config)  # a clear error here rather than a broken worker pool later
    return config


class _Writer:
    def __init__(self, fmt: str, out: IO[str]) -> None:
        self.fmt, self.out = fmt, out
        self.buffer: list[dict[str, Any]] = []
        self.csv: csv.DictWriter[str] | None = None
        if fmt == "csv":
            self.csv = csv.DictWriter(out, fieldnames=CSV_FIELDS, extrasaction="ignore")
            self.csv.writeheader()

    def write(self, record: dict[str, Any]) -> None:
        if self.fmt == "jsonl":
            self.out.write(json.dumps(record, ensure_ascii=False) + "\n")
        elif self.csv is not None:
            row = dict(record)
            if isinstance(row.get("flags"), list):
                row["flags"] = ";".join(row["flags"])
            self.csv.writerow(row)
        elif self.fmt == "json":
            self.buffer.append(record)
        elif record["record"] == "finding":
            self.out.write(f"{record['location']}\t{record['entity_type']}\t{record['masked']}\t"
                           f"{record['score']:.2f}" + (f"\t{record['value']}" if "value" in record else "") + "\n")
        elif record["error"] or record["encrypted"] or record["flags"]:
            note = record["error"] or ("encrypted" if record["encrypted"] else ",".join(record["flags"]))
            self.out.write(f"{record['location']}\t[{note}]\n")

    def close(self) -> None:
        if self.fmt == "json":
            json.dump(self.buffer, self.out, ensure_ascii=False, indent=1)
            self.out.write("\n")
        self.out.flush()


__all__ = ["EXIT_ERROR", "scan"]
