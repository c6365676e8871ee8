"""``pii-scanner demo``: sweep the bundled synthetic samples into a fresh SQLite index and write the
minimisation report. Offline; touches nothing but its own working folder.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import yaml

from pii_scanner.core.config import ScanConfig
from pii_scanner.core.errors import ConfigError
from pii_scanner.core.resources import data_dir
from pii_scanner.sweeps.engine import EventFn, SweepResult, sweep


@dataclass
class DemoResult:
    workdir: Path
    db: str
    report: Path
    sweep: SweepResult
    summary: dict[str, Any]


def default_workdir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("pii-scanner", appauthor=False)) / "demo"


_MARK = "# written by pii-scanner demo"


def _refuse_foreign(target: Path) -> None:
    """Only a folder a demo made (its sweep.toml says so) or an empty one is recreated: ``--workdir ~/Documents``
    deleted the user's files with it (``rmtree``), without a word."""
    if not target.is_dir() or target.is_symlink():
        raise ConfigError(f"demo: --workdir {target} is not a folder; give a new or empty folder")
    if next(target.iterdir(), None) is None:
        return
    try:
        made_by_demo = (target / "sweep.toml").read_text(encoding="utf-8").startswith(_MARK)
    except (OSError, UnicodeDecodeError):
        made_by_demo = False
    # A demo stopped before it wrote sweep.toml left only its own names.
    only_demo_names = all(p.name == "samples" or p.name.startswith("demo-index.sqlite3") for p in target.iterdir())
    if not (made_by_demo or only_demo_names):
        raise ConfigError(
            f"demo: --workdir {target} holds files a demo did not make, and the demo recreates its folder "
            "(everything in it is deleted); give a new or empty folder"
        )


def _copy_samples(target: Path) -> dict[str, Any]:
    src = data_dir("samples")
    manifest = yaml.safe_load((src / "manifest.yaml").read_text(encoding="utf-8"))
    if target.exists():
        _refuse_foreign(target)
        shutil.rmtree(target)
    shutil.copytree(src, target / "samples")
    for rel, when in (manifest.get("dates") or {}).items():
        day = when if isinstance(when, date) else date.fromisoformat(str(when))
        stamp = datetime(day.year, day.month, day.day, 12, tzinfo=UTC).timestamp()
        os.utime(target / "samples" / rel, (stamp, stamp))
    return dict(manifest)


def _config_text(root: Path, manifest: dict[str, Any], db: str) -> str:
    lines = [
        _MARK,
        "[store]",
        f"db = {_toml(db)}",
        "",
        "[retention]",
        'jurisdiction = "DK"',
        "",
    ]
    for spec in manifest["sources"]:
        lines += [
            "[[sources]]",
            'type = "paths"',
            f"name = {_toml(spec['name'])}",
            f"paths = [{_toml(str(root / 'samples' / spec['folder']))}]",
            f"origin = {_toml(spec['origin'])}",
            "",
        ]
    return "\n".join(lines)


def _toml(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def demo(
    workdir: str | Path | None = None,
    *,
    output: str | Path | None = None,
    workers: int | None = None,
    events: EventFn | None = None,
) -> DemoResult:
    """Copy the samples to ``workdir`` (fresh), sweep them, write the HTML minimisation report."""
    from pii_scanner.reports.minimisation import minimisation

    root = Path(workdir) if workdir else default_workdir()
    manifest = _copy_samples(root)
    db_path = root / "demo-index.sqlite3"
    config_path = root / "sweep.toml"
    config_path.write_text(_config_text(root, manifest, str(db_path)), encoding="utf-8")
    config = ScanConfig(workers=workers if workers is not None else min(2, os.cpu_count() or 1))
    result = sweep(config_path=config_path, config=config, events=events, notify=False, kind="demo")
    report_path = Path(output) if output else root / "minimisation-report.html"
    report, _ = minimisation(str(db_path), fmt="html", output=report_path)
    return DemoResult(root, str(db_path), report_path, result, report.summary)
