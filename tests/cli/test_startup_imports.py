"""Light verbs start light: `pii-scanner --help`, `--version` and importing the package load neither the
scan pipeline nor pandas, and a scan of a small text file loads none of the reports', index's or
console's libraries. Each case runs in a fresh interpreter (sys.modules of this one holds everything)."""

from __future__ import annotations

import importlib
import inspect
import json
import os
import subprocess
import sys
from pathlib import Path

import click
import pytest

import pii_scanner
from pii_scanner.cli.main import VERBS, main

# Run the CLI with the given arguments, then print the names of the modules it imported (as JSON).
_PROBE = """
import json, sys
sys.argv = ["pii-scanner", *json.loads(sys.argv[1])]
try:
    from pii_scanner.cli.main import main
    main()
except SystemExit:
    pass
finally:
    sys.stdout.flush()
    sys.stderr.write("\\nMODULES " + json.dumps(sorted(sys.modules)) + "\\n")
"""

# Heavy for a start-up: pandas/numpy (reports, notebooks), the sweep engine, the index, the console.
_HEAVY = ("pandas", "numpy", "dask", "sqlalchemy", "fastapi", "uvicorn", "jinja2", "openpyxl")
_SCAN_PATH = ("pii_scanner.pipeline", "pii_scanner.api", "pii_scanner.detect.engine", "pii_scanner.classify.terms")


# The child imports this checkout's package wherever it runs (a relative PYTHONPATH would not follow it).
_ENV = {**os.environ, "PYTHONPATH": str(Path(pii_scanner.__file__).resolve().parent.parent)}


def _imported(args: list[str], cwd: Path) -> set[str]:
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, json.dumps(args)], capture_output=True, text=True, timeout=120, cwd=cwd, env=_ENV
    )
    marker = done.stderr.rindex("MODULES ")
    modules: list[str] = json.loads(done.stderr[marker + len("MODULES ") :])
    return set(modules)


def _heavy(modules: set[str], names: tuple[str, ...]) -> list[str]:
    return sorted(m for m in modules if m in names or m.split(".")[0] in names)


@pytest.mark.parametrize("args", [["--help"], ["--version"], []])
def test_help_and_version_import_no_verb_and_no_pipeline(args: list[str], tmp_path: Path) -> None:
    modules = _imported(args, tmp_path)
    assert "pii_scanner.cli.main" in modules  # the probe ran the CLI
    assert not _heavy(modules, _HEAVY + _SCAN_PATH)
    verbs = {module for module, _, _ in VERBS}
    assert not sorted(verbs & modules)


def test_help_lists_every_verb_with_its_own_summary() -> None:
    """The summaries in VERBS are the first paragraph of each verb's help, so `--help` lists what the
    commands themselves would (it fails when a verb's docstring changes and VERBS does not)."""
    for module, name, summary in VERBS:
        command = getattr(importlib.import_module(module), name)
        assert isinstance(command, click.Command)
        own = command.short_help or inspect.cleandoc(command.help or "").split("\n\n")[0]
        assert summary == own, name


def test_help_text_is_the_same_as_with_every_verb_loaded() -> None:
    # Contexts made as click makes them (with the group's settings: "-h"): click keeps a group's help option
    # from the first context it saw, so a bare Context would compare differently after another test ran.
    lazy = main.get_help(click.Context(main, info_name="pii-scanner", **main.context_settings))
    loaded = click.Group("pii-scanner", help=main.help, params=main.params, context_settings=main.context_settings)
    for module, name, _ in VERBS:
        loaded.add_command(getattr(importlib.import_module(module), name), name.replace("_", "-"))
    assert lazy == loaded.get_help(click.Context(loaded, info_name="pii-scanner", **loaded.context_settings))
    assert "-h, --help" in lazy
    assert "verify-erasure" in lazy and "Scan PATHS" in lazy


def test_importing_the_package_loads_no_pipeline(tmp_path: Path) -> None:
    probe = "import json, sys; import pii_scanner; print(json.dumps(sorted(sys.modules)))"
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, cwd=tmp_path, env=_ENV
    )
    modules = set(json.loads(done.stdout))
    assert not _heavy(modules, _HEAVY + _SCAN_PATH)


def test_package_names_still_resolve() -> None:
    from pii_scanner import ScanConfig, load_config, scan
    from pii_scanner.api import scan as api_scan
    from pii_scanner.core import config

    assert scan is api_scan and pii_scanner.scan is api_scan
    assert ScanConfig is config.ScanConfig and load_config is config.load_config
    with pytest.raises(AttributeError):
        _ = pii_scanner.no_such_name  # type: ignore[attr-defined]


def test_scan_of_a_small_file_loads_no_report_index_or_console_library(tmp_path: Path) -> None:
    sample = tmp_path / "note.txt"
    sample.write_text("Mødet er flyttet til torsdag kl. 10.\n", encoding="utf-8")
    modules = _imported(["scan", str(sample), "--format", "jsonl"], tmp_path)
    assert "pii_scanner.pipeline" in modules  # it scanned
    assert not _heavy(modules, _HEAVY)
    assert not sorted(
        m for m in modules if m.startswith(("pii_scanner.web", "pii_scanner.analysis", "pii_scanner.store"))
    )


def test_a_scan_without_names_does_not_load_the_name_finder(tmp_path: Path) -> None:
    """The name finder's module (~50 ms to import) is loaded where names are looked for, not by the language
    hook or the CLI's imports of the name package."""
    sample = tmp_path / "note.txt"
    sample.write_text("Mødet er flyttet til torsdag kl. 10. Kontakt mette@example.dk.\n", encoding="utf-8")
    six = "DK_CPR,SE_PERSONNUMMER,EMAIL_ADDRESS,PHONE_NUMBER,IBAN_CODE,CREDIT_CARD"
    without = _imported(["scan", str(sample), "--format", "jsonl", "--workers", "1", "--entities", six], tmp_path)
    assert "pii_scanner.pipeline" in without and "pii_scanner.detect.ner.langid" in without  # scanned, languages told
    assert "pii_scanner.detect.ner.fallback" not in without
    default = _imported(["scan", str(sample), "--format", "jsonl", "--workers", "1"], tmp_path)
    assert "pii_scanner.detect.ner.fallback" in default
