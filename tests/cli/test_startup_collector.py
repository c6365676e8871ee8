"""The CLI holds the garbage collector off while it starts (core/collector.py) and always turns it back on:
a scan's Processor is built with the collector off, the items are read with it on and the start-up's
objects frozen; any other verb runs with it on; an in-process caller's collector is never touched.
Each process case runs in a fresh interpreter (the probe prints what it saw as JSON)."""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

import pii_scanner
from pii_scanner.cli.main import main
from pii_scanner.core import collector

_PROBE = """
import gc, json, sys
import click
from pii_scanner import pipeline
from pii_scanner.cli.main import main

seen = {}
build = pipeline.Processor.build.__func__
process = pipeline.Processor.process

def built(cls, config):
    seen["enabled_while_building"] = gc.isenabled()
    return build(cls, config)

def processed(self, top):
    seen["enabled_while_processing"] = gc.isenabled()
    return process(self, top)

pipeline.Processor.build = classmethod(built)
pipeline.Processor.process = processed

@main.command("probe-verb")
def probe_verb():
    seen["enabled_in_other_verb"] = gc.isenabled()

sys.argv = ["pii-scanner", *json.loads(sys.argv[1])]
try:
    main()
except SystemExit:
    pass
seen["enabled_after"] = gc.isenabled()
seen["frozen"] = gc.get_freeze_count()
sys.stderr.write("\\nSEEN " + json.dumps(seen) + "\\n")
"""

_ENV = {**os.environ, "PYTHONPATH": str(Path(pii_scanner.__file__).resolve().parent.parent)}


def _seen(args: list[str], cwd: Path) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, json.dumps(args)], capture_output=True, text=True, timeout=300, cwd=cwd, env=_ENV
    )
    marker = done.stderr.rindex("SEEN ")
    seen: dict[str, object] = json.loads(done.stderr[marker + len("SEEN ") :])
    return seen


def test_a_scan_builds_with_the_collector_off_and_reads_items_with_it_on(tmp_path: Path) -> None:
    sample = tmp_path / "a.txt"
    sample.write_text("Kontakt: 010190-1234\n", encoding="utf-8")
    seen = _seen(["scan", str(sample), "--workers", "1", "--entities", "DK_CPR", "-o", str(tmp_path / "o")], tmp_path)
    assert seen["enabled_while_building"] is False
    assert seen["enabled_while_processing"] is True
    assert seen["enabled_after"] is True
    assert isinstance(seen["frozen"], int) and seen["frozen"] > 0


def test_a_scan_that_fails_before_building_leaves_the_collector_on(tmp_path: Path) -> None:
    seen = _seen(["scan", str(tmp_path / "missing.toml"), "--config", str(tmp_path / "missing.toml")], tmp_path)
    assert "enabled_while_building" not in seen
    assert seen["enabled_after"] is True


def test_any_other_verb_runs_with_the_collector_on(tmp_path: Path) -> None:
    seen = _seen(["probe-verb"], tmp_path)
    assert seen["enabled_in_other_verb"] is True
    assert seen["enabled_after"] is True


def test_an_in_process_caller_keeps_its_collector(tmp_path: Path) -> None:
    sample = tmp_path / "a.txt"
    sample.write_text("Kontakt: 010190-1234\n", encoding="utf-8")
    frozen = gc.get_freeze_count()
    result = CliRunner().invoke(main, ["scan", str(sample), "--workers", "1", "--entities", "DK_CPR"])
    assert result.exit_code in (0, 1), result.output
    assert gc.isenabled()
    assert gc.get_freeze_count() == frozen
    assert not collector.held()


def test_settle_without_hold_changes_nothing() -> None:
    frozen = gc.get_freeze_count()
    collector.settle()
    assert gc.isenabled()
    assert gc.get_freeze_count() == frozen


def test_hold_does_not_turn_on_a_collector_someone_else_turned_off() -> None:
    gc.disable()
    try:
        collector.hold()
        assert not collector.held()
        collector.settle()
        assert not gc.isenabled()  # left as its owner set it
    finally:
        gc.enable()
