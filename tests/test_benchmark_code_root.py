"""Benchmarks run the checkout they are told to (``--root``, else PYTHONPATH), not always their own."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
try:
    from code_root import HERE_ROOT, root_arg, use_root
finally:
    sys.path.remove(str(ROOT / "benchmarks"))


def test_root_argument_forms() -> None:
    assert root_arg(["x", "--root", "/a"]) == "/a"
    assert root_arg(["x", "--root=/b", "--docs", "3"]) == "/b"
    assert root_arg(["x", "--root"]) is None
    assert root_arg(["x", "--docs", "3"]) is None


def test_root_then_pythonpath_then_this_checkout(tmp_path: Path) -> None:
    old = tmp_path / "old"
    (old / "pii_scanner").mkdir(parents=True)
    path = ["a", "b"]
    assert use_root(["x", "--root", str(old)], path, {"PYTHONPATH": "/elsewhere"}) == str(old.resolve())
    assert path[0] == str(old.resolve())
    path = ["a", "b"]
    assert use_root(["x"], path, {"PYTHONPATH": str(old)}) is None  # PYTHONPATH decides
    assert path == ["a", "b"]
    assert use_root(["x"], path, {}) == str(HERE_ROOT) and path[0] == str(HERE_ROOT)
    with pytest.raises(SystemExit):
        use_root(["x", "--root", str(tmp_path / "nothing")], [], {})


def test_ner_record_runs_the_checkout_on_pythonpath(tmp_path: Path) -> None:
    """A fake checkout on PYTHONPATH is what ner_record.py imports (it fails there, naming it)."""
    fake = tmp_path / "fake"
    (fake / "pii_scanner").mkdir(parents=True)
    (fake / "pii_scanner" / "__init__.py").write_text("raise SystemExit('fake checkout imported')\n")
    env = {**os.environ, "PYTHONPATH": str(fake)}
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "ner_record.py"), "record", str(tmp_path / "r.json")],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
    )
    assert "fake checkout imported" in done.stderr
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "bench_ner.py"), "--root", str(fake), "--docs", "1"],
        capture_output=True,
        text=True,
        timeout=300,
        env={k: v for k, v in os.environ.items() if k != "PYTHONPATH"},
    )
    assert "fake checkout imported" in done.stderr
