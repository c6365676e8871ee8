"""The compiled name-finder run pass (native/pii_scanner_names.c) against the pure one on real
documents cut and spoiled at random (tests/detect/ner/names_diff_hostile_fuzz.py, written apart from
the kernel's own fuzz): under ``python -X dev`` with the installed build, and on a build made here
with AddressSanitizer/UBSan that the finder really uses."""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from pii_scanner.detect.ner import name_kernel
from tests.detect.test_fastpath import IN_CI, _sanitizer_libraries

ROOT = Path(__file__).resolve().parents[3]


@pytest.mark.skipif(name_kernel.compiled() is None and not IN_CI, reason="compiled name pass not installed")
def test_compiled_and_pure_names_agree_on_spoiled_documents_under_python_dev_mode() -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-X", "dev", "-m", "tests.detect.ner.names_diff_hostile_fuzz", "1500"],
        capture_output=True,
        text=True,
        timeout=900,
        cwd=ROOT,
        env=env,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.strip() == "ok"


def test_compiled_and_pure_names_agree_on_a_sanitizer_build(tmp_path: Path) -> None:
    libraries = _sanitizer_libraries()
    if libraries is None:
        pytest.skip("gcc with libasan/libubsan is not installed (./run installs gcc)")
    target = tmp_path / f"pii_scanner_names{sysconfig.get_config_var('EXT_SUFFIX')}"
    flags = ["-shared", "-fPIC", "-g", "-O1", "-fno-omit-frame-pointer", "-fsanitize=address,undefined"]
    define = f'-DNAMES_SOURCE="{name_kernel._SOURCE}"'  # the hash of the tested source: this build is used
    built = subprocess.run(
        [
            "gcc",
            *flags,
            f"-I{sysconfig.get_paths()['include']}",
            define,
            str(ROOT / "native" / "pii_scanner_names.c"),
            "-o",
            str(target),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert built.returncode == 0, built.stderr
    env = {
        **os.environ,
        "PYTHONPATH": f"{tmp_path}{os.pathsep}{ROOT}",
        "LD_PRELOAD": ":".join(libraries),
        "PYTHONMALLOC": "malloc",
        "ASAN_OPTIONS": "detect_leaks=0:abort_on_error=1",
        "UBSAN_OPTIONS": "halt_on_error=1:print_stacktrace=1",
    }
    where = subprocess.run(
        [sys.executable, "-P", "-c", "import pii_scanner_names as n; print(n.__file__)"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert where.stdout.strip() == str(target), where.stderr
    done = subprocess.run(
        [sys.executable, "-P", "-m", "tests.detect.ner.names_diff_hostile_fuzz", "800"],
        capture_output=True,
        text=True,
        timeout=1200,
        cwd=ROOT,
        env=env,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.strip() == "ok"
