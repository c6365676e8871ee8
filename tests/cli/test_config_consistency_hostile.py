"""One rule per setting, wherever it is given; typed errors from the library; nothing thrown away or made up.

Each was a gap between two ways of saying the same thing (trustred4c, small items): the command line took
``--max-file-size 0`` and ``--max-depth 5000`` that the file refuses; ``load_config(123)`` read file
descriptor 123 and ``findings(b"/x.db")`` opened an index named "b'/x.db'"; ``ScanConfig(workers="x")`` was
accepted; ``sweep --db sqlite://`` swept into an index thrown away at exit (exit 0/1); a ``[notify]`` password
variable not set was found only after the whole sweep (exit 5); ``report minimisation`` and ``request export``
created a missing output folder tree while ``scan -o`` refused it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import pii_scanner
from pii_scanner.core.config import ScanConfig, load_config
from pii_scanner.core.errors import ConfigError

ROOT = Path(__file__).resolve().parents[2]


def _cli(args: list[str], tmp_path: Path, **extra: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "PII_SCANNER_SMTP_PASSWORD"}
    env.update(extra, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    return subprocess.run(
        [sys.executable, "-m", "pii_scanner", *args], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300
    )


def _one_line(proc: subprocess.CompletedProcess[str], code: int = 2) -> str:
    assert proc.returncode == code, (proc.returncode, proc.stderr)
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in proc.stderr, proc.stderr
    return str(json.loads(lines[0])["message"])


@pytest.mark.parametrize(
    ("option", "value", "key"),
    [("--max-file-size", "0", "max_file_size"), ("--max-depth", "5000", "max_depth"), ("--max-file-size", "-1", "")],
)
def test_scan_options_are_held_to_the_files_rules(tmp_path: Path, option: str, value: str, key: str) -> None:
    proc = _cli(["scan", str(tmp_path), option, value], tmp_path)
    assert key in _one_line(proc)


def test_library_types_are_checked(tmp_path: Path) -> None:
    with pytest.raises(TypeError, match="str or Path"):
        load_config(123)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="str or Path"):
        load_config(b"/etc/pii.toml")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="workers"):
        ScanConfig(workers="x")  # type: ignore[arg-type]
    with pytest.raises(ConfigError, match=r"scan\.workers"):
        ScanConfig(workers=-1)
    with pytest.raises(ConfigError, match="max_depth"):
        ScanConfig().with_(limits__max_depth=10_000)
    with pytest.raises(TypeError, match="db must be"):
        pii_scanner.findings(b"/x.db")  # type: ignore[arg-type]
    assert not Path("b'/x.db'").exists()
    # trust5a hunt: a typo'd origin was recorded as it was (no removable-media flag); what= anything gave items
    with pytest.raises(ConfigError, match=r"scan\.origin"):
        ScanConfig(origin="usb")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="origin"):
        pii_scanner.scan([tmp_path], origin="usb")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="key_file"):
        ScanConfig(key_file=123)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="findings"):
        pii_scanner.scan_frame([tmp_path], what="finding")  # type: ignore[arg-type]


def test_a_sweep_into_an_in_memory_index_is_refused(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("hej\n", encoding="utf-8")
    for db in ("sqlite://", "sqlite:///:memory:"):
        assert "in-memory" in _one_line(_cli(["sweep", "--db", db, str(tmp_path / "a.txt")], tmp_path))
    assert "in-memory" in _one_line(_cli(["request", "open", "--db", "sqlite://", "--email", "a@b.dk"], tmp_path))
    by_env = _cli(["sweep", str(tmp_path / "a.txt")], tmp_path, PII_SCANNER_DB="sqlite://")
    assert "in-memory" in _one_line(by_env)


def test_an_unset_smtp_password_variable_is_refused_before_the_sweep(tmp_path: Path) -> None:
    (tmp_path / "d").mkdir()
    (tmp_path / "c.toml").write_text(
        '[store]\ndb = "i.db"\n[notify]\nsmtp_host = "127.0.0.1"\nto = ["dpo@example.dk"]\nusername = "scanner"\n'
        'password_env = "PII_T5A_NOT_SET"\n[[sources]]\nname = "d"\npaths = ["d"]\n',
        encoding="utf-8",
    )
    message = _one_line(_cli(["sweep", "--config", "c.toml"], tmp_path))
    assert "PII_T5A_NOT_SET" in message
    assert not (tmp_path / "i.db").exists()  # refused before the index was made
    # --no-notify: the summary is not sent, so the variable is not needed
    assert _cli(["sweep", "--config", "c.toml", "--no-notify"], tmp_path).returncode == 0


def test_a_missing_output_folder_is_refused_by_every_verb(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("hej\n", encoding="utf-8")
    db = str(tmp_path / "i.db")
    assert _cli(["sweep", "--db", db, str(tmp_path / "a.txt")], tmp_path).returncode == 0
    missing = tmp_path / "no" / "such"
    _one_line(_cli(["scan", str(tmp_path / "a.txt"), "-o", str(missing / "x.json")], tmp_path))
    report = _one_line(_cli(["report", "minimisation", "--db", db, "-o", str(missing / "r.html")], tmp_path))
    assert "no such folder" in report
    opened = _cli(["request", "open", "--db", db, "--email", "a@b.dk"], tmp_path)
    assert opened.returncode == 0, opened.stderr
    case = json.loads(opened.stdout)["id"] if opened.stdout.strip().startswith("{") else 1
    export = _one_line(_cli(["request", "export", str(case), "--db", db, "-o", str(missing / "pack")], tmp_path))
    assert "no such folder" in export
    cfg = tmp_path / "c.toml"
    cfg.write_text('[[sources]]\nname = "d"\npaths = ["/srv"]\n', encoding="utf-8")
    units = _one_line(_cli(["schedule", "--config", str(cfg), "--output-dir", str(missing / "units")], tmp_path))
    assert "no such folder" in units
    assert not (tmp_path / "no").exists()


def test_report_spread_min_below_one_is_refused(tmp_path: Path) -> None:
    """trust5a hunt: ``--spread-min -5`` was taken (every identifier listed, as with 1)."""
    assert "spread-min" in _one_line(
        _cli(["report", "minimisation", "--spread-min", "0", "--format", "json"], tmp_path)
    )


def test_sweep_origin_without_paths_is_refused(tmp_path: Path) -> None:
    """trust5a hunt: ``sweep --config c.toml --origin removable`` ignored --origin (it marks ad-hoc PATHs only)."""
    (tmp_path / "c.toml").write_text('[[sources]]\nname = "d"\npaths = ["."]\n', encoding="utf-8")
    assert "--origin" in _one_line(_cli(["sweep", "--config", "c.toml", "--origin", "removable"], tmp_path))
