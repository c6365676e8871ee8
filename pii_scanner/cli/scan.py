"""``pii-scanner scan``: scan files, folders or stdin and print findings."""

from __future__ import annotations

import contextlib
import difflib
import math
import os
import re
import sys
from collections.abc import Generator
from pathlib import Path
from typing import IO, Any

import click

from pii_scanner.api import scan as scan_paths
from pii_scanner.classify import term_kernel
from pii_scanner.cli.common import (
    EXIT_ERROR,
    EXIT_FOUND,
    EXIT_OK,
    EXIT_PARTIAL,
    build_config,
    config_option,
    handle_errors,
    log_event,
    refuse_empty_paths,
    terminate_is_interrupt,
)
from pii_scanner.cli.output_guard import refuse_overwriting
from pii_scanner.cli.private_output import open_private_output
from pii_scanner.cli.progress import Progress
from pii_scanner.core.config import ScanConfig
from pii_scanner.core.config_schema import parse_size
from pii_scanner.core.entities import ALL_ENTITIES
from pii_scanner.core.mail_policy import mask_reason
from pii_scanner.core.model import FLAG_NOT_READ, ItemResult
from pii_scanner.core.privacy import Fingerprinter, load_key
from pii_scanner.detect import fastpath, rule_sets
from pii_scanner.detect.ner import name_kernel
from pii_scanner.reports.scan_human import HumanWriter
from pii_scanner.reports.scan_output import FORMATS, ScanWriter
from pii_scanner.sources.mounts import find_removable

# --- removable media and extraction limits ---------------------------------------


class _SizeType(click.ParamType[int, Any]):
    """A byte size: 1048576, 512M, 2G (the same rule as the config file's sizes)."""

    name = "size"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> int:
        try:
            return parse_size(value if isinstance(value, int) else str(value))
        except ValueError as exc:
            self.fail(str(exc), param, ctx)


class _FiniteRange(click.FloatRange):
    """A number in a range, NaN and infinity refused: click lets NaN through every bound (``--min-score nan``
    reported nothing and exited 0; ``--max-ratio nan`` turned the zip bomb check off)."""

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        number = super().convert(value, param, ctx)
        if not math.isfinite(number):
            self.fail(f"{str(value)[:20]} is not a finite number", param, ctx)
        return number


_ENTITY_NAME = re.compile(r"[A-Z][A-Z0-9_]{0,63}")


def _entity_list(ctx: click.Context, param: click.Parameter, value: str | None) -> tuple[str, ...] | None:
    """``--entities``: names of the catalogue, at least one; a typo (``DK_CRP``) scanned for nothing and
    exited 0. A value that is no entity name is not echoed (it may be an identifier typed by mistake)."""
    if value is None:
        return None
    names = tuple(e.strip().upper() for e in value.split(",") if e.strip())
    if not names:
        raise click.BadParameter("name at least one entity type, e.g. DK_CPR", ctx, param)
    for name in names:
        if name not in ALL_ENTITIES:
            shown = f'"{name}"' if _ENTITY_NAME.fullmatch(name) else "(not shown)"
            close = difflib.get_close_matches(name, list(ALL_ENTITIES), n=1, cutoff=0.6)
            hint = f"; did you mean {close[0]}?" if close else "; known: " + ", ".join(sorted(ALL_ENTITIES))
            raise click.BadParameter(f"unknown entity {shown}{hint}", ctx, param)
    return names


# option name -> LimitsConfig field; defaults come from the config (file or built-in).
_LIMITS: tuple[tuple[str, str, Any, str], ...] = (
    ("--max-file-size", "max_file_size", _SizeType(), "Largest file or member read (e.g. 512M)."),
    ("--max-depth", "max_depth", click.IntRange(0), "Deepest archive/attachment nesting opened."),
    ("--max-ratio", "max_ratio", _FiniteRange(1), "Largest expansion ratio of a compressed member."),
    ("--max-expanded", "max_expanded", _SizeType(), "Most bytes expanded from one top-level file (e.g. 1G)."),
    ("--max-members", "max_members", click.IntRange(1), "Most archive members per top-level file."),
    ("--time-budget", "time_budget", _FiniteRange(0.1), "Seconds allowed per top-level file."),
    ("--ocr-languages", "ocr_languages", str, "Tesseract languages (default dan+swe+eng)."),
    ("--skip-types", "skip_types", str, "Content types not to read, e.g. 'audio/*,video/*' (recorded as skipped)."),
)


def _limit_options(func: Any) -> Any:
    for flag, field, kind, text in reversed(_LIMITS):
        func = click.option(flag, f"limit_{field}", type=kind, default=None, help=text)(func)
    return click.option("--no-ocr", "limit_no_ocr", is_flag=True, help="Do not OCR images and scanned PDF pages.")(func)


def _with_limits(config: ScanConfig, options: dict[str, Any]) -> ScanConfig:
    changes = {
        f"limits__{k.removeprefix('limit_')}": v
        for k, v in options.items()
        if k.startswith("limit_") and k != "limit_no_ocr" and v is not None
    }
    if "limits__skip_types" in changes:
        changes["limits__skip_types"] = tuple(t.strip() for t in changes["limits__skip_types"].split(",") if t.strip())
    if options.get("limit_no_ocr"):
        changes["limits__ocr"] = False
    return config.with_(**changes) if changes else config


def _scan_all(
    paths: tuple[str, ...], removable: bool, config: ScanConfig, progress: Any
) -> Generator[ItemResult, None, None]:
    """The given paths, then (with --removable) every mounted removable medium.

    Each file once: a medium mounted inside a given folder is read with it (its files get origin removable
    there), and a given path on a medium is read with the medium (both were read twice)."""
    media: list[Path] = []
    if removable:
        mounts = find_removable()
        log_event("removable_media", found=len(mounts), mounts=[str(m) for m in mounts])
        given = [_real(p) for p in paths if p != "-"]
        media = [m for m in mounts if not any(_within(_real(m), g) for g in given)]
        paths = tuple(p for p in paths if p == "-" or not any(_within(_real(p), _real(m)) for m in media))
    if paths:
        yield from scan_paths(paths, config, progress=progress)
    if media:
        yield from scan_paths(media, config, origin="removable", progress=progress)


def _real(path: str | Path) -> Path:
    return Path(os.path.realpath(path))


def _within(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


@click.command("scan")
@click.argument("paths", nargs=-1, required=False)
@click.option(
    "--format",
    "fmt",
    type=click.Choice((*FORMATS, "human")),
    default=None,
    help="Output format (default: human on a terminal, jsonl when piped or written to a file).",
)
@click.option("--output", "-o", type=click.Path(dir_okay=False, writable=True), default=None)
@click.option("--entities", default=None, callback=_entity_list, help="Comma-separated entity types (default: all).")
@click.option("--min-score", type=_FiniteRange(0, 1), default=None, help="Report findings at or above this score.")
@click.option("--show-values", is_flag=True, help="Include plaintext values (otherwise masked only).")
@click.option(
    "--origin",
    type=click.Choice(["local", "removable", "share"]),
    default=None,
    help="Mark the paths as a PC's local drive, removable media or a file share.",
)
@click.option(
    "--workers",
    type=click.IntRange(0, 1024),
    default=None,
    help="Worker processes (default: one per CPU).",
)
@click.option("--no-ner", is_flag=True, help="Skip name recognition.")
@click.option(
    "--ner-model",
    "ner_model",
    multiple=True,
    metavar="LANG=MODEL",
    help="spaCy pipeline (installed package or folder) for a language, e.g. da=/models/da; "
    "repeatable; LANG * = any language. Never downloaded.",
)
@click.option(
    "--inspect-private",
    is_flag=True,
    help="Read mail marked private too (a policy exception; needs --reason, is audited).",
)
@click.option("--reason", "inspect_reason", default=None, help="Why private mail is inspected (audit).")
@click.option(
    "--removable",
    is_flag=True,
    help="Also scan every mounted removable medium (USB keys, SD cards); marked origin removable.",
)
@click.option(
    "--verbose",
    is_flag=True,
    help="Say on stderr how detection runs (compiled fast path or pure Python).",
)
@_limit_options
@config_option
@handle_errors
def scan(
    paths: tuple[str, ...],
    fmt: str | None,
    output: str | None,
    entities: tuple[str, ...] | None,
    min_score: float | None,
    show_values: bool,
    origin: str | None,
    workers: int | None,
    no_ner: bool,
    inspect_private: bool,
    inspect_reason: str | None,
    config_path: str | None,
    ner_model: tuple[str, ...] = (),
    removable: bool = False,
    verbose: bool = False,
    **limits: Any,
) -> None:
    """Scan PATHS (files, folders, or - for stdin).

    Exit 0: nothing found; 1: findings; 4: something could not be read (a missing path, an item
    with an error record), findings or not; 2: usage or configuration error.
    """
    refuse_empty_paths(paths)
    refuse_overwriting(output, paths, config=config_path)
    overrides: dict[str, Any] = {"workers": workers, "origin": origin}
    if entities:
        overrides["detect__entities"] = entities
    if min_score is not None:
        overrides["detect__min_score"] = min_score
    if no_ner:
        overrides["ner__enabled"] = False
    if inspect_private:
        if not (inspect_reason or "").strip():
            raise click.UsageError("--inspect-private needs --reason TEXT")
        overrides["mail__inspect_private"] = True
        overrides["mail__inspect_private_reason"] = inspect_reason
    config, _doc = build_config(config_path, **overrides)
    if config.mail.inspect_private:  # from --inspect-private or the config: scan has no index, so an event
        log_event("inspect_private", reason=mask_reason(config.mail.inspect_private_reason), paths=len(paths))
    if verbose:  # workers inherit the environment, so they select the same kernel
        kernel = fastpath.select(config.detect.fast_path)
        log_event("detect_engine", fast_path=kernel.name, compiled_installed=fastpath.available())
        log_event(
            "detect_rules",
            rules=rule_sets.select(config.detect.fast_path).name,
            compiled_build=rule_sets.status(),
        )
        words = term_kernel.select(config.detect.fast_path)
        log_event(
            "term_scan",
            word_pass="compiled" if words else "pure Python",
            compiled_installed=bool(term_kernel.compiled()),
        )
        log_event(
            "name_pass",
            run_pass="compiled" if name_kernel.select(config.detect.fast_path) else "pure Python",
            compiled_installed=bool(name_kernel.compiled()),
        )
    config = _with_ner_models(config, ner_model)
    config = _with_limits(config, limits)
    # Masked contexts exist for the findings index; scan output has no field for them.
    config = config.with_(output__context_chars=0)
    if not paths and not removable:
        raise click.UsageError("give at least one PATH (or - for stdin)")
    fingerprint = Fingerprinter(load_key(config.key_file))
    out: IO[str] = _open_output(output, show_values) if output else sys.stdout
    found = errored = False
    try:
        if fmt is None:
            fmt = "human" if output is None and sys.stdout.isatty() else "jsonl"
        writer: ScanWriter | HumanWriter = HumanWriter(out) if fmt == "human" else ScanWriter(fmt, out)
        with (
            terminate_is_interrupt(),
            Progress(enabled=output is not None or not sys.stdout.isatty()) as progress,
            # Closed at once when writing fails or is interrupted: the pool's queued work is dropped then,
            # not run to the end while the process waits to exit.
            contextlib.closing(_scan_all(paths, removable, config, progress.update)) as results,
        ):
            for result in results:
                found = found or bool(result.findings)
                # An encrypted item could not be read either: the exit code must not call it clean.
                errored = errored or result.error is not None or result.encrypted or FLAG_NOT_READ in result.flags
                writer.write_result(result, fingerprint, show_values=show_values)
        writer.close()
    finally:
        if output:
            out.close()
    sys.exit(scan_exit_code(found=found, errored=errored))


def scan_exit_code(*, found: bool, errored: bool) -> int:
    """Something unread outranks findings, as a failed source does in a sweep: a scheduler must see it."""
    if errored:
        return EXIT_PARTIAL
    return EXIT_FOUND if found else EXIT_OK


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


__all__ = ["EXIT_ERROR", "scan"]


def _open_output(output: str, show_values: bool) -> IO[str]:
    """The output file. With ``--show-values`` it holds plaintext identifiers: a new owner-only file
    (see :mod:`pii_scanner.cli.private_output`); masked output is written as any file is."""
    if show_values:
        return open_private_output(output)
    return open(output, "w", encoding="utf-8", errors="backslashreplace", newline="")
